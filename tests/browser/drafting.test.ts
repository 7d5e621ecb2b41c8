/**
 * Reading, copying and sharing as a drafter does (issue 14), at a phone's 390×844 and a desktop's
 * 1280×800: a shared link lands below the header with its headings named above it; each copy control
 * puts the expected text/plain and text/html on the clipboard; a Ctrl+C of a selected section is
 * clean text; browse's Back returns to the previous filters; unknown filter values and missing
 * anchors are named; the .docx is named by its title. Expected texts come from the entries.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { parseEntry } from '../../src/lib/entry/format.ts';
import { plainText } from '../../src/lib/entry/placeholders.ts';
import { useSite } from '../support/site.ts';
import { DIST } from '../support/static-server.ts';

const site = useSite();
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

const REPORTS = join(import.meta.dirname, '../../content/reports');
const entry = (id: string) => parseEntry(readFileSync(join(REPORTS, `${id}.md`), 'utf8'), `${id}.md`, id);

/** The entry's text of a passage. */
function passageText(id: string, passageId: string): string {
  const passage = entry(id)
    .sections.flatMap((s) => s.passages)
    .find((p) => p.id === passageId)!;
  return plainText(passage.text);
}

/** A section with its sub-items as the source has them: heading (if any) and passages, line by line. */
function sectionLines(id: string, sectionId: string): string[] {
  const { sections } = entry(id);
  const at = sections.findIndex((s) => s.id === sectionId);
  const end = sections.findIndex((s, i) => i > at && s.level <= sections[at].level);
  return sections
    .slice(at, end < 0 ? undefined : end)
    .flatMap((s) => [plainText(s.heading).trim(), ...s.passages.map((p) => plainText(p.text))].filter(Boolean));
}

async function clipboardContext(viewport = VIEWPORTS[1], extra = {}): Promise<BrowserContext> {
  const context = await site.browser.newContext({ viewport, ...extra });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  return context;
}

/** Every type on the clipboard and its text. */
function readClipboard(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const item of await navigator.clipboard.read()) for (const type of item.types) out[type] = await (await item.getType(type)).text();
    return out;
  });
}

/** Clicks a copy control and, once it says 已复制, reads the clipboard. */
async function copyWith(page: Page, control: Locator): Promise<Record<string, string>> {
  await control.click();
  await control.and(page.locator('[data-copied]')).waitFor();
  return readClipboard(page);
}

/** Text of an HTML fragment's paragraphs, one a line (how Word pastes it). */
function htmlParagraphs(page: Page, html: string): Promise<string[]> {
  return page.evaluate((h) => [...new DOMParser().parseFromString(h, 'text/html').querySelectorAll('p')].map((p) => p.textContent!), html);
}

