/**
 * deploy/nginx.conf, as committed, in a real nginx over the seeds built for /duizhao/: types,
 * precompressed copies, cache and security headers, the 404 page, and the search in Chromium.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser, searchDone } from '../support/browser.ts';
import { astroBuild } from '../support/corpus-site.ts';
import { get, serveWithNginx, type Response } from '../support/nginx.ts';

const BASE = '/duizhao/';
const dist = join(mkdtempSync(join(tmpdir(), 'duizhao-nginx-site-')), 'dist');
let nginx: Awaited<ReturnType<typeof serveWithNginx>>;
let browser: Browser;

before(
  async () => {
    const build = astroBuild(resolve(import.meta.dirname, '../../content'), dist, { DUIZHAO_BASE: BASE, DUIZHAO_SITE: 'https://portal.example' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.output.slice(-4000)}`);
    nginx = await serveWithNginx(dist, BASE);
    browser = await launchBrowser();
  },
  { timeout: 180_000 },
);

after(async () => {
  await browser?.close();
  await nginx?.close();
  rmSync(join(dist, '..'), { recursive: true, force: true });
});

const GZIP = { 'accept-encoding': 'gzip' };
const YEAR = 'public, max-age=31536000, immutable';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The first file in a dist/ folder whose name matches. */
function fileIn(dir: string, name: RegExp): string {
  const found = readdirSync(join(dist, dir)).find((n) => name.test(n));
  assert.ok(found, `a file like ${name} in ${dir}`);
  return `${dir}/${found}`;
}

function assertSecurityHeaders(path: string, r: Response) {
  assert.equal(r.headers['content-security-policy'], "frame-ancestors 'self'", path);
  assert.equal(r.headers['x-content-type-options'], 'nosniff', path);
  assert.equal(r.headers['referrer-policy'], 'strict-origin-when-cross-origin', path);
  assert.equal(r.headers['x-frame-options'], 'SAMEORIGIN', path);
}

test('each kind of file goes with its type, its cache rule and the security headers; text as the precompressed copy', async () => {
  const cases = [
    { path: 'index.html', url: '', type: 'text/html; charset=utf-8', cache: 'no-cache', gzip: true },
    { path: 'reports/ab94ce7e/index.html', url: 'reports/ab94ce7e/', type: 'text/html; charset=utf-8', cache: 'no-cache', gzip: true },
    { path: 'reports/ab94ce7e.docx', type: DOCX, cache: 'no-cache', gzip: false },
    { path: fileIn('_astro', /\.css$/), type: 'text/css; charset=utf-8', cache: YEAR, gzip: true },
    { path: fileIn('_astro', /\.js$/), type: 'application/javascript; charset=utf-8', cache: YEAR, gzip: true },
    { path: 'pagefind/pagefind-entry.json', type: 'application/json; charset=utf-8', cache: 'no-cache', gzip: true },
    { path: 'pagefind/pagefind.js', type: 'application/javascript; charset=utf-8', cache: 'no-cache', gzip: true },
    { path: fileIn('pagefind', /\.pf_meta$/), type: 'application/octet-stream', cache: YEAR, gzip: false },
    { path: fileIn('pagefind/index', /\.pf_index$/), type: 'application/octet-stream', cache: YEAR, gzip: false },
    { path: fileIn('pagefind', /^wasm\..*\.pagefind$/), type: 'application/octet-stream', cache: 'no-cache', gzip: false },
    { path: 'browse/cells.json', type: 'application/json; charset=utf-8', cache: 'no-cache', gzip: true },
    // Browse chunks and the search store's chunks are gzip data the page unpacks itself, like Pagefind's files.
    { path: fileIn('browse/cells', /\.chunk$/), type: 'application/octet-stream', cache: 'no-cache', gzip: false },
    { path: fileIn('search/texts', /\.chunk$/), type: 'application/octet-stream', cache: 'no-cache', gzip: false },
  ];
  for (const c of cases) {
    const url = `${nginx.url}${BASE}${c.url ?? c.path}`;
    const file = readFileSync(join(dist, c.path));
    const compressed = await get(url, GZIP);
    assert.equal(compressed.status, 200, c.path);
    assert.equal(compressed.headers['content-type'], c.type, c.path);
    assert.equal(compressed.headers['cache-control'], c.cache, c.path);
    assertSecurityHeaders(c.path, compressed);
    if (c.gzip) {
      // The build's .gz copy, byte for byte (nginx compresses nothing itself: gzip is off).
      assert.equal(compressed.headers['content-encoding'], 'gzip', c.path);
      assert.deepEqual(compressed.body, readFileSync(join(dist, `${c.path}.gz`)), c.path);
      assert.deepEqual(gunzipSync(compressed.body), file, c.path);
    } else {
      assert.equal(compressed.headers['content-encoding'], undefined, c.path);
      assert.deepEqual(compressed.body, file, c.path);
    }
    // A client that takes no gzip gets the file itself.
    const plain = await get(url);
    assert.equal(plain.headers['content-encoding'], undefined, c.path);
    assert.deepEqual(plain.body, file, c.path);
  }
  assert.equal(readFileSync(join(dist, 'reports/ab94ce7e.docx')).subarray(0, 2).toString(), 'PK');
});

