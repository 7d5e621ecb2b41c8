import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markPlaceholders, plainText, textSegments } from '../placeholders.ts';

/** The placeholders marked in a text, in order. */
const marked = (text: string) =>
  textSegments(markPlaceholders(text))
    .filter((s) => s.placeholder)
    .map((s) => s.text);

test('redacted names and numbers are marked like ×: **镇, *年度, 〔*〕, XX, 某某, ××', () => {
  assert.deepEqual(marked('**镇党委领导班子*年度民主生活会'), ['**', '*']);
  assert.deepEqual(marked('根据浚教办发〔*〕2号文件'), ['*']);
  assert.deepEqual(marked('XX年度民主生活会，ＸＸ区委'), ['XX', 'ＸＸ']);
  assert.deepEqual(marked('某某同志分管某某村'), ['某某', '某某']);
  assert.deepEqual(marked('××同志、×党委，开展x次'), ['××', '×', 'x']);
  assert.deepEqual(marked('**村土地流转'), ['**']);
});

test('ordinary text is not a placeholder: bold markup, 某些, Latin words, x inside words', () => {
  assert.deepEqual(marked('这是**重点**内容，某些问题，xxl-job 和 Xbox，某种程度'), []);
  assert.deepEqual(marked('box次数'), []);
});

test('marking is lossless: the plain text is the source text', () => {
  for (const text of ['**镇党委*年度〔*〕某某XX××', '反斜杠\\与⟦括号⟧', '**重点**']) assert.equal(plainText(markPlaceholders(text)), text);
});
