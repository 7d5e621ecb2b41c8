import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry } from '../entry/format.ts';
import { plainText } from '../entry/placeholders.ts';
import { FACETS, facetLabel, listingFacets, navFacets, type Facet } from '../facets.ts';
import { newestYearFirst } from '../taxonomy.ts';
import { searchDoc, searchRecord } from '../search/records.ts';
import { verifyCandidates } from '../search/results.ts';
import { browseCells, readManifest } from '../view/browse-cells.ts';
import { filterFields, filterRecords } from '../view/filters.ts';
import { citation, facetData, passageRecords, topicOrder } from '../view/library.ts';
import { filtersQuery, parseFilters } from '../view/urls.ts';

const REPORTS = join(import.meta.dirname, '../../../content/reports');
const entries = readdirSync(REPORTS).map((n) => parseEntry(readFileSync(join(REPORTS, n), 'utf8'), n, n.slice(0, -3)));

/** Two facets defined only here: one read from the report, one from each passage's own text. */
const TABLE: readonly Facet[] = [
  ...FACETS,
  {
    key: 'encoding',
    param: 'enc',
    label: '编码',
    scope: 'report',
    terms: (present) => [...present].map((slug) => ({ slug, label: slug })),
    read: (report) => [report.encoding],
  },
  {
    key: 'length',
    param: 'len',
    label: '篇幅',
    scope: 'passage',
    terms: () => [
      { slug: 'short', label: '短' },
      { slug: 'long', label: '长' },
    ],
    read: ({ text }) => [plainText(text).length > 100 ? 'long' : 'short'],
  },
];
const isLong = (text: string) => plainText(text).length > 100;
const LONG_PASSAGES = entries.flatMap((e) => e.sections.flatMap((s) => s.passages.filter((p) => isLong(p.text)).map((p) => `${e.id}#${p.id}`))).sort();

test('a facet added to the table reaches records, browse cells, filters, URLs and card data', () => {
  const records = passageRecords(entries, TABLE);
  assert.ok(records.every((r) => r.facets.encoding[0] === 'utf-8'));
  assert.deepEqual(
    filterRecords(records, { length: 'long' })
      .map((r) => `${r.reportId}#${r.passageId}`)
      .sort(),
    LONG_PASSAGES,
  );

  const { manifest } = browseCells(records, TABLE);
  assert.deepEqual(manifest.facets.slice(-2), ['encoding', 'length']);
  const cells = readManifest(JSON.parse(JSON.stringify(manifest))).cells;
  assert.equal(
    filterRecords(cells, { length: 'long', encoding: 'utf-8' }).reduce((n, c) => n + c.count, 0),
    LONG_PASSAGES.length,
  );

  const fields = filterFields(records, undefined, TABLE);
  const length = fields.find((f) => f.key === 'length')!;
  assert.equal(length.param, 'len');
  assert.deepEqual(
    length.options.map((o) => [o.slug, o.label, o.count]),
    [
      ['short', '短', records.length - LONG_PASSAGES.length],
      ['long', '长', LONG_PASSAGES.length],
    ],
  );
  assert.deepEqual(parseFilters(new URLSearchParams('enc=utf-8&len=long'), TABLE), { encoding: 'utf-8', length: 'long' });
  assert.equal(filtersQuery({ length: 'long', aspect: 'theory' }, TABLE), '?aspect=theory&len=long');

  const card = facetData(records[0].facets, TABLE);
  assert.equal(card.enc, 'utf-8');
  assert.equal(card.len, isLong(records[0].text) ? 'long' : 'short');
});

test('a facet added to the table reaches search documents, index filters and verified hits', () => {
  const docs = entries.map((e) => searchDoc(e, TABLE));
  for (const doc of docs) {
    assert.deepEqual(doc.f.encoding, ['utf-8']);
    assert.deepEqual(searchRecord(doc).filters.encoding, ['utf-8']);
  }
  // Every passage matches the empty term list: all hits, each with its own length value.
  const hits = verifyCandidates(docs, ['']);
  assert.equal(
    hits.length,
    entries.reduce((n, e) => n + e.sections.reduce((m, s) => m + s.passages.length, 0), 0),
  );
  assert.deepEqual(
    filterRecords(hits, { length: 'long' })
      .map((h) => `${h.reportId}#${h.passageId}`)
      .sort(),
    LONG_PASSAGES,
  );
  assert.ok(hits.every((h) => h.facets.encoding[0] === 'utf-8' && h.facets.unit.length === 1));
});

test('the site table: URL keys as published, pages for report facets, the navigation', () => {
  assert.deepEqual(
    FACETS.map((f) => [f.key, f.param]),
    [
      ['aspect', 'aspect'],
      ['unit', 'unit'],
      ['year', 'year'],
      ['docType', 'type'],
      ['theme', 'theme'],
      ['speaker', 'speaker'],
      ['meeting', 'meeting'],
      ['kind', 'kind'],
    ],
  );
  assert.deepEqual(
    listingFacets().map((f) => f.path),
    ['units', 'years', 'types', 'themes', 'speakers', 'meetings'],
  );
  assert.deepEqual(
    navFacets().map((f) => f.path),
    ['aspects', 'units', 'years', 'types', 'themes'],
  );
});

test('a report of unknown year: its own 年度 value, 年度不详, listed and ordered after every known year', () => {
  const unknown = entries.map((e, i) => (i === 0 ? { ...e, id: 'zzunknown', frontmatter: { ...e.frontmatter, year: null } } : e));
  const records = passageRecords(unknown);
  const year = FACETS.find((f) => f.key === 'year')!;
  assert.deepEqual(year.read(unknown[0].frontmatter), ['unknown']);
  assert.equal(facetLabel('year', 'unknown'), '年度不详');
  assert.equal(facetLabel('year', '2023'), '2023年度');
  const options = filterFields(records).find((f) => f.key === 'year')!.options;
  assert.deepEqual(
    options.map((o) => o.label),
    ['2023年度', '2021年度', '年度不详'],
  );
  assert.match(citation('标题', records.find((r) => r.reportId === 'zzunknown')!.facets), /（.+，年度不详）$/);
  // Within a section kind, the report of unknown year comes after those of known years.
  const problems = topicOrder(records.filter((r) => r.facets.kind[0] === 'problems'));
  const firstUnknown = problems.findIndex((r) => r.reportId === 'zzunknown');
  assert.ok(firstUnknown > 0 && problems.slice(firstUnknown).every((r) => r.reportId === 'zzunknown'));
  assert.deepEqual(['unknown', '2019', '2025', 'unknown', '2021'].sort(newestYearFirst), ['2025', '2021', '2019', 'unknown', 'unknown']);
});
