import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { searchDone } from '../support/browser.ts';

const site = useSite();

interface RenderedPassage {
  href: string;
  text: string;
}
let corpus: RenderedPassage[] = [];
let page: Page;

/**
 * What search finds, as a reader sees it on the report pages (controls removed): each passage
 * (its permalink), each section heading (the section's anchor), the title and each minutes line
 * (the report).
 */
async function renderedPassages(p: Page): Promise<RenderedPassage[]> {
  await p.goto(`${site.url}/reports/`);
  const reports = await p.$$eval('ul[aria-label="全部材料"] > li > a', (as) => as.map((a) => a.getAttribute('href')!));
  const all: RenderedPassage[] = [];
  for (const report of reports) {
    await p.goto(`${site.url}${report}`);
    const texts = await p.evaluate(() => {
      const text = (el: Element) => {
        const clone = el.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('[data-controls]').forEach((c) => c.remove());
        return clone.textContent!.trim();
      };
      const minutes = document.querySelector('dl[aria-label="会议信息"]');
      const fields = [...(minutes?.querySelectorAll('dt') ?? [])].flatMap((dt) => {
        const dd = dt.nextElementSibling!;
        const items = dd.querySelectorAll('li');
        return items.length > 0 ? [...items].map(text) : [`${text(dt)}：${text(dd)}`];
      });
      return [
        { id: '', text: text(document.querySelector('h1')!) },
        ...fields.map((f) => ({ id: '', text: f })),
        ...[...document.querySelectorAll('[data-section]')].map((s) => ({
          id: `#${s.id}`,
          text: text(s.querySelector(':scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6')!),
        })),
        ...[...document.querySelectorAll('[data-passage]')].map((el) => ({ id: `#${el.id}`, text: text(el) })),
      ];
    });
    all.push(...texts.map((x) => ({ href: `${report}${x.id}`, text: x.text })));
  }
  return all;
}

