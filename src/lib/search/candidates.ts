/**
 * From a query plan to every matching title, minutes line, heading and passage, over the
 * distinct-text store (text-store.ts): the gram summaries name the text chunks that may hold the
 * query, each of those chunks is fetched and its texts verified, and every matching text's
 * occurrences are read from its occurrence file. The answer is always complete: its cost follows
 * the distinct texts holding the query's grams, never the number of reports. The store comes
 * through TextIndex, so this runs (and is tested) in Node as well as in the browser.
 */
import type { SearchHit } from './results.ts';
import type { QueryPlan } from './tokens.ts';
import {
  chunksHolding,
  expandMatches,
  gramBucket,
  HEADING_PASSAGE,
  matchChunk,
  MINUTES_SECTION,
  passageIds,
  queryGrams,
  REPORTS_PER_FILE,
  TITLE_SECTION,
  type FacetTable,
  type GramSummary,
  type Match,
  type MatchedText,
  type OccurrenceFile,
  type ReportRow,
  type TextChunk,
} from './text-store.ts';

export interface TextIndex {
  /** A gram summary file (undefined: none, so none of its grams is in the library). */
  summary(bucket: number): Promise<GramSummary | undefined>;
  chunk(c: number): Promise<TextChunk>;
  occurrences(file: number): Promise<OccurrenceFile>;
  /** The facet table: a match's facet values by number. */
  facets(): Promise<FacetTable>;
  /** Report table file `file` (reports file × REPORTS_PER_FILE onwards). */
  reports(file: number): Promise<ReportRow[]>;
}

/** The distinct texts holding every term of the plan: summaries, then the chunks they name. */
export async function matchingTexts(index: TextIndex, plan: QueryPlan): Promise<MatchedText[]> {
  const grams = queryGrams(plan.terms);
  const buckets = [...new Set(grams.map(gramBucket))];
  const summaries: (GramSummary | undefined)[] = [];
  await Promise.all(buckets.map(async (b) => (summaries[b] = await index.summary(b))));
  // A plan always has a run of two characters, so grams; without any, no chunk is selected.
  const chunks = chunksHolding(grams, summaries) ?? [];
  const texts = await Promise.all(chunks.map(async (c) => matchChunk(await index.chunk(c), plan.terms)));
  return texts.flat();
}

export interface LibrarySearch {
  /** Every match (unordered), complete. */
  matches: Match[];
  /** Distinct texts among them. */
  texts: number;
}

export async function searchLibrary(index: TextIndex, plan: QueryPlan): Promise<LibrarySearch> {
  const texts = await matchingTexts(index, plan);
  const files = [...new Set(texts.map((t) => t.file))];
  const [facets, ...lists] = await Promise.all([index.facets(), ...files.map((f) => index.occurrences(f))]);
  const byFile = new Map(files.map((f, i) => [f, lists[i]]));
  const merged = new Map();
  return { matches: texts.flatMap((t) => expandMatches(t, byFile.get(t.file)!, facets, merged)), texts: texts.length };
}

/** Matches as results to show: their report's id and title, their section's id and heading, their passage's id. */
export async function resolveMatches(index: TextIndex, matches: readonly Match[]): Promise<SearchHit[]> {
  const files = [...new Set(matches.map((m) => Math.floor(m.reportRank / REPORTS_PER_FILE)))];
  const tables = new Map(await Promise.all(files.map(async (f) => [f, await index.reports(f)] as const)));
  return matches.map(({ section, passage, ...m }) => {
    const [reportId, reportTitle, sections] = tables.get(Math.floor(m.reportRank / REPORTS_PER_FILE))![m.reportRank % REPORTS_PER_FILE];
    const at = { reportId, reportTitle, ...m };
    if (section === TITLE_SECTION) return { ...at, sectionId: '', sectionTitle: '标题', passageId: '' };
    if (section === MINUTES_SECTION) return { ...at, sectionId: '', sectionTitle: '会议信息', passageId: '' };
    const [sectionId, sectionTitle, passages] = sections[section];
    return { ...at, sectionId, sectionTitle, passageId: passage === HEADING_PASSAGE ? sectionId : passageIds(sectionId, passages)[passage] };
  });
}
