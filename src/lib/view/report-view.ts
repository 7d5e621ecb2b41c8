/**
 * What report pages show, computed from entry data: section titles for headings and the
 * table of contents, metadata chips, passage permalinks. Pure, so it is unit-tested.
 */
import type { EntrySection, Frontmatter, SectionMeta } from '../entry/schema.ts';
import { plainText } from '../entry/placeholders.ts';
import { facetLabel, reportFacets } from '../facets.ts';
import { SECTION_KINDS, labelOf, prescribedItemOf } from '../taxonomy.ts';
import { facetPath } from './urls.ts';

export interface Chip {
  facet: string;
  slug: string;
  label: string;
  /** The value's facet page (or a /browse/ link for facets without pages). */
  href: string;
}

function chip(facet: string, slug: string): Chip {
  return { facet, slug, label: facetLabel(facet, slug), href: facetPath(facet, slug) };
}

/** A report's values of every report-scope facet (year, unit type, document type, theme …), each linking to its page. */
export function reportChips(report: Frontmatter): Chip[] {
  return reportFacets().flatMap((f) => f.read(report).map((value) => chip(f.key, value)));
}

export function aspectChips(meta: SectionMeta): Chip[] {
  return meta.aspects.map((slug) => chip('aspect', slug));
}

export function kindLabel(meta: SectionMeta): string {
  return labelOf(SECTION_KINDS, meta.kind);
}

const EXCERPT = 24;

/**
 * A section's title as shown: its heading without closing punctuation; for a speaker's turn,
 * who speaks and what the turn is; for a bare marker （二）, the marker and the text's opening.
 */
export function sectionTitle(section: EntrySection, meta: SectionMeta): string {
  const heading = plainText(section.heading).trim();
  if (meta.speaker) {
    const who = meta.speaker;
    const what = meta.target ? `对${meta.target}的${kindLabel(meta)}` : kindLabel(meta);
    return `${who}：${what}`;
  }
  if (heading === '') return kindLabel(meta);
  const bare = /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])$/u.test(heading);
  if (bare && section.passages.length > 0) {
    const opening = plainText(section.passages[0].text);
    return `${heading}${opening.slice(0, EXCERPT)}${opening.length > EXCERPT ? '…' : ''}`;
  }
  return heading.replace(/[。：:；，、]$/u, '');
}

export function prescribedItemLabel(year: number | null, meta: SectionMeta): string | undefined {
  return meta.item ? prescribedItemOf(year, meta.item)?.label : undefined;
}

/** Section metadata by id, per report: pages, search documents and Word files look up every section. */
const metaIndex = new WeakMap<readonly SectionMeta[], Map<string, SectionMeta>>();

export function metaOf(report: Pick<Frontmatter, 'sections'>, sectionId: string): SectionMeta {
  let index = metaIndex.get(report.sections);
  if (!index) metaIndex.set(report.sections, (index = new Map(report.sections.map((s) => [s.id, s]))));
  const meta = index.get(sectionId);
  if (!meta) throw new Error(`section ${sectionId} has no metadata`);
  return meta;
}

/** A title short enough for a card, a caption or a TOC line (long item headings run to 200 characters). */
export function shortTitle(title: string, max = 30): string {
  return title.length > max ? `${title.slice(0, max)}…` : title;
}
