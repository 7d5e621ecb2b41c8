import type { APIRoute, GetStaticPaths } from 'astro';
import { anchorPages } from '../../../lib/view/report-pages.ts';
import { library } from '../../../site/library.ts';

/** /reports/<id>/anchors.json, for reports on several pages: anchor → page, for links to later pages. */
export const getStaticPaths = (async () => {
  const { reports, pages: pagesOf } = await library();
  return reports.flatMap((report) => {
    const pages = pagesOf.get(report.id)!;
    return pages.length > 1 ? [{ params: { id: report.id }, props: { anchors: anchorPages(pages, report.frontmatter.aliases) } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.anchors);
