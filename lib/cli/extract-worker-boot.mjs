// The reader thread's entry (./extract.ts starts it): the command line runs under tsx, whose loader
// a worker thread does not inherit in Node 20, so it is registered here before the TypeScript
// module is imported. `workerData.imports`: modules to load first (a test seam, see extract.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
for (const url of workerData.imports) await import(url);
await import(workerData.entry);
