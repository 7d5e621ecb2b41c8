/** The reports, read once per build and shared by every page, with the views many pages share. */
import type { ReportData } from '../lib/entry/schema.ts';
import { browseCells } from '../lib/view/browse-cells.ts';
import { passageRecords, type PassageRecord } from '../lib/view/library.ts';
import { reportData, reportEntries } from './report-entries.ts';

type Reports = { id: string; data: ReportData }[];

let cached: Promise<{ reports: Reports; records: PassageRecord[] }> | undefined;

export function library() {
  cached ??= reportEntries().then((entries) => {
    const reports: Reports = entries.map((e) => ({ id: e.id, data: reportData(e) }));
    const sorted = reports.sort((a, b) => b.data.year - a.data.year || a.data.title.localeCompare(b.data.title, 'zh-CN') || (a.id < b.id ? -1 : 1));
    return { reports: sorted, records: passageRecords(sorted) };
  });
  return cached;
}

let cells: Promise<ReturnType<typeof browseCells>> | undefined;

/** The /browse/ manifest and chunk files, computed once for both endpoints. */
export function browseData() {
  cells ??= library().then(({ records }) => browseCells(records));
  return cells;
}
