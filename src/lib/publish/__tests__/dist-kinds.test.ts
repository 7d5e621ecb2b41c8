import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distKind, PRECOMPRESSED } from '../dist-kinds.ts';

test('a built site’s files are classified by what they are', () => {
  const expected: Record<string, string> = {
    'reports/ab94ce7e/index.html': 'report HTML',
    'reports/ab94ce7e.docx': 'report .docx',
    'reports/index.html': 'report lists',
    'reports/2/index.html': 'report lists',
    'aspects/theory/index.html': 'aspect topic HTML',
    'aspects/theory/3/index.html': 'aspect topic HTML',
    'aspects/index.html': 'aspect topic HTML',
    'units/department/index.html': 'facet HTML',
    'years/index.html': 'facet HTML',
    'meetings/democratic-life/index.html': 'facet HTML',
    'browse/cells/theory.department.2021.review.party-history.team.democratic-life.problems.0.chunk': 'browse chunks',
    'browse/cells.json': 'browse manifest',
    'browse/index.html': 'other',
    'pagefind/pagefind-entry.json': 'search index',
    'pagefind/shards/1/index/en_1a2b.pf_index': 'search index',
    'search/texts/0.chunk': 'search text store',
    'search/occurrences/12.chunk': 'search text store',
    'search/reports/3.chunk': 'search text store',
    'search/grams/63.json': 'search text store',
    'search/facets.json': 'search text store',
    'search/index.html': 'other',
    '_astro/Base.CsOaBZXa.css': 'assets',
    'similar/0a1b2c3d4e/index.html': 'similar wordings HTML',
    '404.html': 'other',
    'favicon.svg': 'other',
  };
  assert.deepEqual(Object.fromEntries(Object.keys(expected).map((p) => [p, distKind(p)])), expected);
});

test('precompressed copies are told from the files they copy', () => {
  assert.ok(PRECOMPRESSED.test('reports/ab94ce7e/index.html.gz'));
  assert.ok(PRECOMPRESSED.test('_astro/Base.CsOaBZXa.css.br'));
  assert.ok(!PRECOMPRESSED.test('pagefind/index/en_1a2b.pf_index'));
  assert.ok(!PRECOMPRESSED.test('reports/ab94ce7e.docx'));
});
