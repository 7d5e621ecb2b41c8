/**
 * /browse/ at any library size. Passages are stored in cells, one per combination of section
 * kind, year, unit type, document type and aspect set, each cut into chunk files of CHUNK
 * passages in topic order. A small manifest lists the cells with their counts: the page computes
 * totals and every option's count from it alone, and fetches only the chunks of the page it shows.
 * A passage belongs to exactly one cell (its whole aspect set is one key), so nothing is counted twice.
 */
import { topicOrder, type Faceted, type PassageRecord } from './library.ts';

export const CHUNK = 50;
export const BROWSE_PAGE = 50;
export const MANIFEST_PATH = '/browse/cells.json';

export interface BrowseCell extends Faceted {
  count: number;
}

export interface BrowseManifest {
  cells: BrowseCell[];
}

/** A passage in a chunk: what its cell does not already say. */
export type CellPassage = Omit<PassageRecord, keyof Faceted>;

export function cellKey(cell: Faceted): string {
  return [cell.kind, cell.year, cell.unit, cell.type, cell.aspects.join('+')].join('.');
}

export function chunkPath(cell: Faceted, chunk: number): string {
  return `/browse/cells/${cellKey(cell)}.${chunk}.json`;
}

/** The manifest and every chunk file (path → passages), cells in topic order. */
export function browseCells(records: readonly PassageRecord[]): { manifest: BrowseManifest; chunks: Map<string, CellPassage[]> } {
  const cells = new Map<string, { cell: BrowseCell; passages: CellPassage[] }>();
  for (const record of topicOrder(records)) {
    const { aspects, year, unit, type, kind, ...passage } = record;
    const key = cellKey(record);
    let entry = cells.get(key);
    if (!entry) cells.set(key, (entry = { cell: { kind, year, unit, type, aspects, count: 0 }, passages: [] }));
    entry.cell.count++;
    entry.passages.push(passage);
  }
  const chunks = new Map<string, CellPassage[]>();
  for (const { cell, passages } of cells.values()) {
    for (let n = 0; n * CHUNK < passages.length; n++) chunks.set(chunkPath(cell, n), passages.slice(n * CHUNK, (n + 1) * CHUNK));
  }
  return { manifest: { cells: [...cells.values()].map((e) => e.cell) }, chunks };
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
    for (let at = skip; at < cell.count && want > 0; ) {
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

export function cellRecord(cell: Faceted, passage: CellPassage): PassageRecord {
  return { ...passage, aspects: cell.aspects, year: cell.year, unit: cell.unit, type: cell.type, kind: cell.kind };
}

/** The passages of a page, given its parts and their chunks (path → passages). */
export function partRecords(parts: readonly PagePart[], chunkAt: (path: string) => CellPassage[]): PassageRecord[] {
  return parts.flatMap((part) => chunkAt(chunkPath(part.cell, part.chunk)).slice(part.from, part.to).map((p) => cellRecord(part.cell, p)));
}
