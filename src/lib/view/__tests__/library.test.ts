import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry } from '../../entry/format.ts';
import { brokenPassageRefs, passageKeys, passageRefs } from '../../entry/passage-refs.ts';
import { valueOf } from '../../facets.ts';
import { countBy, facetCounts, filterRecords } from '../filters.ts';
import { groupByKindAndReport, passageRecords } from '../library.ts';
import { facetPath, filtersQuery, parseFilters, passagePath } from '../urls.ts';

const REPORTS = join(import.meta.dirname, '../../../../content/reports');
const entries = readdirSync(REPORTS).map((n) => parseEntry(readFileSync(join(REPORTS, n), 'utf8'), n, n.slice(0, -3)));
const records = passageRecords(entries);
const yearOf = (r: { facets: Record<string, readonly string[]> }) => Number(valueOf(r.facets, 'year'));

test('one record per passage, carrying its report and section metadata', () => {
  const total = entries.reduce((n, e) => n + e.sections.reduce((m, s) => m + s.passages.length, 0), 0);
  assert.equal(records.length, total);
  const record = records.find((r) => r.reportId === 'ab94ce7e' && r.passageId === 's2-1-p1')!;
  assert.deepEqual(
    { facets: record.facets, item: record.item, section: record.sectionTitle },
    {
      facets: {
        // As ingest stored it in the entry (passages: s2-1-p1); the classifier is measured elsewhere (bench/topics.md).
        aspect: ['theory', 'ability'],
        unit: ['county-standing'],
        year: ['2023'],
        docType: ['review'],
        theme: ['thematic-education'],
        speaker: ['team'],
        meeting: ['democratic-life'],
        kind: ['problems'],
      },
      item: '理论学习',
      section: '（一）理论学习方面',
    },
  );
});

test('filters combine; counts per value follow the other filters', () => {
  const theory2023 = filterRecords(records, { aspect: 'theory', year: '2023' });
  assert.ok(theory2023.length > 0);
  assert.ok(theory2023.every((r) => r.facets.aspect.includes('theory') && yearOf(r) === 2023));
  const byYear = facetCounts(records, { aspect: 'theory', year: '2023' }, 'year');
  assert.equal(byYear.get('2023'), theory2023.length);
  assert.equal(byYear.get('2021'), filterRecords(records, { aspect: 'theory', year: '2021' }).length);
  assert.equal(filterRecords(records, { aspect: 'theory', year: '2023', docType: 'minutes' }).length, 0);
  // An aspect count is the number of passages tagged with it.
  assert.equal(countBy(records, 'aspect').get('integrity'), records.filter((r) => r.facets.aspect.includes('integrity')).length);
  // The seeds: three team materials and the minutes (team), one individual's; 2023 is the 主题教育 year.
  assert.deepEqual(new Set(filterRecords(records, { speaker: 'individual' }).map((r) => r.reportId)), new Set(['4e2caa8d']));
  assert.deepEqual(new Set(filterRecords(records, { theme: 'thematic-education', speaker: 'team' }).map((r) => r.reportId)), new Set(['ab94ce7e']));
});

test('the topic view groups by section kind (taxonomy order), then report (newest first)', () => {
  const groups = groupByKindAndReport(filterRecords(records, { aspect: 'people' }));
  assert.deepEqual(
    groups.slice(0, 3).map((g) => g.kind),
    ['problems', 'causes', 'measures'],
  );
  assert.equal(
    groups.reduce((n, g) => n + g.count, 0),
    filterRecords(records, { aspect: 'people' }).length,
  );
  for (const group of groups) {
    const years = group.reports.map(yearOf);
    assert.deepEqual(
      years,
      [...years].sort((a, b) => b - a),
      group.kind,
    );
  }
  const measures = groups.find((g) => g.kind === 'measures')!;
  assert.equal(yearOf(measures.reports[0]), 2023);
});

test('browse state round-trips through the URL; paths are the permalinks', () => {
  const filters = { aspect: 'integrity', unit: 'county-standing', year: '2021', docType: 'review', speaker: 'team' };
  // Published URL keys: the document type is `type`.
  assert.equal(filtersQuery(filters), '?aspect=integrity&unit=county-standing&year=2021&type=review&speaker=team');
  assert.deepEqual(parseFilters(new URLSearchParams('?type=review&speaker=team&theme=party-history&bogus=1')), {
    docType: 'review',
    speaker: 'team',
    theme: 'party-history',
  });
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
