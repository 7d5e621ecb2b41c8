/**
 * The 对照 view of one aspect: per report (newest first, the library's order), its passages on the
 * aspect as problem, cause and measure side by side, so a drafter sees how each report carries one
 * 方面 from 问题 through 原因 to 整改措施.
 */
import { reportFacets, valueOf, type FacetValues } from '../facets.ts';
import { filterRecords } from './filters.ts';
import { listed, type PassageRecord } from './library.ts';
import { paginate, type PageLimits } from './paginate.ts';

/**
 * Reports one aspect's 对照 view lists at most, newest first. A drafter compares the recent ones;
 * every passage stays on the aspect's topic pages. Without a bound, a library of 10,000 reports
 * would carry a second copy of its topic pages (≈ 8,000 pages, ≈ 500 MB), past the build budget.
 */
export const COMPARE_REPORTS = 200;

/** The three parts of a 对照检查材料 the view sets side by side, in the order they are written. */
export const COMPARE_KINDS = ['problems', 'causes', 'measures'] as const;
export type CompareKind = (typeof COMPARE_KINDS)[number];

export interface CompareRow {
  reportId: string;
  reportTitle: string;
  /** The report's report-scope facet values (year, unit type, document type …). */
  facets: FacetValues;
  cells: Record<CompareKind, PassageRecord[]>;
  /** A part of a report's row after the first (a row too large for one page is cut: comparePages). */
  continued?: true;
}

/**
 * One row per report with a problem, cause or measure passage on the aspect, in the order the
 * records come (the library lists reports newest first), each cell in passage order.
 */
export function compareRows(records: readonly PassageRecord[], aspect: string): CompareRow[] {
  const rows = new Map<string, CompareRow>();
  for (const record of filterRecords(records, { aspect })) {
    const kind = valueOf(record.facets, 'kind') as CompareKind;
    if (!COMPARE_KINDS.includes(kind)) continue;
    let row = rows.get(record.reportId);
    if (!row) {
      row = {
        reportId: record.reportId,
        reportTitle: record.reportTitle,
        facets: Object.fromEntries(reportFacets().map((f) => [f.key, record.facets[f.key] ?? []])),
        cells: { problems: [], causes: [], measures: [] },
      };
      rows.set(record.reportId, row);
    }
    row.cells[kind].push(record);
  }
  return [...rows.values()];
}

/** Characters a row shows (its passages as listings cut them): what pages are cut by. */
export function rowSize(row: CompareRow): number {
  return COMPARE_KINDS.reduce((n, kind) => n + row.cells[kind].reduce((m, r) => m + listed(r).text.length, 0), 0);
}

/** Passages a row holds. */
export function rowCount(row: CompareRow): number {
  return COMPARE_KINDS.reduce((n, kind) => n + row.cells[kind].length, 0);
}

/**
 * The rows cut into pages within `limits` (passages and characters, as topic pages). A row too large
 * for a page by itself (a report with thousands of passages on the aspect) is cut into parts, in
 * the order 问题, 原因, 措施, each part after the first marked continued.
 */
export function comparePages(rows: readonly CompareRow[], limits: PageLimits): CompareRow[][] {
  const parts = rows.flatMap((row) => {
    if (rowCount(row) <= limits.items && rowSize(row) <= limits.chars) return [row];
    const passages = COMPARE_KINDS.flatMap((kind) => row.cells[kind].map((record) => ({ kind, record })));
    return paginate(passages, (p) => listed(p.record).text.length, limits).map((piece, i) => {
      const cells: CompareRow['cells'] = { problems: [], causes: [], measures: [] };
      for (const { kind, record } of piece) cells[kind].push(record);
      return { ...row, cells, ...(i > 0 ? { continued: true as const } : {}) };
    });
  });
  return paginate(parts, rowSize, limits, rowCount);
}