for (const viewport of VIEWPORTS) {
  test(`${viewport.width}×${viewport.height}: a shared link lands below an opaque header, with its headings named above it`, async () => {
    const page = await site.browser.newPage({ viewport });
    const cases = [
      // Deep in the minutes: a speaker's turn › part.
      { id: '6f51a37c', anchor: 's1-5-p2', context: ['二、产生问题的原因分析'] },
      { id: 'ab94ce7e', anchor: 's2-1-p1', context: ['（一）理论学习方面'] },
      { id: 'ab94ce7e', anchor: 's3-2-p1', context: [] as string[] },
      // A section: the headings above it.
      { id: '6f51a37c', anchor: 's1-6-1', context: ['三、努力方向和整改措施'] },
    ];
    // Opened afresh, and (the same report again) followed within the page.
    for (const c of cases) {
      await page.goto(`${site.url}/reports/${c.id}/#${c.anchor}`);
      // Placed once its context line stands right above it (a passage) or opens it (a section).
      await page.waitForFunction((anchor) => {
        const target = document.getElementById(anchor)!;
        return (target.tagName === 'SECTION' ? target.firstElementChild : target.previousElementSibling)?.matches('[data-landing-context]');
      }, c.anchor);
      const box = await page.evaluate((anchor) => {
        const header = document.querySelector('header')!;
        const anchored = document.getElementById(anchor)!;
        // A section's top is its context line; its heading is what must show below it.
        const target = anchored.matches('section') ? anchored.querySelector(':scope > :is(h2, h3, h4, h5, h6)')! : anchored;
        const line = document.querySelector('[data-landing-context]');
        return {
          headerBottom: header.getBoundingClientRect().bottom,
          headerBackground: getComputedStyle(header).backgroundColor,
          top: target.getBoundingClientRect().top,
          contextTop: line?.getBoundingClientRect().top,
          context: line?.textContent ?? '',
          targeted: anchored.matches(':target'),
        };
      }, c.anchor);
      assert.equal(box.headerBackground, 'rgb(255, 255, 255)', 'the header is opaque');
      assert.ok(box.top >= box.headerBottom, `${c.id}#${c.anchor}: top ${box.top} below the header's bottom ${box.headerBottom}`);
      assert.ok(box.top < viewport.height / 2, `${c.id}#${c.anchor}: near the top (${box.top})`);
      assert.ok(box.targeted, 'highlighted');
      assert.ok(
        box.contextTop !== undefined && box.contextTop >= box.headerBottom && box.contextTop < box.top,
        `${c.id}#${c.anchor}: context line between header and target`,
      );
      for (const heading of c.context) assert.ok(box.context.includes(heading), `${c.id}#${c.anchor}: "${box.context}" names ${heading}`);
    }
    await page.close();
  });

  test(`${viewport.width}×${viewport.height}: a link to an anchor the report lacks says so`, async () => {
    const page = await site.browser.newPage({ viewport });
    await page.goto(`${site.url}/reports/ab94ce7e/#s2-1-p1`);
    assert.equal(await page.locator('[data-anchor-missing]').count(), 0);
    await page.goto(`${site.url}/reports/ab94ce7e/#s99-p9`);
    const notice = page.locator('[data-anchor-missing]');
    await notice.waitFor();
    assert.match((await notice.textContent())!, /#s99-p9.*找不到/);
    const { top, headerBottom } = await notice.evaluate((n) => ({
      top: n.getBoundingClientRect().top,
      headerBottom: document.querySelector('header')!.getBoundingClientRect().bottom,
    }));
    assert.ok(top >= headerBottom, 'the notice is visible');
    await page.close();
  });

  test(`${viewport.width}×${viewport.height}: each copy control puts its text and html on the clipboard`, async () => {
    const context = await clipboardContext(viewport);
    const page = await context.newPage();
    await page.goto(`${site.url}/reports/ab94ce7e/`);
    const passage = page.locator('#s2-1-p1');
    const want = passageText('ab94ce7e', 's2-1-p1');
    assert.match(want, /^一是理论武装不够系统深入。/);

    let clip = await copyWith(page, passage.locator('[data-controls] [data-copy="text"]'));
    assert.equal(clip['text/plain'], want);
    assert.deepEqual(await htmlParagraphs(page, clip['text/html']), [want]);
    assert.match(clip['text/html'], /<p style="text-indent:2em[^"]*">一是/);

    clip = await copyWith(page, passage.locator('[data-controls] [data-copy="cite"]'));
    const source = '——2023年度第二批主题教育专题民主生活会领导班子对照检查剖析材料（县（区）委常委班子，2023年度）';
    const link = `${site.url}/reports/ab94ce7e/#s2-1-p1`;
    assert.equal(clip['text/plain'], `${want}\n${source}\n${link}`);
    assert.deepEqual(await htmlParagraphs(page, clip['text/html']), [want, source, link]);

    clip = await copyWith(page, passage.locator('[data-controls] [data-copy="link"]'));
    assert.equal(clip['text/plain'], link);
    assert.match(clip['text/html'], new RegExp(`<a href="${link}">`));

    // 复制本节 on a part: its heading, its passages, and its items' headings and passages.
    clip = await copyWith(page, page.locator('section#s2 > [data-controls] [data-copy="section"]'));
    const lines = sectionLines('ab94ce7e', 's2');
    assert.ok(lines.length > 10 && lines[0] === '一、存在的突出问题' && lines.includes('（一）理论学习方面。'), lines.slice(0, 3).join(' / '));
    assert.equal(clip['text/plain'], lines.join('\n'));
    assert.deepEqual(await htmlParagraphs(page, clip['text/html']), lines);
    assert.match(clip['text/html'], /font-weight:bold[^>]*>一、存在的突出问题</);

    // The minutes: a speaker's heading as the source writes it, not as the page names the turn.
    await page.goto(`${site.url}/reports/6f51a37c/`);
    clip = await copyWith(page, page.locator('section#s2 > [data-controls] [data-copy="section"]'));
    assert.equal(clip['text/plain'], sectionLines('6f51a37c', 's2').join('\n'));
    assert.match(clip['text/plain'], /^成员Ａ：\n/);
    await context.close();
  });
}

test('copy controls on topic, browse and search cards copy the passage’s own text', async () => {
  const context = await clipboardContext();
  const page = await context.newPage();
  for (const path of ['/aspects/style/', '/browse/?aspect=integrity', `/search/?q=${encodeURIComponent('形式主义')}`]) {
    await page.goto(`${site.url}${path}`);
    if (path.startsWith('/browse/')) await page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
    if (path.startsWith('/search/')) await page.waitForSelector('[data-testid="search-results"][data-state="done"]');
    // A passage's card (search also lists headings and titles it found).
    const card = page.locator('[data-record]:not([data-cut]) [data-passage]:has([data-copy="link"][href*="-p"])').first();
    const href = (await card.locator('[data-controls] [data-copy="link"]').getAttribute('href'))!;
    const [, id, passageId] = href.match(/\/reports\/([0-9a-f]+)\/(?:\d+\/)?#(s[\d-]+-p\d+)$/)!;
    for (const kind of ['text', 'cite', 'link']) assert.equal(await card.locator(`[data-controls] [data-copy="${kind}"]`).count(), 1, `${path}: ${kind}`);
    const clip = await copyWith(page, card.locator('[data-controls] [data-copy="text"]'));
    assert.equal(clip['text/plain'], passageText(id, passageId), path);
    assert.equal((await copyWith(page, card.locator('[data-controls] [data-copy="link"]')))['text/plain'], `${site.url}${href}`, path);
  }
  await context.close();
});

for (const viewport of VIEWPORTS) {
  test(`${viewport.width}×${viewport.height}: Ctrl+C of a selected section copies its text only`, async () => {
    const context = await clipboardContext(viewport);
    const page = await context.newPage();
    await page.goto(`${site.url}/reports/ab94ce7e/`);
    const shown = await page.evaluate(() => {
      const section = document.getElementById('s2-1')!;
      const range = document.createRange();
      range.selectNodeContents(section);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return section.querySelector('h3')!.textContent!.trim();
    });
    await page.keyboard.press('Control+C');
    const clip = await readClipboard(page);
    const lines = entry('ab94ce7e')
      .sections.find((s) => s.id === 's2-1')!
      .passages.map((p) => plainText(p.text));
    assert.equal(clip['text/plain'], [shown, ...lines].join('\n'));
    assert.doesNotMatch(clip['text/plain'], /复制|规定方面|理论学习\s*政治/);
    assert.deepEqual(await htmlParagraphs(page, clip['text/html']), [shown, ...lines]);
    await context.close();
  });
}

test('on a touch screen every control is a labelled word at least 44 px tall', async () => {
  const context = await site.browser.newContext({ viewport: VIEWPORTS[0], hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${site.url}/reports/ab94ce7e/`);
  const controls = await page.$$eval('section#s2-1 [data-copy]', (cs) =>
    cs.map((c) => ({ label: c.textContent!.trim(), height: c.getBoundingClientRect().height })),
  );
  const passages = (controls.length - 2) / 3;
  assert.ok(passages >= 1);
  assert.deepEqual(
    controls.map((c) => c.label),
    ['复制本节', '复制链接', ...Array.from({ length: passages }, () => ['复制', '复制并注明出处', '复制链接']).flat()],
  );
  for (const c of controls) assert.ok(c.height >= 44, `${c.label}: ${c.height}px`);
  await context.close();
});

test('/browse/: Back returns to the previous filters', async () => {
  const page = await site.browser.newPage({ viewport: VIEWPORTS[0] });
  const done = () => page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
  await page.goto(`${site.url}/browse/`);
  await done();
  await page.getByLabel('方面').selectOption('style');
  await done();
  await page.getByLabel('年度').selectOption('2023');
  await done();
  assert.equal(new URL(page.url()).search, '?aspect=style&year=2023');
  const both = await page.locator('[data-result-count]').textContent();
  await page.goBack();
  await done();
  assert.equal(new URL(page.url()).search, '?aspect=style');
  assert.equal(await page.getByLabel('年度').inputValue(), '');
  assert.equal(await page.getByLabel('方面').inputValue(), 'style');
  assert.notEqual(await page.locator('[data-result-count]').textContent(), both);
  await page.goBack();
  await done();
  assert.equal(new URL(page.url()).pathname, '/browse/');
  assert.equal(await page.getByLabel('方面').inputValue(), '');
  await page.goForward();
  await done();
  assert.equal(await page.getByLabel('方面').inputValue(), 'style');
  await page.close();
});

test('an unknown filter value in a link is named and ignored, on /browse/ and /search/', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/browse/?aspect=style`);
  await page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
  const styleOnly = await page.locator('[data-result-count]').textContent();
  assert.equal(await page.locator('[data-filter-unknown]').isVisible(), false);
  await page.goto(`${site.url}/browse/?aspect=style&year=2020`);
  await page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
  assert.match((await page.locator('[data-filter-unknown]').textContent())!, /“年度：2020”/);
  assert.equal(await page.locator('[data-result-count]').textContent(), styleOnly);
  assert.equal(await page.locator('[data-empty]').isVisible(), false);

  await page.goto(`${site.url}/search/?q=${encodeURIComponent('形式主义')}&unit=nowhere`);
  await page.waitForSelector('[data-testid="search-results"][data-state="done"]');
  assert.match((await page.locator('[data-filter-unknown]').textContent())!, /“单位类型：nowhere”/);
  assert.ok((await page.locator('a[data-result]').count()) > 0);
  await page.close();
});

test('search: a new query and a filter change are history entries', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/search/?q=${encodeURIComponent('形式主义')}`);
  await page.waitForSelector('[data-testid="search-results"][data-state="done"]');
  await page.getByLabel('方面').selectOption('style');
  assert.match(page.url(), /aspect=style/);
  await page.goBack();
  assert.doesNotMatch(page.url(), /aspect=/);
  assert.equal(await page.getByLabel('方面').inputValue(), '');
  await page.close();
});

test('the Word file downloads under the report’s title', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/reports/6f51a37c/`);
  const link = page.getByRole('link', { name: /下载 Word 版/ });
  assert.equal(await link.getAttribute('download'), '党史学习教育专题民主生活会.docx');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.equal(download.suggestedFilename(), '党史学习教育专题民主生活会.docx');
  await page.close();
});

test('390×844: a long report has a floating 目录 button naming the current section; its panel groups the minutes by speaker', async () => {
  const page = await site.browser.newPage({ viewport: VIEWPORTS[0] });
  await page.goto(`${site.url}/reports/6f51a37c/#s5-1`);
  const button = page.locator('[data-toc-open]');
  await page.waitForFunction(() => document.querySelector('[data-toc-current]')!.textContent!.includes('存在的突出问题'));
  assert.ok(await button.isVisible());
  assert.ok((await button.boundingBox())!.height >= 44);
  await button.click();
  const panel = page.locator('dialog[data-toc-panel]');
  await panel.waitFor();
  // Each speaker's turn is an entry with its parts nested under it.
  const turns = await panel
    .locator('ol.toc > li')
    .evaluateAll((lis) => lis.map((li) => ({ turn: li.querySelector(':scope > a')!.textContent!, parts: li.querySelectorAll(':scope > ol > li').length })));
  const speakers = entry('6f51a37c').sections.filter((s) => s.level === 1);
  assert.equal(turns.length, speakers.length);
  assert.ok(turns.some((t) => t.parts > 0));
  assert.equal(await panel.locator('[aria-current]').getAttribute('href'), '#s5-1');
  await panel.getByRole('link', { name: '回到顶部' }).click();
  await page.waitForFunction(() => scrollY === 0);
  assert.equal(await panel.evaluate((d) => (d as HTMLDialogElement).open), false);
  await page.close();
});

test('a build without DUIZHAO_SITE names no address: no localhost in canonical or og:url', () => {
  const html = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  assert.ok(html.length > 20);
  for (const file of html)
    assert.doesNotMatch(readFileSync(join(DIST, file), 'utf8'), /rel="canonical" href="http:\/\/localhost|og:url" content="http:\/\/localhost/, file);
});
