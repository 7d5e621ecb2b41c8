import type { APIRoute, GetStaticPaths } from 'astro';
import { library } from '../../site/library.ts';
import { reportDocx } from '../../lib/view/report-docx.ts';
import { reportPath } from '../../lib/view/urls.ts';

export const getStaticPaths = (async () => {
  const { reports } = await library();
  return reports.map((r) => ({ params: { id: r.id }, props: { report: r } }));
}) satisfies GetStaticPaths;

/** /reports/<id>.docx, generated at build time. */
export const GET: APIRoute = async ({ props, params, site }) => {
  const body = reportDocx(props.report, new URL(reportPath(params.id!), site).href);
  return new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
