/** Internal links and #anchors of a built site, checked against the files and ids in dist/. */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&#38;/g, '&')
    .replace(/&quot;/g, '"');
}

function pagePath(dist: string, file: string, base: string): string {
  const rel = `${base}${relative(dist, file)}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** Returns "page → link: reason" for every internal link that does not resolve (a site built for `base` is served under it). */
export function brokenLinks(dist: string, base = '/'): { checked: number; broken: string[] } {
  const files = htmlFiles(dist);
  const ids = new Map<string, Set<string>>();
  const html = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    html.set(pagePath(dist, file, base), text);
    ids.set(pagePath(dist, file, base), new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]))));
  }
  const broken: string[] = [];
  let checked = 0;
  for (const [page, text] of html) {
    for (const m of text.matchAll(/\shref="([^"]*)"/g)) {
      const href = decodeEntities(m[1]);
      if (/^(https?:|mailto:|data:)/.test(href)) continue;
      checked++;
      const url = new URL(href, `http://site${page}`);
      const target = decodeURIComponent(url.pathname);
      if (!target.startsWith(base)) {
        broken.push(`${page} → ${href}: outside the base path ${base}`);
        continue;
      }
      const file = join(dist, target.slice(base.length));
      const exists = target.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file) && statSync(file).isFile();
      if (!exists) {
        broken.push(`${page} → ${href}: no such page`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !ids.get(target)?.has(anchor)) broken.push(`${page} → ${href}: no element with id "${anchor}"`);
    }
  }
  return { checked, broken };
}
