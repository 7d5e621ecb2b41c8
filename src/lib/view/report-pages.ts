/**
 * A report cut into pages whose HTML stays within the page bound (~300 KB) whatever the source:
 * 5,000 sections, or one 200,000-character line. Ordinary reports (the longest seed, the minutes,
 * is ~200 KB) stay one page. Pages are filled in order; a section that continues on the next page
 * is shown there as continued, and a passage longer than a page continues in pieces. An anchor
 * (section, passage, alias) lives on the page where its heading or its first piece is; the others
 * reach it through the report's anchor map (anchors.json), so a published link still lands.
 */
import type { EntrySection } from '../entry/schema.ts';

/** Estimated HTML bytes of one page's body: the bound less the page's chrome. */
export const PAGE_BUDGET = 240_000;
/** Markup around one heading or passage (section wrapper, chips, links). */
const ITEM_BYTES = 300;
/** UTF-8 bytes of a Han character. */
const CHAR_BYTES = 3;
/** Characters of one passage piece: a longer passage continues on the next page. */
export const PIECE_CHARS = 60_000;

export interface PagePassage {
  /** The passage's anchor: on its first piece only. */
  id?: string;
  passageId: string;
  /** Marked text of this piece. */
  text: string;
  /** This piece starts inside the passage / the passage goes on after it. */
  continued: boolean;
  continues: boolean;
}

export interface PageSection {
  section: EntrySection;
  /** The section began on an earlier page: its heading is shown as continued, without its anchor. */
  continued: boolean;
  passages: PagePassage[];
}

/** Marked text in pieces of at most `size` characters, never cutting a placeholder ⟦…⟧ or an escape. */
export function pieces(marked: string, size = PIECE_CHARS): string[] {
  if (marked.length <= size) return [marked];
  const out: string[] = [];
  let start = 0;
  let safe = 0;
  let inPlaceholder = false;
  for (let i = 0; i < marked.length; i++) {
    if (i - start >= size && safe > start) {
      out.push(marked.slice(start, safe));
      start = safe;
    }
    const c = marked[i];
    if (c === '\\') i++;
    else if (c === '⟦') inPlaceholder = true;
    else if (c === '⟧') inPlaceholder = false;
    if (!inPlaceholder) safe = i + 1;
  }
  out.push(marked.slice(start));
  return out;
}

const cost = (text: string) => ITEM_BYTES + text.length * CHAR_BYTES;

export function reportPages(sections: readonly EntrySection[], budget = PAGE_BUDGET): PageSection[][] {
  const pages: PageSection[][] = [[]];
  let used = 0;
  const room = (bytes: number) => {
    if (used + bytes > budget && pages.at(-1)!.length > 0) {
      pages.push([]);
      used = 0;
      return true;
    }
    return false;
  };
  for (const section of sections) {
    room(cost(section.heading));
    let current: PageSection = { section, continued: false, passages: [] };
    pages.at(-1)!.push(current);
    used += cost(section.heading);
    for (const passage of section.passages) {
      const parts = pieces(passage.text);
      parts.forEach((text, k) => {
        if (room(cost(text))) {
          current = { section, continued: true, passages: [] };
          pages.at(-1)!.push(current);
        }
        current.passages.push({ ...(k === 0 ? { id: passage.id } : {}), passageId: passage.id, text, continued: k > 0, continues: k < parts.length - 1 });
        used += cost(text);
      });
    }
  }
  return pages;
}

/** Anchors not on the first page → their page (1-based): sections, passages and aliases. */
export function anchorPages(pages: readonly PageSection[][], aliases: Readonly<Record<string, string>> = {}): Record<string, number> {
  const map: Record<string, number> = {};
  pages.forEach((page, n) => {
    for (const { section, continued, passages } of page) {
      if (!continued) map[section.id] = n + 1;
      for (const p of passages) if (p.id) map[p.id] = n + 1;
    }
  });
  for (const [from, to] of Object.entries(aliases)) if (map[to]) map[from] = map[to];
  return Object.fromEntries(Object.entries(map).filter(([, n]) => n > 1));
}
