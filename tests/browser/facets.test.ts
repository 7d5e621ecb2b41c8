import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchDone } from '../support/browser.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const REPORTS = join(import.meta.dirname, '../../content/reports');

/** A report's passages read straight from its entry file: every body line ending in a passage anchor. */
function entryPassages(id: string): { href: string; text: string }[] {
  return [...readFileSync(join(REPORTS, `${id}.md`), 'utf8').matchAll(/^(.*) \{#(s[\d-]+-p\d+)\}$/gmu)].map((m) => ({
    href: `/reports/${id}/#${m[2]}`,
    text: m[1],
  }));
}

test('/browse/ by 专题 and 班子/个人: the 2023 主题教育 team material alone, counts as listed', async () => {
  // Of the five seeds, only ab94ce7e is a 主题教育 (2023) material; 4e2caa8d is the one individual's.
  const page = await site.browser.newPage();
  for (const [query, ids] of [
    ['?theme=thematic-education&speaker=team', ['ab94ce7e']],
    ['?speaker=individual', ['4e2caa8d']],
    ['?theme=party-history&speaker=individual&meeting=democratic-life', ['4e2caa8d']],
  ] as const) {
    const expected = ids.flatMap(entryPassages).map((p) => p.href);
    await page.goto(`${site.url}/browse/${query}`);
    await page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
    assert.equal(Number(await page.locator('[data-result-count]').textContent()), expected.length, query);
    const listed: string[] = [];
    for (;;) {
      listed.push(...(await page.locator('[data-record] a:has-text("查看原文")').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))));
      const next = page.locator('[data-pager] a[rel="next"][href]');
      if ((await next.count()) === 0 || !(await next.isVisible())) break;
      await next.click();
      await page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
    }
    assert.deepEqual(listed.sort(), [...expected].sort(), query);
  }
  // The selects show the URL's filters, and each option's count is what choosing it would list.
  await page.goto(`${site.url}/browse/?theme=thematic-education&speaker=team`);
  await page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
  assert.equal(await page.getByLabel('专题').inputValue(), 'thematic-education');
  assert.equal(await page.getByLabel('班子/个人').inputValue(), 'team');
  const team2023 = entryPassages('ab94ce7e').length;
  assert.match((await page.getByLabel('专题').locator('option[value="thematic-education"]').textContent())!, new RegExp(`（${team2023}）`));
  // Individual materials of 主题教育: none among the seeds.
  assert.match((await page.getByLabel('班子/个人').locator('option[value="individual"]').textContent())!, /（0）/);
  await page.close();
});

test('/search/ by 专题 and 班子/个人: exactly the matching passages of the matching reports', async () => {
  const page = await site.browser.newPage();
  for (const [params, ids] of [
    ['&theme=thematic-education&speaker=team', ['ab94ce7e']],
    ['&speaker=individual', ['4e2caa8d']],
  ] as const) {
    const phrase = '理论学习';
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(phrase)}${params}`);
    await searchDone(page, phrase);
    while ((await page.locator('button[data-more]').count()) > 0) await page.click('button[data-more]');
    // Passages (section headings are found too, and tested in search.test.ts).
    const found = (await page.$$eval('a[data-result]', (as) => as.map((a) => a.getAttribute('href')!))).filter((href) => /-p\d+$/.test(href));
    const expected = ids.flatMap(entryPassages).filter((p) => p.text.includes(phrase));
    assert.ok(expected.length > 0, params);
    assert.deepEqual(found.sort(), expected.map((p) => p.href).sort(), params);
    assert.match((await page.locator('#search-status').textContent())!, new RegExp(`找到 (${expected.length} 段|\\d+ 处（${expected.length} 段正文)`), params);
  }
  await page.close();
});

test('every chip on a report page links to its facet page, which lists the report', async () => {
  const page = await site.browser.newPage();
  for (const id of ['ab94ce7e', '4e2caa8d', '6f51a37c']) {
    await page.goto(`${site.url}/reports/${id}/`);
    const chips = await page
      .locator('ul[aria-label="材料信息"] li')
      .evaluateAll((lis) => lis.map((li) => ({ label: li.textContent!.trim(), href: li.querySelector('a')?.getAttribute('href') ?? null })));
    assert.equal(chips.length, 6, `${id}: unit, year, type, theme, speaker, meeting`);
    for (const chip of chips) {
      assert.ok(chip.href, `${id}: chip ${chip.label} has a link`);
      const response = await page.goto(`${site.url}${chip.href}`);
      assert.equal(response?.status(), 200, chip.href!);
      assert.equal((await page.locator('h1').textContent())!.trim(), chip.label, chip.href!);
      assert.ok(await page.locator(`a[href="/reports/${id}/"]`).count(), `${chip.href} lists ${id}`);
    }
  }
  await page.close();
});
