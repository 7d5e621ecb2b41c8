/** The collection, read once per build and shared by every page. */
import { getCollection } from 'astro:content';
import { passageRecords, type PassageRecord } from '../lib/view/library.ts';

let cached: Promise<{ reports: Awaited<ReturnType<typeof getCollection<'reports'>>>; records: PassageRecord[] }> | undefined;

export function library() {
  cached ??= getCollection('reports').then((reports) => {
    const sorted = reports.sort((a, b) => b.data.year - a.data.year || a.data.title.localeCompare(b.data.title, 'zh-CN'));
    return { reports: sorted, records: passageRecords(sorted) };
  });
  return cached;
}
