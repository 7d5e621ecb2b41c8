/**
 * The dimensions a reader filters and browses by, each defined once: its name in the code, its
 * URL query key, the path of its pages, its label, its vocabulary and how a passage's values are
 * read. Passage records, browse cells, search documents and filters, passage cards, facet pages,
 * chips and navigation all loop over this table; adding a facet is one entry here (plus its
 * vocabulary in the taxonomy).
 */
import type { Frontmatter, SectionMeta } from './entry/schema.ts';
import {
  ASPECTS,
  DOC_TYPES,
  MEETINGS,
  SECTION_KINDS,
  SPEAKERS,
  THEMES,
  UNIT_TYPES,
  labelOf,
  newestYearFirst,
  yearLabel,
  yearSlug,
  type Term,
} from './taxonomy.ts';

/** What a passage's facet values are read from. */
export interface PassageContext {
  report: Frontmatter;
  /** The metadata of the passage's section. */
  section: SectionMeta;
  /** The passage's anchor. */
  id: string;
  /** The passage's marked text. */
  text: string;
}

/** A passage's aspects: a person's correction, else ingest's, else (entries written before passage aspects) its section's. */
export function passageAspects({ report, section, id }: PassageContext): readonly string[] {
  return report.corrections?.[id]?.aspects ?? report.passages?.[id] ?? section.aspects;
}

interface FacetFields {
  /** Name in the code: the key of Filters and of a record's facet values. */
  key: string;
  /** URL query key on /browse/ and /search/, and the data-* attribute of passage cards. Published: never changes. */
  param: string;
  /** Facet pages: /<path>/ lists the values, /<path>/<value>/ one value. None: the value links into /browse/. */
  path?: string;
  /** Shown in the main navigation. */
  nav?: boolean;
  label: string;
  /** The vocabulary in display order; `present` is what the library holds (vocabularies made from the data, like years, need it). */
  terms(present: ReadonlySet<string>): Term[];
}

/** A report-scope facet: every passage of a report has the report's values. */
export interface ReportFacet extends FacetFields {
  scope: 'report';
  read(report: Frontmatter): readonly string[];
}

/** A passage-scope facet: values may differ between the passages of a report. */
export interface PassageFacet extends FacetFields {
  scope: 'passage';
  read(passage: PassageContext): readonly string[];
}

export type Facet = ReportFacet | PassageFacet;

/** A record's (or a browse cell's) values per facet key. */
export type FacetValues = Readonly<Record<string, readonly string[]>>;

/** Taxonomy order, the way a vocabulary is written. */
const vocabulary = (terms: readonly Term[]) => () => [...terms];

export const FACETS = [
  {
    key: 'aspect',
    param: 'aspect',
    path: 'aspects',
    nav: true,
    label: '方面',
    scope: 'passage',
    terms: vocabulary(ASPECTS),
    read: passageAspects,
  },
  { key: 'unit', param: 'unit', path: 'units', nav: true, label: '单位类型', scope: 'report', terms: vocabulary(UNIT_TYPES), read: (report) => [report.unit] },
  {
    key: 'year',
    param: 'year',
    path: 'years',
    nav: true,
    label: '年度',
    scope: 'report',
    // Newest first; 年度不详 last.
    terms: (present) => [...present].sort(newestYearFirst).map((slug) => ({ slug, label: yearLabel(slug) })),
    read: (report) => [yearSlug(report.year)],
  },
  {
    key: 'docType',
    param: 'type',
    path: 'types',
    nav: true,
    label: '材料类型',
    scope: 'report',
    terms: vocabulary(DOC_TYPES),
    read: (report) => [report.docType],
  },
  { key: 'theme', param: 'theme', path: 'themes', nav: true, label: '专题', scope: 'report', terms: vocabulary(THEMES), read: (report) => [report.theme] },
  { key: 'speaker', param: 'speaker', path: 'speakers', label: '班子/个人', scope: 'report', terms: vocabulary(SPEAKERS), read: (report) => [report.speaker] },
  { key: 'meeting', param: 'meeting', path: 'meetings', label: '会议', scope: 'report', terms: vocabulary(MEETINGS), read: (report) => [report.meeting] },
  { key: 'kind', param: 'kind', label: '部分（问题/原因/措施）', scope: 'passage', terms: vocabulary(SECTION_KINDS), read: ({ section }) => [section.kind] },
] as const satisfies readonly Facet[];

export type FacetKey = (typeof FACETS)[number]['key'];

/** Filters by facet key: one chosen value each. */
export type Filters = Partial<Record<string, string>>;

export function facetOf(key: string, facets: readonly Facet[] = FACETS): Facet {
  const facet = facets.find((f) => f.key === key);
  if (!facet) throw new Error(`unknown facet "${key}"`);
  return facet;
}

export function reportFacets(facets: readonly Facet[] = FACETS): ReportFacet[] {
  return facets.filter((f) => f.scope === 'report');
}

export function passageFacets(facets: readonly Facet[] = FACETS): PassageFacet[] {
  return facets.filter((f) => f.scope === 'passage');
}

/** The facets the main navigation links to (their index pages). */
export function navFacets(facets: readonly Facet[] = FACETS): (Facet & { path: string })[] {
  return facets.filter((f): f is Facet & { path: string } => Boolean(f.nav && f.path));
}

/** The facets with /<path>/<value>/ pages listing reports (aspects have topic pages of their own). */
export function listingFacets(facets: readonly Facet[] = FACETS): (ReportFacet & { path: string })[] {
  return reportFacets(facets).filter((f): f is ReportFacet & { path: string } => f.path !== undefined);
}

/** A value's label; throws on an unknown value, so a typo never renders blank. */
export function facetLabel(key: string, value: string): string {
  return labelOf(facetOf(key).terms(new Set([value])), value);
}

/** The one value of a report-scope facet. */
export function valueOf(values: FacetValues, key: string): string {
  return values[key]?.[0] ?? '';
}

/** A report's values of every report-scope facet. */
export function readReportFacets(report: Frontmatter, facets: readonly Facet[] = FACETS): Record<string, readonly string[]> {
  return Object.fromEntries(reportFacets(facets).map((f) => [f.key, f.read(report)]));
}

/** A passage's values of every passage-scope facet. */
export function readPassageFacets(passage: PassageContext, facets: readonly Facet[] = FACETS): Record<string, readonly string[]> {
  return Object.fromEntries(passageFacets(facets).map((f) => [f.key, f.read(passage)]));
}
