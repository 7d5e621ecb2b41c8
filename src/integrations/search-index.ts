/**
 * The search index: the distinct-text store the search page answers from (lib/search/text-store.ts:
 * search/texts, occurrences, reports, grams, facets.json), and Pagefind's Node API over our own
 * bigram records, one bundle per shard of reports (see shards.ts), which the page no longer asks
 * (see README, Search: measured).
 *
 * It needs only the report entries, not the pages, so the build runs it in a child process
 * (scripts/search-index.ts) alongside Astro's page generation and moves its output into dist/
 * when the pages are done: the two use both cores, and Pagefind's memory is not Astro's.
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import * as pagefind from 'pagefind';
import { settings } from '../lib/settings.ts';
import { parseEntry } from '../lib/entry/format.ts';
import {
  FACET_TABLE_PATH,
  gramSummaryPath,
  occurrencePath,
  reportTablePath,
  searchDoc,
  searchRecord,
  STORE_PARTS,
  textChunkPath,
} from '../lib/search/records.ts';
import { INDEX_LANGUAGE } from '../lib/search/tokens.ts';
import { bundlePath, shardReports } from '../lib/search/shards.ts';
import { TextStoreBuilder } from '../lib/search/text-store.ts';
import { withSimplifiedForms } from '../lib/search/simplified.ts';
import { newestYearFirst } from '../lib/taxonomy.ts';

const gzipAsync = promisify(gzip);

/** Files of a bundle that only the first bundle needs (runtime, WebAssembly, UI). */
const RUNTIME_FILE = /^(pagefind[^/]*\.(js|css)|wasm\..*)$/;

/** Reports added to Pagefind at once: enough to keep its service busy, few enough to stay small. */
const BATCH = 50;

/** What the store holds: distinct texts, and texts in the library (their occurrences). */
export interface StoreStats {
  texts: number;
  occurrences: number;
}

export async function buildSearchIndex(outDir: string, log: (message: string) => void, content = settings.content): Promise<StoreStats> {
  const reportsDir = join(content, 'reports');
  // Newest reports first, so that the first shard — the one a search reads first — holds them.
  const years = new Map<string, string | null>();
  for (const name of (await readdir(reportsDir)).filter((n) => n.endsWith('.md'))) {
    years.set(name, /^year: (\d+)$/m.exec(await readFile(join(reportsDir, name), 'utf8'))?.[1] ?? null);
  }
  const names = [...years.keys()].sort((a, b) => newestYearFirst(years.get(a)!, years.get(b)!) || (a < b ? -1 : 1));
  let passages = 0;
  const store = new TextStoreBuilder();
  const shards = shardReports(names);
  let first = 0;
  for (const [k, shard] of shards.entries()) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    for (let at = 0; at < shard.length; at += BATCH) {
      await Promise.all(
        shard.slice(at, at + BATCH).map(async (name, i) => {
          const file = join(reportsDir, name);
          const doc = withSimplifiedForms(searchDoc(parseEntry(await readFile(file, 'utf8'), file, name.slice(0, -3))));
          passages += doc.sections.reduce((n, s) => n + s.p.length, 0);
          store.add(first + at + i, doc);
          const added = await index.addCustomRecord(searchRecord(doc));
          if (added.errors.length > 0) throw new Error(`pagefind: ${file}: ${added.errors.join('; ')}`);
        }),
      );
    }
    first += shard.length;
    const bundleDir = join(outDir, bundlePath(k));
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    // One service per shard: closing it returns the shard's memory before the next starts.
    await pagefind.close();
    await rm(join(bundleDir, 'fragment'), { recursive: true });
    if (k > 0) for (const name of await readdir(bundleDir)) if (RUNTIME_FILE.test(name)) await rm(join(bundleDir, name));
    log(`search index: shard ${k + 1}/${shards.length}, ${shard.length} reports`);
  }
  const started = performance.now();
  const files = store.finish();
  const gz = (value: unknown) => gzipAsync(JSON.stringify(value), { level: 9 });
  for (const part of STORE_PARTS.slice(0, 4)) await mkdir(join(outDir, part), { recursive: true });
  await Promise.all([
    ...files.chunks.map(async (chunk, c) => writeFile(join(outDir, textChunkPath(c)), await gz(chunk))),
    ...files.occurrences.map(async (list, f) => writeFile(join(outDir, occurrencePath(f)), await gz(list))),
    ...files.reports.map(async (rows, f) => writeFile(join(outDir, reportTablePath(f)), await gz(rows))),
    ...files.summaries.map((summary, b) => writeFile(join(outDir, gramSummaryPath(b)), JSON.stringify(summary))),
    writeFile(join(outDir, FACET_TABLE_PATH), JSON.stringify(files.facets)),
  ]);
  log(
    `search store: ${files.texts} distinct texts in ${files.chunks.length} chunks, ${files.occurrenceCount} occurrences in ${files.occurrences.length} files, ${files.facets.r.length} + ${files.facets.p.length} facet combinations (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  log(`search index: ${names.length} reports, ${passages} passages, ${shards.length} bundle(s)`);
  return { texts: files.texts, occurrences: files.occurrenceCount };
}

/** Runs scripts/search-index.ts into `dir`; resolves when it has succeeded. */
function indexInChildProcess(dir: string): Promise<void> {
  const script = fileURLToPath(new URL('../../scripts/search-index.ts', import.meta.url));
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', script, '--out', dir], { stdio: 'inherit' });
  // A build that fails (invalid entry, broken page) exits without build:done: the index goes with it,
  // and so does its folder (nothing is left beside dist/).
  const stop = () => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);
  child.on('exit', () => process.off('exit', stop));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`search index failed (exit ${code}); see the messages above`))));
  });
}

export default function searchIndex(): AstroIntegration {
  let building = false;
  let outDir = '';
  let pending: { dir: string; done: Promise<void> } | undefined;
  const start = async () => {
    // Beside dist/ (same file system, so moving it in is a rename), outside what Astro clears.
    const dir = `${outDir}.search`;
    await rm(dir, { recursive: true, force: true });
    const done = indexInChildProcess(dir);
    done.catch(() => undefined); // reported when awaited in build:done
    pending = { dir, done };
  };
  return {
    name: 'duizhao-search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': async ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
        // As soon as the build knows its output folder: the index needs only the entries, so it
        // runs alongside Astro's content sync as well as its page generation.
        if (building && !pending) await start();
      },
      'astro:build:start': async () => {
        if (!pending) await start();
      },
      'astro:build:done': async ({ logger }) => {
        if (!pending) throw new Error('search index was not started');
        await pending.done;
        for (const part of ['pagefind', ...STORE_PARTS]) {
          await rm(join(outDir, part), { recursive: true, force: true });
          await mkdir(join(outDir, part, '..'), { recursive: true });
          await rename(join(pending.dir, part), join(outDir, part));
        }
        await rm(pending.dir, { recursive: true, force: true });
        logger.info('search index moved into the site');
      },
    },
  };
}
