/**
 * The library as passages: one record per passage with everything a browse or topic view
 * filters, groups or cites by. Pure and dependency-free, so the browse page's script uses it too.
 */
import {
  ASPECTS,
  DOC_TYPES,
  SECTION_KINDS,
  UNIT_TYPES,
  labelOf,
  prescribedItemOf,
  yearLabel,
  type FacetKey,
  type Term,
} from '../taxonomy.ts';
import type { ReportData } from '../entry/schema.ts';
import type { Filters } from './urls.ts';
import { metaOf, sectionTitle } from './report-view.ts';

export interface PassageRecord {
  reportId: string;
  reportTitle: string;
  year: number;
  unit: string;
  type: string;
  sectionId: string;
  sectionTitle: string;
  kind: string;
  aspects: string[];
  /** The year's prescribed item the section answers, as worded that year. */
  item?: string;
  passageId: string;
  /** Marked text (placeholders ⟦…⟧). */
  text: string;
}

export interface ReportLike {
  id: string;
  data: ReportData;
}

export function passageRecords(reports: readonly ReportLike[]): PassageRecord[] {
  return reports.flatMap(({ id, data }) =>
    data.body.flatMap((section) => {
      const meta = metaOf(data, section.id);
      const item = meta.item ? prescribedItemOf(data.year, meta.item)?.label : undefined;
      return section.passages.map((p) => ({
        reportId: id,
        reportTitle: data.title,
        year: data.year,
        unit: data.unit,
        type: data.docType,
        sectionId: section.id,
        sectionTitle: sectionTitle(section, meta),
        kind: meta.kind,
        aspects: meta.aspects,
        ...(item ? { item } : {}),
        passageId: p.id,
        text: p.text,
      }));
    }),
  );
}


/** The values a record has for a facet (aspects are several). */
export function valuesOf(record: PassageRecord, key: FacetKey): string[] {
  switch (key) {
    case 'aspect':
      return record.aspects;
    case 'year':
      return [String(record.year)];
    default:
      return [record[key]];
  }
}

export function matches(record: PassageRecord, filters: Filters): boolean {
  return Object.entries(filters).every(([key, value]) => !value || valuesOf(record, key as FacetKey).includes(value));
}

export function filterRecords(records: readonly PassageRecord[], filters: Filters): PassageRecord[] {
  return records.filter((r) => matches(r, filters));
}

/** value → number of records having it. */
export function countBy(records: readonly PassageRecord[], key: FacetKey): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) for (const v of valuesOf(r, key)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** The terms of a facet, in taxonomy order; years newest first, from the data. */
export function facetTerms(key: FacetKey, records: readonly PassageRecord[]): Term[] {
  switch (key) {
    case 'aspect':
      return [...ASPECTS];
    case 'unit':
      return [...UNIT_TYPES];
    case 'type':
      return [...DOC_TYPES];
    case 'kind':
      return [...SECTION_KINDS];
    case 'year':
      return [...new Set(records.map((r) => r.year))].sort((a, b) => b - a).map((y) => ({ slug: String(y), label: yearLabel(y) }));
  }
}

export function facetLabel(key: FacetKey, slug: string): string {
  if (key === 'year') return yearLabel(slug);
  return labelOf(facetTerms(key, []), slug);
}



export interface TopicGroup {
  kind: string;
  reports: { reportId: string; reportTitle: string; year: number; unit: string; type: string; passages: PassageRecord[] }[];
  count: number;
}

/** Passages grouped by section kind (taxonomy order), then by report (newest year first). */
export function groupByKindAndReport(records: readonly PassageRecord[]): TopicGroup[] {
  return SECTION_KINDS.map((kind) => {
    const ofKind = records.filter((r) => r.kind === kind.slug);
    const reportIds = [...new Set(ofKind.map((r) => r.reportId))];
    const reports = reportIds
      .map((reportId) => {
        const passages = ofKind.filter((r) => r.reportId === reportId);
        const { reportTitle, year, unit, type } = passages[0];
        return { reportId, reportTitle, year, unit, type, passages };
      })
      .sort((a, b) => b.year - a.year || a.reportTitle.localeCompare(b.reportTitle, 'zh-CN'));
    return { kind: kind.slug, reports, count: ofKind.length };
  }).filter((g) => g.count > 0);
}


/**
 * Counts for one facet's values under the other facets' filters (the count a reader
 * sees beside each option: how many passages choosing it would show).
 */
export function facetCounts(records: readonly PassageRecord[], filters: Filters, key: FacetKey): Map<string, number> {
  return countBy(filterRecords(records, { ...filters, [key]: undefined }), key);
}
