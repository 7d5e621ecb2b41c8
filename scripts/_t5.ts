import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { synthesizeReports } from '../src/lib/synth/corpus.ts';
import { similarIndex } from '../src/lib/similar/similar.ts';
const seeds = readdirSync('content/sources')
  .sort()
  .map((name) => ({ name, lines: readFileSync(join('content/sources', name), 'utf8').split('\n') }));
const passages = synthesizeReports(seeds, 10000, 1, { edited: 0.1 }).flatMap((r) => r.text.split('\n').filter((l) => l.length > 0));
for (let k = 0; k < 3; k++) {
  const t = performance.now();
  similarIndex(passages);
  console.log('index ms', (performance.now() - t).toFixed(0));
}
