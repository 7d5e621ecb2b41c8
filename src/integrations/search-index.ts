/**
 * The search index: Pagefind's Node API over our own bigram records, one bundle per shard of
 * reports (see shards.ts), and beside them the passage documents the search page verifies
 * candidates with (search/docs/<fragment>.chunk, gzipped JSON named by Pagefind's result id, so results need
 * no Pagefind fragment and the fragments are not shipped).
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
import { gunzipSync, gzip } from 'node:zlib';
import * as pagefind from 'pagefind';
import { settings } from '../lib/settings.ts';
import { parseEntry } from '../lib/entry/format.ts';
import { docPath, FREQUENT_BIGRAMS_PATH, searchDoc, searchRecord, trigramSummaryPath } from '../lib/search/records.ts';
import { blockToken, frequentBigrams, INDEX_LANGUAGE, TRIGRAM_BUCKETS, trigramBucket, trigramText, tokenBigram } from '../lib/search/tokens.ts';
import { blockOf, bundlePath, shardReports } from '../lib/search/shards.ts';
import { withSimplifiedForms } from '../lib/search/simplified.ts';
import { newestYearFirst } from '../lib/taxonomy.ts';

/** A Pagefind fragment file is gzip of a signature line and the fragment's JSON. */
async function fragmentUrls(bundleDir: string): Promise<Map<string, string>> {
  const dir = join(bundleDir, 'fragment');
  const urls = new Map<string, string>();
  for (const name of await readdir(dir)) {
    const text = gunzipSync(await readFile(join(dir, name))).toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{')));
    urls.set(name.replace(/\.pf_fragment$/, ''), json.url);
  }
  return urls;
}

const gzipAsync = promisify(gzip);

/** Files of a bundle that only the first bundle needs (runtime, WebAssembly, UI). */
const RUNTIME_FILE = /^(pagefind[^/]*\.(js|css)|wasm\..*)$/;

/** Reports added to Pagefind at once: enough to keep its service busy, few enough to stay small. */
const BATCH = 50;

export async function buildSearchIndex(outDir: string, log: (message: string) => void, content = settings.content): Promise<void> {
  const reportsDir = join(content, 'reports');
  // Newest reports first, so that the first shard — the one a search reads first — holds them.
  const years = new Map<string, string | null>();
  for (const name of (await readdir(reportsDir)).filter((n) => n.endsWith('.md'))) {
    years.set(name, /^year: (\d+)$/m.exec(await readFile(join(reportsDir, name), 'utf8'))?.[1] ?? null);
  }
  const names = [...years.keys()].sort((a, b) => newestYearFirst(years.get(a)!, years.get(b)!) || (a < b ? -1 : 1));
  const docsDir = join(outDir, 'search', 'docs');
  const staging = join(outDir, 'search', 'staging');
  await mkdir(docsDir, { recursive: true });
  await mkdir(staging, { recursive: true });
  let passages = 0;
  /** Reports per bigram token, over all shards. */
  const documentFrequency = new Map<string, number>();
  /** The summaries: trigram (as collected) → bitmask of the blocks holding it. */
  const trigramBlocks = new Map<number, bigint>();
  const shards = shardReports(names);
  for (const [k, shard] of shards.entries()) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const staged = new Map<string, string>();
    /** Trigrams per block of this shard. */
    const blockTrigrams = new Map<number, Set<number>>();
    for (let at = 0; at < shard.length; at += BATCH) {
      await Promise.all(
        shard.slice(at, at + BATCH).map(async (name, i) => {
          const block = blockOf(k, at + i);
          const trigrams = blockTrigrams.get(block) ?? blockTrigrams.set(block, new Set()).get(block)!;
          const file = join(reportsDir, name);
          const doc = withSimplifiedForms(searchDoc(parseEntry(await readFile(file, 'utf8'), file, name.slice(0, -3))));
          passages += doc.sections.reduce((n, s) => n + s.p.length, 0);
          const record = searchRecord(doc, trigrams);
          for (const token of record.content.split(' ')) if (token) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
          // After counting: the block word is no bigram.
          record.content += ` ${blockToken(block)}`;
          const path = join(staging, `${doc.id}.json.gz`);
          await writeFile(path, await gzipAsync(JSON.stringify(doc), { level: 6 }));
          staged.set(record.url, path);
          const added = await index.addCustomRecord(record);
          if (added.errors.length > 0) throw new Error(`pagefind: ${file}: ${added.errors.join('; ')}`);
        }),
      );
    }
    for (const [block, trigrams] of blockTrigrams) for (const t of trigrams) trigramBlocks.set(t, (trigramBlocks.get(t) ?? 0n) | (1n << BigInt(block)));
    const bundleDir = join(outDir, bundlePath(k));
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    // One service per shard: closing it returns the shard's memory before the next starts.
    await pagefind.close();
    for (const [fragment, url] of await fragmentUrls(bundleDir)) {
      const path = staged.get(url);
      if (!path) throw new Error(`pagefind fragment ${fragment} has an unknown url ${url}`);
      await rename(path, join(outDir, docPath(fragment)));
    }
    await rm(join(bundleDir, 'fragment'), { recursive: true });
    if (k > 0) for (const name of await readdir(bundleDir)) if (RUNTIME_FILE.test(name)) await rm(join(bundleDir, name));
    log(`search index: shard ${k + 1}/${shards.length}, ${shard.length} reports`);
  }
  await rm(staging, { recursive: true });
  const buckets = Array.from({ length: TRIGRAM_BUCKETS }, () => ({}) as Record<string, string>);
  for (const [packed, mask] of trigramBlocks) {
    const t = trigramText(packed);
    buckets[trigramBucket(t)][t] = mask.toString(16);
  }
  await mkdir(join(outDir, trigramSummaryPath(0), '..'), { recursive: true });
  await Promise.all(buckets.map((bucket, b) => writeFile(join(outDir, trigramSummaryPath(b)), JSON.stringify(bucket))));
  await writeFile(join(outDir, FREQUENT_BIGRAMS_PATH), JSON.stringify(frequentBigrams(documentFrequency, names.length).map(tokenBigram)));
  log(`search index: ${names.length} reports, ${passages} passages, ${shards.length} bundle(s)`);
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
        for (const part of ['pagefind', 'search/docs', 'search/trigrams', FREQUENT_BIGRAMS_PATH.slice(1)]) {
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
