/**
 * The drafting desk: the 对照 view of an aspect, a year's outline, and the 素材篮 (collect from a
 * report, a topic page and search; reorder; reload; export to Word and read it back).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { parseEntry } from '../../src/lib/entry/format.ts';
import { plainText } from '../../src/lib/entry/placeholders.ts';
import { passageRecords } from '../../src/lib/view/library.ts';
import { searchDone } from '../support/browser.ts';
import { OUTPUT, useSite } from '../support/site.ts';

const site = useSite();
const REPORTS = join(import.meta.dirname, '../../content/reports');
const records = passageRecords(readdirSync(REPORTS).map((n) => parseEntry(readFileSync(join(REPORTS, n), 'utf8'), n, n.slice(0, -3))));
const link = (r: { reportId: string; passageId: string }) => `/reports/${r.reportId}/#${r.passageId}`;

test('对照 view: a row per seed with the aspect, each cell holding that report’s passages of its part on the aspect', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.url}/aspects/people/`);
  await page.locator('a[data-compare-link]').click();
  await page.waitForURL('**/aspects/people/compare/');
  const rows = await page.$$eval('[data-compare-row]', (rs) =>
    rs.map((r) => ({
      report: r.querySelector('h3 > a')!.getAttribute('href')!,
      cells: Object.fromEntries(
        ['problems', 'causes', 'measures'].map((kind) => [
          kind,
          [...r.querySelectorAll(`[data-compare-kind="${kind}"] [data-record] [data-view]`)].map((a) => a.getAttribute('href')!),
        ]),
      ),
    })),
  );
  const onAspect = records.filter((r) => r.facets.aspect.includes('people') && ['problems', 'causes', 'measures'].includes(r.facets.kind[0]));
  const reportIds = [...new Set(onAspect.map((r) => r.reportId))];
  assert.deepEqual(rows.map((r) => r.report).sort(), reportIds.map((id) => `/reports/${id}/`).sort());
  // Newest first: the 2023 seed leads.
  assert.equal(rows[0].report, '/reports/ab94ce7e/');
  for (const row of rows)
    for (const kind of ['problems', 'causes', 'measures'])
      assert.deepEqual(
        row.cells[kind],
        onAspect.filter((r) => `/reports/${r.reportId}/` === row.report && r.facets.kind[0] === kind).map(link),
        `${row.report} ${kind}`,
      );
  // Side by side on a wide screen, stacked on a phone.
  const tops = await page.$$eval('[data-compare-row]:first-of-type [data-compare-kind]', (cs) => cs.map((c) => Math.round(c.getBoundingClientRect().top)));
  assert.equal(new Set(tops).size, 1, `cells side by side: ${tops}`);
  await page.setViewportSize({ width: 390, height: 844 });
  const stacked = await page.$$eval('[data-compare-row]:first-of-type [data-compare-kind]', (cs) => cs.map((c) => c.getBoundingClientRect().top));
  assert.ok(stacked[0] < stacked[1] && stacked[1] < stacked[2]);
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)) <= 0);
  // Filtering by year keeps the 2023 row only.
  await page.selectOption('select[data-filter="year"]', '2023');
  assert.deepEqual(await page.$$eval('[data-compare-row]:not([hidden])', (rs) => rs.map((r) => r.querySelector('h3 > a')!.getAttribute('href'))), [
    '/reports/ab94ce7e/',
  ]);
  assert.match(page.url(), /\?year=2023$/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the 2023 outline lists the six items in order, each with the 2023 seed’s passages on it; the 2025 outline, earlier years’', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/years/2023/`);
  await page.locator('a[data-outline-link]').click();
  await page.waitForURL('**/years/2023/outline/');
  const items = await page.$$eval('[data-item]', (ss) =>
    ss.map((s) => ({
      title: s.querySelector('h2')!.textContent!.trim(),
      links: [...s.querySelectorAll('[data-record] [data-view]')].map((a) => a.getAttribute('href')!),
    })),
  );
  assert.deepEqual(
    items.map((i) => i.title),
    ['（一）理论学习', '（二）政治素质', '（三）能力本领', '（四）担当作为', '（五）工作作风', '（六）廉洁自律'],
  );
  for (const [i, label] of ['理论学习', '政治素质', '能力本领', '担当作为', '工作作风', '廉洁自律'].entries()) {
    const seed = records.filter((r) => r.reportId === 'ab94ce7e' && r.item === label).map(link);
    assert.ok(seed.length >= 2);
    for (const href of seed) assert.ok(items[i].links.includes(href), `${label}: ${href}`);
  }

  await page.goto(`${site.url}/`);
  await page.locator('a[data-outline-link]').click();
  await page.waitForURL('**/years/2025/outline/');
  const later = await page.$$eval('[data-item]', (ss) =>
    ss.map((s) => [...s.querySelectorAll('[data-item-others] [data-record] [data-view]')].map((a) => a.getAttribute('href')!)),
  );
  assert.equal(later.length, 5);
  const aspectsOf = new Map(records.map((r) => [link(r), r]));
  // 带头强化政治忠诚 → 政治素质: earlier years' passages on it, the 2023 seed (newest) first.
  assert.ok(later.every((links) => links.length > 0));
  assert.ok(later[0].every((href) => aspectsOf.get(href)!.facets.aspect.includes('politics')));
  assert.equal(aspectsOf.get(later[0][0])!.reportId, 'ab94ce7e');
  await page.close();
});

