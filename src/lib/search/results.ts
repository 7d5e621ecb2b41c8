/**
 * From candidate passage documents to what the search page shows: verified passages (exact
 * substring of every term), as browse records so filters and counts work as on /browse/,
 * grouped by report and ranked (section-title matches first, then passage order).
 */
import type { FacetValues } from '../facets.ts';
import type { PassageRecord } from '../view/library.ts';
import type { SearchDoc } from './records.ts';
import { matchRanges, matchesAll, normalizeText } from './tokens.ts';

export interface SearchHit extends PassageRecord {
  /** The section title contains a term too. */
  inHeading: boolean;
  /** Pagefind's rank of the report (0 = best). */
  reportRank: number;
}

export function verifyCandidates(docs: readonly SearchDoc[], terms: readonly string[]): SearchHit[] {
  return docs.flatMap((doc, reportRank) =>
    doc.sections.flatMap((section) => {
      const inHeading = terms.some((t) => normalizeText(section.s).includes(t));
      const sectionFacets = { ...doc.f, ...section.f };
      return section.p
        .filter(([, text]) => matchesAll(normalizeText(text), terms))
        .map(([passageId, text, own]) => ({
          reportId: doc.id,
          reportTitle: doc.title,
          sectionId: section.id,
          sectionTitle: section.s,
          passageId,
          text,
          facets: own ? { ...sectionFacets, ...own } : sectionFacets,
          inHeading,
          reportRank,
        }));
    }),
  );
}

export interface ReportGroup {
  reportId: string;
  reportTitle: string;
  facets: FacetValues;
  hits: SearchHit[];
}

/** Reports with heading matches first, then more matches, then Pagefind's order; hits likewise. */
export function groupHits(hits: readonly SearchHit[]): ReportGroup[] {
  const groups = new Map<string, ReportGroup>();
  for (const hit of hits) {
    const group = groups.get(hit.reportId) ?? { reportId: hit.reportId, reportTitle: hit.reportTitle, facets: hit.facets, hits: [] };
    group.hits.push(hit);
    groups.set(hit.reportId, group);
  }
  const headingHits = (g: ReportGroup) => g.hits.filter((h) => h.inHeading).length;
  for (const g of groups.values()) g.hits.sort((a, b) => Number(b.inHeading) - Number(a.inHeading));
  return [...groups.values()].sort((a, b) => headingHits(b) - headingHits(a) || b.hits.length - a.hits.length || a.hits[0].reportRank - b.hits[0].reportRank);
}

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** The passage around its first match, cut to about `width` characters. */
export function snippet(text: string, terms: readonly string[], width = 90): Snippet {
  const [start, end] = terms
    .map((t) => matchRanges(text, t)[0])
    .filter(Boolean)
    .sort((a, b) => a[0] - b[0])[0] ?? [0, 0];
  const room = Math.max(0, width - (end - start));
  const from = Math.max(0, start - Math.floor(room / 3));
  const to = Math.min(text.length, end + room - (start - from));
  return { before: (from > 0 ? '…' : '') + text.slice(from, start), match: text.slice(start, end), after: text.slice(end, to) + (to < text.length ? '…' : '') };
}
