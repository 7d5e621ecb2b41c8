import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry } from '../../entry/format.ts';
import { fingerprint, similarity } from '../../ingest/identity.ts';
import { bigramCodes, dice, diceAtLeast, LIMIT, MIN_CHARS, similarIndex, similarOf, THRESHOLD } from '../similar.ts';

const REPORTS = join(import.meta.dirname, '../../../../content/reports');
const passages = readdirSync(REPORTS)
  .sort()
  .flatMap((n) => parseEntry(readFileSync(join(REPORTS, n), 'utf8'), n, n.slice(0, -3)).sections.flatMap((s) => s.passages.map((p) => p.text)));
/** The one seed passage whose text starts so. */
function seed(start: string): string {
  const found = [...new Set(passages.filter((p) => fingerprint(p).startsWith(start)))];
  assert.equal(found.length, 1, start);
  return found[0];
}

// Pairs of seed passages from different reports, and their bigram Dice (worked out by hand for the first).
const REWORDED = ['感谢大家提出的建议和对我的批评', '我虚心接受大家的批评意见'] as const; // 0.667: the same thanks, reworded
const REWRITTEN = ['区委统战部班子高度重视加强理论学习', '领导班子高度重视加强理论学习'] as const; // 0.584: one paragraph rewritten from the other
const ONE_SENTENCE = ['2020年度民主生活会召开以后', '×集中学习研讨活动开展以来'] as const; // 0.506: share one stock sentence only
const STOCK_CLOSING = ['刚才,大家提出的建议和对我的批评', '我虚心接受大家的批评意见'] as const; // 0.500: a stock closing and another

test('bigram Dice: 2·shared / (|a| + |b|) over character bigrams, as identity.ts measures it', () => {
  // 我虚心接受大家 (6 bigrams) vs 我虚心接受 (4): 4 shared → 8/10.
  assert.equal(dice(bigramCodes('我虚心接受大家'), bigramCodes('我虚心接受')), 0.8);
  assert.equal(dice(bigramCodes('问题问题'), bigramCodes('问题')), 0.5); // multisets: 问题 ×2 vs ×1, 题问 unmatched → 2/4
  const pairs: [string, number][] = [
    [REWORDED.join('|'), 0.667],
    [REWRITTEN.join('|'), 0.584],
    [ONE_SENTENCE.join('|'), 0.506],
    [STOCK_CLOSING.join('|'), 0.5],
  ];
  for (const [pair, expected] of pairs) {
    const [a, b] = pair.split('|').map((s) => fingerprint(seed(s)));
    const score = dice(bigramCodes(a), bigramCodes(b));
    assert.equal(Math.round(score * 1000) / 1000, expected, pair);
    assert.equal(score, similarity(a, b), `the same measure as identity.ts: ${pair}`);
    // The verifying form: the score from the threshold on, -1 below it.
    assert.equal(diceAtLeast(bigramCodes(a), bigramCodes(b), THRESHOLD), expected >= 0.55 ? score : -1, pair);
  }
});

test('on the seeds: exact copies grouped, paraphrases above the threshold found, passages sharing a stock sentence not', () => {
  const thanks = seed(REWORDED[0]);
  // Three copies of one passage (one with full-width spaces and a line break: the same fingerprint).
  const library = [...passages, thanks, `${thanks.slice(0, 10)}\u3000${thanks.slice(10)}`, '谢谢大家！'];
  const index = similarIndex(library);
  const t = index.textOf[library.indexOf(thanks)];
  assert.equal(index.texts[t].passages.length, 3);
  assert.equal(index.textOf[library.length - 1], -1, `a stock line under ${MIN_CHARS} characters is never compared`);
  const nearTo = (start: string) =>
    index.near[index.textOf[passages.indexOf(seed(start))]].map((n) => fingerprint(library[index.texts[n.text].passages[0]]).slice(0, 12));
  assert.ok(nearTo(REWORDED[0]).includes(fingerprint(seed(REWORDED[1])).slice(0, 12)));
  assert.ok(nearTo(REWRITTEN[0]).includes(fingerprint(seed(REWRITTEN[1])).slice(0, 12)));
  assert.ok(!nearTo(ONE_SENTENCE[0]).includes(fingerprint(seed(ONE_SENTENCE[1])).slice(0, 12)));
  assert.ok(!nearTo(STOCK_CLOSING[0]).includes(fingerprint(seed(STOCK_CLOSING[1])).slice(0, 12)));
  // Every pair shown is at or above the threshold, by the measure itself.
  index.near.forEach((list, a) => {
    for (const n of list) assert.ok(similarity(index.texts[a].fingerprint, index.texts[n.text].fingerprint) >= THRESHOLD);
  });
  // Nine pairs of distinct seed passages are at or above 0.55 (of 37,675 pairs of passages ≥ 20 characters; README,
  // 相似表述): the candidate search finds all nine, each listed on both sides.
  assert.equal(
    index.near.reduce((n, list) => n + list.length, 0),
    18,
  );
});

test('what a passage shows: its exact copies as one entry (the first other copy, how many), then the closest texts', () => {
  const a = seed(REWORDED[0]);
  const b = seed(REWORDED[1]);
  const library = [a, b, a, 'x'.repeat(30), a];
  const index = similarIndex(library);
  assert.deepEqual(similarOf(index, 0), {
    entries: [
      { passage: 2, copies: 2, score: 1, exact: true },
      { passage: 1, copies: 1, score: similarity(fingerprint(a), fingerprint(b)), exact: false },
    ],
    total: 3,
  });
  assert.deepEqual(similarOf(index, 2).entries[0], { passage: 0, copies: 2, score: 1, exact: true });
  assert.deepEqual(similarOf(index, 1), { entries: [{ passage: 0, copies: 3, score: similarity(fingerprint(a), fingerprint(b)), exact: false }], total: 3 });
  assert.deepEqual(similarOf(index, 3), { entries: [], total: 0 });
});

test('never quadratic: 3,000 copies each of the seeds’ passages compare distinct texts only, a bounded number of pairs each', () => {
  const distinct = [...new Set(passages)];
  const library = Array.from({ length: 3_000 }, () => distinct).flat();
  const index = similarIndex(library);
  const compared = index.texts.length;
  assert.ok(compared < 300, `${compared} distinct texts`);
  assert.ok(index.verified <= compared * 3 * LIMIT, `${index.verified} pairs verified`);
  for (const list of index.near) assert.ok(list.length <= LIMIT);
});
