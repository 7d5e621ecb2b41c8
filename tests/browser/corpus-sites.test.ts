/**
 * Whole builds of libraries other than content/: 45 synthetic reports with broken and hostile
 * sources and a report whose id changed, searched in shards; and a build that must fail.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
const MINUTES = seeds[3].name;
const MINUTES_ENTRY = join(import.meta.dirname, '../../content/reports/6f51a37c.md');
const MERGED = ['s1-3-2-p1', 's1-3-2-p2'];
const NO_YEAR = 'y01_no-year.txt';
const WITHDRAWN = synthesizeReports(seeds, 45, 7)[0].name;

/** A passage's text as its entry file has it. */
function passageOf(entryFile: string, anchor: string): string {
  return new RegExp(`^(.*) \\{#${anchor}\\}$`, 'mu').exec(readFileSync(entryFile, 'utf8'))![1];
}
// The f10_ sources are about size (their own test), not about hostile text.
const hostile = faults().filter((f) => f.texts && !f.name.startsWith('f10_'));

let corpus: CorpusSite;
let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;

before(
  async () => {
    const synthetic = Object.fromEntries(synthesizeReports(seeds, 45, 7).map((r) => [r.name, r.text]));
    const broken: Record<string, Uint8Array | string> = Object.fromEntries(faults().map((f) => [f.name, f.bytes]));
    // A source naming no 年度 (written for this test): published as 年度不详.
    broken[NO_YEAR] = 'XX年度民主生活会个人对照检查材料\n按照要求，我认真查摆问题。\n一、存在的问题\n（一）理论学习方面。本人学习不够深入。\n';
    // Later, a seed's source is replaced by an edited copy under a new name: a new id, the old one redirects.
    const revised = `${readFileSync(join(SOURCES, REVISED), 'utf8')}\n（本稿已修订）\n`;
    // Last, a synthetic report is withdrawn (its source removed), and two paragraphs of the minutes
    // become one (as a reflowed copy has them): the old anchor of the second must still land.
    const minutes = readFileSync(join(SOURCES, MINUTES), 'utf8');
    const [first, second] = MERGED.map((a) => passageOf(MINUTES_ENTRY, a));
    corpus = await buildCorpusSite(
      [
        { add: { ...synthetic, ...broken } },
        { add: { 'revised_004.txt': revised }, remove: [REVISED] },
        { add: { [MINUTES]: minutes.replace(`${first}\n${second}\n`, `${first}${second}\n`) }, remove: [WITHDRAWN] },
      ],
      { DUIZHAO_SHARD_SIZE: '20' },
    );
    site = await serveDist(corpus.dist);
    browser = await launchBrowser();
  },
  { timeout: 300_000 },
);

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
  const all = entries().filter(
    (e) => e.frontmatter.status !== 'retired' && (e.frontmatter.source.startsWith('synth_') || /^\d{3}_/.test(e.frontmatter.source)),
  );
  // 45 synthetic and 4 seeds (the fifth was replaced by revised_004.txt), less the withdrawn one.
  assert.equal(all.length, 48, `${all.length} reports`);
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
    // The first 20 results are shown: show more until the passage shows up.
    const wanted = `/reports/${entry.id}/#${longest.id}`;
    while ((await page.locator(`a[data-result][href="${wanted}"]`).count()) === 0 && (await page.locator('button[data-more]').count()) > 0) {
      await page.click('button[data-more]');
    }
    assert.equal(await page.locator(`a[data-result][href="${wanted}"]`).count(), 1, `${phrase} finds ${wanted}`);
  }
  await page.close();
});

