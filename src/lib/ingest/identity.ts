/**
 * A section's and a passage's identity across re-ingests. Anchors are given by position when a
 * report is first ingested (s2-1 is the first item of part 2, s2-1-p3 its third passage); after
 * that they follow the text, not the position: when the source is edited or the parser improves,
 * each passage whose text is still there keeps its published anchor wherever it now stands, and
 * a person's section metadata (keyed by section anchor) stays with its section.
 *
 * Matching, from the surest to the loosest: the same text (fingerprint: text without placeholder
 * marks, width or whitespace differences); one text containing the other (two hard-wrapped lines
 * joined into one passage, or one passage split in two); nearly the same text (an edited
 * sentence). An old anchor whose text was merged into another passage, or is gone, becomes an
 * alias of where its text now is (or of its section): `aliases` in the entry, rendered on the
 * page so the old link still lands. New passages and sections get positional anchors no earlier
 * anchor of the report ever had.
 */
import type { EntrySection } from '../entry/schema.ts';
import { plainText } from '../entry/placeholders.ts';

export function fingerprint(text: string): string {
  return plainText(text)
    .normalize('NFKC')
    .replace(/[\s\u3000]+/gu, '');
}

export interface Identified {
  sections: EntrySection[];
  /** Old anchor → the anchor its text (or its section) now has. */
  aliases: Record<string, string>;
  /** Fresh (positional) section id → the id it keeps. */
  sectionIds: Map<string, string>;
}

interface Previous {
  sections: readonly EntrySection[];
  aliases?: Readonly<Record<string, string>>;
}

/** Texts shorter than this are too common to stand for a passage in a containment match. */
const MIN_CONTAINED = 8;
/** Character-bigram Dice similarity from which an edited passage keeps its anchor. */
const SIMILAR = 0.6;
/** Pairs compared for containment and similarity at most (the rest get new anchors). */
const MAX_PAIRS = 250_000;

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    const b = chars[i] + chars[i + 1];
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return counts;
}

