/**
 * The distinct-text store the search page answers from: every distinct text of the library
 * (title, minutes line, section heading, passage) stored once, with where it occurs. A phrase is
 * verified once per distinct text, and its matches are that text's occurrences, so the cost of a
 * common phrase follows the number of distinct texts holding it, not the number of reports.
 *
 * Files (records.ts gives their paths), all built here from the search documents:
 * - text chunks: consecutive distinct texts, ~CHUNK_CHARS characters each, with their simplified
 *   form (a traditional-character text) and the occurrence file listing where they occur;
 * - gram summaries: for every trigram (and bigram) of the texts, the chunks holding it, as a
 *   bitmask, split into GRAM_BUCKETS files by a hash of the gram; a query reads only its grams'
 *   files and fetches only the chunks holding all of them;
 * - occurrence files: per text, its occurrences (report number, section, passage, facet values);
 * - the facet table: every distinct combination of report-scope facet values, and of passage-scope
 *   ones, numbered (a match's values are one of each: two short tables, not their product);
 * - report tables: per REPORTS_PER_FILE reports (in index order, newest first) the id, title,
 *   section ids and headings and passage ids that a shown result needs.
 */
import type { FacetValues } from '../facets.ts';
import type { SearchDoc } from './records.ts';
import { indexBigrams, matchesAll, normalizeText, trigramBucket, trigramText, wordRuns, trigrams as runTrigrams, bigrams as runBigrams } from './tokens.ts';
import type { HitKind } from './results.ts';

/** Characters of text per chunk (at least): a chunk is fetched whole when it may hold the query. */
export const CHUNK_CHARS = 12_000;
/** Chunks at most: a larger library gets larger chunks, so that a gram's bitmask stays short. */
export const MAX_CHUNKS = 256;
/** Occurrences per occurrence file (a text with more gets a file of its own). */
export const OCCURRENCES_PER_FILE = 6_000;
/** Reports per report table file. */
export const REPORTS_PER_FILE = 50;
/** Gram summary files. */
export const GRAM_BUCKETS = 64;

/** Where a text occurs: section -1 is the title, -2 a minutes line (passage = line); passage -1 is the section's heading. */
export const TITLE_SECTION = -1;
export const MINUTES_SECTION = -2;
export const HEADING_PASSAGE = -1;

/** A text chunk: its first text's number; per text, [text, occurrence file, simplified form?]. */
export interface TextChunk {
  first: number;
  t: [text: string, file: number, simplified?: string][];
}

/**
 * An occurrence file: text number → its occurrences in columns (each compresses well on its own):
 * report numbers (each as the difference from the one before), sections, passages, passage-scope
 * facet combinations (FacetTable p). The report-scope ones are the report's (FacetTable reports).
 */
export type OccurrenceFile = Record<string, [reports: number[], sections: number[], passages: number[], facets: number[]]>;

/**
 * A report as a shown result needs it: id, title, and per section [id, heading, passage ids], the
 * ids as a count when they are the positional ones (s1-1-p1, s1-1-p2, …: passageIds).
 */
export type ReportRow = [id: string, title: string, sections: [id: string, heading: string, passages: string[] | number][]];

/** A section's passage ids in a report row: a count n stands for `<section>-p1` … `<section>-pn`. */
export function passageIds(sectionId: string, passages: string[] | number): string[] {
  return typeof passages === 'number' ? Array.from({ length: passages }, (_, i) => `${sectionId}-p${i + 1}`) : passages;
}

/** Numbers per occurrence while building: report, section, passage, passage-scope facet combination. */
const FIELDS = 4;

/**
 * Facet values by combination number: report-scope (r), passage-scope (p); a match has one of each,
 * its report's (`reports`: report number → r) and its own.
 */
export interface FacetTable {
  r: FacetValues[];
  p: FacetValues[];
  reports: number[];
}

/**
 * A gram summary file: gram → chunks holding it, as a hexadecimal bitmask (bit c = chunk c), or as
 * their numbers when that is shorter (a gram in few of many chunks).
 */
export type GramSummary = Readonly<Record<string, string | number[]>>;

function maskOf(value: string | number[] | undefined): bigint {
  if (value === undefined) return 0n;
  if (typeof value === 'string') return BigInt(`0x${value}`);
  return value.reduce((mask, c) => mask | (1n << BigInt(c)), 0n);
}

function encodeMask(mask: bigint): string | number[] {
  const hex = mask.toString(16);
  const chunks: number[] = [];
  for (let c = 0, m = mask; m > 0n; c++, m >>= 1n) if (m & 1n) chunks.push(c);
  return JSON.stringify(chunks).length < hex.length + 2 ? chunks : hex;
}

/** Which summary file a gram is in (the hash the trigram summaries use). */
export const gramBucket = (gram: string) => trigramBucket(gram) % GRAM_BUCKETS;

