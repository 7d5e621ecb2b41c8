/** The reports, read once per build and shared by every page, with the views many pages share. */
import type { ReportEntry } from '../lib/entry/schema.ts';
import { browseCells, readManifest } from '../lib/view/browse-cells.ts';
import { passageRecords, type PassageRecord } from '../lib/view/library.ts';
import { reportPages, type PageSection } from '../lib/view/report-pages.ts';
import { newestYearFirst } from '../lib/taxonomy.ts';
import { reportEntries } from './report-entries.ts';

let cached: Promise<{ reports: ReportEntry[]; retired: ReportEntry[]; records: PassageRecord[]; pages: Map<string, PageSection[][]> }> | undefined;

/**
 * The published reports, newest year first, then by title, and every passage as a record; and
 * the retired ones (tombstones: their pages say the report was withdrawn, nothing lists them); each
 * report's pages (report-pages.ts), split once for its page routes, its anchors file and its records.
 */
export function library() {
  cached ??= reportEntries().then((entries) => {
    const sorted = [...entries].sort(
      (a, b) =>
        newestYearFirst(a.frontmatter.year, b.frontmatter.year) || a.frontmatter.title.localeCompare(b.frontmatter.title, 'zh-CN') || (a.id < b.id ? -1 : 1),
    );
    const reports = sorted.filter((e) => e.frontmatter.status !== 'retired');
    const pages = new Map(reports.map((r) => [r.id, reportPages(r.sections)]));
    return {
      reports,
      retired: sorted.filter((e) => e.frontmatter.status === 'retired'),
      records: passageRecords(reports, undefined, (r) => pages.get(r.id)!),
      pages,
    };
  });
  return cached;
}

let cells: Promise<ReturnType<typeof browseCells> & ReturnType<typeof readManifest>> | undefined;

/** The /browse/ manifest (as stored, and read back into cells) and chunk files, computed once for the endpoints and the page. */
export function browseData() {
  cells ??= library().then(({ records }) => {
    const data = browseCells(records);
    return { ...data, ...readManifest(data.manifest) };
  });
  return cells;
}

let topics: Promise<Set<string>> | undefined;

/** The aspects that have a topic page (some passage carries them): a section's aspect chip links there only then. */
export function topicAspects(): Promise<Set<string>> {
  topics ??= library().then(({ records }) => new Set(records.flatMap((r) => r.facets.aspect ?? [])));
  return topics;
}
