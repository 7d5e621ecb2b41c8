/**
 * One ingest run over a content folder: sources/ → reports/. What a person wrote is never lost:
 * entries are written atomically and only when they change; an entry that does not parse is left
 * untouched (and so is its source's turn) until a person fixes it; a report whose source is gone
 * becomes a tombstone at its URL (or, replaced by an edited copy, a redirect to its successor,
 * which inherits the person's metadata and anchors); a reviewed or edited report is never retired
 * without --prune, and a run that would retire every report refuses. Every failure names its file.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { plainText } from '../entry/placeholders.ts';
import { serializeEntry } from '../entry/format.ts';
import { readEntries } from '../entry/read.ts';
import type { ReportEntry } from '../entry/schema.ts';
import { isHumanOwned, sha256, withFormerIds } from './build-entry.ts';
import { entryFromSource, type SourceJob } from './entry-from-source.ts';
import { similarity } from './identity.ts';
import { listSources } from './list-sources.ts';
import { assignReportId, type KnownEntry } from './report-id.ts';
import { entriesFromSources } from './source-workers.ts';
import { removeStaleTemps, writeAtomic } from './write-atomic.ts';

export interface IngestResult {
  /** Published reports ingested. */
  entries: number;
  /** Entry files written (or, without write, that would be). */
  changed: string[];
  /** Entries turned into tombstones because their source is gone. */
  retired: string[];
  /** Entry files removed: replaced by a successor that redirects their id. */
  removed: string[];
  failures: { file: string; message: string }[];
  /** Skipped files, duplicates, kept entries, redirects: one line each. */
  log: string[];
}

export interface IngestOptions {
  write: boolean;
  /** Retire entries a person edited or reviewed whose source is gone, and allow retiring every entry. */
  prune?: boolean;
}

/** Share of text (character-bigram similarity) from which a new report of the same title is the removed one's successor. */
const SUCCESSOR_SIMILARITY = 0.6;

function reportText(entry: ReportEntry): string {
  return entry.sections.flatMap((s) => [s.heading, ...s.passages.map((p) => p.text)].map(plainText)).join('');
}

