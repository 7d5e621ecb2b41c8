/**
 * The report entries of <content>/reports, read once per build process (content config and pages
 * each read them; the search index reads them in its own process). They are not an Astro content
 * collection: its data store serialized every entry (devalue) and parsed it back for the pages,
 * which at 10,000 reports was the largest single cost of the build and a copy of the corpus in memory.
 * readEntries validates each entry's frontmatter against the schema, naming file and field.
 */
import { join } from 'node:path';
import { readEntries } from '../lib/entry/read.ts';
import type { ReportEntry } from '../lib/entry/schema.ts';
import { settings } from '../lib/settings.ts';

const KEY = Symbol.for('duizhao.reportEntries');

/**
 * One read per process and folder. On globalThis, not in a module variable: Astro loads this
 * module twice in one build (for the content config and for the pages), and each copy read and
 * parsed every entry. (So `npm run dev` sees a new ingest after a restart.)
 */
const reads = ((globalThis as { [KEY]?: Map<string, Promise<ReportEntry[]>> })[KEY] ??= new Map());

export function reportEntries(): Promise<ReportEntry[]> {
  const dir = join(settings.content, 'reports');
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
