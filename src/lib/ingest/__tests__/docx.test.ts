import { test } from 'node:test';
import assert from 'node:assert/strict';
import mammoth from 'mammoth';
import { chineseCounting, docxLines, formatNumber } from '../docx.ts';
import { buildEntry } from '../build-entry.ts';
import { readSource } from '../read-source.ts';
import { reportDocx } from '../../view/report-docx.ts';
import { buildDocx, numberedReportDocx, paragraph } from '../../../../tests/support/docx.ts';

const docx = numberedReportDocx();

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
