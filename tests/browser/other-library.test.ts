/**
 * Any corpus folder builds (issue 18): a library holding only a few documents of its own — a
 * hard-wrapped text, a traditional-character text, a Word file numbered by its styles — and no
 * editorial pages ingests and builds; a phrase wrapped across source lines is found by search.
 * Editorial pages live with their corpus, so a page that
 * quotes a passage its library lacks fails that library's build only.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ingestContent } from '../../src/lib/ingest/ingest-content.ts';
import { readEntries } from '../../src/lib/entry/read.ts';
import { launchBrowser, searchDone } from '../support/browser.ts';
import { astroBuild } from '../support/corpus-site.ts';
import { numberedReportDocx } from '../support/docx.ts';
import { brokenLinks } from '../support/links.ts';
import { serveDist } from '../support/static-server.ts';

// Fixture texts written for this test (not site content).
const WRAPPED_PARAGRAPH =
  '有时在执行上级决策部署上，对决策部署领会得不够透彻，在作决策、抓工作时过多地考虑了本地实际和困难，存在以会议落实会议、以文件落实文件的现象，对宏观大局把握得还不够。';
/** The paragraph cut every 18 characters, as a PDF copy has it: 以会议落实会议 falls across a break. */
const wrapped = Array.from({ length: Math.ceil(WRAPPED_PARAGRAPH.length / 18) }, (_, i) => WRAPPED_PARAGRAPH.slice(i * 18, i * 18 + 18));
const WRAPPED_SOURCE = [
  '2022年度民主生活会领导班子对照检查材料',
  '一、存在的突出问题',
  ...wrapped,
  '二、产生问题的原因',
  '理想信念有所松懈，宗旨意识有所淡化。',
].join('\n');
const TRADITIONAL_SOURCE = [
  '區直機關黨支部2022年度組織生活會對照檢查材料',
  '一、存在的問題',
  '（一）理論學習方面。對「兩個確立」的決定性意義領會不深，學習貫徹不夠系統。',
  '二、整改措施',
  '堅持問題導向，抓好整改落實。',
].join('\n');

let library: string;
let dist: string;
let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;

before(async () => {
  library = mkdtempSync(join(tmpdir(), 'duizhao-library-'));
  dist = `${library}-dist`;
  mkdirSync(join(library, 'sources'));
  writeFileSync(join(library, 'sources', 'wrapped.txt'), WRAPPED_SOURCE);
  writeFileSync(join(library, 'sources', 'traditional.txt'), TRADITIONAL_SOURCE);
  writeFileSync(join(library, 'sources', 'numbered.docx'), numberedReportDocx());
  const ingest = await ingestContent(library, { write: true });
  assert.deepEqual(ingest.failures, []);
  const build = astroBuild(library, dist);
  assert.equal(build.status, 0, build.output.slice(-3000));
  site = await serveDist(dist);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
  for (const dir of [library, dist]) if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a library of three non-seed documents and no editorial pages builds, every link resolving', async () => {
  const { entries } = await readEntries(join(library, 'reports'));
  assert.equal(entries.length, 3);
  const byName = new Map(entries.map((e) => [e.frontmatter.source, e]));
  const docx = readFileSync(join(dist, 'reports', byName.get('numbered.docx')!.id, 'index.html'), 'utf8');
  assert.match(docx, /一、存在的主要问题/);
  assert.match(docx, /（二）宗旨意识不够牢固/);
  const traditional = byName.get('traditional.txt')!;
  assert.equal(traditional.frontmatter.meeting, 'organizational-life');
  assert.match(readFileSync(join(dist, 'reports', traditional.id, 'index.html'), 'utf8'), /區直機關黨支部/);
  assert.match(readFileSync(join(dist, 'guide', 'index.html'), 'utf8'), /data-editorial="missing"/);
  assert.deepEqual(brokenLinks(dist).broken, []);
});

test('a phrase wrapped across source lines is one passage and found by search', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('以会议落实会议')}`);
    await searchDone(page, '以会议落实会议');
    const { entries } = await readEntries(join(library, 'reports'));
    const passage = entries
      .flatMap((e) => e.sections.flatMap((s) => s.passages.map((p) => ({ report: e.id, ...p }))))
      .find((p) => p.text === WRAPPED_PARAGRAPH);
    assert.ok(passage, 'the wrapped paragraph is one passage');
    assert.equal(await page.locator(`a[data-result][href="/reports/${passage.report}/#${passage.id}"]`).count(), 1);
  } finally {
    await page.close();
  }
});

test('a simplified query finds the traditional-character passage, shown as written', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('两个确立')}`);
    await searchDone(page, '两个确立');
    const { entries } = await readEntries(join(library, 'reports'));
    const traditional = entries.find((e) => e.frontmatter.source === 'traditional.txt')!;
    const passage = traditional.sections.flatMap((s) => s.passages).find((p) => p.text.includes('「兩個確立」'))!;
    const result = page.locator(`a[data-result][href="/reports/${traditional.id}/#${passage.id}"]`);
    assert.equal(await result.count(), 1);
    assert.match((await page.getByTestId('search-results').textContent()) ?? '', /對「兩個確立」的決定性意義領會不深/);
  } finally {
    await page.close();
  }
});

test('editorial pages live with their corpus: one quoting a passage its library lacks fails that build, naming the page', async () => {
  const other = mkdtempSync(join(tmpdir(), 'duizhao-library-pages-'));
  try {
    for (const dir of ['sources', 'reports', 'pages']) mkdirSync(join(other, dir));
    writeFileSync(join(other, 'sources', 'wrapped.txt'), WRAPPED_SOURCE);
    writeFileSync(join(other, 'pages', 'guide.mdx'), '---\ntitle: 使用说明\ndescription: 说明\n---\n\n<Passage id="ab94ce7e#s2-1-p1" />\n');
    await ingestContent(other, { write: true });
    const build = astroBuild(other, `${other}-dist`);
    assert.notEqual(build.status, 0);
    assert.match(build.output, /guide\.mdx: <Passage id="ab94ce7e#s2-1-p1"> names no passage in the corpus/);
  } finally {
    for (const dir of [other, `${other}-dist`]) rmSync(dir, { recursive: true, force: true });
  }
});
