/**
 * Reading the report entries of a folder: each file parsed and validated (errors name the file
 * and the field), then the library-wide checks that no two entries claim one report or one URL.
 * Ingest and the site both read entries through here.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseEntry } from './format.ts';
import type { ReportEntry } from './schema.ts';

export interface EntryFailure {
  file: string;
  message: string;
}

/** An entry file that does not parse or validate: ingest leaves it as it is, for a person to fix. */
export interface BrokenEntry {
  file: string;
  id: string;
  /** The source it names, when that line can still be read. */
  source?: string;
}

export async function readEntries(reportsDir: string): Promise<{ entries: ReportEntry[]; failures: EntryFailure[]; broken: BrokenEntry[] }> {
  const entries: ReportEntry[] = [];
  const failures: EntryFailure[] = [];
  const broken: BrokenEntry[] = [];
  const names = (await readdir(reportsDir).catch(() => [] as string[])).filter((n) => n.endsWith('.md')).sort();
  const files = new Map<ReportEntry, string>();
  for (const name of names) {
    const file = join(reportsDir, name);
    const text = await readFile(file, 'utf8');
    try {
      const entry = parseEntry(text, file, name.slice(0, -3));
      entries.push(entry);
      files.set(entry, file);
    } catch (error) {
      failures.push({ file, message: (error as Error).message.replace(`${file}: `, '') });
      const source = /^source:\s*['"]?(.+?)['"]?\s*$/m.exec(text)?.[1];
      broken.push({ file, id: name.slice(0, -3), ...(source ? { source } : {}) });
    }
  }
  // One report, one id: ids that differ only in case share a URL on many file systems, and two
  // entries from one source are the same report twice (an entry file copied by hand).
  // A former id (a redirect) counts as an id: it must not be another report's URL.
  for (const [keys, what] of [
    [(e: ReportEntry) => [e.id, ...(e.frontmatter.formerIds ?? [])].map((id) => id.toLowerCase()), 'the same id'],
    [(e: ReportEntry) => [e.frontmatter.source], 'the same source'],
  ] as const) {
    const seen = new Map<string, ReportEntry>();
    for (const entry of entries) {
      for (const key of keys(entry)) {
        const first = seen.get(key);
        if (first && first !== entry)
          failures.push({ file: files.get(entry)!, message: `${files.get(first)} and ${files.get(entry)} have ${what} (${key}); remove one` });
        else seen.set(key, entry);
      }
    }
  }
  return { entries, failures, broken };
}