test('a missing page, or anything outside the base path, is the site’s 404 page with status 404', async () => {
  const notFound = readFileSync(join(dist, '404.html'));
  for (const path of [`${BASE}reports/00000000/`, `${BASE}no-such-file.json`, '/', '/reports/ab94ce7e/']) {
    const r = await get(`${nginx.url}${path}`);
    assert.equal(r.status, 404, path);
    assert.equal(r.headers['content-type'], 'text/html; charset=utf-8', path);
    assert.deepEqual(r.body, notFound, path);
    assertSecurityHeaders(path, r);
  }
  assert.match(notFound.toString(), /页面不存在/);
});

test('a folder without its slash redirects within the base path, naming no host', async () => {
  const r = await get(`${nginx.url}${BASE}browse`);
  assert.equal(r.status, 301);
  assert.equal(r.headers.location, `${BASE}browse/`);
});

test('search, browse and the Word file work in Chromium through nginx', async () => {
  const page = await browser.newPage();
  const responses: { path: string; status: number; encoding?: string }[] = [];
  page.on('response', (r) => responses.push({ path: new URL(r.url()).pathname, status: r.status(), encoding: r.headers()['content-encoding'] }));

  await page.goto(`${nginx.url}${BASE}search/?q=${encodeURIComponent('以会议落实会议')}`);
  await searchDone(page, '以会议落实会议');
  for (const more = page.getByRole('button', { name: '加载更多' }); await more.isVisible();) {
    await more.click();
    await page.waitForSelector('[data-testid="search-results"][data-state="done"]', { state: 'attached' });
  }
  // DOMAIN.md: 以会议落实会议 is in 3 passages of the seeds.
  assert.equal(await page.locator('a[data-result]').count(), 3);

  await page.goto(`${nginx.url}${BASE}browse/?speaker=team`);
  await page.waitForSelector('[data-results][data-state="done"]', { state: 'attached' });
  assert.ok(Number(await page.locator('[data-result-count]').textContent()) > 0);

  await page.goto(`${nginx.url}${BASE}reports/ab94ce7e/`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /下载 Word 版/ }).click()]);
  assert.equal(
    readFileSync((await download.path())!)
      .subarray(0, 2)
      .toString(),
    'PK',
  );

  assert.deepEqual(
    responses.filter((r) => r.status >= 400),
    [],
  );
  // Pages came as the build's gzip copies; search text chunks and browse chunks are gzip data themselves.
  assert.ok(responses.some((r) => r.path.startsWith(`${BASE}search/texts/`) && r.path.endsWith('.chunk') && r.encoding === undefined));
  assert.ok(responses.some((r) => r.path.startsWith(`${BASE}browse/cells/`) && r.path.endsWith('.chunk') && r.encoding === undefined));
  assert.ok(responses.some((r) => r.path === `${BASE}reports/ab94ce7e/` && r.encoding === 'gzip'));
  await page.close();
});
