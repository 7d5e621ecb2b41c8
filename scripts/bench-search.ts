/**
 * npm run bench:search [-- --reports N --seed S]
 * On a synthetic corpus (recombined seed paragraphs, default 10,000 reports): builds our search
 * index and, beside it, default Pagefind over the same reports as plain HTML pages; serves each
 * gzip-compressed on loopback and measures in headless Chromium the bytes transferred and the
 * time to results for a first and a later query. Needs `npm run build` first (for /search/).
 * Writes bench/search-<N>.md and bench/search-<N>.json.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { buildSearchIndex } from '../src/integrations/search-index.ts';
import { bundlePaths } from '../src/lib/search/shards.ts';
import { ingestContent } from '../src/lib/ingest/ingest-content.ts';
import { readEntries } from '../src/lib/entry/read.ts';
import { plainText } from '../src/lib/entry/placeholders.ts';
import { launchBrowser, searchDone } from '../tests/support/browser.ts';
import { DIST, serveDist } from '../tests/support/static-server.ts';
import { oldSplicedReport } from '../tests/support/spliced.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'no-default': { type: 'boolean', default: false },
    distinct: { type: 'boolean', default: false },
  },
});
const N = Number(values.reports);
/** --distinct: a corpus whose paragraphs are rarely exact copies (corpus:synth --distinct); results in bench/search-<N>-distinct.md. */
const NAME = `${N}${values.distinct ? '-distinct' : ''}`;
const WORK = resolve(`/tmp/duizhao-bench-search-${NAME}`);
const CORPUS = join(WORK, 'corpus');
const OURS = join(WORK, 'ours');
const DEFAULT = join(WORK, 'default');
const seeds = readdirSync('content/sources')
  .sort()
  .map((name) => ({ name, lines: readFileSync(join('content/sources', name), 'utf8').split('\n') }));
/** One synthetic report is replaced by an older one holding a phrase no other report has (so in the last shard). */
const spliced = oldSplicedReport(seeds);
/**
 * The first query on a fresh page, then the later ones on the same page (the first of them is "the later query"):
 * common phrases, multi-term queries, a phrase absent as a whole though made of common words, the rare phrase.
 */
const QUERIES = {
  first: '以会议落实会议',
  later: ['蜻蜓点水', '红红脸', '两个确立', '批评和自我批评', '形式主义 官僚主义', '调查研究', '群众 调研 整改', '会议学习党史', spliced.phrase],
};
/** What each query tests, in QUERIES order. */
const QUERY_KINDS = [
  'common',
  'common',
  'common',
  'common',
  'common',
  'two terms',
  'common',
  'three terms',
  'absent (common words)',
  'rare (oldest report only: last shard)',
];
/** Issue 15's budget per query, from the loaded page (typing included) to the complete answer. */
const BUDGET = { requests: 60, bytes: 800 * 1024, ms: 5000 };

