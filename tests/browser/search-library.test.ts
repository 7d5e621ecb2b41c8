/**
 * Search over a library of many index shards: the seeds, 50 synthetic reports and one older
 * report (so in the last shard) with a phrase no other report has. Absent, rare and common
 * phrases are answered completely, within a request budget counted in Chromium.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { synthesizeReports } from '../../src/lib/synth/corpus.ts';
import { plainText } from '../../src/lib/entry/placeholders.ts';
import { searchDone } from '../support/browser.ts';
import { closeCorpusSite, corpusEntries, openCorpusSite, type CorpusSite, type OpenCorpusSite } from '../support/corpus-site.ts';
import { oldSplicedReport } from '../support/spliced.ts';

const SOURCES = join(import.meta.dirname, '../../content/sources');
const seeds = readdirSync(SOURCES)
  .sort()
  .map((name) => ({ name, lines: readFileSync(join(SOURCES, name), 'utf8').split('\n') }));
/** Requests a query may cost, from the loaded page to the complete answer (issue 15's budget). */
const BUDGET = 60;

const spliced = oldSplicedReport(seeds);

let corpus: CorpusSite;
let browser: Browser;
let site: OpenCorpusSite['site'];

before(async () => {
  const synthetic = Object.fromEntries(synthesizeReports(seeds, 50, 3).map((r) => [r.name, r.text]));
  ({ corpus, site, browser } = await openCorpusSite([{ add: { ...synthetic, [spliced.name]: spliced.text } }], { DUIZHAO_SHARD_SIZE: '12' }));
});

after(() => closeCorpusSite({ corpus, site, browser }));

const entries = () => corpusEntries(corpus);

/** The passages holding the phrase, by plain substring scan. */
function passagesWith(phrase: string): string[] {
  return entries()
    .flatMap((e) => e.sections.flatMap((s) => s.passages.filter((p) => plainText(p.text).includes(phrase)).map((p) => `/reports/${e.id}/#${p.id}`)))
    .sort();
}

/** Types the query on a loaded search page and presses Enter; every result (all pages of 20) and the requests it took. */
async function searchCounting(page: Page, query: string): Promise<{ results: string[]; requests: number; status: string }> {
  await page.goto(`${site.url}/search/`);
  await page.waitForSelector('#search-form[data-ready]');
  let requests = 0;
  page.on('request', () => requests++);
  await page.locator('#search-q').pressSequentially(query, { delay: 20 });
  await page.press('#search-q', 'Enter');
  await searchDone(page, query);
  const counted = requests;
  const status = (await page.locator('#search-status').textContent())!;
  while ((await page.locator('button[data-more]').count()) > 0) await page.click('button[data-more]');
  const results = (await page.$$eval('a[data-result]', (as) => as.map((a) => a.getAttribute('href')!))).sort();
  return { results, requests: counted, status };
}

test('the library has several index shards, and the spliced report is the oldest (in the last shard)', () => {
  assert.ok(readdirSync(join(corpus.dist, 'pagefind', 'shards')).length >= 3);
  // Of the reports whose 年度 is known (those of unknown year come after them).
  const years = entries().flatMap((e) => (e.frontmatter.year === null ? [] : [[e.frontmatter.source, e.frontmatter.year] as const]));
  const oldest = Math.min(...years.map(([, y]) => y));
  assert.deepEqual(
    years.filter(([, y]) => y === oldest).map(([s]) => s),
    ['old_spliced.txt'],
  );
});

test('a phrase absent as a whole, made of common words: “not found”, complete, within the request budget', async () => {
  const phrase = '会议学习党史';
  assert.deepEqual(passagesWith(phrase), []);
  assert.ok(['会议', '学习', '党史'].every((w) => passagesWith(w).length > 20));
  const page = await browser.newPage();
  const { results, requests, status } = await searchCounting(page, phrase);
  assert.deepEqual(results, []);
  assert.match(status, /没有找到/);
  assert.ok(requests <= BUDGET, `${requests} requests`);
  await page.close();
});

test('a phrase in the oldest report only (last shard): exactly its passage, within the request budget', async () => {
  const want = passagesWith(spliced.phrase);
  assert.equal(want.length, 1);
  const page = await browser.newPage();
  const { results, requests, status } = await searchCounting(page, spliced.phrase);
  assert.deepEqual(results, want);
  assert.match(status, /找到 1 段，来自 1 份材料/);
  assert.ok(requests <= BUDGET, `${requests} requests`);
  await page.close();
});

test('a common phrase: the count on the first screen is every match in every shard, 20 shown, the rest on request, within the request budget', async () => {
  const phrase = '以会议落实会议';
  const want = passagesWith(phrase);
  assert.ok(want.length > 20, `${want.length} passages`);
  const page = await browser.newPage();
  const { results, status, requests } = await searchCounting(page, phrase);
  assert.match(status, new RegExp(`找到 ${want.length} 段，来自 \\d+ 份材料，下面是按相关度排列的前 20 处`));
  assert.deepEqual(results, want);
  assert.ok(requests <= BUDGET, `${requests} requests`);
  assert.doesNotMatch(status, /候选/);
  await page.close();
});
