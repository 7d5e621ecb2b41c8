/**
 * The seeds built for a sub-path (DUIZHAO_BASE=/duizhao/) and served only under it: every link,
 * asset, search bundle, browse chunk and .docx lives there, and search and browse work. One seed
 * has been replaced by an edited copy (a new id), so its former URL redirects under the base too.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, searchDone } from '../support/browser.ts';
import { ingestContent } from '../../src/lib/ingest/ingest-content.ts';
import { parseEntry } from '../../src/lib/entry/format.ts';
import { astroBuild } from '../support/corpus-site.ts';
import { brokenLinks } from '../support/links.ts';
import { serveDist } from '../support/static-server.ts';

const BASE = '/duizhao/';
const work = mkdtempSync(join(tmpdir(), 'duizhao-base-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
/** Seed 000's report, quoted by the 理论学习 intro (<Passage id="6d825004#…">): its source is replaced. */
const FORMER_ID = '6d825004';
let movedTo = '';
let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

before(
  async () => {
    cpSync(resolve(import.meta.dirname, '../../content'), content, { recursive: true });
    const seed = readdirSync(join(content, 'sources')).find((n) => n.startsWith('000_'))!;
    writeFileSync(join(content, 'sources', 'revised_000.txt'), `${readFileSync(join(content, 'sources', seed), 'utf8')}\n（本稿已修订）\n`);
    rmSync(join(content, 'sources', seed));
    await ingestContent(content, { write: true });
    const reports = join(content, 'reports');
    movedTo = readdirSync(reports)
      .map((n) => parseEntry(readFileSync(join(reports, n), 'utf8'), n, n.slice(0, -3)))
      .find((e) => e.frontmatter.formerIds?.includes(FORMER_ID))!.id;
    const build = astroBuild(content, dist, { DUIZHAO_BASE: BASE, DUIZHAO_SITE: 'https://portal.example' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.output.slice(-4000)}`);
    site = await serveDist(dist, { base: BASE });
    browser = await launchBrowser();
  },
  { timeout: 180_000 },
);

after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
}

test('every internal link, asset, form and bundle path of the built pages is under the base path, and resolves', () => {
  const outside = new Set<string>();
  for (const file of htmlFiles(dist)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\s(?:href|src|action|data-bundles)="([^"]*)"/g)) {
      for (const url of m[1].split(' ')) if (url.startsWith('/') && !url.startsWith(BASE)) outside.add(`${file.slice(dist.length)}: ${url}`);
    }
  }
  assert.deepEqual([...outside], []);
  const { checked, broken } = brokenLinks(dist, BASE);
  assert.ok(checked > 500, `${checked} links checked`);
  assert.deepEqual(broken, []);
  // Canonical links name the published address.
  assert.match(readFileSync(join(dist, 'index.html'), 'utf8'), /<link rel="canonical" href="https:\/\/portal\.example\/duizhao\/"/);
});

test('search, browse and the Word file work under the base path, fetching nothing outside it', async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));

  await page.goto(`${site.url}${BASE}search/?q=${encodeURIComponent('以会议落实会议')}`);
  await searchDone(page, '以会议落实会议');
  while ((await page.locator('button[data-more]').count()) > 0) await page.click('button[data-more]');
  const results = await page.$$eval('a[data-result]', (as) => as.map((a) => a.getAttribute('href')!));
  // DOMAIN.md: 以会议落实会议 is in 3 passages of the seeds.
  assert.equal(results.length, 3);
  assert.ok(results.every((href) => href.startsWith(`${BASE}reports/`)));

  await page.goto(`${site.url}${BASE}browse/?speaker=team`);
  await page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
  assert.ok(Number(await page.locator('[data-result-count]').textContent()) > 0);
  await page.getByRole('link', { name: '下一页 ›' }).click();
  await page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
  assert.match(page.url(), /\/duizhao\/browse\/\?speaker=team&page=2$/);

  await page.goto(`${site.url}${BASE}reports/ab94ce7e/`);
  const docx = await page.getByRole('link', { name: /下载 Word 版/ }).getAttribute('href');
  assert.equal(docx, `${BASE}reports/ab94ce7e.docx`);
  const response = await page.request.get(`${site.url}${docx}`);
  assert.equal(response.status(), 200);
  assert.equal((await response.body()).subarray(0, 2).toString(), 'PK');

  assert.deepEqual(
    requested.filter((path) => !path.startsWith(BASE)),
    [],
  );
  await page.close();
});

test('a former report id redirects to the new page under the base path, keeping the passage anchor', async () => {
  assert.ok(movedTo && movedTo !== FORMER_ID, 'the revised seed has a new id');
  const page = await browser.newPage();
  await page.goto(`${site.url}${BASE}reports/${FORMER_ID}/#s2-1-p1`);
  await page.waitForURL(`${site.url}${BASE}reports/${movedTo}/#s2-1-p1`);
  assert.equal(await page.locator(':target').getAttribute('data-passage'), '');
  // The 理论学习 topic intro quotes the report by its former id: the quote links to the new page.
  await page.goto(`${site.url}${BASE}aspects/theory/`);
  assert.ok(await page.locator(`a[href="${BASE}reports/${movedTo}/#s2-1-p1"]`).count(), 'the intro quote links to the new id');
  await page.close();
  // Without JavaScript the old page still points there, under the base.
  const html = readFileSync(join(dist, 'reports', FORMER_ID, 'index.html'), 'utf8');
  assert.match(html, new RegExp(`<meta http-equiv="refresh" content="1; url=${BASE}reports/${movedTo}/"`));
});
