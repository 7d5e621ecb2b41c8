/**
 * Serves a built site as a static host would (dir/ → dir/index.html, 404.html for what is missing),
 * with the types deploy/nginx.conf sends: `npm run preview` and the browser tests use it. Astro's own
 * preview server sends .docx with no Content-Type and takes no plugin that could add one.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** Text types a static host would compress (Pagefind's own files are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

/** Serves `root` at `base` (a site built with DUIZHAO_BASE is served under it; anything outside is 404). */
export async function serveSite(
  root: string,
  { gzip = false, base = '/', port = 0, host = '127.0.0.1' } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const path = normalize(`/${requested.startsWith(base) ? requested.slice(base.length) : '\0outside'}`).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (gzip && COMPRESSIBLE.has(extname(file)) && /gzip/.test(String(req.headers['accept-encoding']))) {
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
        res.end(gzipSync(body));
      } else {
        res.writeHead(200, { 'content-type': type });
        res.end(body);
      }
    } catch {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(await readFile(join(root, '404.html')).catch(() => 'not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as { port: number };
  return { url: `http://${host}:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
