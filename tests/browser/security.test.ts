import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { DIST } from '../support/static-server.ts';

const site = useSite();

/** Records CSP violations, dialogs and any request leaving the site's origin. */
async function watched(page: Page) {
  const offsite: string[] = [];
  let dialogs = 0;
  page.on('request', (r) => {
    if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) offsite.push(r.url());
  });
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return {
    offsite,
    dialogs: () => dialogs,
    violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  };
}

test('every HTML page carries a CSP without unsafe-inline or unsafe-eval for scripts', () => {
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  assert.ok(pages.length > 20);
  for (const file of pages) {
    const html = readFileSync(join(DIST, file), 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    assert.ok(csp, `${file}: no CSP`);
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
    assert.doesNotMatch(scriptSrc, /'unsafe-inline'|'unsafe-eval'|\*/, file);
    assert.match(csp, /default-src 'self'/, file);
    // No page names another origin for anything it loads.
    assert.doesNotMatch(html.replace(/<a [^>]*>|<link rel="canonical"[^>]*>/g, ''), /(src|href)="(https?:)?\/\//, file);
  }
});

test('pages, browse and search work under the CSP with no request leaving the site', async () => {
  const page = await site.browser.newPage();
  const watch = await watched(page);
  for (const path of ['/', '/reports/ab94ce7e/', '/aspects/theory/', '/browse/?aspect=integrity&year=2021', '/about/']) {
    await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
    // /browse/ says when its script has loaded the chunks it shows.
    if (path.startsWith('/browse/')) await page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
  }
  await page.goto(`${site.url}/search/?q=以会议落实会议`);
  await page.waitForSelector('[data-testid="search-results"][data-state="done"]', { state: 'attached' });
  assert.ok((await page.locator('a[data-result]').count()) > 0, 'search works under the CSP (Pagefind WebAssembly)');
  assert.deepEqual(await watch.violations(), []);
  assert.deepEqual(watch.offsite, []);
  await page.close();
});

test('script in a URL never runs: hostile search and browse query strings', async () => {
  const page = await site.browser.newPage();
  const watch = await watched(page);
  const hostile = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>'];
  for (const q of hostile) {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(q)}&aspect=${encodeURIComponent(q)}`);
    await page.waitForSelector('[data-testid="search-results"][data-state="done"]', { state: 'attached' });
    assert.equal(await page.locator('#search-q').inputValue(), q);
    assert.equal(await page.locator('main img, main script:not([src])').count(), 0);
    await page.goto(`${site.url}/browse/?aspect=${encodeURIComponent(q)}&page=${encodeURIComponent(q)}`);
    await page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
    assert.equal(await page.locator('main img').count(), 0);
  }
  assert.equal(watch.dialogs(), 0);
  await page.close();
});
