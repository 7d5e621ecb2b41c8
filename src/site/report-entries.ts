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

/**
 * One read per process and folder. On globalThis, not in a module variable: Astro loads this
 * module twice in one build (for the content config and for the pages), and each copy read and
 * parsed every entry. (So `npm run dev` sees a new ingest after a restart.)
 */
const reads: Map<string, Promise<ReportEntry[]>> = ((globalThis as Record<symbol, unknown>)[Symbol.for('duizhao.reportEntries')] ??= new Map());

export function reportEntries(): Promise<ReportEntry[]> {
  const dir = join(contentDir(), 'reports');
  let read = reads.get(dir);
  if (!read) {
    read = readEntries(dir).then(({ entries, failures }) => {
      if (failures.length > 0) throw new Error(failures.map((f) => `${f.file}: ${f.message}`).join('\n'));
      return entries;
    });
    reads.set(dir, read);
  }
  return read;
}

/** What pages render of a report: its frontmatter and its sections as `body`. */
export function reportData(entry: ReportEntry): ReportData {
  return { ...entry.frontmatter, body: entry.sections };
}
