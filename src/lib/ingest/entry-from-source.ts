/**
 * The per-source work of ingest (decode, clean, parse, classify, serialize): pure and
 * independent between sources, so a large run spreads it over worker threads (see
 * source-workers.ts); a small one does it inline. The same function either way.
 */
import { readFile } from 'node:fs/promises';
import { serializeEntry } from '../entry/format.ts';
import type { ReportEntry } from '../entry/schema.ts';
import { buildEntry } from './build-entry.ts';
import { readSource } from './read-source.ts';

export interface SourceJob {
  file: string;
  name: string;
  id: string;
  previous?: ReportEntry;
}

export type SourceOutcome = { entry: ReportEntry; text: string } | { error: string };

export async function entryFromSource(job: SourceJob): Promise<SourceOutcome> {
  try {
    const bytes = await readFile(job.file);
    const { encoding, cleaned } = await readSource(job.name, bytes);
    const entry = buildEntry(job.id, { name: job.name, bytes, encoding, cleaned }, job.previous);
    return { entry, text: serializeEntry(entry) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
