/**
 * Builds the search index after Astro has written dist/: Pagefind's Node API over our own
 * bigram records (dist/pagefind/), and beside it the passage documents the search page verifies
 * candidates with (dist/search/docs/<fragment>.json, named by Pagefind's result id, so results
 * need no Pagefind fragment and the fragments are not shipped).
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { contentDir } from '../lib/content-dir.ts';
import { readEntries } from '../lib/ingest/ingest-content.ts';
import { searchDoc, searchRecord, type SearchDoc } from '../lib/search/records.ts';

/** A Pagefind fragment file is gzip of a signature line and the fragment's JSON. */
async function fragmentUrls(pagefindDir: string): Promise<Map<string, string>> {
  const dir = join(pagefindDir, 'fragment');
  const urls = new Map<string, string>();
  for (const name of await readdir(dir)) {
    const text = gunzipSync(await readFile(join(dir, name))).toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{')));
    urls.set(name.replace(/\.pf_fragment$/, ''), json.url);
  }
  return urls;
}

export async function buildSearchIndex(outDir: string, log: (message: string) => void): Promise<void> {
  const { entries, failures } = await readEntries(join(contentDir(), 'reports'));
  if (failures.length > 0) throw new Error(failures.map((f) => `${f.file}: ${f.message}`).join('\n'));
  const docs = new Map<string, SearchDoc>(entries.map((e) => [`/reports/${e.id}/`, searchDoc(e)]));

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const doc of docs.values()) {
    const added = await index.addCustomRecord(searchRecord(doc));
    if (added.errors.length > 0) throw new Error(`pagefind: ${doc.id}: ${added.errors.join('; ')}`);
  }
  const pagefindDir = join(outDir, 'pagefind');
  const written = await index.writeFiles({ outputPath: pagefindDir });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();

  const docsDir = join(outDir, 'search', 'docs');
  await mkdir(docsDir, { recursive: true });
  for (const [fragment, url] of await fragmentUrls(pagefindDir)) {
    const doc = docs.get(url);
    if (!doc) throw new Error(`pagefind fragment ${fragment} has an unknown url ${url}`);
    await writeFile(join(docsDir, `${fragment}.json`), JSON.stringify(doc));
  }
  // The search page reads our documents, never Pagefind's fragments (which hold the bigram text).
  await rm(join(pagefindDir, 'fragment'), { recursive: true });
  log(`search index: ${docs.size} reports, ${[...docs.values()].reduce((n, d) => n + d.sections.reduce((m, s) => m + s.p.length, 0), 0)} passages`);
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'duizhao-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => buildSearchIndex(fileURLToPath(dir), (m) => logger.info(m)),
    },
  };
}
