/**
 * The ingest fault suite's fixtures, generated: every kind of broken or hostile source the
 * library must survive, each with the outcome it must have (an entry holding exactly these
 * texts, or a failure with this message). Used by the unit suite (ingest) and the browser
 * suite (the same texts shown literally on the built pages).
 */
import iconv from 'iconv-lite';
import { buildDocx, level, paragraph } from './docx.ts';

export interface Fault {
  name: string;
  bytes: Uint8Array;
  /** Texts the report must show, each as one passage or heading, literally. */
  texts?: string[];
  /** Or: the ingest failure message (exact). */
  failure?: string;
  encoding?: string;
}

const TITLE = '2023年度专题民主生活会对照检查材料';
const BODY = ['一、存在的问题', '（一）理论学习方面。学习不够深入，以会议落实会议，“两个确立”认识不深。', '二、整改措施', '坚持问题导向，抓好整改落实。'];
const text = (lines: string[]) => `${lines.join('\n')}\n`;
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A .docx with a numbered list and a table (Word's own XML), built as Word would store it. */
function docxWithTableAndList(): Uint8Array {
  const cell = (t: string) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paragraph(t)}</w:tc>`;
  const body = [
    paragraph(TITLE),
    paragraph('一、存在的问题'),
    paragraph('学习不够深入的表现有：'),
    paragraph('理论学习时间不足', { numId: 1 }),
    paragraph('调查研究浮于表面', { numId: 1 }),
    `<w:tbl><w:tr>${cell('问题')}${cell('整改时限')}</w:tr><w:tr>${cell('学风不实')}${cell('长期坚持')}</w:tr></w:tbl>`,
    paragraph('二、整改措施'),
    paragraph('建立台账，逐项销号。'),
  ].join('');
  return buildDocx({
    body,
    numbering: `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
  });
}

/** About 5 MB: the body's paragraphs many times over, each numbered so that every one is distinct. */
function largeReport(): Uint8Array {
  const lines = [TITLE, '一、存在的问题'];
  for (let i = 1, bytes = 0; bytes < 5_000_000; i++) {
    lines.push(`第${i}条：${BODY[1]}${BODY[3]}`.repeat(3));
    bytes += utf8(lines[lines.length - 1]).length + 1;
  }
  return utf8(text(lines));
}

/** One line of 200,000 characters (a whole document pasted without line breaks, many times over). */
const LONG_LINE = Array.from({ length: 12_000 }, (_, i) => `第${i + 1}句：${BODY[3]}`)
  .join('')
  .slice(0, 200_000);