/** Searches through the form when already on /search/ (as a reader would), else by URL; returns every result. */
async function search(query: string, params = ''): Promise<string[]> {
  const current = new URL(page.url());
  const unfiltered = [...current.searchParams.keys()].every((k) => k === 'q');
  if (params === '' && current.pathname === '/search/' && unfiltered) {
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
  } else {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}${params}`);
  }
  await searchDone(page, query);
  // The first 20 are shown, then 20 more per click: all of them, for precision and recall.
  while ((await page.locator('button[data-more]').count()) > 0) await page.click('button[data-more]');
  return page.$$eval('a[data-result]', (as) => as.map((a) => a.getAttribute('href')!));
}

/** The reference matching, written here rather than taken from the code under test: width, case, quotes and spaces folded. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[“”]/g, '"').replace(/\s+/g, '');

function expected(terms: string[]): string[] {
  return corpus
    .filter((p) => terms.every((t) => fold(p.text).includes(fold(t))))
    .map((p) => p.href)
    .sort();
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let ready: Promise<void> | undefined;
/** The rendered corpus, made on first use (after the site is up). */
function setup(): Promise<void> {
  ready ??= (async () => {
    const reader = await site.browser.newPage();
    try {
      corpus = await renderedPassages(reader);
    } finally {
      await reader.close();
    }
  })();
  return ready;
}

// A fresh page for every test: no listener, filter or cache carried from one test to the next.
beforeEach(async () => {
  page = await site.browser.newPage();
});
afterEach(async () => {
  await page.close();
});

test('120 random Han phrases (2–10 characters): results are exactly the passages containing them', async () => {
  await setup();
  const next = random(20261124);
  const passages = corpus.filter((p) => /#s[\d-]+-p\d+$/.test(p.href));
  const phrases = new Set<string>();
  while (phrases.size < 120) {
    const passage = passages[Math.floor(next() * passages.length)];
    const length = 2 + Math.floor(next() * 9);
    const start = Math.floor(next() * Math.max(1, passage.text.length - length));
    const phrase = passage.text.slice(start, start + length);
    if (/^\p{Script=Han}+$/u.test(phrase) && phrase.length === length) phrases.add(phrase);
  }
  let found = 0;
  for (const phrase of phrases) {
    const want = expected([phrase]);
    assert.ok(want.length > 0);
    assert.deepEqual((await search(phrase)).sort(), want, phrase);
    found += want.length;
  }
  assert.ok(found >= 120);
});

test('typing a query loads the text chunks that may hold it before Enter; Enter then fetches no text chunk', async () => {
  await setup();
  await page.goto(`${site.url}/search/`);
  await page.waitForSelector('#search-form[data-ready]');
  const chunks: string[] = [];
  page.on('requestfinished', (r) => r.url().includes('/search/texts/') && chunks.push(r.url()));
  await page.locator('#search-q').pressSequentially('蜻蜓点水', { delay: 30 });
  await page.waitForSelector('#search-q[data-preloaded="蜻蜓点水"]');
  const typed = chunks.length;
  assert.ok(typed >= 1, 'the chunk holding the phrase, while typing');
  await page.press('#search-q', 'Enter');
  await searchDone(page, '蜻蜓点水');
  assert.equal(chunks.length, typed, 'no text chunk more on Enter');
  assert.deepEqual((await page.$$eval('a[data-result]', (as) => as.map((a) => a.getAttribute('href')!))).sort(), expected(['蜻蜓点水']));
});

test('the shared examples: 以会议落实会议, 蜻蜓点水, and quotes in either form', async () => {
  await setup();
  assert.deepEqual((await search('以会议落实会议')).sort(), expected(['以会议落实会议']));
  assert.equal(expected(['以会议落实会议']).length, 3);
  assert.deepEqual((await search('蜻蜓点水')).sort(), expected(['蜻蜓点水']));
  const curly = (await search('“两个确立”')).sort();
  assert.ok(curly.length > 0);
  assert.deepEqual((await search('"两个确立"')).sort(), curly);
  assert.deepEqual(curly, expected(['"两个确立"']));
});

test('space-separated terms are ANDed within a passage; Latin and digits work', async () => {
  await setup();
  const both = (await search('群众 调研')).sort();
  assert.ok(both.length > 0 && both.length < expected(['群众']).length && both.length < expected(['调研']).length);
  assert.deepEqual(both, expected(['群众', '调研']));
  assert.deepEqual((await search('2020年度')).sort(), expected(['2020年度']));
  assert.deepEqual((await search('成员Ａ')).sort(), expected(['成员A']));
});

test('filters narrow results and show counts per value; the URL reopens the same search', async () => {
  await setup();
  const all = await search('群众');
  const filtered = await search('群众', '&year=2023&unit=county-standing');
  assert.ok(filtered.length > 0 && filtered.length < all.length);
  // The only 2023 report is the county standing committee's (ab94ce7e).
  assert.ok(filtered.every((h) => h.startsWith('/reports/ab94ce7e/')));
  assert.equal(await page.getByLabel('年度').inputValue(), '2023');
  assert.match((await page.getByLabel('年度').locator('option[value="2023"]').textContent())!, new RegExp(`（${filtered.length}）`));
  const status = await page.locator('#search-status').textContent();
  assert.match(status!, new RegExp(`找到 ${filtered.length} [段处]`));
});

test('zero results and queries that are not text end in a clear state', async () => {
  await setup();
  assert.deepEqual(await search('量子计算机'), []);
  assert.match((await page.locator('#search-status').textContent())!, /没有找到/);
  assert.deepEqual(await search('党'), []);
  assert.match((await page.locator('#search-status').textContent())!, /至少输入两个/);
});

test('党史 finds the passages whose source wrote dangshi', async () => {
  await setup();
  const hits = await search('党史学习教育');
  assert.ok(
    hits.some((h) => h.startsWith('/reports/2eb08a86/')),
    'seed 002 wrote dangshi学习教育',
  );
  assert.deepEqual(hits.sort(), expected(['党史学习教育']));
});

test('hostile queries are shown as text: no dialog, no injected element', async () => {
  await setup();
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  for (const q of ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>']) {
    await search(q);
    assert.equal(await page.locator('img[src="x"], [data-testid="search-results"] script').count(), 0);
    assert.equal(await page.locator('#search-q').inputValue(), q);
  }
  assert.equal(dialogs, 0);
});

test('a result opens its passage with the phrase highlighted; keyboard moves through results', async () => {
  await setup();
  await search('以会议落实会议');
  const first = page.locator('a[data-result]').first();
  await first.focus();
  await page.keyboard.press('ArrowDown');
  const second = await page.locator('a[data-result]').nth(1).getAttribute('href');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), second);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**${second}`);
  const target = page.locator(':target');
  await target.waitFor();
  assert.equal(await target.getAttribute('data-highlighted'), '1');
  const highlighted = await page.evaluate(() => [...CSS.highlights.get('search')!].map((r) => (r as Range).toString()));
  assert.deepEqual(highlighted, ['以会议落实会议']);
});

