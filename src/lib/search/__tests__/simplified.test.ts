import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docTexts, type SearchDoc } from '../records.ts';
import { verifyDocs } from '../results.ts';
import { withSimplifiedForms } from '../simplified.ts';

// Fixture texts written for this test, in traditional characters, with their simplified forms stated here.
const traditional: SearchDoc = {
  id: 'fixture1',
  title: '區直機關黨支部組織生活會對照檢查材料',
  f: {},
  m: ['地點：黨員活動室'],
  sections: [
    {
      id: 's1',
      s: '一、存在的問題',
      f: {},
      p: [
        ['s1-p1', '對「兩個確立」的決定性意義領會不深，學習貫徹不夠系統。'],
        ['s1-p2', '2023年'],
      ],
    },
  ],
};
const simplifiedDoc: SearchDoc = {
  id: 'fixture2',
  title: '领导班子对照检查材料',
  f: {},
  sections: [{ id: 's1', s: '一、存在的问题', f: {}, p: [['s1-p1', '对“两个确立”的决定性意义领会不深。']] }],
};

test('a traditional report carries the simplified form of every text that differs, keyed by where it is', () => {
  assert.deepEqual(withSimplifiedForms(traditional).simplified, {
    title: '区直机关党支部组织生活会对照检查材料',
    m0: '地点：党员活动室',
    s1: '一、存在的问题',
    's1-p1': '对“两个确立”的决定性意义领会不深，学习贯彻不够系统。',
  });
  assert.ok(docTexts(withSimplifiedForms(traditional)).includes('区直机关党支部组织生活会对照检查材料'), 'the simplified forms are indexed');
});

test('a simplified report is left as it is (no copy of its texts)', () => {
  assert.equal(withSimplifiedForms(simplifiedDoc), simplifiedDoc);
});

test('a simplified query finds the traditional texts, shown as written; a traditional one still finds them', () => {
  const docs = [withSimplifiedForms(traditional), simplifiedDoc];
  assert.deepEqual(
    verifyDocs(docs, ['两个确立']).map((h) => [h.reportId, h.kind, h.text]),
    [
      ['fixture1', 'passage', '對「兩個確立」的決定性意義領會不深，學習貫徹不夠系統。'],
      ['fixture2', 'passage', '对“两个确立”的决定性意义领会不深。'],
    ],
  );
  assert.deepEqual(
    verifyDocs(docs, ['区直机关']).map((h) => [h.kind, h.text]),
    [['title', '區直機關黨支部組織生活會對照檢查材料']],
  );
  assert.deepEqual(
    verifyDocs(docs, ['党员活动室']).map((h) => [h.kind, h.text]),
    [['minutes', '地點：黨員活動室']],
  );
  assert.deepEqual(
    verifyDocs(docs, ['存在的问题']).map((h) => [h.reportId, h.kind]),
    [
      ['fixture1', 'heading'],
      ['fixture2', 'heading'],
    ],
  );
  assert.deepEqual(
    verifyDocs(docs, ['學習貫徹']).map((h) => h.reportId),
    ['fixture1'],
  );
});