/** 1 → 一, 23 → 二十三 (up to 99). */
function chineseNumber(n: number): string {
  const digits = '〇一二三四五六七八九';
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? digits[tens] : ''}${tens > 0 ? '十' : ''}${n % 10 > 0 ? digits[n % 10] : ''}`;
}

/** 5,000 sections: 50 parts of 99 items each, every item with one short passage. */
function manySections(): Uint8Array {
  const lines = [TITLE];
  for (let part = 1; part <= 50; part++) {
    lines.push(`${chineseNumber(part)}、第${part}部分`);
    for (let item = 1; item <= 99; item++) lines.push(`（${chineseNumber(item)}）第${part}部分第${item}项`, `补充第${part}部分第${item}点意见。`);
  }
  return utf8(text(lines));
}

export function faults(): Fault[] {
  const good = text([TITLE, ...BODY]);
  const bodyTexts = ['学习不够深入，以会议落实会议，“两个确立”认识不深。', BODY[3]];
  const utf16 = (le: boolean) => {
    const b = iconv.encode(good, le ? 'utf16le' : 'utf16be');
    return Uint8Array.from([...(le ? [0xff, 0xfe] : [0xfe, 0xff]), ...b]);
  };
  const cut = utf8(good);
  return [
    { name: 'f01_empty.txt', bytes: new Uint8Array(), failure: 'empty: the file has no text' },
    { name: 'f02_whitespace.txt', bytes: utf8(' \n\t\n\u3000\u3000\n\n'), failure: 'empty: the file has no text' },
    {
      name: 'f03_binary.txt',
      bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256),
      failure: 'not text in any supported encoding (UTF-8, UTF-16 with BOM, GB18030): binary or corrupted content',
    },
    {
      name: 'f04_truncated-utf8.txt',
      bytes: cut.subarray(0, cut.length - 3),
      failure: 'truncated UTF-8: the file ends inside a character (cut off while copying?)',
    },
    { name: 'f05_gb18030.txt', bytes: iconv.encode(good, 'gb18030'), texts: bodyTexts, encoding: 'gb18030' },
    { name: 'f06_utf16le.txt', bytes: utf16(true), texts: bodyTexts, encoding: 'utf-16le' },
    { name: 'f07_utf16be.txt', bytes: utf16(false), texts: bodyTexts, encoding: 'utf-16be' },
    { name: 'f08_utf8-bom.txt', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(good)]), texts: bodyTexts, encoding: 'utf-8' },
    { name: 'f09_crlf.txt', bytes: utf8(good.replace(/\n/g, '\r\n')), texts: bodyTexts, encoding: 'utf-8' },
    { name: 'f10_large.txt', bytes: largeReport(), texts: [`第1条：${BODY[1]}${BODY[3]}`.repeat(3)] },
    { name: 'f10_long-line.txt', bytes: utf8(text([TITLE, '一、存在的问题', LONG_LINE])), texts: [LONG_LINE] },
    { name: 'f10_many-sections.txt', bytes: manySections(), texts: ['补充第1部分第1点意见。', '补充第50部分第99点意见。'] },
    {
      name: 'f11_no-structure.txt',
      bytes: utf8(text([TITLE, '这是一段没有任何标题的文字。', '第二段也没有标题。'])),
      texts: ['这是一段没有任何标题的文字。', '第二段也没有标题。'],
    },
    {
      name: 'f12_html.txt',
      bytes: utf8(
        text([TITLE, '一、问题', '<p>会上<script>alert(1)</script>指出<b>问题</b></p>', '<img src=x onerror=alert(1)>', '&lt;已转义&gt; &amp; 符号']),
      ),
      texts: ['<p>会上<script>alert(1)</script>指出<b>问题</b></p>', '<img src=x onerror=alert(1)>', '&lt;已转义&gt; &amp; 符号'],
    },
    {
      name: 'f13_mdx.txt',
      bytes: utf8(text([TITLE, '一、问题', '{props.x} 和 } 以及 <Component /> 还有 {', "import x from 'y'", 'export const a = 1;'])),
      texts: ['{props.x} 和 } 以及 <Component /> 还有 {', "import x from 'y'", 'export const a = 1;'],
    },
    {
      // A source's own Markdown heading marker (#) is markup and is dropped; every other mark stays as text.
      name: 'f14_markdown.txt',
      bytes: utf8(text([TITLE, '一、问题', '# 井号开头的一行', '* 星号开头', '| 竖线 | 表格 |', '> 引用开头', '---', '正文结束。'])),
      texts: ['井号开头的一行', '* 星号开头', '| 竖线 | 表格 |', '> 引用开头', '---', '正文结束。'],
    },
    {
      name: 'f15_table-and-list.docx',
      bytes: docxWithTableAndList(),
      texts: ['1.理论学习时间不足', '2.调查研究浮于表面', '学风不实', '长期坚持', '建立台账，逐项销号。'],
      encoding: 'docx',
    },
    { name: 'f16_corrupted.docx', bytes: docxWithTableAndList().subarray(0, 700), failure: 'not a readable .docx file' },
    { name: 'f17_same-title-a.txt', bytes: utf8(text([TITLE, '一、问题', '同名材料甲的正文。'])), texts: ['同名材料甲的正文。'] },
    { name: 'f18_same-title-b.txt', bytes: utf8(text([TITLE, '一、问题', '同名材料乙的正文。'])), texts: ['同名材料乙的正文。'] },
    { name: 'f19_unsupported.pdf', bytes: utf8('%PDF-1.4'), failure: 'unsupported file type (expected .txt, .md or .docx)' },
  ];
}
