/**
 * Whole builds of libraries other than content/: 45 synthetic reports with broken and hostile
 * sources and a report whose id changed, searched in shards; and a build that must fail.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { synthesizeReports } from '../../src/lib/synth/corpus.ts';
import { parseEntry } from '../../src/lib/entry/format.ts';
import { plainText } from '../../src/lib/entry/placeholders.ts';
import { normalizeText } from '../../src/lib/search/tokens.ts';
import { launchBrowser, searchDone } from '../support/browser.ts';
import { astroBuild, buildCorpusSite, type CorpusSite } from '../support/corpus-site.ts';
import { faults } from '../support/faults.ts';
import { brokenLinks } from '../support/links.ts';
import { serveDist } from '../support/static-server.ts';

const SOURCES = join(import.meta.dirname, '../../content/sources');
const seeds = readdirSync(SOURCES)
  .sort()
  .map((name) => ({ name, lines: readFileSync(join(SOURCES, name), 'utf8').split('\n') }));
const REVISED = seeds[4].name;
const hostile = faults().filter((f) => f.texts && f.name !== 'f10_large.txt');

let corpus: CorpusSite;
let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;

before(async () => {
  const synthetic = Object.fromEntries(synthesizeReports(seeds, 45, 7).map((r) => [r.name, r.text]));
  const broken = Object.fromEntries(faults().map((f) => [f.name, f.bytes]));
  // Later, a seed's source is replaced by an edited copy under a new name: a new id, the old one redirects.
  const revised = `${readFileSync(join(SOURCES, REVISED), 'utf8')}\n（本稿已修订）\n`;
  corpus = await buildCorpusSite([{ add: { ...synthetic, ...broken } }, { add: { 'revised_004.txt': revised }, remove: [REVISED] }], {
    DUIZHAO_SHARD_SIZE: '20',
  });
  site = await serveDist(corpus.dist);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
  for (const dir of [corpus?.content, corpus?.dist]) if (dir) rmSync(dir, { recursive: true, force: true });
});

function entries() {
  const dir = join(corpus.content, 'reports');
  return readdirSync(dir).map((n) => parseEntry(readFileSync(join(dir, n), 'utf8'), n, n.slice(0, -3)));
}

test('every report of a 50-report synthetic library gets a page, and a phrase from each is found by search (4 index shards)', async () => {
  const all = entries().filter((e) => e.frontmatter.source.startsWith('synth_') || /^\d{3}_/.test(e.frontmatter.source));
  assert.ok(all.length >= 49, `${all.length} reports`);
  assert.ok(readdirSync(join(corpus.dist, 'pagefind', 'shards')).length >= 2, 'several index shards');
  for (const entry of all) assert.ok(statSync(join(corpus.dist, 'reports', entry.id, 'index.html')).size > 0, `${entry.id} has a page`);
  const page = await browser.newPage();
  await page.goto(`${site.url}/search/`);
  for (const entry of all) {
    // A phrase from the report's longest passage, searched for: the passage is among the results.
    const passages = entry.sections.flatMap((s) => s.passages.map((p) => ({ id: p.id, text: plainText(p.text) })));
    const longest = passages.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const phrase = [...longest.text.matchAll(/\p{Script=Han}{8}/gu)][2][0];
    await page.fill('#search-q', phrase);
    await page.press('#search-q', 'Enter');
    await searchDone(page, phrase);
    // Results come in batches of candidate reports: load more until the passage shows up.
    const wanted = `/reports/${entry.id}/#${longest.id}`;
    const more = page.getByRole('button', { name: '加载更多' });
    while ((await page.locator(`a[data-result][href="${wanted}"]`).count()) === 0 && (await more.isVisible())) {
      await more.click();
      await page.waitForSelector('[data-testid="search-results"][data-state="done"]', { state: 'attached' });
    }
    assert.equal(await page.locator(`a[data-result][href="${wanted}"]`).count(), 1, `${phrase} finds ${wanted}`);
  }
  await page.close();
});

test('merging shards as needed, "加载更多" reaches exactly every passage with the phrase', async () => {
  const phrase = '以会议落实会议';
  const expected = entries().flatMap((e) =>
    e.sections.flatMap((s) => s.passages.filter((p) => normalizeText(plainText(p.text)).includes(phrase)).map((p) => `/reports/${e.id}/#${p.id}`)),
  );
  assert.ok(expected.length > 10);
  const page = await browser.newPage();
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(phrase)}`);
  await searchDone(page, phrase);
  assert.match((await page.locator('#search-status').textContent())!, /已检索 1\/\d+ 部分索引/, 'the first results come from the first shard alone');
  for (const more = page.getByRole('button', { name: '加载更多' }); await more.isVisible();) {
    await more.click();
    await page.waitForSelector('[data-testid="search-results"][data-state="done"]', { state: 'attached' });
  }
  const found = await page.locator('a[data-result]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  assert.deepEqual(found.sort(), expected.sort());
  await page.close();
});

test('broken sources: the library builds without them; hostile text is shown literally, never as markup', async () => {
  const bySource = new Map(entries().map((e) => [e.frontmatter.source, e]));
  for (const f of faults().filter((x) => x.failure)) assert.equal(bySource.has(f.name), false, f.name);
  const page = await browser.newPage();
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  for (const f of hostile) {
    const entry = bySource.get(f.name)!;
    await page.goto(`${site.url}/reports/${entry.id}/`);
    const shown = await page.$$eval('[data-passage], article h2, article h3', (els) =>
      els.map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('a[data-copy-link], button').forEach((c) => c.remove());
        return copy.textContent!.trim();
      }),
    );
    for (const t of f.texts!) assert.ok(shown.includes(t), `${f.name}: "${t}" shown literally`);
    assert.equal(await page.locator('article img, article script, article b, article p p').count(), 0, `${f.name}: no element from the text`);
  }
  assert.equal(dialogs, 0);
  await page.close();
});

test('pages stay small as the library grows: topic pages paginate and every page is under 300 KB', async () => {
  const large = entries().find((e) => e.frontmatter.source === 'f10_large.txt')!;
  const files = readdirSync(corpus.dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const oversized = files.filter((f) => !f.startsWith(`reports/${large.id}/`) && statSync(join(corpus.dist, f)).size > 300 * 1024);
  assert.deepEqual(oversized, []);
  assert.ok(
    files.some((f) => /^aspects\/[a-z-]+\/\d+\/index\.html$/.test(f)),
    'some topic has a second page',
  );
  const { broken } = brokenLinks(corpus.dist);
  assert.deepEqual(broken, []);
});

test('a report whose id changed: its old URL and passage links lead to the new page', async () => {
  const [first, last] = [corpus.ingests[0], corpus.ingests.at(-1)!];
  const oldId = first.changed
    .map((f) => f.split('/').pop()!.slice(0, -3))
    .find((id) => readFileSync(join(SOURCES, REVISED)).length > 0 && !entries().some((e) => e.id === id))!;
  const revised = entries().find((e) => e.frontmatter.source === 'revised_004.txt')!;
  assert.deepEqual(revised.frontmatter.formerIds, [oldId]);
  assert.ok(last.log.some((l) => l.includes(`${oldId} is now ${revised.id}`)));
  const page = await browser.newPage();
  await page.goto(`${site.url}/reports/${oldId}/#s2-1-p1`);
  await page.waitForURL(`**/reports/${revised.id}/#s2-1-p1`);
  assert.equal(await page.locator(':target').getAttribute('data-passage'), '');
  await page.close();
  // Without JavaScript the page still points there.
  const html = readFileSync(join(corpus.dist, 'reports', oldId, 'index.html'), 'utf8');
  assert.match(html, new RegExp(`<meta http-equiv="refresh" content="1; url=/reports/${revised.id}/"`));
});

test('an invalid entry fails the build, naming the file and the field', () => {
  const content = mkdtempSync(join(tmpdir(), 'duizhao-invalid-'));
  cpSync(join(import.meta.dirname, '../../content'), content, { recursive: true });
  const file = join(content, 'reports', 'ab94ce7e.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('year: 2023', 'year: 二〇二三'));
  const { status, output } = astroBuild(content, `${content}-dist`);
  assert.notEqual(status, 0);
  assert.match(output, /reports\/ab94ce7e\.md: invalid frontmatter — field "year"/);
  rmSync(content, { recursive: true, force: true });
  rmSync(`${content}-dist`, { recursive: true, force: true });
});
