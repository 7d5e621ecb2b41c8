/**
 * npm run corpus:synth -- --reports N [--seed S] [--distinct] [--edited SHARE] --out DIR
 * Writes N sources to DIR/sources (and an empty DIR/reports), laid out like content/, so
 * `DUIZHAO_CONTENT=DIR npm run ingest && DUIZHAO_CONTENT=DIR npm run build` builds it: the seed
 * sources themselves (so their report ids, and the editorial pages' passage references, hold)
 * and N minus that many synthetic ones. --distinct recombines paragraphs from seed sentences, so
 * that they are rarely exact copies (see synthesizeReports); with --edited 0.1, a tenth of the
 * synthetic reports have every paragraph edited (5–20 % of its characters changed).
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { synthesizeReports } from '../src/lib/synth/corpus.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string' },
    seed: { type: 'string', default: '1' },
    edited: { type: 'string', default: '0' },
    out: { type: 'string' },
    distinct: { type: 'boolean', default: false },
  },
});
if (!values.reports || !values.out) {
  console.error('usage: npm run corpus:synth -- --reports N [--seed S] [--distinct] [--edited SHARE] --out DIR');
  process.exit(2);
}
const sourcesDir = resolve('content/sources');
const seeds = readdirSync(sourcesDir)
  .sort()
  .map((name) => ({ name, lines: readFileSync(join(sourcesDir, name), 'utf8').split('\n') }));
const out = resolve(values.out);
mkdirSync(join(out, 'sources'), { recursive: true });
mkdirSync(join(out, 'reports'), { recursive: true });
for (const seed of seeds) copyFileSync(join(sourcesDir, seed.name), join(out, 'sources', seed.name));
const reports = synthesizeReports(seeds, Math.max(0, Number(values.reports) - seeds.length), Number(values.seed), {
  distinct: values.distinct,
  edited: Number(values.edited),
});
for (const r of reports) writeFileSync(join(out, 'sources', r.name), r.text);
console.log(`corpus:synth: ${seeds.length} seed and ${reports.length} synthetic sources in ${join(out, 'sources')}`);