/**
 * The grams that select chunks for a run of a query: its trigrams, or (a run of two characters, or
 * of characters outside the BMP that trigrams skip) its bigrams.
 */
export function queryGrams(terms: readonly string[]): string[] {
  const grams = new Set<string>();
  for (const term of terms) {
    for (const run of wordRuns(term)) {
      if ([...run].length < 2) continue;
      const tri = runTrigrams(run);
      for (const g of tri.length > 0 ? tri : runBigrams(run)) grams.add(g);
    }
  }
  return [...grams];
}

/** The chunks whose bit is set for every gram; no grams: undefined (any chunk). A gram no summary has is in no chunk. */
export function chunksHolding(grams: readonly string[], summaries: readonly (GramSummary | undefined)[]): number[] | undefined {
  if (grams.length === 0) return undefined;
  let mask: bigint | undefined;
  for (const g of grams) {
    const bits = maskOf(summaries[gramBucket(g)]?.[g]);
    mask = mask === undefined ? bits : mask & bits;
  }
  const chunks: number[] = [];
  for (let c = 0; mask! > 0n; c++, mask! >>= 1n) if (mask! & 1n) chunks.push(c);
  return chunks;
}

/** What the store's files hold, built in memory. */
export interface StoreFiles {
  chunks: TextChunk[];
  summaries: GramSummary[];
  occurrences: OccurrenceFile[];
  facets: FacetTable;
  reports: ReportRow[][];
  /** Distinct texts and occurrences in all. */
  texts: number;
  occurrenceCount: number;
}

/** Collects the documents, in index order (report number = order added), then writes the files' contents. */
export class TextStoreBuilder {
  private readonly numbers = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly simplified: (string | undefined)[] = [];
  private readonly occurrences: number[][] = [];
  private readonly facetNumbers = { r: new Map<string, number>(), p: new Map<string, number>() };
  private readonly facets: FacetTable = { r: [], p: [], reports: [] };
  private readonly reports: ReportRow[] = [];

  private facetNumber(scope: 'r' | 'p', values: FacetValues): number {
    const key = JSON.stringify(values);
    let n = this.facetNumbers[scope].get(key);
    if (n === undefined) {
      n = this.facets[scope].push(values) - 1;
      this.facetNumbers[scope].set(key, n);
    }
    return n;
  }

  private occur(text: string, simplified: string | undefined, report: number, section: number, passage: number, facets: number) {
    let n = this.numbers.get(text);
    if (n === undefined) {
      n = this.texts.push(text) - 1;
      this.numbers.set(text, n);
      this.occurrences.push([]);
    }
    // A text is stored once: its simplified form is the same wherever it occurs (the first one given is kept).
    if (simplified !== undefined && this.simplified[n] === undefined) this.simplified[n] = simplified;
    this.occurrences[n].push(report, section, passage, facets);
  }

  /** Adds report number `report` (they must come in order, each once; any order of calls is fine). */
  add(report: number, doc: SearchDoc): void {
    const s = doc.simplified ?? {};
    this.facets.reports[report] = this.facetNumber('r', doc.f);
    const none = this.facetNumber('p', {});
    this.occur(doc.title, s.title, report, TITLE_SECTION, 0, none);
    (doc.m ?? []).forEach((line, i) => this.occur(line, s[`m${i}`], report, MINUTES_SECTION, i, none));
    const sections: ReportRow[2] = [];
    doc.sections.forEach((section, k) => {
      const own = this.facetNumber('p', section.f);
      this.occur(section.s, s[section.id], report, k, HEADING_PASSAGE, own);
      section.p.forEach(([id, text, values], i) => this.occur(text, s[id], report, k, i, values ? this.facetNumber('p', { ...section.f, ...values }) : own));
      const ids = section.p.map(([id]) => id);
      sections.push([section.id, section.s, ids.every((id, i) => id === `${section.id}-p${i + 1}`) ? ids.length : ids]);
    });
    this.reports[report] = [doc.id, doc.title, sections];
  }

