/**
 * The library as passages: one record per passage with its facet values and what a topic or
 * browse view groups or cites by. Pure and dependency-free, so the browse page's script uses it too.
 */
import { FACETS, facetLabel, readPassageFacets, readReportFacets, valueOf, type Facet, type FacetValues } from '../facets.ts';
import type { ReportEntry } from '../entry/schema.ts';
import { newestYearFirst, prescribedItemOf, SECTION_KINDS } from '../taxonomy.ts';
import { metaOf, sectionTitle, shortTitle } from './report-view.ts';
import { anchorPages, pieces, reportPages, type PageSection } from './report-pages.ts';

export interface PassageRecord {
  reportId: string;
  reportTitle: string;
  sectionId: string;
  sectionTitle: string;
  /** The year's prescribed item the section answers, as worded that year. */
  item?: string;
  passageId: string;
  /** The report page the passage is on, when not the first (a report too long for one page: report-pages.ts). */
  page?: number;
  /** Marked text (placeholders ⟦…⟧). */
  text: string;
  /** `text` is the opening of a longer passage (listings show at most LISTING_CHARS). */
  cut?: true;
  /** Values per facet key (see facets.ts). */
  facets: FacetValues;
}

/** Characters of a passage that listings (topic, facet and browse pages) show; the full text is on the report page. */
export const LISTING_CHARS = 1_000;

/** The record as listings show it: a passage longer than LISTING_CHARS is cut (never inside a placeholder). */
export function listed<T extends PassageRecord>(record: T): T {
  if (record.text.length <= LISTING_CHARS) return record;
  return { ...record, text: pieces(record.text, LISTING_CHARS)[0], cut: true };
}

export function passageRecords(
  reports: readonly ReportEntry[],
  facets: readonly Facet[] = FACETS,
  pagesOf: (report: ReportEntry) => PageSection[][] = (r) => reportPages(r.sections),
): PassageRecord[] {
  return reports.flatMap((report) => {
    const { id, frontmatter, sections } = report;
    // Report-scope values are read once and shared by every passage of the report.
    const reportValues = readReportFacets(frontmatter, facets);
    const onPage = anchorPages(pagesOf(report));
    return sections.flatMap((section) => {
      const meta = metaOf(frontmatter, section.id);
      const item = meta.item ? prescribedItemOf(frontmatter.year, meta.item)?.label : undefined;
      const title = sectionTitle(section, meta);
      return section.passages.map((p) => ({
        reportId: id,
        reportTitle: frontmatter.title,
        sectionId: section.id,
        sectionTitle: title,
        ...(item ? { item } : {}),
        passageId: p.id,
        ...(onPage[p.id] ? { page: onPage[p.id] } : {}),
        text: p.text,
        facets: { ...reportValues, ...readPassageFacets({ report: frontmatter, section: meta, id: p.id, text: p.text }, facets) },
      }));
    });
  });
}

/** The passage's part (存在问题 / 原因剖析 / 整改措施 …), as cards show it: problem, cause and measure apart. */
export function partLabel(facets: FacetValues): string {
  const kind = valueOf(facets, 'kind');
  // A title or a heading found by search is no passage: it has no part.
  return kind ? facetLabel('kind', kind) : '';
}

/** Where a passage is from, as cards and citations name it: [单位类型, 年度]. */
export function sourceParts(facets: FacetValues): string[] {
  return [facetLabel('unit', valueOf(facets, 'unit')), facetLabel('year', valueOf(facets, 'year'))];
}

/** A passage card's first line: [report · 单位类型 · 年度 ·] section title [· 规定方面：item]. */
export function cardFrom(record: PassageRecord, showSource = true): string {
  return [
    ...(showSource ? [record.reportTitle, ...sourceParts(record.facets)] : []),
    shortTitle(record.sectionTitle),
    ...(record.item ? [`规定方面：${record.item}`] : []),
  ].join(' · ');
}

/** "标题（单位类型，年度）": what 复制并注明出处 writes under a passage. */
export function citation(reportTitle: string, facets: FacetValues): string {
  return `${reportTitle}（${sourceParts(facets).join('，')}）`;
}

export interface TopicGroup {
  kind: string;
  reports: { reportId: string; reportTitle: string; facets: FacetValues; passages: PassageRecord[] }[];
  count: number;
}

const KIND_ORDER = new Map<string, number>(SECTION_KINDS.map((k, i) => [k.slug, i]));

const kindRank = (r: PassageRecord) => KIND_ORDER.get(valueOf(r.facets, 'kind')) ?? KIND_ORDER.size;

/**
 * Topic order: section kind (taxonomy order), then report (newest year first, 年度不详 last, then title), then
 * passage order. Stable, so a report keeps its place among the others when one is added.
 */
export function topicOrder<T extends PassageRecord>(records: readonly T[]): T[] {
  const position = new Map(records.map((r, i) => [r, i]));
  return [...records].sort(
    (a, b) =>
      kindRank(a) - kindRank(b) ||
      newestYearFirst(valueOf(a.facets, 'year'), valueOf(b.facets, 'year')) ||
      a.reportTitle.localeCompare(b.reportTitle, 'zh-CN') ||
      (a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0) ||
      position.get(a)! - position.get(b)!,
  );
}

/** Passages grouped by section kind, then by report, in topic order. */
export function groupByKindAndReport(records: readonly PassageRecord[]): TopicGroup[] {
  const groups: TopicGroup[] = [];
  for (const record of topicOrder(records)) {
    const kind = valueOf(record.facets, 'kind');
    let group = groups.at(-1);
    if (group?.kind !== kind) groups.push((group = { kind, reports: [], count: 0 }));
    let report = group.reports.at(-1);
    if (report?.reportId !== record.reportId) {
      const { reportId, reportTitle, facets } = record;
      group.reports.push((report = { reportId, reportTitle, facets, passages: [] }));
    }
    report.passages.push(record);
    group.count++;
  }
  return groups;
}

/** A passage card's data-* attributes: each facet's values under its URL key (`data-aspect="theory style"`). */
export function facetData(values: FacetValues, facets: readonly Facet[] = FACETS): Record<string, string> {
  return Object.fromEntries(facets.filter((f) => values[f.key]).map((f) => [f.param, values[f.key].join(' ')]));
}
