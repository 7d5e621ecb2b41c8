import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseEntry } from '../../entry/format.ts';
import { plainText } from '../../entry/placeholders.ts';
import { OBFUSCATIONS } from '../../ingest/clean.ts';
import { docxFileName, reportDocx } from '../report-docx.ts';

const CONTENT = join(import.meta.dirname, '../../../../content');
const read = (id: string) => parseEntry(readFileSync(join(CONTENT, 'reports', `${id}.md`), 'utf8'), `${id}.md`, id);
const entry = read('ab94ce7e');
const report = entry.frontmatter;
const ids = readdirSync(join(CONTENT, 'reports')).map((n) => n.slice(0, -3));

/** The source as ingest reads it: paywall markers out, pinyin obfuscations (dangshi) back to Han (the table of them). */
function sourceText(name: string): string {
  let text = readFileSync(join(CONTENT, 'sources', name), 'utf8').replace(/##paid(begin|end)##/gi, '');
  for (const [pinyin, han] of OBFUSCATIONS) text = text.replace(new RegExp(pinyin, 'gi'), han);
  return text;
}

/** Text without any whitespace (the source pads 时  间, 书　记 …). */
const squeeze = (s: string) => s.replace(/\s+/gu, '');

test('a report as .docx: Word reads back the title, headings at their levels and every passage', async () => {
  const buffer = Buffer.from(reportDocx(entry, 'https://example.org/reports/ab94ce7e/'));
  const { value: html, messages } = await mammoth.convertToHtml({ buffer });
  assert.deepEqual(
    messages.filter((m) => m.type === 'error'),
    [],
  );
  assert.match(html, /<h1>一、/);
  assert.match(html, /<h2>（一）理论学习方面/);
  const { value: text } = await mammoth.extractRawText({ buffer });
  assert.ok(text.startsWith(report.title));
  for (const passage of entry.sections.flatMap((s) => s.passages)) assert.ok(text.includes(plainText(passage.text)), passage.id);
  assert.deepEqual(reportDocx(entry, 'x'), reportDocx(entry, 'x'), 'the same report always gives the same bytes');
});

test('every paragraph of every seed’s .docx is text its source has (no added labels, links or metadata)', async () => {
  for (const id of ids) {
    const e = read(id);
    const source = squeeze(sourceText(e.frontmatter.source));
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(reportDocx(e, 'https://example.org/x/')) });
    const paragraphs = value.split('\n').filter((p) => p.trim());
    assert.ok(paragraphs.length > 20, id);
    const absent = paragraphs.filter((p) => !source.includes(squeeze(p)));
    assert.deepEqual(absent, [], `${id}: paragraphs not in ${e.frontmatter.source}`);
  }
});

test('minutes keep their header, 议程 and its items, in the source’s order', async () => {
  const minutes = read('6f51a37c');
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(reportDocx(minutes, 'x')) });
  const lines = value.split('\n').filter((p) => p.trim());
  assert.deepEqual(lines.slice(0, 16), [
    '党史学习教育专题民主生活会',
    '时间：2022年×月×日14:00—20:00',
    '地点：二楼小会议室',
    '出席人：书　记、副书记、成员Ａ、成员Ｂ、成员Ｃ、成员Ｄ、成员Ｅ、成员Ｆ、成员Ｇ',
    '缺席人：无',
    '列席人：领　导（纪委书记、监委主任）、×（纪委干部）、×（组织部干部）',
    '主持人：书　记',
    '记录人：党办主任',
    '议程：',
    '①×同志代表×党委班子通报2020年度民主生活会和×集中学习研讨查摆突出问题专项整改落实情况以及本次专题民主生活会征求意见情况。',
    '②×同志代表班子作对照检查。',
    '③×党委班子成员逐一进行对照检查，作自我批评，其他成员对其提出批评意见。',
    '④×同志作点评讲话。',
    '⑤×同志代表班子作总结表态发言。',
    '内容：',
    '书　记：',
  ]);
});

test('公文 styles: fonts, 三号 body, 28-point lines, A4 with 37/35/28/26 mm margins', async () => {
  const zip = await JSZip.loadAsync(reportDocx(entry, 'x'));
  const styles = await zip.file('word/styles.xml')!.async('string');
  const style = (id: string) => styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`))![0];
  assert.match(style('Title'), /w:eastAsia="方正小标宋简体"/);
  assert.match(style('Title'), /<w:sz w:val="44"\/>/, '二号');
  assert.match(style('Heading1'), /w:eastAsia="黑体"/);
  assert.match(style('Heading2'), /w:eastAsia="楷体_GB2312"/);
  assert.match(styles, /<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="仿宋_GB2312"/);
  assert.match(styles, /<w:rPrDefault>.*<w:sz w:val="32"\/>/, '三号 = 16 pt');
  assert.match(styles, /<w:spacing [^>]*w:line="560" w:lineRule="exact"/, '28 pt');
  assert.match(style('Normal'), /<w:ind w:firstLineChars="200"/);
  const fonts = await zip.file('word/fontTable.xml')!.async('string');
  assert.match(fonts, /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
  const document = await zip.file('word/document.xml')!.async('string');
  // 1 mm = 1440 / 25.4 twentieths of a point.
  assert.match(document, /<w:pgSz w:w="11906" w:h="16838"\/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
});

test('the download is named by the title, without characters a file system refuses', () => {
  assert.equal(docxFileName('党史学习教育专题民主生活会'), '党史学习教育专题民主生活会.docx');
  assert.equal(docxFileName('关于“a/b:c”的材料?'), '关于“a b c”的材料.docx');
  assert.equal(docxFileName('  '), '材料.docx');
});

test('markup and control characters in the text stay text in the document', async () => {
  const hostile = '<script>alert(1)</script> & "引号" {x} \u0007铃';
  const sections = [{ ...entry.sections[0], passages: [{ id: 's1-p1', text: hostile }] }];
  const buffer = Buffer.from(reportDocx({ ...entry, frontmatter: { ...report, title: '<b>标题</b>' }, sections }, 'x'));
  const { value } = await mammoth.extractRawText({ buffer });
  assert.ok(value.includes('<b>标题</b>'));
  assert.ok(value.includes('<script>alert(1)</script> & "引号" {x} 铃'));
});
