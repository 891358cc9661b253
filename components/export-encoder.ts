/**
 * A BlobEncoder (lib/export/json.ts) that encodes the JSON export in a worker
 * (assets/public/export-encoder.js): UTF-8 encoding is a third of the export's work, and the page's
 * thread already reads and serialises the records. Falls back to encoding in the page when no
 * worker can be started.
 */
import type { BlobEncoder } from '../lib/export';

/** Where the worker script is, in the extension (and in the benchmark's extension page). */
export const ENCODER_WORKER_PATH = '/export-encoder.js';

export function workerEncoder(fallback: () => BlobEncoder, url: string = ENCODER_WORKER_PATH): BlobEncoder {
  let worker: Worker;
  try {
    worker = new Worker(url);
  } catch {
    return fallback();
  }
  let failed: unknown = null;
  worker.onerror = (e) => {
    failed = e;
  };
  return {
    add(piece) {
      worker.postMessage(piece);
    },
    finish(type) {
      return new Promise<Blob>((resolve, reject) => {
        if (failed) return reject(new Error('export encoder failed'));
        worker.onmessage = (e: MessageEvent<Blob>) => {
          worker.terminate();
          resolve(e.data);
        };
        worker.onerror = (e) => {
          worker.terminate();
          reject(new Error(e.message || 'export encoder failed'));
        };
        worker.postMessage({ done: true, type });
      });
    },
  };
}
