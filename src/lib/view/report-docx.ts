/**
 * A report as a Word document (.docx): title, meeting information, headings at their levels, passages
 * (styles and parts in docx.ts), compressed with Node's zlib at build time.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import type { ReportEntry } from '../entry/schema.ts';
import { plainText } from '../entry/placeholders.ts';
import { docx, paragraph } from './docx.ts';

/** The file name a download gets: the report's title, without the characters file systems refuse. */
export function docxFileName(title: string): string {
  const name = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${name || '材料'}.docx`;
}

/**
 * The document holds only the source's own words: its title, the minutes' header as written (each
 * field, 议程 with its items), each section's heading as the source has it (none where it has none:
 * no 前言, no speaker role the page adds) and its passages. The page's address is in the file's
 * properties, not its text.
 */
export function reportDocx({ frontmatter: report, sections }: ReportEntry, url: string): Uint8Array {
  const body: string[] = [paragraph(report.title, { style: 'Title' })];
  if (report.minutes) {
    const { fields, agenda } = report.minutes;
    const agendaAt = fields.findIndex((f) => f.key.includes('议程'));
    const agendaLines = agenda.map((a) => paragraph(plainText(a)));
    fields.forEach((f, i) => {
      body.push(paragraph(`${f.key}：${plainText(f.value)}`));
      if (i === agendaAt) body.push(...agendaLines);
    });
    if (agendaAt < 0) body.push(...agendaLines);
  }
  for (const section of sections) {
    const heading = plainText(section.heading).trim();
    if (heading) body.push(paragraph(heading, { style: `Heading${Math.min(section.level, 6)}` }));
    for (const passage of section.passages) body.push(paragraph(plainText(passage.text)));
  }
  return docx(report.title, body, { deflate: (data) => deflateRawSync(data), crc32: (data) => crc32(data) }, url);
}
