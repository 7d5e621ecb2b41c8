import { test } from 'node:test';
import assert from 'node:assert/strict';
import mammoth from 'mammoth';
import { chineseCounting, docxLines, formatNumber } from '../docx.ts';
import { buildEntry } from '../build-entry.ts';
import { readSource } from '../read-source.ts';
import { reportDocx } from '../../view/report-docx.ts';
import { buildDocx, level, paragraph } from '../../../../tests/support/docx.ts';

// Word's way: 标题 1 / 标题 2 styles carry a two-level list (一、 and （一）), body items a decimal
// list 1. whose second instance restarts at 1 (重新开始编号); none of the numbers is typed text.
const styles = [
  `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`,
  `<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>`,
].join('');
const numbering = [
  `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}</w:abstractNum>`,
  `<w:abstractNum w:abstractNumId="1">${level(0, 'decimal', '%1.')}</w:abstractNum>`,
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
  `<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`,
  `<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
].join('');
const body = [
  paragraph('2023年度专题民主生活会领导班子对照检查材料'),
  paragraph('存在的主要问题', { style: '1' }),
  paragraph('理论学习方面', { style: '2' }),
  paragraph('学习不够系统深入，以会议落实会议。'),
  paragraph('工作作风方面', { style: '2' }),
  paragraph('调查研究不够深入。', { numId: 2 }),
  paragraph('联系服务群众不够。', { numId: 2 }),
  paragraph('产生问题的原因', { style: '1' }),
  paragraph('理想信念有所松懈', { style: '2' }),
  paragraph('放松了理论学习。', { numId: 3 }),
  paragraph('宗旨意识不够牢固', { style: '2' }),
  paragraph('服务意识有所淡化。'),
].join('');
const docx = buildDocx({ body, numbering, styles });

test('Chinese counting as Word writes it', () => {
  assert.deepEqual([1, 9, 10, 11, 20, 21, 99, 100, 105, 110].map(chineseCounting), [
    '一',
    '九',
    '十',
    '十一',
    '二十',
    '二十一',
    '九十九',
    '一百',
    '一百〇五',
    '一百一十',
  ]);
  assert.equal(formatNumber(3, 'decimalEnclosedCircle'), '③');
  assert.equal(formatNumber(2, 'ideographTraditional'), '乙');
  assert.equal(formatNumber(12, 'decimal'), '12');
});

test('a .docx: heading styles with automatic two-level numbering read as Word displays them, restarting per part', async () => {
  assert.deepEqual(await docxLines(docx), [
    '2023年度专题民主生活会领导班子对照检查材料',
    '一、存在的主要问题',
    '（一）理论学习方面',
    '学习不够系统深入，以会议落实会议。',
    '（二）工作作风方面',
    '1.调查研究不够深入。',
    '2.联系服务群众不够。',
    '二、产生问题的原因',
    '（一）理想信念有所松懈',
    '1.放松了理论学习。',
    '（二）宗旨意识不够牢固',
    '服务意识有所淡化。',
  ]);
});

test('the numbered .docx becomes parts and items on the page, in the TOC and in the Word export', async () => {
  const { encoding, cleaned } = await readSource('styled.docx', docx);
  const entry = buildEntry('00000000', { name: 'styled.docx', bytes: docx, encoding, cleaned });
  assert.deepEqual(
    entry.sections.map((s) => [s.level, s.heading]),
    [
      [1, '一、存在的主要问题'],
      [2, '（一）理论学习方面'],
      [2, '（二）工作作风方面'],
      [1, '二、产生问题的原因'],
      [2, '（一）理想信念有所松懈'],
      [2, '（二）宗旨意识不够牢固'],
    ],
  );
  // The 1. 2. items nothing elaborates are numbered passages of their item.
  assert.deepEqual(
    entry.sections[2].passages.map((p) => p.text),
    ['1.调查研究不够深入。', '2.联系服务群众不够。'],
  );
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(reportDocx(entry, 'x')) });
  assert.match(html, /<h1>一、存在的主要问题<\/h1>/);
  assert.match(html, /<h2>（二）宗旨意识不够牢固<\/h2>/);
});

test('a paragraph outside any list, and one whose list is missing, is its text alone', async () => {
  const lines = await docxLines(buildDocx({ body: paragraph('没有编号的段落。') + paragraph('编号定义缺失。', { numId: 9 }) }));
  assert.deepEqual(lines, ['没有编号的段落。', '编号定义缺失。']);
});