function dirStats(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files };
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const start = performance.now();
  const result = await work();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label}: ${seconds.toFixed(1)} s`);
  return { result, seconds };
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

if (!existsSync(join(DIST, 'search', 'index.html'))) throw new Error('run `npm run build` first: the bench serves the built /search/ page');
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
execFileSync(
  process.execPath,
  [
    '--disable-warning=ExperimentalWarning',
    'scripts/corpus-synth.ts',
    '--reports',
    String(N),
    '--seed',
    values.seed!,
    '--out',
    CORPUS,
    ...(values.distinct ? ['--distinct'] : []),
  ],
  { stdio: 'inherit' },
);
const sources = readdirSync(join(CORPUS, 'sources')).filter((n) => n.startsWith('synth_'));
rmSync(join(CORPUS, 'sources', sources.at(-1)!));
writeFileSync(join(CORPUS, 'sources', spliced.name), spliced.text);
const ingest = await timed('ingest', () => ingestContent(CORPUS, { write: true }));
if (ingest.result.failures.length > 0) throw new Error(`ingest failed: ${ingest.result.failures[0].message}`);

// Ours: the same integration the site build runs, over the synthetic content.
mkdirSync(OURS, { recursive: true });
const ours = await timed('our index', () => buildSearchIndex(OURS, console.log, CORPUS));
for (const part of ['search/index.html', '_astro', 'favicon.svg', '404.html']) cpSync(join(DIST, part), join(OURS, part), { recursive: true });
// The built /search/ page names the index bundles of the site's own corpus; this corpus has its own.
const searchPage = join(OURS, 'search', 'index.html');
writeFileSync(searchPage, readFileSync(searchPage, 'utf8').replace(/data-bundles="[^"]*"/, `data-bundles="${bundlePaths(N).join(' ')}"`));

// Default Pagefind: the same reports as plain HTML pages, indexed with Pagefind's defaults.
const { entries } = await readEntries(join(CORPUS, 'reports'));
for (const e of entries) {
  const dir = join(DEFAULT, 'reports', e.id);
  mkdirSync(dir, { recursive: true });
  const body = e.sections.flatMap((s) => s.passages.map((p) => `<p id="${p.id}">${escapeHtml(plainText(p.text))}</p>`)).join('\n');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(e.frontmatter.title)}</title></head><body><main data-pagefind-body><h1>${escapeHtml(e.frontmatter.title)}</h1>${body}</main></body></html>`,
  );
}
writeFileSync(
  join(DEFAULT, 'query.html'),
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>q</title></head><body><script type="module">
window.runSearch = async (q) => { const start = performance.now(); const pf = await import('/pagefind/pagefind.js'); const s = await pf.search(q); await Promise.all(s.results.slice(0, 10).map((r) => r.data())); return [s.results.length, performance.now() - start]; };
</script></body></html>`,
);
// Pagefind's own CLI, as a default site runs it (through the Node API, 10,000 pages did not finish here).
const defaultIndex = await timed('default pagefind index', async () => {
  if (values['no-default']) return 'not run (--no-default)';
  try {
    execFileSync(resolve('node_modules/.bin/pagefind'), ['--site', DEFAULT], { stdio: 'ignore' });
    return undefined;
  } catch (error) {
    // At 10,000 reports the kernel kills it for memory on this machine: reported, not fatal.
    return `did not finish (${(error as { signal?: string; status?: number }).signal ?? `exit ${(error as { status?: number }).status}`})`;
  }
});

interface QueryCost {
  bytes: number;
  requests: number;
  ms: number;
  /** Ours: every match (passages, headings, titles, minutes lines) when complete; default: Pagefind's result count. */
  results: number;
  /** Ours: the answer was complete (not stopped by the safety net). */
  complete?: boolean;
  /** Bytes by kind of file: runtime (pagefind.js, wasm, entry), meta, index chunks, filters, fragments, docs, page. */
  parts: Record<string, number>;
}

function partOf(url: string): string {
  const path = new URL(url).pathname;
  for (const part of ['texts', 'occurrences', 'reports', 'grams']) if (path.startsWith(`/search/${part}/`)) return part === 'reports' ? 'report rows' : part;
  if (path === '/search/facets.json') return 'facet table';
  if (/^\/pagefind\/(shards\/\d+\/)?index\//.test(path)) return 'index chunks';
  if (/^\/pagefind\/(shards\/\d+\/)?filter\//.test(path)) return 'filters';
  if (/^\/pagefind\/(shards\/\d+\/)?fragment\//.test(path)) return 'fragments';
  if (path.endsWith('.pf_meta')) return 'meta';
  if (path.startsWith('/pagefind/')) return 'runtime';
  return 'page';
}

/** Bytes of every response the page receives from now until total() (call removeAllListeners after). */
function countBytes(page: Page): { total: () => Promise<{ bytes: number; requests: number; parts: Record<string, number> }> } {
  const pending: Promise<[string, number]>[] = [];
  page.on('requestfinished', (request) => pending.push(request.sizes().then((s) => [partOf(request.url()), s.responseBodySize + s.responseHeadersSize])));
  return {
    total: async () => {
      const parts: Record<string, number> = {};
      const all = await Promise.all(pending);
      for (const [part, bytes] of all) parts[part] = (parts[part] ?? 0) + bytes;
      return { bytes: Object.values(parts).reduce((a, b) => a + b, 0), requests: all.length, parts };
    },
  };
}

/**
 * The query typed (30 ms a key, so the page preloads as it does for a reader) and Enter pressed;
 * bytes and requests from the first key to the answer, time taken in the page (not Playwright's
 * round trips) from the keydown of Enter to the results container's data-state="done".
 */
async function measureOurs(page: Page, query: string): Promise<QueryCost> {
  await page.fill('#search-q', '');
  const bytes = countBytes(page);
  await page.locator('#search-q').pressSequentially(query, { delay: 30 });
  const elapsed = page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('#search-q')!;
        const results = document.querySelector<HTMLElement>('[data-testid="search-results"]')!;
        let start = 0;
        input.addEventListener('keydown', (e) => e.key === 'Enter' && (start = performance.now()), { capture: true, once: true });
        new MutationObserver((_, observer) => {
          if (start && results.dataset.state === 'done' && results.dataset.query === q) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        }).observe(results, { attributes: true });
      }),
    query,
  );
  await page.press('#search-q', 'Enter');
  await searchDone(page, query);
  const ms = await elapsed;
  await page.waitForLoadState('networkidle');
  page.removeAllListeners('requestfinished');
  const status = (await page.locator('#search-status').textContent()) ?? '';
  const complete = !status.includes('尚不完整');
  const results = complete ? Number(/找到 (\d+)/.exec(status)?.[1] ?? 0) : Number(/目前找到 (\d+)/.exec(status)?.[1] ?? 0);
  return { ...(await bytes.total()), ms, results, complete };
}

async function measureDefault(page: Page, query: string): Promise<QueryCost> {
  const bytes = countBytes(page);
  const [results, ms] = await page.evaluate((q) => (window as unknown as { runSearch: (q: string) => Promise<[number, number]> }).runSearch(q), query);
  await page.waitForLoadState('networkidle');
  page.removeAllListeners('requestfinished');
  return { ...(await bytes.total()), ms, results };
}

/** The first query is measured on this many fresh pages (each its own browser context: no cache). */
const FIRST_RUNS = 5;
const browser = await launchBrowser();
const measured: Record<
  string,
  {
    pageLoad: number;
    pageLoadParts: Record<string, number>;
    first: QueryCost;
    firstRuns: QueryCost[];
    later: QueryCost;
    laterAll: QueryCost[];
    /** Ours: every query, each on a freshly loaded page. */
    fresh: QueryCost[];
  }
> = {};
const defaultFailed = defaultIndex.result;
for (const [name, root] of [['ours', OURS], ...(defaultFailed ? [] : [['default', DEFAULT]])] as const) {
  const site = await serveDist(root, { gzip: true });
  const measure = name === 'ours' ? measureOurs : measureDefault;
  const firstRuns: QueryCost[] = [];
  let loaded = { bytes: 0, parts: {} as Record<string, number> };
  let laterAll: QueryCost[] = [];
  for (let run = 0; run < FIRST_RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const load = countBytes(page);
    await page.goto(name === 'ours' ? `${site.url}/search/` : `${site.url}/query.html`);
    await page.waitForLoadState('networkidle');
    if (run === 0) loaded = await load.total();
    page.removeAllListeners('requestfinished');
    firstRuns.push(await measure(page, QUERIES.first));
    if (run === 0) for (const query of QUERIES.later) laterAll.push(await measure(page, query));
    await context.close();
  }
  const fresh: QueryCost[] = [firstRuns[0]];
  for (const query of name === 'ours' ? QUERIES.later : []) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/search/`);
    await page.waitForLoadState('networkidle');
    fresh.push(await measure(page, query));
    console.log(`${query}: ${JSON.stringify({ ...fresh.at(-1)!, parts: undefined })}`);
    await context.close();
  }
  measured[name] = { pageLoad: loaded.bytes, pageLoadParts: loaded.parts, first: firstRuns[0], firstRuns, later: laterAll[0], laterAll, fresh };
  await site.close();
}
await browser.close();

