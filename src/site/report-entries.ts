/**
 * The report entries of <content>/reports, read once per build process (content config and pages
 * each read them; the search index reads them in its own process). They are not an Astro content
 * collection: its data store serialized every entry (devalue) and parsed it back for the pages,
 * which at 10,000 reports was the largest single cost of the build and a copy of the corpus in memory.
 * parseEntry validates each entry's frontmatter against the schema, naming file and field.
 */
import { join } from 'node:path';
import { contentDir } from '../lib/content-dir.ts';
import type { ReportData, ReportEntry } from '../lib/entry/schema.ts';
import { readEntries } from '../lib/ingest/ingest-content.ts';

let entries: Promise<ReportEntry[]> | undefined;

export function reportEntries(): Promise<ReportEntry[]> {
  entries ??= readEntries(join(contentDir(), 'reports')).then(({ entries, failures }) => {
    if (failures.length > 0) throw new Error(failures.map((f) => `${f.file}: ${f.message}`).join('\n'));
    return entries;
  });
  return entries;
}

/** What pages render of a report: its frontmatter and its sections as `body`. */
export function reportData(entry: ReportEntry): ReportData {
  return { ...entry.frontmatter, body: entry.sections };
}
