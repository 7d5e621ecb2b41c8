import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { OUTPUT, useSite } from '../support/site.ts';
import { DIST } from '../support/static-server.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = useSite();

async function visibleCards(page: Page): Promise<number> {
  await page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
  return page.locator('[data-record]:visible').count();
}

/** The passage links on every page of a paginated list, following its 下一页 links (works with or without JS). */
async function allPages(page: Page): Promise<string[]> {
  const hrefs: string[] = [];
  for (;;) {
    if (await page.locator('[data-results]').count()) await page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
    hrefs.push(...(await page.locator('[data-record] a:has-text("查看原文")').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))));
    const next = page.locator('[data-pager] a[rel="next"][href]');
    if ((await next.count()) === 0 || !(await next.isVisible())) return hrefs;
    const before = page.url();
    await next.click();
    await page.waitForURL((url) => url.href !== before);
  }
}

test('home → topic → filter by unit type and year → passage anchor on its report', async () => {
  const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${site.url}/`);
  await page
    .getByRole('link', { name: /^理论学习/ })
    .first()
    .click();
  await page.waitForURL('**/aspects/theory/');
  const topicCount = Number(await page.locator('[data-topic-count]').textContent());
  const topic = await allPages(page);
  assert.equal(topic.length, topicCount, 'topic count equals passages listed');
  await page.goto(`${site.url}/aspects/theory/`);

  await page.getByRole('link', { name: '按单位类型、年度筛选' }).click();
  await page.waitForURL('**/browse/?aspect=theory');
  await visibleCards(page);
  assert.equal(Number(await page.locator('[data-result-count]').textContent()), topicCount);
  assert.deepEqual((await allPages(page)).sort(), [...topic].sort(), 'browse by aspect lists the topic page passages');
  await page.goto(`${site.url}/browse/?aspect=theory`);
  await page.getByLabel('单位类型').selectOption('county-standing');
  await page.getByLabel('年度').selectOption('2023');
  assert.equal(new URL(page.url()).search, '?aspect=theory&unit=county-standing&year=2023');
  const shown = await visibleCards(page);
  assert.ok(shown > 0);
  assert.equal(Number(await page.locator('[data-result-count]').textContent()), shown, 'count shown equals passages listed');
  // The option's live count is what choosing it shows.
  assert.match((await page.getByLabel('年度').locator('option[value="2023"]').textContent())!, new RegExp(`（${shown}）`));

  const first = page.locator('[data-record]:visible').first();
  const text = (await first.locator('p').nth(1).textContent())!.trim();
  await first.getByRole('link', { name: '查看原文' }).click();
  await page.waitForURL(/\/reports\/[0-9a-f]+\/#s[\d-]+-p\d+$/);
  const target = page.locator(':target');
  assert.equal(await target.getAttribute('data-passage'), '');
  assert.ok((await target.textContent())!.includes(text.slice(0, 30)));
  await page.close();
});

test('a browse URL opened in a new page restores the same filters and results; empty combinations say so', async () => {
  const query = '?aspect=integrity&year=2021&type=review';
  const first = await site.browser.newPage();
  await first.goto(`${site.url}/browse/${query}`);
  await visibleCards(first);
  const ids = await first.locator('[data-record]:visible a:has-text("查看原文")').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(ids.length > 0);
  const second = await site.browser.newPage();
  await second.goto(`${site.url}/browse/${query}`);
  await visibleCards(second);
  assert.equal(await second.getByLabel('方面').inputValue(), 'integrity');
  assert.equal(await second.getByLabel('年度').inputValue(), '2021');
  assert.equal(await second.getByLabel('材料类型').inputValue(), 'review');
  assert.deepEqual(await second.locator('[data-record]:visible a:has-text("查看原文")').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ids);

  await second.goto(`${site.url}/browse/?aspect=integrity&year=2023&type=minutes`);
  assert.equal(await visibleCards(second), 0);
  assert.equal(await second.locator('[data-empty]').isVisible(), true);
  await first.close();
  await second.close();
});

test('facet pages: counts shown equal passages behind them, and they work without JavaScript', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}/aspects/`);
  const links = await page
    .locator('[data-facet-link]')
    .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, count: Number(a.querySelector('[data-count]')!.textContent!.replace(/\D/g, '')) })));
  assert.ok(links.length >= 8);
  for (const { href, count } of links) {
    await page.goto(`${site.url}${href}`);
    const listed = await allPages(page);
    assert.equal(listed.length, count, href);
    assert.equal(new Set(listed).size, count, `${href}: no passage twice`);
  }
  for (const path of ['/units/', '/years/', '/types/']) {
    await page.goto(`${site.url}${path}`);
    const first = page.locator('[data-facet-link]').first();
    const count = Number((await first.locator('[data-count]').textContent())!.replace(/\D/g, ''));
    await first.click();
    assert.equal(Number(await page.locator('[data-topic-count]').textContent()), count, path);
  }
  await context.close();
});

