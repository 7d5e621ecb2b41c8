import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reflowLines } from '../reflow.ts';
import { buildEntry } from '../build-entry.ts';
import { readSource } from '../read-source.ts';
import { seedBytes, seedName } from '../../../../tests/support/corpus.ts';

/** A paragraph as a PDF copy has it: cut every 20 characters, wherever that falls. */
function hardWrap(paragraph: string, every = 20): string[] {
  const lines: string[] = [];
  for (let at = 0; at < paragraph.length; at += every) lines.push(paragraph.slice(at, at + every));
  return lines;
}

const PROBLEM =
  '有时在执行中央决策部署上，对决策部署领会得不够透彻，在作决策、抓工作时过多地考虑了本地实际和困难，存在以会议落实会议、以文件落实文件的现象，对党中央和上级党委宏观大局把握得还不够。';
const CAUSE = '理论学习不够深入，满足于读原文、记笔记，对党的创新理论的丰富内涵和实践要求理解不深不透，学用结合不够紧密。';

test('hard-wrapped lines join into their paragraph; titles, headings and sentence ends stay lines', () => {
  const lines = ['领导班子对照检查材料', '', '一、存在的突出问题', ...hardWrap(PROBLEM), '二、产生问题的原因', ...hardWrap(CAUSE)];
  assert.deepEqual(reflowLines(lines), ['领导班子对照检查材料', '', '一、存在的突出问题', PROBLEM, '二、产生问题的原因', CAUSE]);
});

test('a line broken after a comma joins the next even when it is short; 一是/二是 lines stay apart', () => {
  assert.deepEqual(reflowLines(['标题', '我们要坚持，', '以会议落实会议。']), ['标题', '我们要坚持，以会议落实会议。']);
  assert.deepEqual(reflowLines(['标题', '一是深入学习提高的主动性不够强', '二是践行宗旨使命的坚决性不够强']), [
    '标题',
    '一是深入学习提高的主动性不够强',
    '二是践行宗旨使命的坚决性不够强',
  ]);
  // Header fields and speaker lines are never joined.
  assert.deepEqual(reflowLines(['会议记录', '时  间：2022年×月×日', '地  点：二楼小会议室']), ['会议记录', '时间：2022年×月×日', '地点：二楼小会议室']);
});

test('a whole document on one line splits at 一、 and （一）, and then at 1. 2.', () => {
  const oneLine = '对照检查材料 一、存在的问题（一）理论学习方面。学习不深入。（二）作风方面。1.调研少。2.落实慢。二、原因分析';
  assert.deepEqual(reflowLines(['标题', oneLine]), [
    '标题',
    '对照检查材料',
    '一、存在的问题',
    '（一）理论学习方面。学习不深入。',
    '（二）作风方面。',
    '1.调研少。',
    '2.落实慢。',
    '二、原因分析',
  ]);
  // Points inside one paragraph are its text: 1. 2. do not split a line without run-on parts.
  assert.deepEqual(reflowLines(['标题', '需要说明的问题：1.已整改。2.无隐瞒。']), ['标题', '需要说明的问题：1.已整改。2.无隐瞒。']);
});

test('spaces inside Han text are dropped; Latin words keep theirs', () => {
  assert.deepEqual(reflowLines(['标题', '认真 学习 贯彻党的二十大精神，用好 PDF 文件。']), ['标题', '认真学习贯彻党的二十大精神，用好 PDF 文件。']);
});

test('a phrase wrapped across source lines is one passage (so search finds it), and coverage checks the reflowed text', async () => {
  const source = ['2023年度民主生活会对照检查材料', '一、存在的突出问题', ...hardWrap(PROBLEM, 18), '二、产生问题的原因', ...hardWrap(CAUSE, 18)].join('\n');
  // 以会议落实会议 is cut by the wrap at 18 characters in the source.
  assert.ok(!source.split('\n').some((l) => l.includes('以会议落实会议')));
  const { encoding, cleaned } = await readSource('wrapped.txt', new TextEncoder().encode(source));
  const entry = buildEntry('00000000', { name: 'wrapped.txt', bytes: new TextEncoder().encode(source), encoding, cleaned });
  const passages = entry.sections.flatMap((s) => s.passages.map((p) => p.text));
  assert.deepEqual(passages, [PROBLEM, CAUSE]);
});

test('the seeds, written one paragraph a line, are left as they are', async () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    const { cleaned } = await readSource(seedName(prefix), seedBytes(prefix));
    const original = new TextDecoder()
      .decode(seedBytes(prefix))
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    // Only the spaces inside header keys (时  间) go; no line is joined or split.
    assert.equal(cleaned.lines.length, original.length, prefix);
  }
});
