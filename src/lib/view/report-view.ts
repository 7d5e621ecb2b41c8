/**
 * What report pages show, computed from entry data: section titles for headings and the
 * table of contents, metadata chips, passage permalinks. Pure, so it is unit-tested.
 */
import type { EntrySection, ReportData, SectionMeta } from '../entry/schema.ts';
import { plainText } from '../entry/placeholders.ts';
import { ASPECTS, DOC_TYPES, SECTION_KINDS, SPEAKERS, THEMES, UNIT_TYPES, labelOf, prescribedItemOf, yearLabel } from '../taxonomy.ts';
import { facetPath } from './urls.ts';

export interface Chip {
  /** Facet the chip belongs to (used later for facet links). */
  facet: 'year' | 'unit' | 'speaker' | 'docType' | 'theme' | 'aspect' | 'kind';
  slug: string;
  label: string;
  /** Facet page, for the facets that have one. */
  href?: string;
}

export function reportChips(report: Pick<ReportData, 'year' | 'unit' | 'speaker' | 'docType' | 'theme'>): Chip[] {
  return [
    { facet: 'year', slug: String(report.year), label: yearLabel(report.year), href: facetPath('year', String(report.year)) },
    { facet: 'unit', slug: report.unit, label: labelOf(UNIT_TYPES, report.unit), href: facetPath('unit', report.unit) },
    { facet: 'docType', slug: report.docType, label: labelOf(DOC_TYPES, report.docType), href: facetPath('type', report.docType) },
    { facet: 'speaker', slug: report.speaker, label: labelOf(SPEAKERS, report.speaker) },
    { facet: 'theme', slug: report.theme, label: labelOf(THEMES, report.theme) },
  ];
}

export function aspectChips(meta: SectionMeta): Chip[] {
  return meta.aspects.map((slug) => ({ facet: 'aspect', slug, label: labelOf(ASPECTS, slug), href: facetPath('aspect', slug) }));
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

export function prescribedItemLabel(year: number, meta: SectionMeta): string | undefined {
  return meta.item ? prescribedItemOf(year, meta.item)?.label : undefined;
}

export function metaOf(report: Pick<ReportData, 'sections'>, sectionId: string): SectionMeta {
  const meta = report.sections.find((s) => s.id === sectionId);
  if (!meta) throw new Error(`section ${sectionId} has no metadata`);
  return meta;
}


/** A title short enough for a card, a caption or a TOC line (long item headings run to 200 characters). */
export function shortTitle(title: string, max = 30): string {
  return title.length > max ? `${title.slice(0, max)}…` : title;
}
