/**
 * npm run eval:topics
 * Scores passage aspects against the labelled set (tests/fixtures/topic-labels.jsonl),
 * cross-validated by report: the cue counts and the classifier's settings are fitted on the
 * other reports and each report is scored with weights and settings that never saw its labels.
 * Prints Markdown; the committed copy is bench/topics.md.
 * npm run eval:topics -- --write also rewrites the shipped cue counts
 * (src/lib/ingest/cue-counts.json) from every labelled passage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readEntries } from '../src/lib/entry/read.ts';
import { casesOf, countsOf, crossValidate, fit, grid, predict, scoreAspects, weighedBy, type Labelled } from '../src/lib/eval/topics.ts';
import { CUES, CUE_PRIOR, CUE_WEIGHTS, PASSAGE_SETTINGS, classifyPassage, weigh } from '../src/lib/ingest/passage-aspects.ts';
import { settings } from '../src/lib/settings.ts';

const labels: Labelled[] = (await readFile('tests/fixtures/topic-labels.jsonl', 'utf8'))
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const { entries } = await readEntries(join(settings.content, 'reports'));
const { cases, unmatched } = casesOf(entries, labels);
if (unmatched.length > 0) {
  console.error(`${unmatched.length} labelled passages match no entry passage, e.g. ${unmatched[0].report}: ${unmatched[0].text.slice(0, 30)}`);
  process.exitCode = 1;
}

/** What is fitted per fold; the shipped PASSAGE_SETTINGS is one of these combinations. */
const CANDIDATES = grid({
  floor: [2, 3, 4, 6],
  ratio: [0.2, 0.3, 0.4, 0.5],
  strong: [8, 12, 16, 24, 1000],
  heading: [0, 0.5, 1],
  item: [0, 2, 4],
  lead: [0, 1],
  framing: [0, 4, 8],
  short: [20, 0],
  title: [0, 16, 24],
});

const f3 = (x: number) => x.toFixed(3);
const table = (scores: ReturnType<typeof scoreAspects>) => [
  '| aspect | precision | recall | F1 | TP | FP | FN |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...[...scores].map(([a, s]) => `| ${a === 'micro' ? '**micro**' : a} | ${f3(s.precision)} | ${f3(s.recall)} | ${f3(s.f1)} | ${s.tp} | ${s.fp} | ${s.fn} |`),
];

if (process.argv.includes('--write')) {
  const counts = Object.fromEntries(countsOf(cases));
  // One cue a line, as prettier formats it.
  const lines = Object.entries(counts).map(([key, [n, k]]) => `  ${JSON.stringify(key)}: [${n}, ${k}]`);
  await writeFile('src/lib/ingest/cue-counts.json', `{\n${lines.join(',\n')}\n}\n`);
  console.error(`wrote src/lib/ingest/cue-counts.json (${Object.keys(counts).length} cues seen in labelled passages); run again to score with it`);
}

const cv = crossValidate(cases, CANDIDATES);
const shipped = cases.map((c) => ({ evidence: weigh(c.hits), gold: c.gold }));
/** Cues by shipped weight, for the bench's list of the lightest and heaviest seen in labelled passages. */
const ranked = CUES.map((c, id) => ({ ...c, weight: CUE_WEIGHTS[id] }))
  .filter((c) => c.weight !== 1)
  .sort((a, b) => a.weight - b.weight || a.key.localeCompare(b.key));
const cueList = (list: typeof ranked) => list.map((c) => `${c.key} ${c.weight.toFixed(2)}`).join(', ');

// Cost at ingest: classify every labelled passage 50 times (text, heading, part → aspects).
const ROUNDS = 50;
const started = performance.now();
for (let r = 0; r < ROUNDS; r++) for (const c of cases) classifyPassage(c.input);
const micros = ((performance.now() - started) * 1000) / (ROUNDS * cases.length);
console.log(
  [
    '# Passage aspects against the labelled set',
    '',
    `\`npm run eval:topics\`: ${cases.length} labelled passages of ${new Set(cases.map((c) => c.report)).size} reports (tests/fixtures/topic-labels.jsonl).`,
    '',
    '## Cross-validated by report (leave one report out)',
    '',
    `Each report is scored with cue weights counted on the other reports only (prior share ${CUE_PRIOR.share}, worth ${CUE_PRIOR.strength} passage) and the settings that do best with them there (best micro F1 over a grid of ${CANDIDATES.length} settings). Micro F1 **${f3(cv.scores.get('micro')!.f1)}**.`,
    '',
    ...table(cv.scores),
    '',
    '| held-out report | settings fitted on the other reports |',
    '| --- | --- |',
    ...cv.folds.map((f) => `| ${f.report} | ${JSON.stringify(f.settings)} |`),
    '',
    '## Shipped settings on all labelled passages (not cross-validated, for reference)',
    '',
    `Cost: ${micros.toFixed(0)} µs a passage on one core of this machine (${ROUNDS} rounds over the ${cases.length} passages), so about ${((micros * 600_000) / 1e6).toFixed(0)} s of CPU for the ≈ 600,000 passages of 10,000 reports (ingest spreads it over its worker threads).`,
    '',
    `PASSAGE_SETTINGS = ${JSON.stringify(PASSAGE_SETTINGS)} (what fitting on every report gives: ${JSON.stringify(fit(weighedBy(cases, cases), CANDIDATES))}) with the shipped cue counts: micro F1 ${f3(scoreAspects(predict(shipped)).get('micro')!.f1)}.`,
    '',
    `Shipped cue weights (src/lib/ingest/cue-counts.json; a cue no labelled passage contains weighs 1). Lightest: ${cueList(ranked.slice(0, 15))}. Heaviest: ${cueList(ranked.slice(-15).reverse())}.`,
  ].join('\n'),
);
