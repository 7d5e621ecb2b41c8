import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT, useSite } from '../support/site.ts';

// The reports the library holds, from the entries (not from what the build wrote): a report the
// build dropped fails here. The five seeds, by their permanent ids.
const reportIds = readdirSync(join(import.meta.dirname, '../../content/reports'))
  .map((name) => name.slice(0, -'.md'.length))
  .sort();
test('the library is the five seeds, under their permanent ids', () => {
  assert.deepEqual(reportIds, ['2eb08a86', '4e2caa8d', '6d825004', '6f51a37c', 'ab94ce7e']);
});
const site = useSite();

test('/reports/ lists every report and links to its page; the home page links to it', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/`);
  await page.getByRole('link', { name: /^全部 \d+ 份材料/ }).click();
  await page.waitForURL('**/reports/');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  const links = await page.$$eval('ul[aria-label="全部材料"] > li > a', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links.sort(), reportIds.map((id) => `/reports/${id}/`).sort());
  await page.close();
});

for (const id of reportIds) {
  test(`report ${id}: one pagefind body, unique passage ids, working anchors, no horizontal scroll`, async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const response = await page.goto(`${site.url}/reports/${id}/`);
    assert.equal(response?.status(), 200);
    assert.equal(await page.locator('[data-pagefind-body]').count(), 1);
    const passages = await page.$$eval('[data-passage]', (ps) => ps.map((p) => ({ id: p.id, text: p.textContent ?? '' })));
    assert.ok(passages.length > 10, `${passages.length} passages`);
    assert.equal(new Set(passages.map((p) => p.id)).size, passages.length, 'passage ids are unique');
    assert.ok(passages.every((p) => /^s\d+(-\d+)*-p\d+$/.test(p.id)));
    assert.ok(passages.every((p) => p.text.trim().length > 1));
    // Every section shows at least one aspect chip.
    const aspectless = await page.$$eval('section[data-section]', (ss) =>
      ss.filter((s) => !s.querySelector(':scope > [data-controls] > :is(a:not([data-copy]), .chip-aspect)')).map((s) => s.id),
    );
    assert.deepEqual(aspectless, []);
    // Every in-page link resolves to an element.
    const broken = await page.$$eval('a[href^="#"]', (as) => as.map((a) => a.getAttribute('href')!.slice(1)).filter((h) => h && !document.getElementById(h)));
    assert.deepEqual(broken, []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px at 390px`);
    assert.deepEqual(errors, []);
    await page.screenshot({ path: join(OUTPUT, `report-${id}-390.png`) });
    await page.close();
  });
}

test('a passage permalink opens on that passage, and 复制链接 copies the absolute link', async () => {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  const page = await context.newPage();
  const id = reportIds[0];
  await page.goto(`${site.url}/reports/${id}/`);
  const passageId = await page.locator('[data-passage]').nth(5).getAttribute('id');
  await page.goto(`${site.url}/reports/${id}/#${passageId}`);
  const top = await page.locator(`#${passageId}`).evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 250, `target passage is at the top (${top}px)`);
  await page.locator(`#${passageId} [data-copy="link"]`).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${site.url}/reports/${id}/#${passageId}`);
  await page.locator(`#${passageId} [data-copy="link"]`).getByText('已复制链接').waitFor();
  await context.close();
});

test('placeholders are styled, and raw source markup never appears as markup', async () => {
  const page = await site.browser.newPage();
  let placeholders = 0;
  for (const id of reportIds) {
    await page.goto(`${site.url}/reports/${id}/`);
    placeholders += await page.locator('[data-passage] var').count();
    const body = await page.locator('[data-pagefind-body]').innerText();
    assert.doesNotMatch(body, /##paid|\*\*|dangshi|mzshh|⟦|⟧/);
  }
  assert.ok(placeholders > 50, `${placeholders} placeholders styled`);
  await page.close();
});

test('pages read without JavaScript, and print hides the chrome', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}/reports/${reportIds[0]}/`);
  assert.ok((await page.locator('[data-passage]').count()) > 10);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header[role="banner"]').isVisible(), false);
  assert.equal(await page.locator('[data-copy="link"]').first().isVisible(), false);
  await context.close();
});
