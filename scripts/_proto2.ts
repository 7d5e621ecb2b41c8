import { readFile } from 'node:fs/promises';
import { readEntries } from '../src/lib/entry/read.ts';
import { casesOf, scoreAspects, grid, type Case, type Labelled } from '../src/lib/eval/topics.ts';
import { withoutPassingMentions, decide, type Evidence, type PassageSettings } from '../src/lib/ingest/passage-aspects.ts';
import { squeeze } from '../src/lib/ingest/parse.ts';
import { ASPECTS } from '../src/lib/taxonomy.ts';
const labels: Labelled[] = (await readFile('tests/fixtures/topic-labels.jsonl', 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const { entries } = await readEntries('content/reports');
const { cases } = casesOf(entries, labels);
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')).map(([k, v]) => [k, Number(v)]));
const S = args.s ?? 3, P = args.p ?? 0.7, W = args.w ?? 1, NMAX = args.n ?? 4, SHORT = args.short ?? 0, REP = args.rep ?? 2;
const HAND = new Set(ASPECTS.flatMap((a) => a.cues));
const TOPICS = ASPECTS.filter((a) => a.slug !== 'general').map((a) => a.slug);
const bodyOf = (c: Case) => withoutPassingMentions(squeeze(c.input.text));
function grams(t: string): Set<string> { const s = new Set<string>(); for (const run of t.match(/\p{Script=Han}+/gu) ?? []) for (let n = 2; n <= NMAX; n++) for (let i = 0; i + n <= run.length; i++) s.add(run.slice(i, i + n)); return s; }
type Cue = [string, string, number];
function learn(cs: Case[]): Cue[] {
  const df = new Map<string, { n: number; reps: Set<string>; by: Map<string, number> }>();
  for (const c of cs) for (const g of grams(bodyOf(c))) { let d = df.get(g); if (!d) df.set(g, (d = { n: 0, reps: new Set(), by: new Map() })); d.n++; d.reps.add(c.report); for (const a of c.gold) d.by.set(a, (d.by.get(a) ?? 0) + 1); }
  const cues: Cue[] = [];
  for (const [g, d] of df) { if (HAND.has(g) || d.reps.size < REP) continue; for (const [a, k] of d.by) if (a !== 'general' && k >= S && k / d.n >= P) cues.push([g, a, W * g.length]); }
  // drop a cue contained in a longer cue of the same aspect with the same support? keep simple
  return cues;
}
function withLearned(c: Case, cues: Cue[]): Evidence {
  const body = bodyOf(c); const own = new Map(c.evidence.own);
  for (const [g, a, w] of cues) if (body.includes(g)) own.set(a as any, (own.get(a as any) ?? 0) + w);
  return { ...c.evidence, own, kind: SHORT && body.length <= SHORT ? ('short' as any) : c.evidence.kind };
}
const CANDIDATES = grid({ floor: [2, 3, 4, 6, 8], ratio: [0.3, 0.4, 0.5], strong: [12, 16, 24], heading: [0, 0.5], item: [0, 2], lead: [0, 1], framing: [0, 4] });
function fitEval(evs: { e: Evidence; gold: readonly string[] }[], st: PassageSettings) { return scoreAspects(evs.map((x) => ({ predicted: dec(x.e, st), gold: x.gold }))).get('micro')!.f1; }
function dec(e: Evidence, st: PassageSettings) { return (e.kind as string) === 'short' ? decide({ ...e, kind: 'problems' }, { ...st, floor: 1 }) : decide(e, st); }
const reports = [...new Set(cases.map((c) => c.report))].sort();
const pairs: any[] = []; let ncues = 0;
for (const r of reports) {
  const train = cases.filter((c) => c.report !== r), test = cases.filter((c) => c.report === r);
  const cues = args.nolearn ? [] : learn(train); ncues += cues.length;
  const tr = train.map((c) => ({ e: withLearned(c, cues), gold: c.gold }));
  let best = CANDIDATES[0], bf = -1; for (const st of CANDIDATES) { const f = fitEval(tr, st); if (f > bf) [best, bf] = [st, f]; }
  for (const c of test) pairs.push({ predicted: dec(withLearned(c, cues), best), gold: c.gold });
}
const s = scoreAspects(pairs);
console.log(JSON.stringify(args), 'cues/fold', (ncues / 5).toFixed(0), 'micro', s.get('micro')!.f1.toFixed(3), [...s].map(([a, v]) => `${a}:${v.recall.toFixed(2)}/${v.precision.toFixed(2)}`).join(' '));
