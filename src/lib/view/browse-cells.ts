/**
 * /browse/ at any library size. Passages are stored in cells, one per combination of facet
 * values (every facet of facets.ts: section kind, year, unit type … and the aspect set), each cut into chunk files of CHUNK
 * passages in topic order (stored gzipped). A small manifest lists the cells with their counts: the page computes
 * totals and every option's count from it alone, and fetches only the chunks of the page it shows.
 * A passage belongs to exactly one cell (its whole aspect set is one key), so nothing is counted twice.
 */
import { FACETS, type Facet } from '../facets.ts';
import type { Faceted } from './filters.ts';
import { listed, topicOrder, type PassageRecord } from './library.ts';

export const CHUNK = 50;
export const BROWSE_PAGE = 50;
/** Site path of the manifest (urls.ts sitePath gives its URL). */
export const MANIFEST = '/browse/cells.json';

export interface BrowseCell extends Faceted {
  count: number;
  /** Names the cell's chunk files. */
  key: string;
}

/**
 * The manifest as stored: facet keys once, then per cell its values in that order and its
 * passage count (kept small: every /browse/ visit loads it).
 */
export interface StoredManifest {
  facets: string[];
  cells: [values: string[][], count: number][];
}

export interface BrowseManifest {
  cells: BrowseCell[];
}

/** A passage in a chunk: what its cell does not already say. */
export type CellPassage = Omit<PassageRecord, 'facets'>;

function cellKey(values: readonly (readonly string[])[]): string {
  return values.map((v) => v.join('+')).join('.');
}

/** Chunk files are gzipped JSON (see pages/browse/cells/[chunk].chunk.ts). */
export const CHUNK_SUFFIX = '.chunk';

/** Site path of a chunk file. */
export function chunkPath(cell: Pick<BrowseCell, 'key'>, chunk: number): string {
  return `/browse/cells/${cell.key}.${chunk}${CHUNK_SUFFIX}`;
}

export function readManifest(stored: StoredManifest): BrowseManifest {
  return {
    cells: stored.cells.map(([values, count]) => ({
      facets: Object.fromEntries(stored.facets.map((key, i) => [key, values[i]])),
      count,
      key: cellKey(values),
    })),
  };
}

/** The manifest and every chunk file (site path → passages), cells in topic order. */
export function browseCells(
  records: readonly PassageRecord[],
  facets: readonly Facet[] = FACETS,
): { manifest: StoredManifest; chunks: Map<string, CellPassage[]> } {
  const cells = new Map<string, { values: string[][]; passages: CellPassage[] }>();
  for (const record of topicOrder(records)) {
    const { facets: recordFacets, ...passage } = listed(record);
    const values = facets.map((f) => [...(recordFacets[f.key] ?? [])]);
    const key = cellKey(values);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { values, passages: [] }));
    cell.passages.push(passage);
  }
  const manifest: StoredManifest = { facets: facets.map((f) => f.key), cells: [...cells.values()].map((c) => [c.values, c.passages.length]) };
  const chunks = new Map<string, CellPassage[]>();
  for (const { values, passages } of cells.values()) {
    for (let n = 0; n * CHUNK < passages.length; n++) chunks.set(chunkPath({ key: cellKey(values) }, n), passages.slice(n * CHUNK, (n + 1) * CHUNK));
  }
  return { manifest, chunks };
}

export interface PagePart {
  cell: BrowseCell;
  chunk: number;
  /** Slice of the chunk's passages on this page. */
  from: number;
  to: number;
}

/** Which chunk slices make up page `page` (1-based) of the passages in `cells` (already filtered). */
export function pageParts(cells: readonly BrowseCell[], page: number, size = BROWSE_PAGE): PagePart[] {
  const parts: PagePart[] = [];
  let skip = (page - 1) * size;
  let want = size;
  for (const cell of cells) {
    if (want === 0) break;
    if (skip >= cell.count) {
      skip -= cell.count;
      continue;
    }
    for (let at = skip; at < cell.count && want > 0;) {
      const chunk = Math.floor(at / CHUNK);
      const from = at - chunk * CHUNK;
      const to = Math.min(CHUNK, cell.count - chunk * CHUNK, from + want);
      parts.push({ cell, chunk, from, to });
      want -= to - from;
      at += to - from;
    }
    skip = 0;
  }
  return parts;
}

export function pageCount(cells: readonly BrowseCell[], size = BROWSE_PAGE): number {
  return Math.max(1, Math.ceil(cells.reduce((n, c) => n + c.count, 0) / size));
}

export function cellRecord(cell: BrowseCell, passage: CellPassage): PassageRecord {
  return { ...passage, facets: cell.facets };
}

/** The passages of a page, given its parts and their chunks (site path → passages). */
export function partRecords(parts: readonly PagePart[], chunkAt: (path: string) => CellPassage[]): PassageRecord[] {
  return parts.flatMap((part) =>
    chunkAt(chunkPath(part.cell, part.chunk))
      .slice(part.from, part.to)
      .map((p) => cellRecord(part.cell, p)),
  );
}
