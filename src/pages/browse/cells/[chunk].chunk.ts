import type { APIRoute, GetStaticPaths } from 'astro';
import { gzipSync } from 'node:zlib';
import { browseData } from '../../../site/library.ts';
import { CHUNK_SUFFIX } from '../../../lib/view/browse-cells.ts';

const PREFIX = '/browse/cells/';

export const getStaticPaths = (async () => {
  const { chunks } = await browseData();
  return [...chunks.keys()].map((path) => ({ params: { chunk: path.slice(PREFIX.length, -CHUNK_SUFFIX.length) } }));
}) satisfies GetStaticPaths;

/**
 * /browse/cells/<cell>.<n>.chunk: one chunk of a browse cell's passages, JSON stored gzipped (as
 * Pagefind stores its files; the browse page unpacks it), so the library's biggest data files take
 * a quarter of the room and go over the wire compressed from any static host.
 */
export const GET: APIRoute = async ({ params }) =>
  new Response(gzipSync(JSON.stringify((await browseData()).chunks.get(`${PREFIX}${params.chunk}${CHUNK_SUFFIX}`)), { level: 9 }), {
    headers: { 'Content-Type': 'application/octet-stream' },
  });
