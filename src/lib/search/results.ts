/**
 * From candidate passage documents to what the search page shows: verified hits (exact
 * substring of every term) in titles, minutes lines, section headings and passages, as browse
 * records so filters and counts work as on /browse/, in relevance or year order.
 */
import { valueOf } from '../facets.ts';
import type { PassageRecord } from '../view/library.ts';
import { passagePath, reportPath } from '../view/urls.ts';
import { minutesKey, TITLE_KEY, type SearchDoc } from './records.ts';
import { matchesAll, normalizeText } from './tokens.ts';

/** Where a hit is: the report's title, a minutes header line, a section heading or a passage. */
export type HitKind = 'title' | 'minutes' | 'heading' | 'passage';

export interface SearchHit extends PassageRecord {
  kind: HitKind;
  /** Occurrences of the terms in the text. */
  occurrences: number;
  /** The report's place in the order candidates were checked (0 = first). */
  reportRank: number;
  /** The hit's place in its report. */
  position: number;
}

const count = (normalized: string, term: string) => normalized.split(term).length - 1;

/**
 * Every title, minutes line, heading and passage of the documents that contains every term, as
 * written or (a traditional-character report) in its simplified form.
 */
export function verifyDocs(docs: readonly SearchDoc[], terms: readonly string[]): SearchHit[] {
  return docs.flatMap((doc, reportRank) => {
    const hits: SearchHit[] = [];
    const add = (kind: HitKind, key: string, text: string, at: Omit<PassageRecord, 'reportId' | 'reportTitle' | 'text'>) => {
      const forms = [text, doc.simplified?.[key]].filter((t) => t !== undefined).map(normalizeText);
      const normalized = forms.find((form) => matchesAll(form, terms));
      if (normalized === undefined) return;
      const occurrences = terms.reduce((n, t) => n + (t ? count(normalized, t) : 0), 0);
      hits.push({ reportId: doc.id, reportTitle: doc.title, text, ...at, kind, occurrences, reportRank, position: hits.length });
    };
    add('title', TITLE_KEY, doc.title, { sectionId: '', sectionTitle: '标题', passageId: '', facets: doc.f });
    (doc.m ?? []).forEach((line, i) => add('minutes', minutesKey(i), line, { sectionId: '', sectionTitle: '会议信息', passageId: '', facets: doc.f }));
    for (const section of doc.sections) {
      const sectionFacets = { ...doc.f, ...section.f };
      add('heading', section.id, section.s, { sectionId: section.id, sectionTitle: section.s, passageId: section.id, facets: sectionFacets });
      for (const [passageId, text, own] of section.p) {
        add('passage', passageId, text, {
          sectionId: section.id,
          sectionTitle: section.s,
          passageId,
          facets: own ? { ...sectionFacets, ...own } : sectionFacets,
        });
      }
    }
    return hits;
  });
}

/** The passages among verifyDocs' hits. */
export function verifyCandidates(docs: readonly SearchDoc[], terms: readonly string[]): SearchHit[] {
  return verifyDocs(docs, terms).filter((h) => h.kind === 'passage');
}

/** A hit's link: the section anchor for a heading, the report for its title or minutes, else the passage. */
export function hitPath(hit: SearchHit): string {
  return hit.kind === 'title' || hit.kind === 'minutes' ? reportPath(hit.reportId) : passagePath(hit);
}

export type SortOrder = 'relevance' | 'year';

const KIND_RANK: Record<HitKind, number> = { title: 0, heading: 1, passage: 2, minutes: 2 };

/**
 * Relevance: titles, then headings, then passages and minutes lines with more occurrences of the
 * terms, then those where the terms are a larger part of the text; ties keep the order checked.
 */
/** What ordering needs of a hit (matches not yet resolved to their report have it too). */
export type Rankable = Pick<SearchHit, 'kind' | 'occurrences' | 'text' | 'reportRank' | 'position' | 'facets'>;

function byRelevance(a: Rankable, b: Rankable): number {
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    b.occurrences - a.occurrences ||
    a.text.length - b.text.length ||
    a.reportRank - b.reportRank ||
    a.position - b.position
  );
}

const yearOf = (hit: Rankable) => Number(valueOf(hit.facets, 'year'));

/** Hits in an order, over all of them. Year: newest first, then as in the report, report by report. */
export function sortHits<T extends Rankable>(hits: readonly T[], order: SortOrder): T[] {
  const byYear = (a: T, b: T) => yearOf(b) - yearOf(a) || a.reportRank - b.reportRank || a.position - b.position;
  return [...hits].sort(order === 'year' ? byYear : byRelevance);
}
