import type { APIRoute, GetStaticPaths } from 'astro';
import { browseData } from '../../../site/library.ts';

const PREFIX = '/browse/cells/';

export const getStaticPaths = (async () => {
  const { chunks } = await browseData();
  return [...chunks.keys()].map((path) => ({ params: { chunk: path.slice(PREFIX.length, -'.json'.length) } }));
}) satisfies GetStaticPaths;

/** /browse/cells/<cell>.<n>.json: one chunk of a browse cell's passages. */
export const GET: APIRoute = async ({ params }) => Response.json((await browseData()).chunks.get(`${PREFIX}${params.chunk}.json`));
