/**
 * Pages cut by count and by text size, so that no page's HTML outgrows its budget however long
 * its passages are. Page 1 lives at the list's own URL, page n at <base><n>/.
 */
export interface PageLimits {
  items: number;
  /** Characters of text on one page. */
  chars: number;
}

/**
 * Topic pages: passages with their text shown once (≈ 3 bytes a character) and a short card each:
 * at most ≈ 200 kB of HTML a page. (Until the cards stopped carrying a copy of their text, the
 * same budget held 50 passages and 30,000 characters.)
 */
export const PASSAGE_PAGE: PageLimits = { items: 100, chars: 60_000 };
/** Report lists: a title and chips each. */
export const REPORT_PAGE: PageLimits = { items: 100, chars: 20_000 };

/**
 * `count` weighs an item against `limits.items` (a 对照 row counts its passages); an item over a
 * limit alone still gets a page.
 */
export function paginate<T>(items: readonly T[], size: (item: T) => number, limits: PageLimits, count: (item: T) => number = () => 1): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let chars = 0;
  let counted = 0;
  for (const item of items) {
    const n = size(item);
    const c = count(item);
    if (page.length > 0 && (counted + c > limits.items || chars + n > limits.chars)) {
      pages.push(page);
      page = [];
      chars = 0;
      counted = 0;
    }
    page.push(item);
    chars += n;
    counted += c;
  }
  // The last page (empty only when there are no items: a list still has its first page).
  pages.push(page);
  return pages;
}

export function pagePath(base: string, page: number): string {
  return page === 1 ? base : `${base}${page}/`;
}

/** The [...page] route parameter for page n (undefined for page 1, which has no suffix). */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : String(page);
}
