import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, splitEnumeration } from '../parse.ts';
import { seedDocument } from '../../../../tests/support/corpus.ts';

test('seed 004: title, three parts, the six 2023 aspects as items', async () => {
  const { doc } = await seedDocument('004');
  assert.equal(doc.title, '2023年度第二批主题教育专题民主生活会领导班子对照检查剖析材料');
  const parts = doc.sections.filter((s) => s.rank === 'part').map((s) => s.heading);
  assert.deepEqual(parts, ['一、存在的突出问题', '二、产生问题的原因分析', '三、今后努力方向和改进措施']);
  const problemItems = doc.sections.slice(2, 8).map((s) => s.heading);
  assert.deepEqual(problemItems, [
    '（一）理论学习方面。',
    '（二）政治素质方面。',
    '（三）能力本领方面。',
    '（四）担当作为方面。',
    '（五）工作作风方面。',
    '（六）廉洁自律方面。',
  ]);
  assert.ok(doc.sections.slice(2, 8).every((s) => s.level === 2));
});

test('seed 000: bold Markdown parts and # title are read as structure, not text', async () => {
  const { doc } = await seedDocument('000');
  assert.equal(doc.title, '区统战部领导班子班子党史学习教育专题民主生活会检视剖析材料');
  assert.equal(doc.sections.filter((s) => s.rank === 'part').length, 3);
  assert.ok(doc.sections.every((s) => !s.heading.includes('**')));
});

test('seed 001: numbered items 1.–4. nest under （一）', async () => {
  const { doc } = await seedDocument('001');
  const numerals = doc.sections.filter((s) => s.rank === 'numeral');
  assert.deepEqual(
    numerals.map((s) => s.marker),
    ['1.', '2.', '3.', '4.'],
  );
  assert.ok(numerals.every((s) => s.level === 3));
});

test('seed 003 minutes: header fields, agenda, speaker turns', async () => {
  const { doc } = await seedDocument('003');
  assert.deepEqual(
    doc.fields.map((f) => f.key),
    ['时间', '地点', '出席人', '缺席人', '列席人', '主持人', '记录人', '议程', '内容'],
  );
  assert.equal(doc.fields[0].value, '2022年×月×日14:00—20:00');
  assert.equal(doc.agenda.length, 5);
  const turns = doc.sections.filter((s) => s.rank === 'turn');
  assert.equal(turns[0].speaker, '书记');
  assert.ok(turns.some((t) => t.speaker === '领导'));
  assert.deepEqual(
    new Set(turns.map((t) => t.speaker)),
    new Set(['书记', '副书记', '成员Ａ', '成员Ｂ', '成员Ｃ', '成员Ｄ', '成员Ｅ', '成员Ｆ', '成员Ｇ', '领导']),
  );
  assert.ok(turns.every((t) => t.level === 1));
});

test('numbered statements are passages keeping their number, not empty or paragraph-long headings', async () => {
  const { doc } = await seedDocument('003');
  // 一、存在的突出问题 in the minutes: （一）一是……, （二）a whole sentence of 70 characters, …
  const problems = doc.sections.find((s) => s.heading === '一、存在的突出问题')!;
  assert.equal(problems.passages[0], '（一）一是学习不彻底。二是理解不透彻。三是“做实”上有差距。');
  assert.match(problems.passages[1], /^（二）有时在执行中央决策部署上，/u);
  assert.ok(doc.sections.every((s) => !/^[（(][一二三四五六七八九十]+[）)]$/u.test(s.heading)));
  // A run of items nothing elaborates is a list of statements too: passages of their part.
  const causes = doc.sections.find((s) => s.heading === '二、产生问题的原因分析')!;
  assert.deepEqual(causes.passages, ['（一）党性修养有所弱化。', '（二）理论学习不够深入', '（三）勇于创新的主动性不够']);
});

test('a run of items is headings only when every item has a short title', () => {
  const headings = parseDocument(['标题', '一、问题', '（一）理论学习不够深入', '正文一。', '（二）作风不实', '正文二。']).sections.map((s) => s.heading);
  assert.deepEqual(headings, ['一、问题', '（一）理论学习不够深入', '（二）作风不实']);
  const statement = `（二）${'有时在执行决策部署上，对决策部署领会得不够透彻，'.repeat(3)}把握得还不够。`;
  const doc = parseDocument(['标题', '一、问题', '（一）理论学习不够深入', '正文一。', statement, '正文二。']);
  assert.deepEqual(
    doc.sections.map((s) => [s.heading, s.passages]),
    [['一、问题', ['（一）理论学习不够深入', '正文一。', statement, '正文二。']]],
  );
});

test('long enumerating paragraphs split at 一是/二是/三是; short ones stay whole', async () => {
  const { doc } = await seedDocument('004');
  const theory = doc.sections.find((s) => s.heading === '（一）理论学习方面。')!;
  assert.equal(theory.passages.length, 2);
  assert.match(theory.passages[0], /^一是理论武装不够系统深入。/);
  assert.match(theory.passages[1], /^二是/);
  assert.deepEqual(splitEnumeration('一是学习不彻底。二是理解不透彻。'), ['一是学习不彻底。二是理解不透彻。']);
  // 统一是 is not a marker: only sentence-initial ordinals count.
  const long = `前言。一是${'甲'.repeat(120)}，统一是关键。二是${'乙'.repeat(100)}。`;
  assert.deepEqual(
    splitEnumeration(long).map((p) => p.slice(0, 3)),
    ['前言。', '一是甲', '二是乙'],
  );
});
