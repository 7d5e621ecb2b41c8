/**
 * node scripts/search-index.ts --out DIR
 * Writes the search index of <content>/reports (./content or $DUIZHAO_CONTENT) to DIR/pagefind
 * and DIR/search (the distinct-text store: texts, occurrences, reports, grams, facets.json). `npm run build` runs it alongside Astro (src/integrations/search-index.ts).
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/integrations/search-index.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('usage: node scripts/search-index.ts --out DIR');
  process.exit(2);
}
try {
  await buildSearchIndex(resolve(values.out), (m) => console.log(m));
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  // Nothing half-written is left behind (the folder is this process's own: the build moves it in on success).
  rmSync(resolve(values.out), { recursive: true, force: true });
  process.exit(1);
}
