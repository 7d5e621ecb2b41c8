import type { APIRoute, GetStaticPaths } from 'astro';
import { reportPages, anchorPages } from '../../../lib/view/report-pages.ts';
import { library } from '../../../site/library.ts';

/** /reports/<id>/anchors.json, for reports on several pages: anchor → page, for links to later pages. */
export const getStaticPaths = (async () => {
  const { reports } = await library();
  return reports.flatMap((report) => {
    const pages = reportPages(report.sections);
    return pages.length > 1 ? [{ params: { id: report.id }, props: { anchors: anchorPages(pages, report.frontmatter.aliases) } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.anchors);
