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


/** What filtering reads: a passage record, or a browse cell standing for many passages. */
export type Faceted = Pick<PassageRecord, 'aspects' | 'year' | 'unit' | 'type' | 'kind'>;

/** The values a record has for a facet (aspects are several). */
export function valuesOf(record: Faceted, key: FacetKey): string[] {
  switch (key) {
    case 'aspect':
      return record.aspects;
    case 'year':
      return [String(record.year)];
    default:
      return [record[key]];
  }
}

export function matches(record: Faceted, filters: Filters): boolean {
  return Object.entries(filters).every(([key, value]) => !value || valuesOf(record, key as FacetKey).includes(value));
}

export function filterRecords<T extends Faceted>(records: readonly T[], filters: Filters): T[] {
  return records.filter((r) => matches(r, filters));
}

/** value → number of records having it (or the sum of their weights: a browse cell weighs its passage count). */
export function countBy<T extends Faceted>(records: readonly T[], key: FacetKey, weight: (record: T) => number = () => 1): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) for (const v of valuesOf(r, key)) counts.set(v, (counts.get(v) ?? 0) + weight(r));
  return counts;
}

/** The terms of a facet, in taxonomy order; years newest first, from the data. */
export function facetTerms(key: FacetKey, records: readonly Faceted[]): Term[] {
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

const KIND_ORDER = new Map(SECTION_KINDS.map((k, i) => [k.slug, i]));

/**
 * Topic order: section kind (taxonomy order), then report (newest year first, then title), then
 * passage order. Stable, so a report keeps its place among the others when one is added.
 */
export function topicOrder<T extends PassageRecord>(records: readonly T[]): T[] {
  const position = new Map(records.map((r, i) => [r, i]));
  return [...records].sort(
    (a, b) =>
      KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
      b.year - a.year ||
      a.reportTitle.localeCompare(b.reportTitle, 'zh-CN') ||
      (a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0) ||
      position.get(a)! - position.get(b)!,
  );
}

/** Passages grouped by section kind, then by report, in topic order. */
export function groupByKindAndReport(records: readonly PassageRecord[]): TopicGroup[] {
  const groups: TopicGroup[] = [];
  for (const record of topicOrder(records)) {
    let group = groups.at(-1);
    if (group?.kind !== record.kind) groups.push((group = { kind: record.kind, reports: [], count: 0 }));
    let report = group.reports.at(-1);
    if (report?.reportId !== record.reportId) {
      const { reportId, reportTitle, year, unit, type } = record;
      group.reports.push((report = { reportId, reportTitle, year, unit, type, passages: [] }));
    }
    report.passages.push(record);
    group.count++;
  }
  return groups;
}

/**
 * Counts for one facet's values under the other facets' filters (the count a reader
 * sees beside each option: how many passages choosing it would show).
 */
export function facetCounts<T extends Faceted>(records: readonly T[], filters: Filters, key: FacetKey, weight?: (record: T) => number): Map<string, number> {
  return countBy(filterRecords(records, { ...filters, [key]: undefined }), key, weight);
}