test('every shard is searched: "显示更多" reaches exactly every passage with the phrase', async () => {
  // Not 以会议落实会议: the 5 MB fault source repeats it thousands of times.
  const phrase = '蜻蜓点水';
  const expected = entries().flatMap((e) =>
    e.sections.flatMap((s) => s.passages.filter((p) => normalizeText(plainText(p.text)).includes(phrase)).map((p) => `/reports/${e.id}/#${p.id}`)),
  );
  assert.ok(expected.length > 10);
  const page = await browser.newPage();
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(phrase)}`);
  await searchDone(page, phrase);
  assert.match((await page.locator('#search-status').textContent())!, new RegExp(`找到 ${expected.length} 段`));
  while ((await page.locator('button[data-more]').count()) > 0) await page.click('button[data-more]');
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
        copy.querySelectorAll('[data-controls], [data-similar]').forEach((c) => c.remove());
        return copy.textContent!.trim();
      }),
    );
    for (const t of f.texts!) assert.ok(shown.includes(t), `${f.name}: "${t}" shown literally`);
    assert.equal(await page.locator('article img, article script, article b, article p p').count(), 0, `${f.name}: no element from the text`);
  }
  assert.equal(dialogs, 0);
  await page.close();
});

test('a report of unknown year: 年度不详 on its page, its own /years/ value listed after every known year', async () => {
  const entry = entries().find((e) => e.frontmatter.source === NO_YEAR)!;
  assert.equal(entry.frontmatter.year, null);
  assert.ok(
    corpus.ingests[1].warnings.some((w) => w.file.endsWith(NO_YEAR)),
    'ingest warned, naming the file',
  );
  const page = await browser.newPage();
  await page.goto(`${site.url}/reports/${entry.id}/`);
  assert.ok(await page.getByRole('link', { name: '年度不详' }).first().isVisible(), 'the year chip reads 年度不详');
  await page.goto(`${site.url}/years/`);
  const years = await page.locator('[data-facet-link]').evaluateAll((as) => as.map((a) => a.getAttribute('data-facet-link')!));
  const known = [...new Set(entries().flatMap((e) => (e.frontmatter.year === null ? [] : [e.frontmatter.year])))].sort((a, b) => b - a);
  assert.deepEqual(years, [...known.map(String), 'unknown'], 'newest first, 年度不详 last');
  assert.match((await page.locator('[data-facet-link="unknown"]').textContent())!, /年度不详/);
  await page.goto(`${site.url}/years/unknown/`);
  assert.equal((await page.locator(`a[href$="/reports/${entry.id}/"]`).count()) > 0, true, '/years/unknown/ lists the report');
  await page.close();
});

test('pages stay small whatever the input: topic pages paginate, a 5 MB report, a 200,000-character line and 5,000 sections are cut into pages, every page under 300 KB', async () => {
  const files = readdirSync(corpus.dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const oversized = files.filter((f) => statSync(join(corpus.dist, f)).size > 300 * 1024);
  assert.deepEqual(oversized, []);
  for (const source of ['f10_large.txt', 'f10_long-line.txt', 'f10_many-sections.txt']) {
    const { id } = entries().find((e) => e.frontmatter.source === source)!;
    assert.ok(files.includes(`reports/${id}/2/index.html`), `${source}: a second page`);
  }
  // A link to a passage on a later page, opened at the report's URL, lands there (through the anchor map).
  const many = entries().find((e) => e.frontmatter.source === 'f10_many-sections.txt')!;
  const last = many.sections.at(-1)!.passages[0];
  const page = await browser.newPage();
  await page.goto(`${site.url}/reports/${many.id}/#${last.id}`);
  await page.waitForURL(new RegExp(`/reports/${many.id}/\\d+/#${last.id}$`));
  assert.equal((await page.locator(':target').textContent())!.includes('补充第50部分第99点意见'), true);
  await page.close();
  // Listings show the opening of a very long passage, with a link to the whole of it.
  const longLine = entries().find((e) => e.frontmatter.source === 'f10_long-line.txt')!;
  const passage = longLine.sections.flatMap((s) => s.passages).find((p) => p.text.length === 200_000)!;
  const cards = files
    .filter((f) => f.startsWith('aspects/'))
    .map((f) => readFileSync(join(corpus.dist, f), 'utf8'))
    .filter((h) => h.includes(`/reports/${longLine.id}/#${passage.id}`));
  assert.ok(cards.length > 0);
  for (const html of cards) assert.ok(!html.includes(passage.text.slice(0, 2_000)), 'not the whole passage on a listing');
  assert.ok(
    files.some((f) => /^aspects\/[a-z-]+\/\d+\/index\.html$/.test(f)),
    'some topic has a second page',
  );
  const { broken } = brokenLinks(corpus.dist);
  assert.deepEqual(broken, []);
});

test('a report whose id changed: its old URL and passage links lead to the new page', async () => {
  // The second change set replaced the source.
  const replaced = corpus.ingests[2];
  // The library starts from the seeds' committed entries: the old id is the one the replaced seed's entry has.
  const reports = join(import.meta.dirname, '../../content/reports');
  const oldId = readdirSync(reports)
    .map((n) => parseEntry(readFileSync(join(reports, n), 'utf8'), n, n.slice(0, -3)))
    .find((e) => e.frontmatter.source === REVISED)!.id;
  assert.equal(
    entries().some((e) => e.id === oldId),
    false,
  );
  const revised = entries().find((e) => e.frontmatter.source === 'revised_004.txt')!;
  assert.deepEqual(revised.frontmatter.formerIds, [oldId]);
  assert.ok(replaced.log.some((l) => l.includes(`${oldId} is now ${revised.id}`)));
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
  try {
    cpSync(join(import.meta.dirname, '../../content'), content, { recursive: true });
    const file = join(content, 'reports', 'ab94ce7e.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('year: 2023', 'year: 二〇二三'));
    const { status, output } = astroBuild(content, `${content}-dist`);
    assert.notEqual(status, 0);
    assert.match(output, /reports\/ab94ce7e\.md: invalid frontmatter — line 3, field "year"/);
    assert.equal(existsSync(`${content}-dist.search`), false, 'a failed build leaves no search index folder beside its output');
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(`${content}-dist`, { recursive: true, force: true });
  }
});

test('a withdrawn report keeps its URL: a page saying so, with its title, listed nowhere', async () => {
  const retired = entries().find((e) => e.frontmatter.source === WITHDRAWN)!;
  assert.equal(retired.frontmatter.status, 'retired');
  const page = await browser.newPage();
  const response = await page.goto(`${site.url}/reports/${retired.id}/`);
  assert.equal(response?.status(), 200);
  assert.equal((await page.locator('[data-retired] h1').textContent())!.trim(), '此材料已撤下');
  assert.ok((await page.locator('[data-retired]').textContent())!.includes(retired.frontmatter.title));
  assert.equal(await page.locator('[data-passage]').count(), 0);
  await page.goto(`${site.url}/reports/`);
  assert.equal(await page.locator(`a[href="/reports/${retired.id}/"]`).count(), 0);
  await page.close();
});

test('an anchor whose paragraph was merged into the one before lands on that passage, without JavaScript too', async () => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${site.url}/reports/6f51a37c/#${MERGED[1]}`);
    const passage = page.locator(`[data-passage]:has(> #${MERGED[1]})`);
    assert.equal(await passage.getAttribute('id'), MERGED[0]);
    assert.ok((await passage.textContent())!.includes(passageOf(MINUTES_ENTRY, MERGED[1]).slice(0, 20)));
    const box = (await passage.boundingBox())!;
    assert.ok(box.y >= 0 && box.y < page.viewportSize()!.height, `the passage is in view (y = ${box.y})`);
    assert.notEqual(await passage.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgba(0, 0, 0, 0)', 'highlighted as the target');
    await context.close();
  }
});
