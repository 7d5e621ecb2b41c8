import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry } from '../../entry/format.ts';
import { editParagraph, prng } from '../../synth/corpus.ts';
import { passageRecords } from '../../view/library.ts';
import { duplicatePairs } from '../duplicates.ts';
import { similarIndex } from '../similar.ts';

const REPORTS = join(import.meta.dirname, '../../../../content/reports');
const records = passageRecords(
  readdirSync(REPORTS)
    .sort()
    .map((n) => parseEntry(readFileSync(join(REPORTS, n), 'utf8'), n, n.slice(0, -3))),
);

test('the five seeds share no passages: no pair', () => {
  const index = similarIndex(records.map((r) => r.text));
  assert.deepEqual(
    duplicatePairs(
      index,
      records.map((r) => r.reportId),
    ),
    [],
  );
});

test('a report copied with a tenth of its characters edited, and one copied word for word, pair with their original', () => {
  const original = records.filter((r) => r.reportId === 'ab94ce7e');
  const next = prng(5);
  const donors = records.map((r) => r.text);
  // Every passage of 80 characters or more edited (10 %); shorter ones kept.
  const edited = original.map((r) => (r.text.length >= 80 ? editParagraph(r.text, 0.1, next, donors) : r.text));
  const texts = [...records.map((r) => r.text), ...edited, ...original.map((r) => r.text)];
  const reportOf = [...records.map((r) => r.reportId), ...edited.map(() => 'edited01'), ...original.map(() => 'copied01')];
  const pairs = duplicatePairs(similarIndex(texts), reportOf);
  assert.deepEqual(
    pairs.map((p) => [p.a, p.b, p.share]),
    [
      ['ab94ce7e', 'copied01', 1],
      ['ab94ce7e', 'edited01', 1],
      ['edited01', 'copied01', 1],
    ],
  );
  const copy = pairs.find((p) => p.b === 'copied01' && p.a === 'ab94ce7e')!;
  assert.equal(copy.exact, copy.shared, 'a word-for-word copy shares every text exactly');
  const edit = pairs.find((p) => p.b === 'edited01' || p.a === 'edited01')!;
  assert.ok(edit.exact < edit.shared, 'the edited copy shares only its short lines exactly');
});