test('"/" focuses the header search box on any page', async () => {
  await setup();
  await page.goto(`${site.url}/aspects/`);
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'site-search');
  await page.keyboard.type('蜻蜓点水');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/search/?q=*');
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="search-results"]')?.dataset.state === 'done');
  assert.deepEqual((await page.$$eval('a[data-result]', (as) => as.map((a) => a.getAttribute('href')!))).sort(), expected(['蜻蜓点水']));
});

test('titles and section headings are found: a title hit links to the report, a heading hit to its section', async () => {
  await setup();
  const title = await search('五个带头');
  assert.ok(title.includes('/reports/2eb08a86/'), 'the report titled “…“五个带头”对照检查材料”');
  assert.deepEqual(title.sort(), expected(['五个带头']));
  for (const [heading, anchor] of [
    ['问题根源剖析', '/reports/6d825004/#s3'],
    ['理想信念有所弱化', '/reports/6d825004/#s3-1'],
  ]) {
    const hits = await search(heading);
    assert.ok(hits.includes(anchor), `${heading} → ${anchor}`);
    assert.deepEqual(hits.sort(), expected([heading]));
  }
  assert.deepEqual((await search('二楼小会议室')).sort(), expected(['二楼小会议室']));
  assert.equal(expected(['二楼小会议室']).length, 1, 'the minutes header line');
});

test('the first screen: every match counted at once, the first 20 shown, each with copy controls; no jargon', async () => {
  await setup();
  for (const phrase of ['形式主义', '民主生活会']) {
    const want = expected([phrase]);
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(phrase)}`);
    await searchDone(page, phrase);
    const status = (await page.locator('#search-status').textContent())!;
    assert.match(status, new RegExp(`^找到 ${want.length} [段处]`), phrase);
    assert.doesNotMatch(status, /候选|已核对/);
    const shown = await page.locator('a[data-result]').count();
    assert.equal(shown, Math.min(20, want.length), phrase);
    assert.equal(await page.locator('button[data-more]').count(), want.length > 20 ? 1 : 0, phrase);
    const cite = page.locator('[data-testid="search-results"] [data-passage] [data-controls] [data-copy="cite"]');
    assert.equal(await cite.count(), shown);
    assert.ok(await cite.first().isVisible());
  }
  assert.ok(expected(['民主生活会']).length > 20);
});

test('results sort by year, newest first, over all matches; the order is in the URL', async () => {
  await setup();
  const phrase = '民主生活会';
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(phrase)}`);
  await searchDone(page, phrase);
  await page.selectOption('#search-sort', 'year');
  assert.match(page.url(), /sort=year/);
  const years = await page.$$eval('[data-testid="search-results"] li[data-record]', (cards) => cards.map((c) => Number((c as HTMLElement).dataset.year)));
  assert.equal(years.length, 20);
  assert.deepEqual(
    years,
    [...years].sort((a, b) => b - a),
  );
  // 2023 has one report (ab94ce7e): its matches come first, then the 2021 reports'.
  const newest = expected([phrase]).filter((h) => h.startsWith('/reports/ab94ce7e/')).length;
  assert.ok(newest > 0 && newest < 20);
  assert.equal(years.filter((y) => y === 2023).length, newest);
});