test('browse pages through every passage: page links, URL state, back button; counts add up', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/browse/`);
  const total = Number(await page.locator('[data-result-count]').textContent());
  const first = await page.locator('[data-record] a:has-text("查看原文")').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(first.length, 50);
  await page.locator('[data-pager] a[rel="next"]').click();
  await page.waitForURL('**/browse/?page=2');
  await visibleCards(page);
  const second = await page.locator('[data-record] a:has-text("查看原文")').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(second.filter((h) => first.includes(h)).length, 0, 'page 2 shows other passages');
  await page.goBack();
  await page.waitForURL((url) => url.search === '');
  await visibleCards(page);
  assert.deepEqual(await page.locator('[data-record] a:has-text("查看原文")').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), first);
  await page.goto(`${site.url}/browse/`);
  const all = await allPages(page);
  assert.equal(all.length, total);
  assert.equal(new Set(all).size, total, 'no passage on two pages');
  // The kind filter splits the same passages: its option counts add up to the total.
  const kinds = await page.getByLabel('部分（问题/原因/措施）').locator('option[value]:not([value=""])').allTextContents();
  assert.equal(
    kinds.reduce((n, t) => n + Number(/（(\d+)）/.exec(t)![1]), 0),
    total,
  );
  await page.close();
});

test('each report downloads as a .docx with its headings and text', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/reports/`);
  const reportHref = (await page.locator('ul[aria-label="全部材料"] a').first().getAttribute('href'))!;
  await page.goto(`${site.url}${reportHref}`);
  const title = (await page.locator('h1').textContent())!.trim();
  const passage = await page
    .locator('[data-passage]')
    .first()
    .evaluate((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelector('[data-controls]')?.remove();
      return copy.textContent!.trim();
    });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /下载 Word 版/ }).click()]);
  const { value } = await mammoth.extractRawText({ path: (await download.path())! });
  assert.ok(value.includes(title));
  assert.ok(value.includes(passage.slice(0, 60)));
  const html = (await mammoth.convertToHtml({ path: (await download.path())! })).value;
  assert.match(html, /<h1>[^<]+<\/h1>/);
  assert.match(html, /<h2>/);
  await page.close();
});

