/**
 * Editorial MDX quotes the corpus by permalink, `<Passage id="6d825004#s2-1-p1" />`, instead
 * of copying it. These helpers find the references and say which name no passage.
 */
import type { ReportEntry } from './schema.ts';

const REFERENCE = /<Passage\s+id=["']([^"']+)["']/g;

export function passageRefs(mdx: string): string[] {
  return [...mdx.matchAll(REFERENCE)].map((m) => m[1]);
}

/** "reportId#passageId" for every passage of every entry; a report's former ids still resolve (they redirect). */
export function passageKeys(entries: readonly ReportEntry[]): Set<string> {
  return new Set(
    entries.flatMap((e) => [e.id, ...(e.frontmatter.formerIds ?? [])].flatMap((id) => e.sections.flatMap((s) => s.passages.map((p) => `${id}#${p.id}`)))),
  );
}

export function brokenPassageRefs(mdx: string, known: ReadonlySet<string>): string[] {
  return passageRefs(mdx).filter((ref) => !known.has(ref));
}
