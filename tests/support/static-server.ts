/** Serves dist/ on a loopback port for browser tests (the server `npm run preview` uses). */
import { join } from 'node:path';
import { serveSite } from '../../src/lib/publish/static-server.ts';

export const DIST = join(import.meta.dirname, '../../dist');

export function serveDist(root = DIST, options: { gzip?: boolean; base?: string } = {}): ReturnType<typeof serveSite> {
  return serveSite(root, options);
}
