/**
 * npm run corpus:synth -- --reports N [--seed S] --out DIR
 * Writes N synthetic sources to DIR/sources (and an empty DIR/reports), laid out like content/,
 * so `DUIZHAO_CONTENT=DIR npm run ingest && DUIZHAO_CONTENT=DIR npm run build` builds it.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { synthesizeReports } from '../src/lib/synth/corpus.ts';

const { values } = parseArgs({ options: { reports: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
if (!values.reports || !values.out) {
  console.error('usage: npm run corpus:synth -- --reports N [--seed S] --out DIR');
  process.exit(2);
}
const sourcesDir = resolve('content/sources');
const seeds = readdirSync(sourcesDir)
  .sort()
  .map((name) => ({ name, lines: readFileSync(join(sourcesDir, name), 'utf8').split('\n') }));
const out = resolve(values.out);
mkdirSync(join(out, 'sources'), { recursive: true });
mkdirSync(join(out, 'reports'), { recursive: true });
const reports = synthesizeReports(seeds, Number(values.reports), Number(values.seed));
for (const r of reports) writeFileSync(join(out, 'sources', r.name), r.text);
console.log(`corpus:synth: ${reports.length} sources in ${join(out, 'sources')}`);
