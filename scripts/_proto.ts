import { readFile } from 'node:fs/promises';
import { readEntries } from '../src/lib/entry/read.ts';
import { casesOf, scoreAspects, type Case, type Labelled } from '../src/lib/eval/topics.ts';
import { withoutPassingMentions, decide } from '../src/lib/ingest/passage-aspects.ts';
import { squeeze } from '../src/lib/ingest/parse.ts';
import { ASPECTS } from '../src/lib/taxonomy.ts';
const labels: Labelled[] = (await readFile('tests/fixtures/topic-labels.jsonl', 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const { entries } = await readEntries('content/reports');
const { cases } = casesOf(entries, labels);
const SLUGS = ASPECTS.map((a) => a.slug);
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')).map(([k, v]) => [k, Number(v)]));
const LAMBDA = args.lambda ?? 0.01, EPOCHS = args.epochs ?? 200, LR = args.lr ?? 1, T = args.t ?? 0.4, LEX = args.lex ?? 1, BI = args.bi ?? 1;
function feats(c: Case): Map<string, number> {
  const f = new Map<string, number>();
  const body = withoutPassingMentions(squeeze(c.input.text)).replace(/^（[一二三四五六七八九十]+）/u, '');
  if (BI) { const chars = [...body]; for (let i = 0; i + 1 < chars.length; i++) { const b = chars[i] + chars[i + 1]; if (/[\p{P}\s\d]/u.test(b)) continue; f.set('b:' + b, 1); } }
  const n = Math.sqrt(f.size || 1); for (const k of f.keys()) f.set(k, 1 / n);
  if (LEX) {
    for (const [a, s] of c.evidence.own) f.set('own:' + a, Math.log1p(s) / 2);
    for (const [a, s] of c.evidence.heading) f.set('head:' + a, Math.log1p(s) / 4);
    for (const a of c.evidence.itemAspects ?? []) f.set('item:' + a, 0.5);
    for (const a of c.evidence.points) f.set('pt:' + a, 0.5);
    for (const a of decide(c.evidence)) f.set('rule:' + a, 1);
  }
  f.set('kind:' + c.input.kind, 1);
  f.set('len', Math.min(body.length, 400) / 400);
  f.set('bias', 1);
  return f;
}
type Model = { index: Map<string, number>; w: Float64Array[] };
function vec(index: Map<string, number>, f: Map<string, number>) { const ks: number[] = [], vs: number[] = []; for (const [k, v] of f) { const i = index.get(k); if (i !== undefined) { ks.push(i); vs.push(v); } } return { ks, vs }; }
function train(cs: Case[]): Model {
  const F = cs.map(feats);
  const index = new Map<string, number>();
  for (const f of F) for (const k of f.keys()) if (!index.has(k)) index.set(k, index.size);
  const X = F.map((f) => vec(index, f));
  const biasI = index.get('bias')!;
  const w = SLUGS.map(() => new Float64Array(index.size));
  for (let j = 0; j < SLUGS.length; j++) {
    const wj = w[j]; const Y = cs.map((c) => (c.gold.includes(SLUGS[j]) ? 1 : 0));
    for (let e = 0; e < EPOCHS; e++) {
      const g = new Float64Array(index.size);
      X.forEach(({ ks, vs }, i) => { let z = 0; for (let t = 0; t < ks.length; t++) z += wj[ks[t]] * vs[t]; const d = 1 / (1 + Math.exp(-z)) - Y[i]; for (let t = 0; t < ks.length; t++) g[ks[t]] += d * vs[t]; });
      for (let k = 0; k < wj.length; k++) wj[k] -= LR * (g[k] / X.length + (k === biasI ? 0 : LAMBDA * wj[k]));
    }
  }
  return { index, w };
}
function predict(m: Model, c: Case): string[] {
  const { ks, vs } = vec(m.index, feats(c));
  const p = SLUGS.map((a, j) => { let z = 0; for (let t = 0; t < ks.length; t++) z += m.w[j][ks[t]] * vs[t]; return { a, p: 1 / (1 + Math.exp(-z)) }; }).sort((a, b) => b.p - a.p);
  let chosen = p.filter((q) => q.p >= T).slice(0, 3);
  if (chosen.length === 0) chosen = [p[0]];
  if (chosen.some((q) => q.a === 'general') && chosen.length > 1) chosen = chosen[0].a === 'general' ? [chosen[0]] : chosen.filter((q) => q.a !== 'general');
  return chosen.map((q) => q.a);
}
const reports = [...new Set(cases.map((c) => c.report))].sort();
const pairs: { predicted: string[]; gold: readonly string[] }[] = [];
for (const r of reports) { const w = train(cases.filter((c) => c.report !== r)); for (const c of cases.filter((c) => c.report === r)) pairs.push({ predicted: predict(w, c), gold: c.gold }); }
const s = scoreAspects(pairs);
console.log(JSON.stringify(args), 'micro', s.get('micro')!.f1.toFixed(3), [...s].map(([a, v]) => `${a}:${v.recall.toFixed(2)}/${v.precision.toFixed(2)}`).join(' '));