test('copy with citation puts text, source and link on the clipboard', async () => {
  const context = await site.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  const page = await context.newPage();
  await page.goto(`${site.url}/aspects/integrity/`);
  const card = page.locator('[data-record]').first();
  await card.getByRole('button', { name: '复制并注明出处' }).click();
  await card.getByRole('button', { name: '已复制' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const href = await card.getByRole('link', { name: '查看原文' }).getAttribute('href');
  const [text, source, url] = copied.split('\n');
  assert.ok(text.length > 10);
  assert.match(source, /^——.+（.+，20\d\d年度）$/);
  assert.equal(url, `${site.url}${href}`);
  await context.close();
});

const AUDITED = ['/', '/aspects/', '/aspects/theory/', '/browse/', '/browse/?aspect=people&year=2021', '/units/', '/about/', '/guide/', '/search/?q=群众'];

test('axe-core finds no violations; no horizontal scroll at 390×844 or 1280×800', async () => {
  const home = await site.browser.newPage();
  await home.goto(`${site.url}/reports/`);
  const report = (await home.locator('ul[aria-label="全部材料"] a').first().getAttribute('href'))!;
  await home.close();
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    // The site's CSP forbids injected inline script, axe's included: the audit page bypasses it.
    const page = await site.browser.newPage({ viewport, bypassCSP: true });
    for (const path of [...AUDITED, report]) {
      await page.goto(`${site.url}${path}`);
      if (path.startsWith('/search/')) await page.waitForSelector('[data-testid="search-results"][data-state="done"]', { state: 'attached' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} overflows by ${overflow}px at ${viewport.width}`);
      await page.screenshot({ path: join(OUTPUT, `${path.replace(/[^a-z0-9]+/gi, '_')}-${viewport.width}.png`) });
      if (viewport.width !== 390) continue;
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
        return result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
      });
      assert.deepEqual(violations, [], path);
    }
    await page.close();
  }
});

test('on a report page, 复制并注明出处 copies the passage with its source and permalink', async () => {
  const context = await site.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  const page = await context.newPage();
  await page.goto(`${site.url}/reports/ab94ce7e/`);
  await page.locator('#s2-1-p1').getByRole('button', { name: '复制并注明出处' }).click();
  await page.locator('#s2-1-p1').getByRole('button', { name: '已复制' }).waitFor();
  const [text, source, url] = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  assert.match(text, /^一是理论武装不够系统深入。/);
  assert.match(text, /。$/);
  assert.equal(source, '——2023年度第二批主题教育专题民主生活会领导班子对照检查剖析材料（县（区）委常委班子，2023年度）');
  assert.equal(url, `${site.url}/reports/ab94ce7e/#s2-1-p1`);
  await context.close();
});

test('topic pages: every seed passage is on one; cards stand under their part; 工作作风 holds 整改措施 passages', async () => {
  const reports = join(import.meta.dirname, '../../content/reports');
  const passages = readdirSync(reports)
    .filter((n) => n.endsWith('.md'))
    .flatMap((n) => [...readFileSync(join(reports, n), 'utf8').matchAll(/\{#(s[\d-]+-p\d+)\}$/gmu)].map((m) => `${n.slice(0, -3)}#${m[1]}`));
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/aspects/`);
  const topics = await page.locator('[data-facet-link]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const listed = new Set<string>();
  for (const href of topics) {
    await page.goto(`${site.url}${href}`);
    for (const link of await allPages(page)) listed.add(link.replace(/^.*\/reports\/([^/]+)\/(?:\d+\/)?#?/, '$1#'));
  }
  assert.deepEqual(
    passages.filter((p) => !listed.has(p)),
    [],
    'passages on no topic page',
  );
  await page.goto(`${site.url}/aspects/style/`);
  // Each card stands under its part's heading (the cards themselves do not repeat it).
  const parts = await page
    .locator('[data-record]')
    .evaluateAll((cards) => cards.map((c) => c.closest('section[id]')?.querySelector('h2')?.firstChild?.textContent?.trim() ?? ''));
  assert.ok(parts.length > 0 && parts.every((p) => p !== ''), 'every card under its part');
  assert.equal(await page.locator('[data-record] [data-part]').count(), 0, 'no card repeats its part');
  assert.ok(parts.includes('整改措施'), `parts on 工作作风: ${[...new Set(parts)].join('、')}`);
  await page.close();
});

test('browse fetches only the chunk files of the page it shows; without JavaScript it shows the first page', async () => {
  // Reference, from the manifest alone: the cells matching aspect=theory and year=2023, in order,
  // until 50 passages; each of their chunks that page 1 reaches.
  const manifest = JSON.parse(readFileSync(join(DIST, 'browse', 'cells.json'), 'utf8')) as { facets: string[]; cells: [string[][], number][] };
  const at = (key: string) => manifest.facets.indexOf(key);
  const expected: string[] = [];
  let room = 50;
  for (const [values, count] of manifest.cells) {
    if (room === 0) break;
    if (!values[at('aspect')].includes('theory') || values[at('year')][0] !== '2023') continue;
    const key = values.map((v) => v.join('+')).join('.');
    for (let chunk = 0; chunk * 50 < Math.min(count, room); chunk++) expected.push(`/browse/cells/${key}.${chunk}.chunk`);
    room -= Math.min(count, room);
  }
  assert.ok(expected.length > 0);
  const page = await site.browser.newPage();
  const chunks: string[] = [];
  page.on('request', (r) => {
    const path = decodeURIComponent(new URL(r.url()).pathname);
    if (path.startsWith('/browse/cells/')) chunks.push(path);
  });
  await page.goto(`${site.url}/browse/?aspect=theory&year=2023`);
  await visibleCards(page);
  assert.deepEqual(chunks.sort(), expected.sort());
  await page.close();

  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(`${site.url}/browse/`);
  assert.equal(await noScript.locator('[data-record]').count(), 50, 'the first 50 passages');
  assert.ok(await noScript.getByText(/筛选和翻页需要 JavaScript/).isVisible(), 'the reader is told what needs JavaScript');
  await context.close();
});