  finish(): StoreFiles {
    // Text chunks, and the chunk of each text.
    const chunks: TextChunk[] = [];
    const chunkOf: number[] = [];
    let chars = Infinity;
    // Occurrence files: consecutive texts until a file holds enough occurrences.
    const occurrences: OccurrenceFile[] = [];
    let held = Infinity;
    let occurrenceCount = 0;
    const total = this.texts.reduce((n, text, i) => n + text.length + (this.simplified[i]?.length ?? 0), 0);
    const chunkChars = Math.max(CHUNK_CHARS, Math.ceil(total / MAX_CHUNKS));
    this.texts.forEach((text, n) => {
      const list = this.occurrences[n];
      const count = list.length / FIELDS;
      occurrenceCount += count;
      if (held + count > OCCURRENCES_PER_FILE && held > 0) {
        occurrences.push({});
        held = 0;
      }
      held += count;
      // Sorted by report, then as in the report; report numbers as differences (small numbers, short JSON).
      const at = (i: number, field: number) => list[FIELDS * i + field];
      const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => at(a, 0) - at(b, 0) || at(a, 1) - at(b, 1) || at(a, 2) - at(b, 2));
      const encoded: OccurrenceFile[string] = [[], [], [], []];
      let previous = 0;
      for (const i of order) {
        encoded[0].push(at(i, 0) - previous);
        for (const field of [1, 2, 3]) encoded[field].push(at(i, field));
        previous = at(i, 0);
      }
      occurrences[occurrences.length - 1][n] = encoded;
      if (chars >= chunkChars) {
        chunks.push({ first: n, t: [] });
        chars = 0;
      }
      const simplified = this.simplified[n];
      chunks[chunks.length - 1].t.push(simplified === undefined ? [text, occurrences.length - 1] : [text, occurrences.length - 1, simplified]);
      chunkOf[n] = chunks.length - 1;
      chars += text.length + (simplified?.length ?? 0);
    });
    // Gram summaries: for every gram, the chunks holding it.
    const masks = new Map<string, bigint>();
    chunks.forEach((chunk, c) => {
      const packed = new Set<number>();
      const texts = chunk.t.flatMap(([text, , simplified]) => (simplified === undefined ? [text] : [text, simplified]));
      const bit = 1n << BigInt(c);
      for (const bigram of indexBigrams(texts, packed)) masks.set(bigram, (masks.get(bigram) ?? 0n) | bit);
      for (const t of packed) {
        const gram = trigramText(t);
        masks.set(gram, (masks.get(gram) ?? 0n) | bit);
      }
    });
    const summaries = Array.from({ length: GRAM_BUCKETS }, () => ({}) as Record<string, string | number[]>);
    for (const [gram, mask] of masks) summaries[gramBucket(gram)][gram] = encodeMask(mask);
    const reports: ReportRow[][] = [];
    for (let at = 0; at < this.reports.length; at += REPORTS_PER_FILE) reports.push(this.reports.slice(at, at + REPORTS_PER_FILE));
    return { chunks, summaries, occurrences, facets: this.facets, reports, texts: this.texts.length, occurrenceCount };
  }
}

/** A distinct text holding every term: how often, and where its occurrences are listed. */
export interface MatchedText {
  number: number;
  text: string;
  /** Occurrences of the terms in the text. */
  occurrences: number;
  file: number;
}

const countIn = (normalized: string, term: string) => normalized.split(term).length - 1;

/** The texts of a chunk holding every term, as written or in their simplified form. */
export function matchChunk(chunk: TextChunk, terms: readonly string[]): MatchedText[] {
  const matched: MatchedText[] = [];
  chunk.t.forEach(([text, file, simplified], i) => {
    const normalized = [text, simplified]
      .filter((t) => t !== undefined)
      .map(normalizeText)
      .find((form) => matchesAll(form, terms));
    if (normalized === undefined) return;
    matched.push({ number: chunk.first + i, text, occurrences: terms.reduce((n, t) => n + (t ? countIn(normalized, t) : 0), 0), file });
  });
  return matched;
}

/** One match, before its report's row is read: enough to count, filter and order all matches. */
export interface Match {
  kind: HitKind;
  text: string;
  occurrences: number;
  /** Report number (index order: newest first), the order results are ranked in on ties. */
  reportRank: number;
  section: number;
  passage: number;
  /** Place in its report. */
  position: number;
  facets: FacetValues;
}

function kindOf(section: number, passage: number): HitKind {
  if (section === TITLE_SECTION) return 'title';
  if (section === MINUTES_SECTION) return 'minutes';
  return passage === HEADING_PASSAGE ? 'heading' : 'passage';
}

/** A matched text's occurrences as matches. */
export function expandMatches(text: MatchedText, file: OccurrenceFile, facets: FacetTable, merged = new Map<number, FacetValues>()): Match[] {
  const [reports, sections, passages, own] = file[text.number] ?? [[], [], [], []];
  const matches: Match[] = [];
  let report = 0;
  // One object per combination in use (a report's values, then its passage's, as a search document gives them).
  const valuesOf = (r: number, p: number) => {
    const key = r * facets.p.length + p;
    let values = merged.get(key);
    if (!values) merged.set(key, (values = { ...facets.r[r], ...facets.p[p] }));
    return values;
  };
  for (let i = 0; i < reports.length; i++) {
    report += reports[i];
    const [section, passage] = [sections[i], passages[i]];
    // Title first, then minutes lines, then each section's heading and passages.
    const position = section === TITLE_SECTION ? 0 : section === MINUTES_SECTION ? 1 + passage : 1_000_000 + section * 10_000 + passage + 1;
    matches.push({
      kind: kindOf(section, passage),
      text: text.text,
      occurrences: text.occurrences,
      reportRank: report,
      section,
      passage,
      position,
      facets: valuesOf(facets.reports[report], own[i]),
    });
  }
  return matches;
}
