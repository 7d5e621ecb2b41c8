/**
 * entryFromSource over many jobs, results in job order. From WORKERS_FROM jobs up, the work is
 * spread over one worker thread per core (ingest of 10,000 sources is CPU-bound); below, a
 * worker's start-up would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { entryFromSource, type SourceJob, type SourceOutcome } from './entry-from-source.ts';

const WORKERS_FROM = 200;

export async function entriesFromSources(jobs: readonly SourceJob[]): Promise<SourceOutcome[]> {
  const outcomes: SourceOutcome[] = new Array(jobs.length);
  if (jobs.length < WORKERS_FROM) {
    for (const [at, job] of jobs.entries()) outcomes[at] = await entryFromSource(job);
    return outcomes;
  }
  let next = 0;
  // A path, not new URL(…, import.meta.url): bundlers would try to bundle the worker.
  const script = join(import.meta.dirname, 'source-worker.ts');
  const workers = Array.from({ length: Math.max(1, availableParallelism()) }, () => new Worker(script));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= jobs.length) return resolve();
              const at = next++;
              worker.postMessage({ at, job: jobs[at] });
            };
            worker.on('message', ({ at, outcome }: { at: number; outcome: SourceOutcome }) => {
              outcomes[at] = outcome;
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}
