/**
 * Parsed + classified source → report entry: permanent anchors, marked placeholders,
 * metadata that respects a person's edits, and a coverage check against the source.
 */
import { createHash } from 'node:crypto';
import type { Frontmatter, ReportEntry, EntrySection, SectionMeta } from '../entry/schema.ts';
import { markPlaceholders, plainText } from '../entry/placeholders.ts';
import { classifyReport, classifySections } from './classify.ts';
import type { Cleaned } from './clean.ts';
import { displayTitle, fieldName, parseDocument, stripMarkdown } from './parse.ts';
import { carryIdentity } from './identity.ts';
import { simplifiedForReading } from './script.ts';
import { carryCorrections } from './corrections.ts';
import type { AspectSlug } from '../taxonomy.ts';

export interface SourceInput {
  /** File name under the sources folder. */
  name: string;
  bytes: Uint8Array;
  encoding: string;
  cleaned: Cleaned;
}

export class CoverageError extends Error {}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** JSON with sorted keys, so a digest does not depend on the order a person wrote YAML in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The metadata a person may edit. What ingest keeps up by itself (redirects, aliases, status, unplaced, passage
 * aspects) is not part of it, nor are per-passage corrections, which ingest carries on their own.
 */
export function metadataDigest(frontmatter: Omit<Frontmatter, 'generated'> | Frontmatter): string {
  const {
    generated: _g,
    reviewed: _r,
    formerIds: _f,
    status: _s,
    aliases: _a,
    unplaced: _u,
    passages: _p,
    corrections: _c,
    ...metadata
  } = frontmatter as Frontmatter;
  return sha256(canonical(metadata)).slice(0, 16);
}

/** A person edited the metadata, or marked it reviewed: ingest keeps theirs. */
export function isHumanOwned(frontmatter: Frontmatter): boolean {
  return frontmatter.reviewed || metadataDigest(frontmatter) !== frontmatter.generated;
}

/** Hierarchical anchors: s2 is the second top-level section, s2-1 its first child. */
function sectionIds(levels: readonly number[]): string[] {
  const counters: number[] = [];
  return levels.map((level) => {
    counters.length = level;
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    for (let i = 0; i < level - 1; i++) counters[i] ??= 1;
    return `s${counters.join('-')}`;
  });
}

export function buildEntry(id: string, source: SourceInput, existing?: ReportEntry): ReportEntry {
  const doc = parseDocument(source.cleaned.lines);
  // A traditional-character source is classified as its simplified form and shown as written.
  const reading = simplifiedForReading(doc);
  const meta = classifyReport(reading);
  const sectionMeta = classifySections(reading, meta);
  const ids = sectionIds(doc.sections.map((s) => s.level));
  const positional: EntrySection[] = doc.sections.map((section, i) => ({
    id: ids[i],
    level: section.level,
    heading: markPlaceholders(section.heading),
    passages: section.passages.map((text, k) => ({ id: `${ids[i]}-p${k + 1}`, text: markPlaceholders(text) })),
  }));
  // Published anchors follow their text (identity.ts); a first ingest gives positional ones.
  const { sections, aliases } = carryIdentity(positional, existing && { sections: existing.sections, aliases: existing.frontmatter.aliases });
  // Each passage's aspects, by its (carried) anchor; a person's corrections follow their passage's text.
  const passages: Record<string, AspectSlug[]> = {};
  sectionMeta.forEach((m, i) => m.passages.forEach((aspects, k) => (passages[sections[i].passages[k].id] = aspects)));
  const corrections = existing && carryCorrections(existing.frontmatter.corrections, existing.sections, sections);
  const generated: Omit<Frontmatter, 'generated'> = {
    title: displayTitle(doc),
    ...meta,
    source: source.name,
    sourceSha256: sha256(source.bytes),
    encoding: source.encoding,
    reviewed: false,
    cleaning: source.cleaned.changes,
    ...(doc.fields.length > 0 ? { minutes: { fields: doc.fields, agenda: doc.agenda } } : {}),
    sections: sectionMeta.map((m, i): SectionMeta => ({
      id: sections[i].id,
      kind: m.kind,
      aspects: m.aspects,
      ...(m.item ? { item: m.item } : {}),
      ...(doc.sections[i].speaker ? { speaker: doc.sections[i].speaker } : {}),
      ...(m.target ? { target: m.target } : {}),
    })),
    ...(Object.keys(aliases).length > 0 ? { aliases } : {}),
    passages,
    ...(corrections ? { corrections } : {}),
  };
  const fresh: Frontmatter = { ...generated, generated: metadataDigest(generated) };
  const entry: ReportEntry = { id, frontmatter: mergeFrontmatter(fresh, existing), sections };
  checkCoverage(source.cleaned.lines, entry);
  return entry;
}

