import { test } from 'node:test';
import assert from 'node:assert/strict';
import { grid, scoreAspects } from '../topics.ts';

test('precision, recall and F1 per aspect and micro-averaged, general counted like any aspect', () => {
  const scores = scoreAspects([
    { predicted: ['style'], gold: ['style', 'people'] }, // style TP, people FN
    { predicted: ['general'], gold: ['theory'] }, // general FP, theory FN
    { predicted: ['theory', 'style'], gold: ['theory'] }, // theory TP, style FP
  ]);
  assert.deepEqual({ tp: scores.get('style')!.tp, fp: scores.get('style')!.fp, fn: scores.get('style')!.fn }, { tp: 1, fp: 1, fn: 0 });
  assert.equal(scores.get('general')!.precision, 0);
  assert.equal(scores.get('theory')!.recall, 0.5);
  const micro = scores.get('micro')!;
  // 2 TP, 2 FP, 2 FN.
  assert.deepEqual([micro.precision, micro.recall, micro.f1], [0.5, 0.5, 0.5]);
});

test('the settings grid holds every combination once', () => {
  const all = grid({ floor: [1, 2], ratio: [0.5], strong: [1000], heading: [0, 1], item: [0], lead: [0], framing: [0, 4, 8], short: [0], title: [0, 24] });
  assert.equal(all.length, 24);
  assert.equal(new Set(all.map((s) => JSON.stringify(s))).size, 24);
});
