/**
 * Builds a whole site from a corpus of our own making, in a temporary folder, the way
 * `DUIZHAO_CONTENT=DIR npm run ingest && npm run build` would: for tests that need a library
 * other than content/ (synthetic reports, broken sources, changed ids).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestContent, type IngestResult } from '../../src/lib/ingest/ingest-content.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface CorpusSite {
  content: string;
  dist: string;
  ingests: IngestResult[];
}

/**
 * Starts from the seed sources, then applies each change set in turn, ingesting after each
 * (so a later set can rename, replace or remove what an earlier one added), then builds.
 */
export async function buildCorpusSite(
  changes: { add?: Record<string, Uint8Array | string>; remove?: string[] }[],
  env: Record<string, string> = {},
): Promise<CorpusSite> {
  const content = mkdtempSync(join(tmpdir(), 'duizhao-corpus-'));
  cpSync(join(ROOT, 'content', 'sources'), join(content, 'sources'), { recursive: true });
  // The seeds' committed entries come along: their published anchors, not a first ingest's positional ones.
  cpSync(join(ROOT, 'content', 'reports'), join(content, 'reports'), { recursive: true });
  const ingests: IngestResult[] = [await ingestContent(content, { write: true })];
  for (const change of changes) {
    for (const [name, bytes] of Object.entries(change.add ?? {})) writeFileSync(join(content, 'sources', name), bytes);
    for (const name of change.remove ?? []) rmSync(join(content, 'sources', name));
    ingests.push(await ingestContent(content, { write: true }));
  }
  const dist = `${content}-dist`;
  const build = astroBuild(content, dist, env);
  if (build.status !== 0) throw new Error(`build failed:\n${build.output.slice(-4000)}`);
  return { content, dist, ingests };
}

export function astroBuild(content: string, dist: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DUIZHAO_CONTENT: content, DUIZHAO_OUT: dist, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
