import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry } from '../../entry/format.ts';
import { searchDoc, searchRecord } from '../records.ts';
import { groupHits, snippet, verifyCandidates } from '../results.ts';
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

test('ranking: section-title matches first, then reports with more matches', () => {
  const groups = groupHits(verifyCandidates(docs, planQuery('理论学习')!.terms));
  assert.ok(groups[0].hits[0].inHeading);
  const counts = groups.filter((g) => !g.hits.some((h) => h.inHeading)).map((g) => g.hits.length);
  assert.deepEqual(
    counts,
    [...counts].sort((a, b) => b - a),
  );
});

test('snippets centre the match and mark where it is cut', () => {
  const text = '甲'.repeat(100) + '以会议落实会议' + '乙'.repeat(100);
  const s = snippet(text, ['以会议落实会议'], 40);
  assert.equal(s.match, '以会议落实会议');
  assert.ok(s.before.startsWith('…') && s.after.endsWith('…'));
  assert.ok(s.before.length + s.after.length <= 40);
});