export async function ingestContent(dir: string, { write, prune = false }: IngestOptions): Promise<IngestResult> {
  const sourcesDir = join(dir, 'sources');
  const reportsDir = join(dir, 'reports');
  const result: IngestResult = { entries: 0, changed: [], retired: [], removed: [], failures: [], log: [] };
  const listing = await listSources(sourcesDir);
  for (const { file, note } of listing.skipped) result.log.push(`${file}: ${note}`);
  if (write) {
    await mkdir(reportsDir, { recursive: true });
    for (const name of await removeStaleTemps(reportsDir)) result.log.push(`${join(reportsDir, name)}: removed (left by an interrupted run)`);
  }
  const existing = await readEntries(reportsDir);
  result.failures.push(...existing.failures);
  const writeIfChanged = async (target: string, text: string) => {
    if ((await readFile(target, 'utf8').catch(() => undefined)) === text) return;
    result.changed.push(target);
    if (write) await writeAtomic(target, text);
  };

  const names = listing.names;
  const present = new Set(names);
  const brokenIds = new Set(existing.broken.map((b) => b.id));
  // A broken entry still claims its source (when the line naming it can be read) and its id.
  const known: KnownEntry[] = [
    ...existing.entries.map((e) => ({ id: e.id, source: e.frontmatter.source, sourceSha256: e.frontmatter.sourceSha256 })),
    ...existing.broken.flatMap((b) => (b.source ? [{ id: b.id, source: b.source, sourceSha256: '' }] : [])),
  ];
  const unclaimedBroken = existing.broken.filter((b) => !b.source);
  const taken = new Set([...existing.entries.map((e) => e.id), ...brokenIds]);
  const previousById = new Map(existing.entries.map((e) => [e.id, e]));
  const kept = new Set<string>();
  /** Entries this run created under a new id: a removed report may have become one. */
  const created: { entry: ReportEntry; job: SourceJob }[] = [];

  // Ids are assigned in name order (each depends on those taken before); the rest of the work is
  // per source and runs in parallel (source-workers.ts); outcomes are handled in name order again.
  const jobs: SourceJob[] = [];
  const digests = new Map<string, string>();
  for (const file of listing.unsupported) result.failures.push({ file, message: 'unsupported file type (expected .txt, .md or .docx)' });
  for (const name of names) {
    const file = join(sourcesDir, name);
    const digest = sha256(await readFile(file));
    const original = digests.get(digest);
    const byName = known.some((e) => e.source === name);
    if (original && !byName) {
      result.log.push(`${file}: the same bytes as ${join(sourcesDir, original)}, which is ingested: not ingested twice (remove one)`);
      continue;
    }
    digests.set(digest, digests.get(digest) ?? name);
    const id = assignReportId(name, digest, known, present, taken);
    if (!taken.has(id) && unclaimedBroken.length > 0) {
      result.failures.push({ file, message: `not ingested: ${unclaimedBroken[0].file} is invalid and may be this source's entry; fix it first` });
      continue;
    }
    taken.add(id);
    kept.add(id);
    if (brokenIds.has(id)) {
      const broken = existing.broken.find((b) => b.id === id)!;
      result.failures.push({ file, message: `not ingested: its entry ${broken.file} is invalid and is left as it is; fix it (see above), then ingest again` });
      continue;
    }
    jobs.push({ file, name, id, previous: previousById.get(id) });
  }

  const outcomes = await entriesFromSources(jobs);
  for (const [at, job] of jobs.entries()) {
    const outcome = outcomes[at];
    if ('error' in outcome) {
      result.failures.push({ file: job.file, message: outcome.error });
      continue;
    }
    if (!job.previous) created.push({ entry: outcome.entry, job });
    result.entries++;
    await writeIfChanged(join(reportsDir, `${job.id}.md`), outcome.text);
  }

  // Reports whose source is gone.
  const gone = existing.entries.filter((e) => !kept.has(e.id) && !present.has(e.frontmatter.source) && e.frontmatter.status !== 'retired');
  const published = existing.entries.filter((e) => e.frontmatter.status !== 'retired');
  const retireAll = gone.length > 0 && gone.length === published.length;
  if (retireAll && !prune) {
    result.failures.push({
      file: sourcesDir,
      message: `every source of the ${published.length} reports is gone (an empty or wrong sources folder?): nothing retired; run ingest with --prune to retire them all`,
    });
    return result;
  }
  for (const entry of gone) {
    const target = join(reportsDir, `${entry.id}.md`);
    // Replaced by an edited copy under another name: the same title and much of the same text.
    // The successor takes the old id as a redirect, and the person's metadata and the anchors.
    const successor = created.find(
      (c) => c.entry.frontmatter.title === entry.frontmatter.title && similarity(reportText(c.entry), reportText(entry)) >= SUCCESSOR_SIMILARITY,
    );
    if (successor) {
      created.splice(created.indexOf(successor), 1);
      const rebuilt = await entryFromSource({ ...successor.job, previous: entry });
      if ('error' in rebuilt) throw new Error(`${successor.job.file}: ${rebuilt.error}`);
      const next = { ...rebuilt.entry, frontmatter: withFormerIds(rebuilt.entry.frontmatter, [...(entry.frontmatter.formerIds ?? []), entry.id]) };
      await writeIfChanged(join(reportsDir, `${next.id}.md`), serializeEntry(next));
      result.removed.push(target);
      result.log.push(`${entry.id} is now ${next.id} (${successor.job.name} replaces ${entry.frontmatter.source}): /reports/${entry.id}/ redirects there`);
      if (write) await rm(target);
      continue;
    }
    if (isHumanOwned(entry.frontmatter) && !prune) {
      result.log.push(
        `${target}: its source ${entry.frontmatter.source} is gone; kept as it is because a person edited or reviewed it (ingest --prune retires it)`,
      );
      continue;
    }
    // A tombstone: the metadata stays, the text goes; its URL says the report was withdrawn.
    result.retired.push(target);
    result.log.push(`${target}: its source ${entry.frontmatter.source} is gone: ${write ? 'retired' : 'would retire'} (its page now says 此材料已撤下)`);
    const tombstone: ReportEntry = { id: entry.id, frontmatter: { ...entry.frontmatter, status: 'retired' }, sections: [] };
    if (write) await writeAtomic(target, serializeEntry(tombstone));
  }
  return result;
}