const oursIndex = dirStats(join(OURS, 'pagefind'));
/** The distinct-text store, by part (what the page reads). */
const storeParts = Object.fromEntries(['texts', 'occurrences', 'reports', 'grams'].map((part) => [part, dirStats(join(OURS, 'search', part))]));
const oursStore = Object.values(storeParts).reduce((a, b) => ({ bytes: a.bytes + b.bytes, files: a.files + b.files }), {
  bytes: statSync(join(OURS, 'search', 'facets.json')).size,
  files: 1,
});
const defaultStats = defaultFailed ? { bytes: 0, files: 0 } : dirStats(join(DEFAULT, 'pagefind'));
/** The default column: what was measured, or a dash when default Pagefind did not build. */
const dflt = (cell: () => string) => (defaultFailed ? '—' : cell());
const kb = (b: number) => `${(b / 1024).toFixed(0)} kB`;
const row = (c: QueryCost) =>
  `${kb(c.bytes)} / ${c.requests} requests / ${c.ms.toFixed(0)} ms / ${c.results} ${c.complete === undefined ? 'results' : c.complete ? 'matches, complete' : 'matches so far, **incomplete** (safety net)'}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
/** Several measurements: the largest (the worst case) and the median bytes, requests and time. */
const spread = (all: QueryCost[]) => {
  const worst = `${kb(Math.max(...all.map((c) => c.bytes)))} / ${Math.max(...all.map((c) => c.requests))} requests / ${Math.max(...all.map((c) => c.ms)).toFixed(0)} ms`;
  return `${worst} at most; median ${kb(median(all.map((c) => c.bytes)))} / ${median(all.map((c) => c.requests))} requests / ${median(all.map((c) => c.ms)).toFixed(0)} ms`;
};
const withinBudget = (c: QueryCost) => c.complete === true && c.requests <= BUDGET.requests && c.bytes <= BUDGET.bytes && c.ms <= BUDGET.ms;
const fresh = measured.ours.fresh;
const parts = (p: Record<string, number>) =>
  Object.entries(p)
    .sort((a, b) => b[1] - a[1])
    .map(([part, bytes]) => `${part} ${kb(bytes)}`)
    .join(', ') || '—';
const report = {
  reports: N,
  passages: entries.reduce((n, e) => n + e.sections.reduce((m, s) => m + s.passages.length, 0), 0),
  ingestSeconds: ingest.seconds,
  ours: { indexSeconds: ours.seconds, index: oursIndex, store: oursStore, storeParts, ...measured.ours },
  store: ours.result,
  default: { indexSeconds: defaultIndex.seconds, failed: defaultFailed, index: defaultStats, ...measured.default },
  queries: QUERIES,
  date: new Date().toISOString().slice(0, 10),
};
const md = `# Search benchmark, ${N} synthetic reports (${report.passages} passages)

