/**
 * One ingest run over a content folder: sources/ → reports/. Writes only what changed,
 * never touches an entry whose source failed, and reports every failure by file name.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeEntry } from '../entry/format.ts';
import { readEntries } from '../entry/read.ts';
import type { ReportEntry } from '../entry/schema.ts';
import { sha256, withFormerIds } from './build-entry.ts';
import type { SourceJob } from './entry-from-source.ts';
import { isSourceFile } from './read-source.ts';
import { entriesFromSources } from './source-workers.ts';
import { assignReportId } from './report-id.ts';

export interface IngestResult {
  entries: number;
  /** Entry files written (or, without write, that would be). */
  changed: string[];
  /** Entry files whose source is gone. */
  removed: string[];
  failures: { file: string; message: string }[];
  /** Sources that ingested but need a person's look (a 年度 the text does not state). */
  warnings: { file: string; message: string }[];
  log: string[];
}

export async function ingestContent(dir: string, { write }: { write: boolean }): Promise<IngestResult> {
  const sourcesDir = join(dir, 'sources');
  const reportsDir = join(dir, 'reports');
  const result: IngestResult = { entries: 0, changed: [], removed: [], failures: [], warnings: [], log: [] };
  const existing = await readEntries(reportsDir);
  result.failures.push(...existing.failures);
  const names = (await readdir(sourcesDir)).filter((n) => !n.startsWith('.')).sort();
  const present = new Set(names);
  const taken = new Set(existing.entries.map((e) => e.id));
  const known = existing.entries.map((e) => ({ id: e.id, source: e.frontmatter.source, sourceSha256: e.frontmatter.sourceSha256 }));
  const kept = new Set<string>();
  /** Entries this run created under a new id: a removed report of the same title may have become one. */
  const created = new Map<string, { entry: ReportEntry; target: string }>();
  if (write) await mkdir(reportsDir, { recursive: true });

  // Ids are assigned in name order (each depends on those taken before); the rest of the work is
  // per source and runs in parallel (source-workers.ts); outcomes are handled in name order again.
  const previousById = new Map(existing.entries.map((e) => [e.id, e]));
  /** Per source in name order: its job, or why it has none. */
  const slots: (SourceJob | { file: string; message: string })[] = [];
  for (const name of names) {
    const file = join(sourcesDir, name);
    if (!isSourceFile(name)) {
      slots.push({ file, message: 'unsupported file type (expected .txt, .md or .docx)' });
      continue;
    }
    try {
      const id = assignReportId(name, sha256(await readFile(file)), known, present, taken);
      taken.add(id);
      kept.add(id);
      slots.push({ file, name, id, previous: previousById.get(id) });
    } catch (error) {
      slots.push({ file, message: (error as Error).message });
    }
  }
  const outcomes = await entriesFromSources(slots.filter((slot): slot is SourceJob => 'id' in slot));
  let next = 0;
  for (const slot of slots) {
    if (!('id' in slot)) {
      result.failures.push(slot);
      continue;
    }
    const outcome = outcomes[next++];
    if ('error' in outcome) {
      result.failures.push({ file: slot.file, message: outcome.error });
      continue;
    }
    const target = join(reportsDir, `${slot.id}.md`);
    if (outcome.entry.frontmatter.year === null) {
      result.warnings.push({ file: slot.file, message: `names no 年度: published as 年度不详; set "year:" in ${target}` });
    }
    if (!slot.previous) created.set(slot.id, { entry: outcome.entry, target });
    result.entries++;
    if ((await readFile(target, 'utf8').catch(() => undefined)) !== outcome.text) {
      result.changed.push(target);
      if (write) await writeFile(target, outcome.text);
    }
  }

  for (const entry of existing.entries) {
    // An entry whose source is still there but failed to ingest stays as it was.
    if (kept.has(entry.id) || present.has(entry.frontmatter.source)) continue;
    const target = join(reportsDir, `${entry.id}.md`);
    result.removed.push(target);
    result.log.push(`source ${entry.frontmatter.source} is gone: ${write ? 'removed' : 'would remove'} ${target}`);
    if (write) await rm(target);
    // Its source was replaced by an edited copy under another name: the same report, a new id.
    // The old id is kept on the new entry, so links to it redirect.
    const successor = [...created.values()].find((c) => c.entry.frontmatter.title === entry.frontmatter.title);
    if (successor) {
      successor.entry.frontmatter = withFormerIds(successor.entry.frontmatter, [...(entry.frontmatter.formerIds ?? []), entry.id]);
      result.log.push(`${entry.id} is now ${successor.entry.id}: /reports/${entry.id}/ redirects there`);
      if (write) await writeFile(successor.target, serializeEntry(successor.entry));
    }
  }
  return result;
}
