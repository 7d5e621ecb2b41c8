import { test } from 'node:test';
import assert from 'node:assert/strict';
import { carryCorrections, textPin } from '../corrections.ts';

const section = (texts: string[]) => [{ id: 's1', level: 1, heading: '一、存在问题', passages: texts.map((text, i) => ({ id: `s1-p${i + 1}`, text })) }];

test('a correction pinned to a text moves with that text when its anchor now names another passage', () => {
  const previous = section(['甲段：形式主义问题。', '乙段：廉洁问题。']);
  // Anchors were reassigned: s1-p1 now names 乙段's text, 甲段 is at s1-p2.
  const fresh = section(['乙段：廉洁问题。', '甲段：形式主义问题。']);
  const carried = carryCorrections({ 's1-p1': { aspects: ['style'] } }, previous, fresh);
  assert.deepEqual(carried, { 's1-p2': { aspects: ['style'], pin: textPin('甲段：形式主义问题。') } });
});

test('a correction whose text was rewritten stays on its anchor; none is dropped', () => {
  const previous = section(['甲段：形式主义问题。']);
  const fresh = section(['甲段：形式主义和官僚主义问题。']);
  const carried = carryCorrections({ 's1-p1': { aspects: ['style', 'people'] } }, previous, fresh);
  assert.deepEqual(carried, { 's1-p1': { aspects: ['style', 'people'], pin: textPin('甲段：形式主义问题。') } });
  assert.equal(carryCorrections(undefined, previous, fresh), undefined);
});

test('pins ignore spacing and width, like passage identity', () => {
  assert.equal(textPin('一是 学习不够。'), textPin('一是学习不够。'));
  assert.notEqual(textPin('一是学习不够。'), textPin('二是学习不够。'));
});