Measured by \`npm run bench:search -- --reports ${N}${values.distinct ? ' --distinct' : ''}\` on ${report.date}, 2 cores. Served gzip-compressed on loopback;
bytes are response bodies + headers as Chromium received them; time is from pressing Enter to results shown, taken in the page
(ours: the complete answer counted and its first 20 results rendered; default: \`pagefind.search\` plus the first 10 results' data()).
First query: “${QUERIES.first}” on a freshly loaded page; then on the same page the later queries ${QUERIES.later.map((q) => `“${q}”`).join(', ')}
(“the later query” is the first of them).

| | ours (distinct-text store) | default Pagefind 1.6 |
| --- | --- | --- |
| index build (ours: the store and the Pagefind bundles the page no longer asks) | ${ours.seconds.toFixed(0)} s | ${defaultFailed ? `**${defaultFailed} after ${defaultIndex.seconds.toFixed(0)} s**` : `${defaultIndex.seconds.toFixed(0)} s`} |
| index size | store ${kb(oursStore.bytes)} in ${oursStore.files} files (${Object.entries(storeParts)
  .map(([part, st]) => `${part} ${kb(st.bytes)}`)
  .join(
    ', ',
  )}); unused Pagefind bundles ${kb(oursIndex.bytes)} in ${oursIndex.files} files | ${dflt(() => `${kb(defaultStats.bytes)} in ${defaultStats.files} files`)} |
| page load before the first query (HTML, CSS, JS; ours also the facet table) | ${kb(measured.ours.pageLoad)} | ${dflt(() => kb(measured.default.pageLoad))} |
| first query | ${row(measured.ours.first)} | ${dflt(() => row(measured.default.first))} |
| first query on ${FIRST_RUNS} fresh pages | ${spread(measured.ours.firstRuns)} | ${dflt(() => spread(measured.default.firstRuns))} |
| first query, counting the search files the page loaded before it (default: runtime, index metadata; ours: facet table) | ${kb(measured.ours.first.bytes + measured.ours.pageLoad - (measured.ours.pageLoadParts.page ?? 0))} | ${dflt(() => kb(measured.default.first.bytes + measured.default.pageLoad - (measured.default.pageLoadParts.page ?? 0)))} |
| later query | ${row(measured.ours.later)} | ${dflt(() => row(measured.default.later))} |
| the ${QUERIES.later.length} later queries | ${spread(measured.ours.laterAll)} | ${dflt(() => spread(measured.default.laterAll))} |
| page load, by kind | ${parts(measured.ours.pageLoadParts)} | ${dflt(() => parts(measured.default.pageLoadParts))} |
| first query, by kind | ${parts(measured.ours.first.parts)} | ${dflt(() => parts(measured.default.first.parts))} |
| later query, by kind | ${parts(measured.ours.later.parts)} | ${dflt(() => parts(measured.default.later.parts))} |

## Every query on a freshly loaded page, against issue 15's budget

Each query typed into a freshly loaded /search/ page (30 ms a key; the page reads the gram summaries and checks the text chunks while it is typed) and Enter
pressed; bytes and requests from the first key to the complete answer (the page load itself, ${kb(measured.ours.pageLoad)}, not
included), time from Enter. Budget: every query complete within ${BUDGET.requests} requests, ${kb(BUDGET.bytes)} and ${BUDGET.ms / 1000} s.

| query | kind | ours (bytes / requests / time / matches) | within budget |
| --- | --- | --- | --- |
${[QUERIES.first, ...QUERIES.later].map((q, i) => `| ${q} | ${QUERY_KINDS[i]} | ${row(fresh[i])} | ${withinBudget(fresh[i]) ? 'yes' : '**no**'} |`).join('\n')}

**Worst case**: ${spread(fresh)}. ${fresh.filter(withinBudget).length} of ${fresh.length} queries within the budget${fresh.every(withinBudget) ? '' : `; not within it: ${fresh.filter((c) => !withinBudget(c)).length}`}.

## On one page: the first query, then the later ones (caches warm)

Each query (bytes / requests / time / results):

| query | ours | default Pagefind 1.6 |
| --- | --- | --- |
${[QUERIES.first, ...QUERIES.later].map((q, i) => `| ${q}${i === 0 ? ' (first)' : ''} | ${row(i === 0 ? measured.ours.first : measured.ours.laterAll[i - 1])} | ${dflt(() => row(i === 0 ? measured.default.first : measured.default.laterAll[i - 1]))} |`).join('\n')}

Default Pagefind's result counts are report-level and include reports without the phrase; ours are every verified match
(passages, headings, titles, minutes lines).

The store: ${report.store.texts} distinct texts for ${report.store.occurrences} texts in the library (titles, minutes lines, headings, passages)${values.distinct ? '; the corpus was made with `--distinct` (paragraphs recombined from seed sentences, so passages are rarely exact copies)' : "; in this synthetic library every paragraph is one of the seeds' (see README, Search: measured): the store is that small because of it"}.
`;
mkdirSync('bench', { recursive: true });
writeFileSync(`bench/search-${NAME}.md`, md);
writeFileSync(`bench/search-${NAME}.json`, `${JSON.stringify(report, null, 2)}\n`);
console.log(md);
