/**
 * What the search index is built from: one Pagefind record per report (bigram content,
 * report-level filters) and one search document per report, from which the distinct-text store
 * (text-store.ts) the search page answers from is built.
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
  /** Minutes: the header fields (“时间：…”) and agenda lines, searched like passages. */
  m?: string[];
  /** Every section, those without passages too (their headings are searched). */
  sections: SearchSection[];
  /**
   * A traditional-character report's texts in simplified characters, where they differ, by
   * the key textKeys gives them (simplified.ts): a simplified query finds them too.
   */
  simplified?: Record<string, string>;
}

/** Title, minutes line, section heading or passage: what a text is keyed by in `simplified`. */
export const TITLE_KEY = 'title';
export const minutesKey = (line: number) => `m${line}`;
/** Headings are keyed by their section id, passages by their anchor (the two never coincide). */

/** Every searchable text of a document with its key, in document order. */
export function textKeys(doc: SearchDoc): [key: string, text: string][] {
  return [
    [TITLE_KEY, doc.title],
    ...(doc.m ?? []).map((line, i): [string, string] => [minutesKey(i), line]),
    ...doc.sections.flatMap((s): [string, string][] => [[s.id, s.s], ...s.p.map(([id, text]): [string, string] => [id, text])]),
  ];
}

/** Site paths of the distinct-text store's files (text-store.ts): gzipped JSON, unpacked by the page, or plain JSON. */
export const textChunkPath = (chunk: number) => `/search/texts/${chunk}.chunk`;
export const occurrencePath = (file: number) => `/search/occurrences/${file}.chunk`;
export const reportTablePath = (file: number) => `/search/reports/${file}.chunk`;
export const gramSummaryPath = (bucket: number) => `/search/grams/${bucket}.json`;
export const FACET_TABLE_PATH = '/search/facets.json';
/** The folders and files of search/ the index writes (the build moves them into dist/). */
export const STORE_PARTS = ['search/texts', 'search/occurrences', 'search/reports', 'search/grams', FACET_TABLE_PATH.slice(1)];

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The minutes' header fields and agenda as a reader sees them on the report page. */
function minutesLines({ minutes }: ReportEntry['frontmatter']): string[] {
  if (!minutes) return [];
  return [...minutes.fields.filter((f) => f.value !== '').map((f) => `${f.key}：${plainText(f.value)}`), ...minutes.agenda.map(plainText)];
}

export function searchDoc({ id, frontmatter, sections }: ReportEntry, facets: readonly Facet[] = FACETS): SearchDoc {
  const m = minutesLines(frontmatter);
  return {
    id,
    title: frontmatter.title,
    f: readReportFacets(frontmatter, facets),
    ...(m.length > 0 ? { m } : {}),
    sections: sections.map((section) => {
      const meta = metaOf(frontmatter, section.id);
      // A section's own values are its first passage's, or (no passage) what its metadata gives.
      const own = readPassageFacets({ report: frontmatter, section: meta, id: '', text: '' }, facets);
      const values = section.passages.map((p) => readPassageFacets({ report: frontmatter, section: meta, id: p.id, text: p.text }, facets));
      const shared = JSON.stringify(values[0] ?? own);
      return {
        id: section.id,
        s: sectionTitle(section, meta),
        f: values[0] ?? own,
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

/** Every text of a document that search matches: title, minutes lines, section titles, passages, and their simplified forms. */
export function docTexts(doc: SearchDoc): string[] {
  return [...textKeys(doc).map(([, text]) => text), ...Object.values(doc.simplified ?? {})];
}

/**
 * Titles, minutes lines and section titles are indexed like passages: search finds them too.
 * `trigramSink` collects the document's trigrams for its shard's summary (tokens.ts trigramText).
 */
export function searchRecord(doc: SearchDoc, trigramSink?: Set<number>): SearchRecord {
  const texts = docTexts(doc);
  return {
    url: reportPath(doc.id),
    content: pagefindTerms(indexBigrams(texts, trigramSink)),
    language: INDEX_LANGUAGE,
    meta: { title: doc.title, report: doc.id },
    filters: documentFacets(doc),
  };
}
