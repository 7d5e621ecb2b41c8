/**
 * The parts of the site's Word files (.docx) and their 公文 styles: title, headings Heading 1–6
 * (Word's built-in styles, so the navigation pane and converters see them), body text with a
 * two-character first-line indent. Pure: the build writes each report's file with it
 * (report-docx.ts) and the browser the 素材篮 export (basket.ts).
 */
import { writeZip, type ZipCodec } from './zip.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** XML text: escaped, and without the control characters XML 1.0 cannot hold. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export interface ParagraphStyle {
  /** A style of STYLES: Title, Heading1 … Heading6 (none: body text, indented). */
  style?: string;
  /** No first-line indent (a list line such as a source). */
  flush?: boolean;
  /** Half-points. */
  size?: number;
}

export function paragraph(text: string, { style, flush, size }: ParagraphStyle = {}): string {
  const pPr =
    style || flush ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${flush ? '<w:ind w:firstLineChars="0" w:firstLine="0"/>' : ''}</w:pPr>` : '';
  const rPr = size ? `<w:rPr><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>` : '';
  return `<w:p>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;
}

/**
 * 公文 typography (GB/T 9704): title in 小标宋 二号 centred; 一、 headings 黑体, （一） headings 楷体, deeper
 * ones 仿宋 bold; body 仿宋 三号 with a two-character first-line indent; 28-point fixed line spacing.
 * The fonts are named as offices install them (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312); fontTable.xml
 * gives each the usual stand-in (仿宋, 楷体, 华文中宋) for machines without them.
 */
export const FONTS = { title: '方正小标宋简体', heading1: '黑体', heading2: '楷体_GB2312', body: '仿宋_GB2312' } as const;
const ALT_NAMES: Record<string, string> = { 方正小标宋简体: '华文中宋', 仿宋_GB2312: '仿宋', 楷体_GB2312: '楷体', 黑体: 'SimHei' };
/** 三号 and 二号 in half-points; 28 pt and two characters of 三号 in twentieths of a point. */
const SIZE_3 = 32;
const SIZE_2 = 44;
const LINE = 560;
const INDENT = 640;

const fonts = (name: string) => `<w:rFonts w:ascii="${name}" w:eastAsia="${name}" w:hAnsi="${name}" w:cs="${name}"/>`;
const indent = `<w:ind w:firstLineChars="200" w:firstLine="${INDENT}"/>`;
const headingStyle = (level: number) => {
  const font = level === 1 ? FONTS.heading1 : level === 2 ? FONTS.heading2 : FONTS.body;
  return `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr>${fonts(font)}${level > 2 ? '<w:b/>' : ''}</w:rPr></w:style>`;
};

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>${fonts(FONTS.body)}<w:sz w:val="${SIZE_3}"/><w:szCs w:val="${SIZE_3}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="${LINE}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr>${indent}</w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="${LINE}" w:line="${LINE + 100}" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr>${fonts(FONTS.title)}<w:sz w:val="${SIZE_2}"/><w:szCs w:val="${SIZE_2}"/></w:rPr></w:style>
${[1, 2, 3, 4, 5, 6].map(headingStyle).join('\n')}
</w:styles>`;

const FONT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="${W}">${Object.entries(ALT_NAMES)
  .map(
    ([name, alt]) =>
      `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="${name === '黑体' ? 'modern' : 'roman'}"/></w:font>`,
  )
  .join('')}</w:fonts>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/></Relationships>`;

/** A4, margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right (in twentieths of a point). */
const mm = (n: number) => Math.round((n * 1440) / 25.4);
const SECTION_PROPERTIES = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="${mm(37)}" w:right="${mm(26)}" w:bottom="${mm(35)}" w:left="${mm(28)}" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="${LINE}"/></w:sectPr>`;

/**
 * A .docx of these paragraphs (made with paragraph()), titled `title` in its properties, with the
 * page it came from (`source`) there too rather than in its text.
 */
export function docx(title: string, paragraphs: readonly string[], codec?: ZipCodec, source?: string): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${paragraphs.join('')}${SECTION_PROPERTIES}</w:body></w:document>`;
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xmlText(title)}</dc:title><dc:creator>对照</dc:creator>${source ? `<dc:source>${xmlText(source)}</dc:source>` : ''}</cp:coreProperties>`;
  const utf8 = (s: string) => new TextEncoder().encode(s);
  return writeZip(
    [
      { name: '[Content_Types].xml', data: utf8(CONTENT_TYPES) },
      { name: '_rels/.rels', data: utf8(ROOT_RELS) },
      { name: 'word/document.xml', data: utf8(document) },
      { name: 'word/_rels/document.xml.rels', data: utf8(DOCUMENT_RELS) },
      { name: 'word/styles.xml', data: utf8(STYLES) },
      { name: 'word/fontTable.xml', data: utf8(FONT_TABLE) },
      { name: 'docProps/core.xml', data: utf8(core) },
    ],
    codec,
  );
}
