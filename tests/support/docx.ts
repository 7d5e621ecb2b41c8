/** .docx files built in tests, stored as Word stores them: document, numbering and styles parts in a zip. */
import { writeZip } from '../../src/lib/view/zip.ts';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const utf8 = (s: string) => new TextEncoder().encode(s);
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** A paragraph: its text, a style (pStyle) and a list (numId, level) when given. */
export function paragraph(text: string, { style, numId, ilvl = 0 }: { style?: string; numId?: number; ilvl?: number } = {}): string {
  const pPr = [
    style ? `<w:pStyle w:val="${style}"/>` : '',
    numId !== undefined ? `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>` : '',
  ].join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** One list level: <w:lvl> with its start, number format and text ("（%2）"). */
export function level(ilvl: number, numFmt: string, lvlText: string, start = 1): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${lvlText}"/><w:suff w:val="nothing"/></w:lvl>`;
}

export function buildDocx({ body, numbering = '', styles = '' }: { body: string; numbering?: string; styles?: string }): Uint8Array {
  const parts = [
    { name: 'word/document.xml', data: `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`, type: 'document.main+xml', rel: '' },
    ...(numbering
      ? [{ name: 'word/numbering.xml', data: `<w:numbering xmlns:w="${W}">${numbering}</w:numbering>`, type: 'numbering+xml', rel: 'numbering' }]
      : []),
    ...(styles ? [{ name: 'word/styles.xml', data: `<w:styles xmlns:w="${W}">${styles}</w:styles>`, type: 'styles+xml', rel: 'styles' }] : []),
  ];
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  return writeZip([
    {
      name: '[Content_Types].xml',
      data: utf8(
        `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${parts.map((p) => `<Override PartName="/${p.name}" ContentType="${TYPE}.${p.type}"/>`).join('')}</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: utf8(
        `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
    },
    {
      name: 'word/_rels/document.xml.rels',
      data: utf8(
        `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts
          .filter((p) => p.rel)
          .map((p, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${p.rel}" Target="${p.name.slice('word/'.length)}"/>`)
          .join('')}</Relationships>`,
      ),
    },
    ...parts.map((p) => ({ name: p.name, data: utf8(`${xml}${p.data}`) })),
  ]);
}

/**
 * A report as Word writes one: 标题 1 / 标题 2 styles carry a two-level list (一、 and （一）), body
 * items a decimal list 1. whose second instance restarts at 1 (重新开始编号); no number is typed text.
 */
export function numberedReportDocx(): Uint8Array {
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
  return buildDocx({ body, numbering, styles });
}
