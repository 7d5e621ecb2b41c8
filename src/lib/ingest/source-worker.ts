/** Worker thread of source-workers.ts: turns each job it is sent into an outcome. */
import { parentPort } from 'node:worker_threads';
import { entryFromSource, type SourceJob } from './entry-from-source.ts';

parentPort!.on('message', async ({ at, job }: { at: number; job: SourceJob }) => {
  parentPort!.postMessage({ at, outcome: await entryFromSource(job) });
});
