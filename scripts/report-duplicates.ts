/**
 * npm run report:duplicates [-- --limit N --min SHARE]
 * For a curator: the pairs of reports in <content>/reports that share many passages, exactly or
 * nearly (src/lib/similar/duplicates.ts), most shared first; at most --limit pairs (default 50), each
 * sharing at least --min (default 0.5) of the smaller report's passages.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readEntries } from '../src/lib/entry/read.ts';
import { settings } from '../src/lib/settings.ts';
import { duplicatePairs } from '../src/lib/similar/duplicates.ts';
import { similarIndex } from '../src/lib/similar/similar.ts';
import { passageRecords } from '../src/lib/view/library.ts';

const { values } = parseArgs({ options: { limit: { type: 'string', default: '50' }, min: { type: 'string', default: '0.5' } } });
const limit = Number(values.limit);
const { entries, failures } = await readEntries(join(settings.content, 'reports'));
for (const f of failures) console.error(`${f.file}: ${f.message}`);
const reports = entries.filter((e) => e.frontmatter.status !== 'retired');
const records = passageRecords(reports);
const start = performance.now();
const index = similarIndex(records.map((r) => r.text));
const pairs = duplicatePairs(
  index,
  records.map((r) => r.reportId),
  { minShare: Number(values.min) },
);
const seconds = ((performance.now() - start) / 1000).toFixed(1);
const title = new Map(reports.map((e) => [e.id, e.frontmatter.title]));
const name = (id: string) => `${id} ${(title.get(id) ?? '').slice(0, 30)}`;
console.log(`# Reports sharing passages

${reports.length} reports, ${records.length} passages (${index.texts.length} distinct texts), ${seconds} s. Pairs sharing at least ${Math.round(100 * Number(values.min))} % of the smaller report's passages (a passage and its near copies count once): ${pairs.length}${pairs.length > limit ? `, the first ${limit} listed` : ''}.
`);
if (pairs.length > 0) {
  console.log('| report | report | shared passages | of them identical | share of the smaller |\n| --- | --- | --- | --- | --- |');
  for (const p of pairs.slice(0, limit)) console.log(`| ${name(p.a)} | ${name(p.b)} | ${p.shared} | ${p.exact} | ${Math.round(100 * p.share)} % |`);
}
