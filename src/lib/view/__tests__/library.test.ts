import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry } from '../../entry/format.ts';
import { brokenPassageRefs, passageKeys, passageRefs } from '../../entry/passage-refs.ts';
import { countBy, facetCounts, filterRecords, groupByKindAndReport, passageRecords } from '../library.ts';
import { facetPath, filtersQuery, parseFilters, passagePath } from '../urls.ts';

const REPORTS = join(import.meta.dirname, '../../../../content/reports');
const entries = readdirSync(REPORTS).map((n) => parseEntry(readFileSync(join(REPORTS, n), 'utf8'), n, n.slice(0, -3)));
const records = passageRecords(entries.map((e) => ({ id: e.id, data: { ...e.frontmatter, body: e.sections } })));

test('one record per passage, carrying its report and section metadata', () => {
  const total = entries.reduce((n, e) => n + e.sections.reduce((m, s) => m + s.passages.length, 0), 0);
  assert.equal(records.length, total);
  const record = records.find((r) => r.reportId === 'ab94ce7e' && r.passageId === 's2-1-p1')!;
  assert.deepEqual(
    { year: record.year, unit: record.unit, type: record.type, kind: record.kind, aspects: record.aspects, item: record.item, section: record.sectionTitle },
    { year: 2023, unit: 'county-standing', type: 'review', kind: 'problems', aspects: ['theory'], item: '理论学习', section: '（一）理论学习方面' },
  );
});

test('filters combine; counts per value follow the other filters', () => {
  const theory2023 = filterRecords(records, { aspect: 'theory', year: '2023' });
  assert.ok(theory2023.length > 0);
  assert.ok(theory2023.every((r) => r.aspects.includes('theory') && r.year === 2023));
  const byYear = facetCounts(records, { aspect: 'theory', year: '2023' }, 'year');
  assert.equal(byYear.get('2023'), theory2023.length);
  assert.equal(byYear.get('2021'), filterRecords(records, { aspect: 'theory', year: '2021' }).length);
  assert.equal(filterRecords(records, { aspect: 'theory', year: '2023', type: 'minutes' }).length, 0);
  // An aspect count is the number of passages tagged with it.
  assert.equal(countBy(records, 'aspect').get('integrity'), records.filter((r) => r.aspects.includes('integrity')).length);
});

test('the topic view groups by section kind (taxonomy order), then report (newest first)', () => {
  const groups = groupByKindAndReport(filterRecords(records, { aspect: 'people' }));
  assert.deepEqual(groups.slice(0, 3).map((g) => g.kind), ['problems', 'causes', 'measures']);
  assert.equal(groups.reduce((n, g) => n + g.count, 0), filterRecords(records, { aspect: 'people' }).length);
  for (const group of groups) {
    const years = group.reports.map((r) => r.year);
    assert.deepEqual(years, [...years].sort((a, b) => b - a), group.kind);
  }
  const measures = groups.find((g) => g.kind === 'measures')!;
  assert.equal(measures.reports[0].year, 2023);
});

test('browse state round-trips through the URL; paths are the permalinks', () => {
  const filters = { aspect: 'integrity', unit: 'county-standing', year: '2021', type: 'review' };
  assert.equal(filtersQuery(filters), '?aspect=integrity&unit=county-standing&year=2021&type=review');
  assert.deepEqual(parseFilters(new URLSearchParams(filtersQuery(filters))), filters);
  assert.equal(facetPath('aspect', 'theory'), '/aspects/theory/');
  assert.equal(facetPath('kind', 'causes'), '/browse/?kind=causes');
  assert.equal(passagePath({ reportId: 'ab94ce7e', passageId: 's2-1-p1' }), '/reports/ab94ce7e/#s2-1-p1');
});

test('editorial <Passage id> references resolve, and a wrong one is reported', () => {
  const known = passageKeys(entries);
  for (const file of ['pages/guide.mdx', 'aspect-intros/theory.mdx']) {
    const mdx = readFileSync(join(REPORTS, '..', file), 'utf8');
    assert.ok(passageRefs(mdx).length > 0, file);
    assert.deepEqual(brokenPassageRefs(mdx, known), [], file);
  }
  assert.deepEqual(brokenPassageRefs('<Passage id="ab94ce7e#s9-9-p9" />', known), ['ab94ce7e#s9-9-p9']);
});