export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [k, n] of x) {
    shared += Math.min(n, y.get(k) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? (a === b ? 1 : 0) : (2 * shared) / total;
}

/** A free anchor like `wanted`: itself, or the same with its last number raised past every used one. */
function freeId(wanted: string, used: Set<string>): string {
  if (!used.has(wanted)) return wanted;
  const [, stem, sep] = /^(.*?)(-p|-|s)(\d+)$/.exec(wanted)!;
  let n = 1;
  for (const id of used) {
    const m = /^(.*?)(-p|-|s)(\d+)$/.exec(id);
    if (m && m[1] === stem && m[2] === sep) n = Math.max(n, Number(m[3]) + 1);
  }
  return `${stem}${sep}${n}`;
}

export function carryIdentity(fresh: readonly EntrySection[], previous?: Previous): Identified {
  const sectionIds = new Map(fresh.map((s) => [s.id, s.id]));
  if (!previous || previous.sections.length === 0) return { sections: [...fresh], aliases: {}, sectionIds };

  const oldSections = previous.sections.map((s, index) => ({
    index,
    id: s.id,
    heading: fingerprint(s.heading),
    passages: s.passages.map((p) => fingerprint(p.text)),
  }));
  const used = new Set<string>([...previous.sections.flatMap((s) => [s.id, ...s.passages.map((p) => p.id)]), ...Object.keys(previous.aliases ?? {})]);

  // Sections: the same heading (several: the one sharing most passages, else the first), else the
  // one sharing most passages.
  const byHeading = new Map<string, number[]>();
  for (const s of oldSections) byHeading.set(s.heading, [...(byHeading.get(s.heading) ?? []), s.index]);
  const byPassage = new Map<string, number[]>();
  for (const s of oldSections) for (const p of new Set(s.passages)) byPassage.set(p, [...(byPassage.get(p) ?? []), s.index]);
  const claimedSection = new Set<number>();
  const sectionMatch: (number | undefined)[] = fresh.map((s) => {
    const passages = s.passages.map((p) => fingerprint(p.text));
    const overlap = new Map<number, number>();
    for (const p of new Set(passages)) for (const i of byPassage.get(p) ?? []) if (!claimedSection.has(i)) overlap.set(i, (overlap.get(i) ?? 0) + 1);
    const sameHeading = (byHeading.get(fingerprint(s.heading)) ?? []).filter((i) => !claimedSection.has(i));
    const pool = sameHeading.length > 0 ? sameHeading : [...overlap.keys()].sort((a, b) => a - b);
    let best: number | undefined;
    for (const i of pool) if (best === undefined || (overlap.get(i) ?? 0) > (overlap.get(best) ?? 0)) best = i;
    if (best !== undefined) claimedSection.add(best);
    return best;
  });

  // Passages, in three passes from the surest match to the loosest.
  const oldPassages = oldSections.flatMap((s) => s.passages.map((fp, k) => ({ id: previous.sections[s.index].passages[k].id, fp, section: s.index })));
  const freshPassages = fresh.flatMap((s, si) => s.passages.map((p) => ({ section: si, fp: fingerprint(p.text), id: undefined as string | undefined })));
  const queue = new Map<string, number[]>();
  oldPassages.forEach((p, i) => queue.set(p.fp, [...(queue.get(p.fp) ?? []), i]));
  const target = new Map<number, number>(); // old passage index → fresh passage index
  freshPassages.forEach((p, fi) => {
    const i = queue.get(p.fp)?.shift();
    if (i === undefined) return;
    p.id = oldPassages[i].id;
    target.set(i, fi);
  });
  const openFresh = () => freshPassages.map((p, fi) => ({ p, fi })).filter(({ p }) => p.id === undefined);
  const openOld = () => oldPassages.map((p, i) => ({ p, i })).filter(({ i }) => !target.has(i));
  if (openFresh().length * openOld().length <= MAX_PAIRS) {
    // Containment: merged lines (an old passage inside a fresh one), split passages (a fresh one inside an old one).
    for (const { p: f, fi } of openFresh()) {
      for (const { p: o, i } of openOld()) {
        const merged = o.fp.length >= MIN_CONTAINED && f.fp.includes(o.fp);
        const split = f.fp.length >= MIN_CONTAINED && o.fp.includes(f.fp);
        if (!merged && !split) continue;
        if (f.id === undefined) f.id = o.id;
        target.set(i, fi);
        if (split) break;
      }
    }
    // Similar text: an edited passage keeps its anchor (best pairs first).
    const pairs: { fi: number; i: number; score: number }[] = [];
    for (const { p: f, fi } of openFresh()) for (const { p: o, i } of openOld()) pairs.push({ fi, i, score: similarity(f.fp, o.fp) });
    for (const { fi, i } of pairs.filter((x) => x.score >= SIMILAR).sort((a, b) => b.score - a.score || a.fi - b.fi)) {
      if (freshPassages[fi].id !== undefined || target.has(i)) continue;
      freshPassages[fi].id = oldPassages[i].id;
      target.set(i, fi);
    }
  }

  // Ids: matched sections and passages keep theirs; the rest get positional ids no earlier anchor had.
  const taken = new Set(used);
  const finalSectionIds = fresh.map((_, si) => (sectionMatch[si] !== undefined ? previous.sections[sectionMatch[si]!].id : undefined));
  fresh.forEach((s, si) => {
    const id = finalSectionIds[si] ?? freeId(s.id, taken);
    finalSectionIds[si] = id;
    taken.add(id);
    sectionIds.set(s.id, id);
  });
  let at = 0;
  const sections: EntrySection[] = fresh.map((s, si) => ({
    ...s,
    id: finalSectionIds[si]!,
    passages: s.passages.map((p, k) => {
      const carried = freshPassages[at++].id;
      const id = carried ?? freeId(`${finalSectionIds[si]}-p${k + 1}`, taken);
      taken.add(id);
      return { ...p, id };
    }),
  }));

  // Aliases: an old anchor that is not an anchor any more points to where its text (or section) went.
  const finalPassageIds = sections.flatMap((s) => s.passages.map((p) => p.id));
  const present = new Set([...sections.map((s) => s.id), ...finalPassageIds]);
  const movedTo = new Map<string, string>();
  oldPassages.forEach((o, i) => {
    if (present.has(o.id)) return;
    const fi = target.get(i);
    if (fi !== undefined) movedTo.set(o.id, finalPassageIds[fi]);
    else {
      const section = finalSectionIds[sectionMatch.indexOf(o.section)];
      if (sectionMatch.includes(o.section) && section) movedTo.set(o.id, section);
    }
  });
  oldSections.forEach((s) => {
    if (present.has(s.id)) return;
    // A section that is gone: its first passage that is still somewhere.
    const first = oldPassages.findIndex((o, i) => o.section === s.index && target.has(i));
    // A heading that became a passage itself (a numbered item read as a paragraph): that passage,
    // the last one opening with the heading before the section's first surviving passage.
    const limit = first !== -1 ? target.get(first)! : freshPassages.length - 1;
    let opening = -1;
    if (s.heading.length >= MIN_CONTAINED) for (let fi = 0; fi <= limit; fi++) if (freshPassages[fi].fp.startsWith(s.heading)) opening = fi;
    if (opening !== -1) movedTo.set(s.id, finalPassageIds[opening]);
    else if (first !== -1) movedTo.set(s.id, finalPassageIds[target.get(first)!]);
  });
  // A vanished passage of a vanished section lands where its section went.
  for (const o of oldPassages) {
    const section = movedTo.get(oldSections[o.section].id);
    if (!present.has(o.id) && !movedTo.has(o.id) && section) movedTo.set(o.id, section);
  }
  const aliases: Record<string, string> = {};
  const resolve = (id: string): string | undefined => (present.has(id) ? id : movedTo.get(id));
  for (const [from, to] of Object.entries(previous.aliases ?? {})) {
    const now = resolve(to);
    if (now && !present.has(from)) aliases[from] = now;
  }
  for (const [from, to] of movedTo) aliases[from] = to;
  return { sections, aliases: Object.fromEntries(Object.entries(aliases).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), sectionIds };
}
