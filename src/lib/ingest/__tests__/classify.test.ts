import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyMeeting, classifyReport, classifySections } from '../classify.ts';
import { parseDocument } from '../parse.ts';
import { seedDocument } from '../../../../tests/support/corpus.ts';

const expected = {
  '000': { year: 2021, unit: 'department', speaker: 'team', docType: 'review', theme: 'party-history', meeting: 'democratic-life' },
  '001': { year: 2021, unit: 'subdistrict', speaker: 'individual', docType: 'speech', theme: 'party-history', meeting: 'democratic-life' },
  '002': { year: 2021, unit: 'county-standing', speaker: 'team', docType: 'review', theme: 'party-history', meeting: 'democratic-life' },
  '003': { year: 2021, unit: 'subdistrict', speaker: 'team', docType: 'minutes', theme: 'party-history', meeting: 'democratic-life' },
  '004': { year: 2023, unit: 'county-standing', speaker: 'team', docType: 'review', theme: 'thematic-education', meeting: 'democratic-life' },
};

for (const [prefix, meta] of Object.entries(expected)) {
  test(`seed ${prefix} metadata: ${JSON.stringify(meta)}`, async () => {
    const { doc } = await seedDocument(prefix);
    assert.deepEqual(classifyReport(doc), meta);
  });
}

test('a 组织生活会 is told apart from a 民主生活会 by its title, else its opening', () => {
  const doc = (title: string, opening: string) => parseDocument([title, '一、存在的问题', opening]);
  assert.equal(classifyMeeting(doc('第三党支部2023年度组织生活会个人对照检查材料', '对照检查如下。')), 'organizational-life');
  assert.equal(classifyMeeting(doc('个人对照检查材料', '根据支部召开组织生活会的安排，对照检查如下。')), 'organizational-life');
  assert.equal(classifyMeeting(doc('2023年度专题民主生活会对照检查材料', '会前开展了谈心谈话，包括组织生活会情况。')), 'democratic-life');
  assert.equal(classifyMeeting(doc('个人对照检查材料', '对照检查如下。')), 'democratic-life');
});

test('every section of every seed carries at least one aspect and a kind', async () => {
  for (const prefix of Object.keys(expected)) {
    const { doc } = await seedDocument(prefix);
    const sections = classifySections(doc, classifyReport(doc));
    assert.equal(sections.length, doc.sections.length);
    for (const s of sections) assert.ok(s.aspects.length > 0 && s.kind, `${prefix}: ${JSON.stringify(s)}`);
  }
});

test('2023 problem items map to the six prescribed aspects, 2021 items to the 带头 items', async () => {
  const d4 = await seedDocument('004');
  const s4 = classifySections(d4.doc, { year: 2023 });
  assert.deepEqual(
    s4.slice(2, 8).map((s) => s.item),
    ['theory', 'politics', 'ability', 'responsibility', 'style', 'integrity'],
  );
  assert.deepEqual(
    s4.slice(2, 8).map((s) => s.aspects),
    [['theory'], ['politics'], ['ability'], ['responsibility'], ['style'], ['integrity']],
  );
  const d2 = await seedDocument('002');
  const items2 = classifySections(d2.doc, { year: 2021 })
    .filter((s) => s.item)
    .map((s) => s.item);
  assert.deepEqual(items2, ['two-establishes', 'what-party-is', 'people-centred', 'risks', 'lessons']);
});

test('section kinds follow the skeleton: problems, causes, measures; items inherit', async () => {
  const { doc } = await seedDocument('004');
  const kinds = classifySections(doc, { year: 2023 }).map((s) => s.kind);
  assert.deepEqual(kinds, ['intro', 'problems', ...Array(6).fill('problems'), 'causes', ...Array(4).fill('causes'), 'measures', ...Array(4).fill('measures')]);
});

test('minutes: self-reviews, criticism aimed at the member under review, responses, comment, summary', async () => {
  const { doc } = await seedDocument('003');
  const sections = classifySections(doc, { year: 2021 });
  const turns = doc.sections.map((s, i) => ({ speaker: s.speaker, ...sections[i] })).filter((t) => t.speaker);
  const reviewers = turns.filter((t) => t.kind === 'self-review').map((t) => t.speaker);
  assert.deepEqual(reviewers, ['副书记', '成员Ｂ', '成员Ａ', '成员Ｃ', '成员Ｄ', '成员Ｅ', '成员Ｆ', '成员Ｇ']);
  const onB = turns.filter((t) => t.kind === 'criticism' && t.target === '成员Ｂ').map((t) => t.speaker);
  assert.deepEqual(onB, ['成员Ｄ', '成员Ｆ']);
  assert.ok(turns.some((t) => t.kind === 'criticism' && t.speaker === '书记' && t.target === '成员Ｄ'));
  assert.equal(turns.find((t) => t.speaker === '领导')?.kind, 'comment');
  assert.equal(turns.at(-1)?.kind, 'summary');
  // The opening 通报 is the previous year's rectification and the opinions collected.
  const openingParts = doc.sections
    .map((s, i) => ({ ...s, ...sections[i] }))
    .filter((s) => s.rank === 'part')
    .slice(0, 3);
  assert.deepEqual(
    openingParts.map((s) => s.kind),
    ['rectification', 'rectification', 'opinions'],
  );
});
