/**
 * The command line's reader thread: reads the files ./extract.ts sends it, one at a time, and
 * answers each with its line. A thread of its own so that a page the DOM library cannot get
 * through in time is stopped (the thread is terminated and another one started), not waited for.
 */
import { parentPort } from 'node:worker_threads';
import { catchStrayErrors, readOne, type Job } from './read-page';

catchStrayErrors();
const port = parentPort!;
port.on('message', (job: Job) => {
  void readOne(job).then((reply) => port.postMessage(reply));
});
port.postMessage({ ready: true });
