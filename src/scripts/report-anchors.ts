/**
 * A report split into pages (lib/view/report-pages.ts): a link to an anchor that is on another
 * page (#s4000-p1 on page 1) goes there, through the report's anchor map. True when it goes.
 */
export async function followAnchorMap(anchor: string): Promise<boolean> {
  const article = document.querySelector<HTMLElement>('article[data-anchor-map]');
  if (!article) return false;
  const map = (await fetch(article.dataset.anchorMap!).then((r) => (r.ok ? r.json() : {}))) as Record<string, number>;
  const page = map[anchor];
  if (page === undefined || page === Number(article.dataset.page)) return false;
  const base = article.dataset.reportBase!;
  location.replace(`${page === 1 ? base : `${base}${page}/`}#${encodeURIComponent(anchor)}`);
  return true;
}
