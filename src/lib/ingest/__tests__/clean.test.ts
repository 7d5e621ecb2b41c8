import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanSource } from '../clean.ts';
import { seedBytes } from '../../../../tests/support/corpus.ts';

const raw = (prefix: string) => new TextDecoder().decode(seedBytes(prefix));

test('pinyin obfuscations in seed 002 are restored and each change is recorded', () => {
  const { lines, changes } = cleanSource(raw('002'));
  const all = lines.join('\n');
  assert.doesNotMatch(all, /dangshi|mzshh/);
  assert.match(lines[2], /^区委常委班子专题民主生活会“五个带头”对照检查材料$/);
  const restored = (from: string) => changes.filter((c) => c.from === from).reduce((n, c) => n + c.count, 0);
  assert.equal(restored('dangshi'), raw('002').match(/dangshi/g)!.length);
  assert.equal(restored('mzshh'), raw('002').match(/mzshh/g)!.length);
  assert.deepEqual(changes[0], { line: 3, from: 'mzshh', to: '民主生活会', count: 1 });
});

test('paywall markers are removed, even inside a word (seed 004: 民生短##paidbegin##板)', () => {
  const { lines, changes } = cleanSource(raw('004'));
  assert.doesNotMatch(lines.join('\n'), /paid/);
  assert.match(lines[7], /补齐民生短板方面/);
  assert.deepEqual(
    changes.map((c) => [c.line, c.from]),
    [
      [8, '##paidbegin##'],
      [21, '##paidend##'],
    ],
  );
});

test('a pinyin word inside a longer Latin word is left alone', () => {
  assert.deepEqual(cleanSource('see dangshiology and dangshi').lines, ['see dangshiology and 党史']);
});
