/**
 * Every URL the site links to or fetches, built here and nowhere else, so that a site served
 * under a sub-path (DUIZHAO_BASE=/duizhao/) has every link, asset and data file under it.
 * Also the filters as a query string (the state of /browse/ and /search/).
 */
import { FACETS, facetOf, type Facet, type Filters } from '../facets.ts';

/**
 * The base path, '/' or '/duizhao/'. Astro passes its `base` (set from DUIZHAO_BASE in
 * astro.config.mjs) to pages and to browser scripts as import.meta.env.BASE_URL; plain Node
 * (ingest, the search index process, tests) has no import.meta.env and reads DUIZHAO_BASE.
 */
function base(): string {
  const fromAstro = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL;
  const raw = fromAstro ?? (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.DUIZHAO_BASE ?? '/';
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export const BASE = base();

/** A site path ('/browse/', 'reports/x/') as a URL under the base path. */
export function sitePath(path: string): string {
  return `${BASE}${path.replace(/^\/+/, '')}`;
}

export function reportPath(id: string): string {
  return sitePath(`/reports/${id}/`);
}

export function reportDocxPath(id: string): string {
  return sitePath(`/reports/${id}.docx`);
}

/** A passage's permalink; on the report page it is on, for a report on several pages. */
export function passagePath(record: { reportId: string; passageId: string; page?: number }): string {
  return `${reportPath(record.reportId)}${record.page ? `${record.page}/` : ''}#${record.passageId}`;
}

export function parseFilters(params: URLSearchParams, facets: readonly Facet[] = FACETS): Filters {
  const filters: Filters = {};
  for (const facet of facets) {
    const value = params.get(facet.param);
    if (value) filters[facet.key] = value;
  }
  return filters;
}

/** `?aspect=…&type=…` in facet order (URL keys are the facets' params), or ''. */
export function filtersQuery(filters: Filters, facets: readonly Facet[] = FACETS): string {
  const params = new URLSearchParams();
  for (const facet of facets) {
    const value = filters[facet.key];
    if (value) params.set(facet.param, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function browsePath(filters: Filters = {}): string {
  return sitePath(`/browse/${filtersQuery(filters)}`);
}

/** A facet's index page, e.g. /units/ (undefined for facets without pages). */
export function facetIndexPath(key: string): string | undefined {
  const { path } = facetOf(key);
  return path ? sitePath(`/${path}/`) : undefined;
}

/** A facet value's page, e.g. /aspects/theory/; facets without pages (kind) link into /browse/. */
export function facetPath(key: string, value: string): string {
  const { path } = facetOf(key);
  return path ? sitePath(`/${path}/${value}/`) : browsePath({ [key]: value });
}

/** An aspect's 对照 view: each report's problems, causes and measures on it side by side. */
export function comparePath(aspect: string): string {
  return sitePath(`/aspects/${aspect}/compare/`);
}

/** A year's outline (年度提纲): its prescribed items with passages on each. */
export function outlinePath(year: number | string): string {
  return sitePath(`/years/${year}/outline/`);
}

/** The 素材篮 page (what a reader collected, kept in the browser). */
export function basketPath(): string {
  return sitePath('/basket/');
}
