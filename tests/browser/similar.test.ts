/**
 * 相似表述 on a synthetic library (the seeds, 40 reports recombining their paragraphs, a third of them
 * with every paragraph edited by 5–20 %): every passage with an exact or edited copy elsewhere links
 * to one; no link leads to a passage below the threshold. What counts as a copy is worked out here by
 * brute force with identity.ts's own measure, not by the similarity module under test.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint, similarity } from '../../src/lib/ingest/identity.ts';
import { MIN_CHARS, THRESHOLD } from '../../src/lib/similar/similar.ts';
import { synthesizeReports } from '../../src/lib/synth/corpus.ts';
import { passageRecords } from '../../src/lib/view/library.ts';
import { closeCorpusSite, corpusEntries, openCorpusSite, type OpenCorpusSite } from '../support/corpus-site.ts';

const SOURCES = join(import.meta.dirname, '../../content/sources');
const seeds = readdirSync(SOURCES)
  .sort()
  .map((name) => ({ name, lines: readFileSync(join(SOURCES, name), 'utf8').split('\n') }));

let open: Partial<OpenCorpusSite> = {};
before(
  async () => {
    const synthetic = synthesizeReports(seeds, 40, 11, { edited: 0.34 });
    assert.ok(synthetic.filter((r) => /^synth_\d+e_/.test(r.name)).length >= 10, 'edited reports in the library');
    open = await openCorpusSite([{ add: Object.fromEntries(synthetic.map((r) => [r.name, r.text])) }]);
  },
  { timeout: 300_000 },
);
after(() => closeCorpusSite(open));

interface Shown {
  total: number;
  /** The shared page the count links to, when the text has exact copies. */
  page?: string;
  links: string[];
}

/** Every passage's 相似表述 as the built pages have it: `report#anchor` → the count and the passages linked. */
function shownOnPages(dist: string): Map<string, Shown> {
  const shown = new Map<string, Shown>();
  const dir = join(dist, 'reports');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.name !== 'index.html') continue;
    const html = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    const report = /\/reports\/([0-9a-f]{8})/.exec(entry.parentPath)?.[1];
    if (!report) continue;
    for (const [, id, body] of html.matchAll(/<p id="([^"]+)" data-passage[^>]*>(.*?)<\/p>/gsu)) {
      const similar = /<span data-similar>相似表述 (?:<a href="([^"]+)">)?(\d+)(.*?)<\/span>/su.exec(body);
      if (!similar) continue;
      const links = [...similar[3].matchAll(/<a href="\/reports\/([0-9a-f]{8})\/(?:\d+\/)?#([^"]+)">/gu)].map((m) => `${m[1]}#${m[2]}`);
      shown.set(`${report}#${id}`, { total: Number(similar[2]), page: similar[1], links });
    }
  }
  return shown;
}

test('every passage with an exact or edited copy elsewhere shows 相似表述 linking to a copy; no link below the threshold', () => {
  const records = passageRecords(corpusEntries(open.corpus!).filter((e) => e.frontmatter.status !== 'retired'));
  const key = (r: { reportId: string; passageId: string }) => `${r.reportId}#${r.passageId}`;
  const print = new Map(records.map((r) => [key(r), fingerprint(r.text)]));
  // Brute force over distinct texts: which are at or above the threshold to which.
  const distinct = [...new Set(print.values())].filter((fp) => fp.length >= MIN_CHARS);
  const partners = new Map<string, Set<string>>(distinct.map((fp) => [fp, new Set()]));
  for (let i = 0; i < distinct.length; i++)
    for (let j = i + 1; j < distinct.length; j++)
      if (similarity(distinct[i], distinct[j]) >= THRESHOLD) {
        partners.get(distinct[i])!.add(distinct[j]);
        partners.get(distinct[j])!.add(distinct[i]);
      }
  const copies = new Map<string, number>();
  for (const fp of print.values()) copies.set(fp, (copies.get(fp) ?? 0) + 1);

  const shown = shownOnPages(open.corpus!.dist);
  let exact = 0;
  let edited = 0;
  for (const r of records) {
    const fp = print.get(key(r))!;
    if (fp.length < MIN_CHARS) {
      assert.ok(!shown.has(key(r)), `${key(r)}: a stock line shows nothing`);
      continue;
    }
    const hasExact = copies.get(fp)! > 1;
    const near = partners.get(fp)!;
    const s = shown.get(key(r));
    if (!hasExact && near.size === 0) {
      assert.equal(s, undefined, `${key(r)} has no copy`);
      continue;
    }
    assert.ok(s && s.links.length > 0, `${key(r)}: 相似表述 shown`);
    const targets = s.links.map((l) => print.get(l));
    assert.ok(!s.links.includes(key(r)), `${key(r)} does not link itself`);
    if (hasExact) {
      exact++;
      assert.equal(targets[0], fp, `${key(r)}: its first link is an exact copy`);
    } else {
      edited++;
      assert.ok(near.has(targets[0]!), `${key(r)}: its first link is a near copy`);
    }
    // Every link leads to the same text or one at or above the threshold.
    for (const t of targets) assert.ok(t === fp || near.has(t!), `${key(r)}: links ${t?.slice(0, 20)} below the threshold`);
  }
  assert.ok(exact > 1000, `${exact} passages with exact copies`);
  assert.ok(edited > 200, `${edited} edited passages with only near copies`);
});

test('without JavaScript: the count opens the shared page of a recurring text, which lists its copies', async () => {
  const { browser, site } = open as OpenCorpusSite;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const shown = [...shownOnPages(open.corpus!.dist)].find(([, s]) => s.page && s.total > 3)!;
  const [report, anchor] = shown[0].split('#');
  await page.goto(`${site.url}/reports/${report}/#${anchor}`);
  const similar = page.locator(`[id="${anchor}"] [data-similar]`);
  assert.match((await similar.textContent())!, /^相似表述 \d+/);
  assert.ok(await similar.isVisible());
  await similar.locator(`a[href="${shown[1].page}"]`).click();
  await page.waitForURL(`**${shown[1].page}`);
  const listed = await page.$$eval('[data-similar-copies] a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
  assert.ok(listed.length >= 2 && listed.includes(`#${anchor}`), 'the shared page lists the passage among the copies');
  await context.close();
});