test('素材篮: collect from a report, a topic page and search; reorder; reload; export to Word and read it back', async () => {
  const context = await site.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const count = () => page.locator('[data-basket-count]').textContent();

  // 1. A report page: the 2023 seed's first 理论学习 problem.
  await page.goto(`${site.url}/reports/ab94ce7e/`);
  await page.locator('#s2-1-p1 [data-basket-add]').click();
  await page.locator('#s2-1-p1 [data-basket-add][aria-pressed="true"]').waitFor();
  assert.equal(await count(), '1');
  // 2. A topic page: the first 工作作风 problem of a 2021 seed.
  await page.goto(`${site.url}/aspects/style/`);
  const topicCard = page
    .locator('#problems [data-record]')
    .filter({ has: page.locator('a[href^="/reports/2eb08a86/"]') })
    .first();
  const topicHref = await topicCard.locator('[data-view]').getAttribute('href');
  await topicCard.locator('[data-basket-add]').click();
  assert.equal(await count(), '2');
  // 3. Search results: a problem passage of another seed.
  await page.goto(`${site.url}/search/?q=${encodeURIComponent('理论学习')}`);
  await searchDone(page, '理论学习');
  const hit = page
    .locator('[data-record][data-kind="problems"]')
    .filter({ has: page.locator('a[href^="/reports/6d825004/"]') })
    .first();
  const hitHref = await hit.locator('a[data-result]').getAttribute('href');
  await hit.locator('[data-basket-add]').click();
  assert.equal(await count(), '3');
  // A cause, to see parts grouped.
  await page.goto(`${site.url}/aspects/theory/`);
  const cause = page.locator('#causes [data-record]').first();
  const causeHref = await cause.locator('[data-view]').getAttribute('href');
  await cause.locator('[data-basket-add]').click();
  assert.equal(await count(), '4');

  await page.locator('header a', { hasText: '素材篮' }).click();
  await page.waitForURL('**/basket/');
  const listed = () => page.$$eval('[data-basket-item]', (items) => items.map((i) => i.querySelector('a')!.getAttribute('href')!));
  const first = '/reports/ab94ce7e/#s2-1-p1';
  assert.deepEqual(await listed(), [first, topicHref, hitHref, causeHref]);
  assert.deepEqual(await page.$$eval('[data-basket-list] h2', (hs) => hs.map((h) => h.textContent)), ['存在的问题（3）', '原因剖析（1）']);

  // Reorder: the search hit up one place with the ↑ key, then the report's passage down with its button.
  await page.locator(`[data-basket-item="${hitHref}"]`).focus();
  await page.keyboard.press('ArrowUp');
  assert.deepEqual(await listed(), [first, hitHref, topicHref, causeHref]);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-basket-item')), hitHref);
  await page.locator(`[data-basket-item="${first}"]`).getByRole('button', { name: /^下移/ }).click();
  const order = [hitHref!, first, topicHref!, causeHref!];
  assert.deepEqual(await listed(), order);
  // Dragging the last problem onto the first.
  await page.locator(`[data-basket-item="${topicHref}"]`).dragTo(page.locator(`[data-basket-item="${hitHref}"]`));
  const dragged = [topicHref!, hitHref!, first, causeHref!];
  assert.deepEqual(await listed(), dragged);

  await page.reload();
  assert.deepEqual(await listed(), dragged, 'kept after a reload');
  assert.equal(await count(), '4');

  const download = page.waitForEvent('download');
  await page.locator('[data-basket-export]').click();
  const file = join(OUTPUT, 'basket.docx');
  await (await download).saveAs(file);
  const buffer = readFileSync(file);
  const { value: html } = await mammoth.convertToHtml({ buffer });
  assert.match(html, /<h1>一、存在的问题<\/h1><h2>（一）/);
  assert.match(html, /<h1>二、原因剖析<\/h1>/);
  const { value: text } = await mammoth.extractRawText({ buffer });
  const byLink = new Map(records.map((r) => [link(r), r]));
  const positions = dragged.map((href) => text.indexOf(plainText(byLink.get(href)!.text).slice(0, 40)));
  assert.ok(
    positions.every((p) => p >= 0),
    `every passage is in the document: ${positions}`,
  );
  assert.deepEqual(
    [...positions].sort((a, b) => a - b),
    positions,
    'in the basket’s order',
  );
  const sources = text.slice(text.indexOf('参考来源')).split('\n').filter(Boolean).slice(1);
  const reportsInOrder = [...new Set(dragged.map((href) => href.split('#')[0]))];
  assert.deepEqual(
    sources.map((s) => s.replace(/^.*(\/reports\/[^/]+\/)$/, '$1')),
    reportsInOrder,
  );
  const title = (href: string) => records.find((r) => `/reports/${r.reportId}/` === href)!.reportTitle;
  assert.ok(sources.every((s, i) => s.startsWith(`${i + 1}. ${title(reportsInOrder[i])}（`) && s.includes(`${site.url}${reportsInOrder[i]}`)));

  // Copy all: the same outline as text.
  await page.locator('[data-basket-copy]').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith('一、存在的问题\n（一）'));
  assert.ok(copied.includes('\n参考来源\n1. '));

  // Cards built by the browse page carry the control too.
  await page.goto(`${site.url}/browse/?aspect=theory`);
  await page.locator('[data-record] [data-basket-add]').first().waitFor();
  assert.ok((await page.locator('[data-record] [data-basket-add]:visible').count()) > 0);

  // Taking a passage out from its page updates the basket.
  await page.goto(`${site.url}/reports/ab94ce7e/`);
  await page.locator('#s2-1-p1 [data-basket-add]').click();
  assert.equal(await count(), '3');
  assert.deepEqual(errors, []);
  await context.close();
});
