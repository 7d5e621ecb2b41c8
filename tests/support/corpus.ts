/** The shipped corpus as tests see it: the project's own copy of the sources. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSource } from '../../src/lib/ingest/read-source.ts';
import { parseDocument } from '../../src/lib/ingest/parse.ts';

export const SOURCES_DIR = join(import.meta.dirname, '../../content/sources');

export function seedNames(): string[] {
  return readdirSync(SOURCES_DIR).sort();
}

/** A seed by its number prefix (000 … 004). */
export function seedName(prefix: string): string {
  const name = seedNames().find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return name;
}

export function seedBytes(prefix: string): Buffer {
  return readFileSync(join(SOURCES_DIR, seedName(prefix)));
}

export async function seedDocument(prefix: string) {
  const source = await readSource(seedName(prefix), seedBytes(prefix));
  return { ...source, doc: parseDocument(source.cleaned.lines) };
}