/**
 * Keeps a person's metadata; takes ingest's for what they could not have edited (new sections,
 * the source's digest, aliases). Section metadata follows its section's anchor, which follows
 * the section's text (identity.ts); metadata whose section is gone is kept under `unplaced`.
 */
function mergeFrontmatter(fresh: Frontmatter, existing: ReportEntry | undefined): Frontmatter {
  const previous = existing?.frontmatter;
  if (previous?.formerIds) fresh = withFormerIds(fresh, previous.formerIds);
  if (!previous || !isHumanOwned(previous)) return fresh;
  const kept = new Map(previous.sections.map((s) => [s.id, s]));
  const placed = new Set(fresh.sections.map((s) => s.id));
  const headings = new Map(existing!.sections.map((s) => [s.id, s.heading]));
  const unplaced = [
    ...(previous.unplaced ?? []),
    ...previous.sections.filter((s) => !placed.has(s.id) && headings.has(s.id)).map((s) => ({ ...s, heading: headings.get(s.id)! })),
  ];
  const { status: _revived, aliases: _old, unplaced: _u, passages: _p, corrections: _c, generated, ...metadata } = previous;
  return {
    ...metadata,
    source: fresh.source,
    sourceSha256: fresh.sourceSha256,
    encoding: fresh.encoding,
    cleaning: fresh.cleaning,
    sections: fresh.sections.map((s) => kept.get(s.id) ?? s),
    ...(fresh.aliases ? { aliases: fresh.aliases } : {}),
    ...(unplaced.length > 0 ? { unplaced } : {}),
    ...(fresh.passages ? { passages: fresh.passages } : {}),
    ...(fresh.corrections ? { corrections: fresh.corrections } : {}),
    generated,
  };
}

/** The frontmatter with more former ids (kept in order, once each; after `reviewed`, where a person looks for it). */
export function withFormerIds(frontmatter: Frontmatter, ids: readonly string[]): Frontmatter {
  const formerIds = [...new Set([...(frontmatter.formerIds ?? []), ...ids])];
  const { generated, ...rest } = frontmatter;
  return { ...rest, formerIds, generated };
}

/** Width and spacing differences are not content: compare NFKC text without whitespace. */
export function normalizeForCoverage(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/gu, '');
}

export function entryText(entry: ReportEntry): string {
  const { frontmatter } = entry;
  // The agenda lines follow the 议程 field, as in the source.
  const minutes = (frontmatter.minutes?.fields ?? []).flatMap((f) => [
    `${f.key}：${f.value}`,
    ...(fieldName(f.key) === '议程' ? frontmatter.minutes!.agenda : []),
  ]);
  const body = entry.sections.flatMap((s) => [plainText(s.heading), ...s.passages.map((p) => plainText(p.text))]);
  return [frontmatter.title, ...minutes, ...body].join('\n');
}

/** Every non-empty cleaned source line must appear in the entry, in order. */
export function checkCoverage(lines: readonly string[], entry: ReportEntry): void {
  const haystack = normalizeForCoverage(entryText(entry));
  let cursor = 0;
  lines.forEach((line, i) => {
    const needle = normalizeForCoverage(stripMarkdown(line));
    if (needle.length === 0) return;
    const at = haystack.indexOf(needle, cursor);
    if (at === -1) throw new CoverageError(`line ${i + 1} is missing from the entry: "${line.trim().slice(0, 40)}…"`);
    cursor = at + needle.length;
  });
}
