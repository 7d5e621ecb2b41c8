/**
 * What the search index is built from: one Pagefind record per report (bigram content,
 * report-level filters) and one passage document per report that the browser verifies
 * candidates against and renders results from.
 */
import type { ReportEntry } from '../entry/schema.ts';
import { plainText } from '../entry/placeholders.ts';
import { sectionTitle } from '../view/report-view.ts';
import { indexContent } from './tokens.ts';

export interface SearchPassage {
  /** Passage anchor. */
  id: string;
  /** Section title as shown on the report page. */
  s: string;
  kind: string;
  aspects: string[];
  /** Plain text. */
  t: string;
}

export interface SearchDoc {
  id: string;
  title: string;
  unit: string;
  year: number;
  type: string;
  passages: SearchPassage[];
}

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function searchDoc(entry: ReportEntry): SearchDoc {
  const meta = new Map(entry.frontmatter.sections.map((s) => [s.id, s]));
  return {
    id: entry.id,
    title: entry.frontmatter.title,
    unit: entry.frontmatter.unit,
    year: entry.frontmatter.year,
    type: entry.frontmatter.docType,
    passages: entry.sections.flatMap((section) => {
      const m = meta.get(section.id)!;
      const title = sectionTitle(section, m);
      return section.passages.map((p) => ({ id: p.id, s: title, kind: m.kind, aspects: m.aspects, t: plainText(p.text) }));
    }),
  };
}

/** Section titles are indexed too, so a phrase in a heading finds the section's passages' report. */
export function searchRecord(doc: SearchDoc): SearchRecord {
  const texts = [doc.title, ...[...new Set(doc.passages.map((p) => p.s))], ...doc.passages.map((p) => p.t)];
  return {
    url: `/reports/${doc.id}/`,
    content: indexContent(texts),
    language: 'en',
    meta: { title: doc.title, report: doc.id },
    filters: {
      aspect: [...new Set(doc.passages.flatMap((p) => p.aspects))],
      unit: [doc.unit],
      year: [String(doc.year)],
      type: [doc.type],
    },
  };
}
