import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry } from '../../entry/format.ts';
import { searchDoc, searchRecord } from '../records.ts';
import { hitPath, sortHits, verifyCandidates, verifyDocs } from '../results.ts';
import { bigramToken, normalizeText, planQuery } from '../tokens.ts';

const REPORTS = join(import.meta.dirname, '../../../../content/reports');
const docs = readdirSync(REPORTS).map((n) => searchDoc(parseEntry(readFileSync(join(REPORTS, n), 'utf8'), n, n.slice(0, -3))));

test('records: report-level filters, bigram content that holds every passage phrase', () => {
  const doc = docs.find((d) => d.id === 'ab94ce7e')!;
  const record = searchRecord(doc);
  assert.equal(record.url, '/reports/ab94ce7e/');
  assert.deepEqual(record.filters.year, ['2023']);
  assert.ok(record.filters.aspect.includes('style'));
  const content = ` ${record.content} `;
  for (const bigram of planQuery('以会议落实会议')!.covering) assert.ok(content.includes(` ${bigramToken(bigram)} `), bigram);
  const texts = doc.sections.flatMap((s) => s.p.map(([, text]) => text));
  assert.equal(texts.length, 32, 'every passage of the report');
  assert.ok(
    texts.every((t) => !t.includes('⟦')),
    'passage docs hold plain text',
  );
});

test('verification keeps exactly the passages containing every term', () => {
  const terms = planQuery('以会议落实会议')!.terms;
  const hits = verifyCandidates(docs, terms);
  assert.equal(hits.length, 3);
  assert.ok(hits.every((h) => normalizeText(h.text).includes(terms[0])));
  const both = verifyCandidates(docs, planQuery('群众 调研')!.terms);
  assert.ok(both.length > 0 && both.every((h) => h.text.includes('群众') && h.text.includes('调研')));
});

test('titles, section headings and minutes lines are found like passages, each linking where it is', () => {
  const title = verifyDocs(docs, ['五个带头']).filter((h) => h.kind === 'title');
  assert.deepEqual(
    title.map((h) => [h.reportId, hitPath(h)]),
    [['2eb08a86', '/reports/2eb08a86/']],
  );
  const headings = verifyDocs(docs, ['问题根源剖析']).filter((h) => h.kind === 'heading');
  assert.deepEqual(headings.map(hitPath), ['/reports/6d825004/#s3']);
  assert.deepEqual(
    verifyDocs(docs, ['理想信念有所弱化'])
      .filter((h) => h.kind === 'heading')
      .map(hitPath),
    ['/reports/6d825004/#s3-1'],
  );
  const minutes = verifyDocs(docs, ['二楼小会议室']);
  assert.deepEqual(
    minutes.map((h) => [h.kind, h.text, hitPath(h)]),
    [['minutes', '地点：二楼小会议室', '/reports/6f51a37c/']],
  );
});

test('order: relevance puts titles and headings first; year puts the newest first, over all hits', () => {
  const hits = verifyDocs(docs, ['理论学习']);
  const relevance = sortHits(hits, 'relevance');
  const firstPassage = relevance.findIndex((h) => h.kind === 'passage');
  assert.ok(firstPassage > 0 && relevance.slice(0, firstPassage).every((h) => h.kind === 'heading' || h.kind === 'title'));
  assert.ok(relevance.slice(firstPassage).every((h) => h.kind === 'passage' || h.kind === 'minutes'));
  const years = sortHits(hits, 'year').map((h) => Number(h.facets.year[0]));
  assert.deepEqual(
    years,
    [...years].sort((a, b) => b - a),
  );
  assert.equal(years[0], 2023);
  assert.equal(sortHits(hits, 'year').length, hits.length);
});
