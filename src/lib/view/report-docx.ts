/**
 * A report as a Word document (.docx): title, meeting information, headings at their levels, passages
 * (styles and parts in docx.ts), compressed with Node's zlib at build time.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import type { ReportEntry } from '../entry/schema.ts';
import { plainText } from '../entry/placeholders.ts';
import { docx, paragraph } from './docx.ts';
import { metaOf, reportChips, sectionTitle } from './report-view.ts';

export function reportDocx({ frontmatter: report, sections }: ReportEntry, url: string): Uint8Array {
  const body: string[] = [
    paragraph(report.title, { style: 'Title' }),
    paragraph(
      reportChips(report)
        .map((c) => c.label)
        .join(' · '),
      { italic: true },
    ),
    ...(report.minutes?.fields ?? []).filter((f) => f.value).map((f) => paragraph(`${f.key}：${plainText(f.value)}`)),
    ...(report.minutes?.agenda ?? []).map((a) => paragraph(plainText(a))),
  ];
  for (const section of sections) {
    body.push(paragraph(sectionTitle(section, metaOf(report, section.id)), { style: `Heading${Math.min(section.level, 6)}` }));
    for (const passage of section.passages) body.push(paragraph(plainText(passage.text), { indent: true }));
  }
  body.push(paragraph(`来源：${url}`, { size: 18 }));
  return docx(report.title, body, { deflate: (data) => deflateRawSync(data), crc32: (data) => crc32(data) });
}
