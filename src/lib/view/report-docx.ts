/** A report as a Word document: title, meeting information, headings at their levels, passages. */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ReportData } from '../entry/schema.ts';
import { plainText } from '../entry/placeholders.ts';
import { metaOf, reportChips, sectionTitle } from './report-view.ts';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];

export async function reportDocx(report: ReportData, url: string): Promise<Uint8Array> {
  const paragraphs: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }),
    new Paragraph({ children: [new TextRun({ text: reportChips(report).map((c) => c.label).join(' · '), italics: true })] }),
    ...(report.meeting?.fields ?? []).filter((f) => f.value).map((f) => new Paragraph(`${f.key}：${plainText(f.value)}`)),
    ...(report.meeting?.agenda ?? []).map((a) => new Paragraph(plainText(a))),
  ];
  for (const section of report.body) {
    paragraphs.push(new Paragraph({ heading: HEADINGS[section.level - 1], children: [new TextRun(sectionTitle(section, metaOf(report, section.id)))] }));
    for (const passage of section.passages) paragraphs.push(new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun(plainText(passage.text))] }));
  }
  paragraphs.push(new Paragraph({ children: [new TextRun({ text: `来源：${url}`, size: 18 })] }));
  const doc = new Document({ creator: '对照', title: report.title, sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
