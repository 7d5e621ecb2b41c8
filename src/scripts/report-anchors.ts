/**
 * A report split into pages (lib/view/report-pages.ts): a link to an anchor that is on another
 * page (#s4000-p1 on page 1) goes there, through the report's anchor map.
 */
export async function followAnchorMap(): Promise<void> {
  const article = document.querySelector<HTMLElement>('article[data-anchor-map]');
  const anchor = decodeURIComponent(location.hash.slice(1));
  if (!article || !anchor || document.getElementById(anchor)) return;
  const map = (await fetch(article.dataset.anchorMap!).then((r) => (r.ok ? r.json() : {}))) as Record<string, number>;
  const page = map[anchor] ?? 1;
  if (page === Number(article.dataset.page)) return;
  const base = article.dataset.reportBase!;
  location.replace(`${page === 1 ? base : `${base}${page}/`}#${encodeURIComponent(anchor)}`);
}
