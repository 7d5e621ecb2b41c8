import { readFile } from 'node:fs/promises';
import { readEntries } from '../src/lib/entry/read.ts';
import { casesOf, type Labelled } from '../src/lib/eval/topics.ts';
import { decide } from '../src/lib/ingest/passage-aspects.ts';
const labels: Labelled[] = (await readFile('tests/fixtures/topic-labels.jsonl', 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const { entries } = await readEntries('content/reports');
const { cases } = casesOf(entries, labels);
for (const c of cases) { const p = decide(c.evidence); const fn = c.gold.filter((a) => !p.includes(a)); const fp = p.filter((a) => !c.gold.includes(a));
  if (fn.length || fp.length) console.log(c.report, c.input.kind, 'FN', fn.join(','), 'FP', fp.join(','), '|', JSON.stringify(Object.fromEntries(c.evidence.own)), '|', c.input.text.slice(0, 140).replace(/\n/g, ' ')); }
