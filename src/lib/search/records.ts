/**
 * What the search index is built from: one Pagefind record per report (bigram content,
 * report-level filters) and one passage document per report that the browser verifies
 * candidates against and renders results from.
 */
import type { ReportEntry } from '../entry/schema.ts';
import { plainText } from '../entry/placeholders.ts';
import { FACETS, readPassageFacets, readReportFacets, type Facet, type FacetValues } from '../facets.ts';
import { metaOf, sectionTitle } from '../view/report-view.ts';
import { reportPath } from '../view/urls.ts';
import { INDEX_LANGUAGE, indexBigrams, pagefindTerms } from './tokens.ts';

/**
 * A passage: anchor, plain text, and its passage-scope facet values where they differ from
 * its section's (so a document stays small while passages may differ).
 */
export type SearchPassage = [id: string, text: string, facets?: FacetValues];

/** A section of a passage document: what results show and filter on. */
export interface SearchSection {
  id: string;
  /** Section title as shown on the report page. */
  s: string;
  /** Passage-scope facet values of its passages (unless a passage says otherwise). */
  f: FacetValues;
  p: SearchPassage[];
}

/** Kept small: it is fetched per candidate report, so each field appears once. */
export interface SearchDoc {
  id: string;
  title: string;
  /** Report-scope facet values. */
  f: FacetValues;
  sections: SearchSection[];
}

/** Site path of a candidate's passage document (named by Pagefind's result id). */
export function docPath(resultId: string): string {
  return `/search/docs/${resultId}.json`;
}

/** Site path of the corpus's most frequent bigrams (tokens.ts frequentBigrams), for choosing what to ask Pagefind. */
export const FREQUENT_BIGRAMS_PATH = '/search/frequent-bigrams.json';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function searchDoc({ id, frontmatter, sections }: ReportEntry, facets: readonly Facet[] = FACETS): SearchDoc {
  return {
    id,
    title: frontmatter.title,
    f: readReportFacets(frontmatter, facets),
    sections: sections
      .filter((section) => section.passages.length > 0)
      .map((section) => {
        const meta = metaOf(frontmatter, section.id);
        const values = section.passages.map((p) => readPassageFacets({ report: frontmatter, section: meta, id: p.id, text: p.text }, facets));
        const shared = JSON.stringify(values[0]);
        return {
          id: section.id,
          s: sectionTitle(section, meta),
          f: values[0],
          p: section.passages.map((p, i): SearchPassage =>
            JSON.stringify(values[i]) === shared ? [p.id, plainText(p.text)] : [p.id, plainText(p.text), values[i]],
          ),
        };
      }),
  };
}

/** Every facet's values over the whole document: the union of its passages'. */
function documentFacets(doc: SearchDoc): Record<string, string[]> {
  const all = new Map<string, Set<string>>();
  const add = (values: FacetValues) => {
    for (const [key, list] of Object.entries(values)) for (const v of list) (all.get(key) ?? all.set(key, new Set()).get(key)!).add(v);
  };
  add(doc.f);
  for (const section of doc.sections) {
    add(section.f);
    for (const [, , own] of section.p) if (own) add(own);
  }
  return Object.fromEntries([...all].map(([key, values]) => [key, [...values]]));
}

/** Section titles are indexed too, so a phrase in a heading finds the section's passages' report. */
export function searchRecord(doc: SearchDoc): SearchRecord {
  const texts = [doc.title, ...doc.sections.flatMap((s) => [s.s, ...s.p.map(([, text]) => text)])];
  return {
    url: reportPath(doc.id),
    content: pagefindTerms(indexBigrams(texts)),
    language: INDEX_LANGUAGE,
    meta: { title: doc.title, report: doc.id },
    filters: documentFacets(doc),
  };
}
