/**
 * What the search index is built from: one Pagefind record per report (bigram content,
 * report-level filters) and one passage document per report that the browser verifies
 * candidates against and renders results from.
 */
import type { ReportEntry } from '../entry/schema.ts';
import { plainText } from '../entry/placeholders.ts';
import { sectionTitle } from '../view/report-view.ts';
import { INDEX_LANGUAGE, indexBigrams, pagefindTerms } from './tokens.ts';

/** A section of a passage document: what results show and filter on, its passages as [anchor, plain text]. */
export interface SearchSection {
  id: string;
  /** Section title as shown on the report page. */
  s: string;
  kind: string;
  aspects: string[];
  p: [id: string, text: string][];
}

/** Kept small: it is fetched per candidate report, so each field appears once. */
export interface SearchDoc {
  id: string;
  title: string;
  unit: string;
  year: number;
  type: string;
  sections: SearchSection[];
}

/** Where the search page fetches a candidate's passage document (named by Pagefind's result id). */
export function docPath(resultId: string): string {
  return `/search/docs/${resultId}.json`;
}

/** The corpus's most frequent bigrams (tokens.ts frequentBigrams), for choosing what to ask Pagefind. */
export const FREQUENT_BIGRAMS_PATH = '/search/frequent-bigrams.json';

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
    sections: entry.sections
      .filter((section) => section.passages.length > 0)
      .map((section) => {
        const m = meta.get(section.id)!;
        return { id: section.id, s: sectionTitle(section, m), kind: m.kind, aspects: m.aspects, p: section.passages.map((p) => [p.id, plainText(p.text)]) };
      }),
  };
}

/** Section titles are indexed too, so a phrase in a heading finds the section's passages' report. */
export function searchRecord(doc: SearchDoc): SearchRecord {
  const texts = [doc.title, ...doc.sections.flatMap((s) => [s.s, ...s.p.map(([, text]) => text)])];
  return {
    url: `/reports/${doc.id}/`,
    content: pagefindTerms(indexBigrams(texts)),
    language: INDEX_LANGUAGE,
    meta: { title: doc.title, report: doc.id },
    filters: {
      aspect: [...new Set(doc.sections.flatMap((s) => s.aspects))],
      unit: [doc.unit],
      year: [String(doc.year)],
      type: [doc.type],
    },
  };
}
