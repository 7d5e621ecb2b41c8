import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry } from '../../entry/format.ts';
import { CHUNK, browseCells, chunkPath, pageCount, pageParts, partRecords, readManifest } from '../browse-cells.ts';
import { facetCounts, filterRecords } from '../filters.ts';
import { passageRecords, topicOrder } from '../library.ts';
import { PASSAGE_PAGE, pageParam, pagePath, paginate } from '../paginate.ts';

const REPORTS = join(import.meta.dirname, '../../../../content/reports');
const entries = readdirSync(REPORTS).map((n) => parseEntry(readFileSync(join(REPORTS, n), 'utf8'), n, n.slice(0, -3)));
const records = passageRecords(entries);
const key = (r: { reportId: string; passageId: string }) => `${r.reportId}#${r.passageId}`;

test('pages keep every item once, in order, within both the count and the text budget', () => {
  const topic = topicOrder(records);
  const pages = paginate(topic, (r) => r.text.length, PASSAGE_PAGE);
  assert.deepEqual(pages.flat(), topic);
  for (const page of pages) {
    assert.ok(page.length <= PASSAGE_PAGE.items);
    // A single passage longer than the budget gets a page of its own.
    assert.ok(page.length === 1 || page.reduce((n, r) => n + r.text.length, 0) <= PASSAGE_PAGE.chars);
  }
  assert.deepEqual(
    paginate([5, 5, 5, 20, 1], (n) => n, { items: 2, chars: 12 }),
    [[5, 5], [5], [20], [1]],
  );
  assert.deepEqual(
    paginate([], (n: number) => n, PASSAGE_PAGE),
    [[]],
  );
  assert.equal(pagePath('/aspects/theory/', 1), '/aspects/theory/');
  assert.equal(pagePath('/aspects/theory/', 3), '/aspects/theory/3/');
});

test('browse cells: every passage in exactly one cell; manifest counts give the same totals as the records', () => {
  const stored = browseCells(records);
  const { chunks } = stored;
  // The manifest as stored (what the page fetches) is read back into cells.
  const manifest = readManifest(JSON.parse(JSON.stringify(stored.manifest)));
  assert.equal(
    manifest.cells.reduce((n, c) => n + c.count, 0),
    records.length,
  );
  for (const filters of [
    {},
    { aspect: 'theory' },
    { aspect: 'integrity', year: '2021', docType: 'review' },
    { unit: 'subdistrict', kind: 'criticism' },
    { theme: 'thematic-education', speaker: 'team' },
  ]) {
    const cells = filterRecords(manifest.cells, filters);
    const expected = filterRecords(records, filters);
    assert.equal(
      cells.reduce((n, c) => n + c.count, 0),
      expected.length,
      JSON.stringify(filters),
    );
    for (const facet of ['aspect', 'unit', 'year', 'docType', 'kind', 'theme', 'speaker', 'meeting'] as const) {
      const sorted = (m: Map<string, number>) => [...m].sort();
      assert.deepEqual(
        sorted(facetCounts(manifest.cells, filters, facet, (c) => c.count)),
        sorted(facetCounts(records, filters, facet)),
        `${facet} ${JSON.stringify(filters)}`,
      );
    }
    // Paging through the cells lists exactly the matching passages, each once.
    const listed = Array.from({ length: pageCount(cells) }, (_, i) => partRecords(pageParts(cells, i + 1), (p) => chunks.get(p)!)).flat();
    assert.deepEqual(listed.map(key).sort(), expected.map(key).sort());
    assert.deepEqual(
      listed.find((r) => r.passageId === expected[0].passageId && r.reportId === expected[0].reportId),
      expected[0],
    );
  }
  assert.ok([...chunks.values()].every((c) => c.length > 0 && c.length <= CHUNK));
});

test('page parts cross cell and chunk boundaries without gaps', () => {
  const cells = [
    { facets: { aspect: ['theory'] }, key: 'theory', count: 3 },
    { facets: { aspect: ['style'] }, key: 'style', count: CHUNK + 10 },
  ];
  const parts = pageParts(cells, 2, 20);
  assert.deepEqual(
    parts.map((p) => [chunkPath(p.cell, p.chunk), p.from, p.to]),
    [['/browse/cells/style.0.json', 17, 37]],
  );
  const last = pageParts(cells, 3, 20);
  assert.deepEqual(
    last.map((p) => [p.chunk, p.from, p.to]),
    [
      [0, 37, 50],
      [1, 0, 7],
    ],
  );
  assert.equal(pageCount(cells, 20), 4);
});
