/**
 * npm run bench:build [-- --reports N --seed S --edited SHARE]
 * Builds a synthetic corpus of N reports (recombined seed paragraphs; default 10,000) end to end
 * and measures each step's wall time and peak memory (the largest peak resident set of any
 * process in the step's tree, Pagefind's service included, sampled from /proc): ingest, the search index alone, and `astro build` (pages, with the search
 * index in a child process alongside). Beside it, in the same run: a bare Astro 7 + default
 * Pagefind 1.6 build of the same report texts. Writes bench/build-<N>.md and .json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readEntries } from '../src/lib/entry/read.ts';
import { plainText } from '../src/lib/entry/placeholders.ts';
import { DIST_KINDS, distKind, PRECOMPRESSED, type DistKind } from '../src/lib/publish/dist-kinds.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    edited: { type: 'string', default: '0' },
    'no-bare': { type: 'boolean', default: false },
  },
});
// The bare baseline's default Pagefind takes 22 GB at 10,000 reports: skip it on a shared machine.
const BARE_RUN = !values['no-bare'];
const N = Number(values.reports);
// Inside node_modules so the bare Astro project resolves `astro` and `pagefind` from ours.
const WORK = resolve(`node_modules/.cache/duizhao-bench-build-${N}`);
const CORPUS = join(WORK, 'corpus');
const NODE = process.execPath;
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
const PAGEFIND = resolve('node_modules/.bin/pagefind');
const TS = ['--disable-warning=ExperimentalWarning'];

interface Step {
  seconds: number;
  peakMB: number;
  /** The end of what the step printed. */
  output?: string;
  /** Why the step did not finish (the baseline may not, on this machine). */
  failed?: string;
  /** The build's similar wordings line (printed early: past the kept end of the output). */
  similar?: string;
}

/** Every descendant of a process (from /proc), so Pagefind's service and our child processes count. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const all: number[] = [];
  for (const queue = [root]; queue.length > 0;) {
    const pid = queue.pop()!;
    all.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return all;
}

/** Peak resident set (VmHWM) of a process, in MB; 0 when it is gone. */
function peakMB(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
  } catch {
    return 0;
  }
}

/** Runs a command: wall time, and the largest peak resident set of any process in its tree (sampled every 200 ms). */
async function measured(label: string, args: string[], env: Record<string, string> = {}, cwd = process.cwd(), { mayFail = false } = {}): Promise<Step> {
  console.log(`▶ ${label}`);
  const start = performance.now();
  const child = spawn(args[0], args.slice(1), { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let similar: string | undefined;
  child.stdout.on('data', (d) => {
    output = (output + d).slice(-20000);
    similar = /similar wordings: [^\n]*/.exec(String(d))?.[0] ?? similar;
  });
  child.stderr.on('data', (d) => (output = (output + d).slice(-20000)));
  let peak = 0;
  const sampler = setInterval(() => {
    for (const pid of descendants(child.pid!)) peak = Math.max(peak, peakMB(pid));
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - start) / 1000;
  if (code !== 0 && mayFail) {
    // A process of its tree was killed: on this machine that is the kernel's out-of-memory killer.
    const failed = `did not finish: exit ${code} after ${seconds.toFixed(0)} s at ${(peak / 1024).toFixed(1)} GB${/Killed|signal/i.test(output) ? ' (killed)' : ''}`;
    console.log(`  ${failed}`);
    return { seconds, peakMB: peak, failed };
  }
  if (code !== 0) throw new Error(`${label} failed:\n${output}`);
  console.log(`  ${seconds.toFixed(1)} s, peak ${peak.toFixed(0)} MB`);
  return { seconds, peakMB: peak, output, ...(similar ? { similar } : {}) };
}

/** Files of a folder (precompressed copies excluded unless `filter` admits them): count, bytes, the largest. */
function dirStats(dir: string, filter: (name: string) => boolean = (name) => !PRECOMPRESSED.test(name)) {
  let bytes = 0;
  let files = 0;
  let largest = { bytes: 0, path: '' };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !filter(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const size = statSync(path).size;
    files++;
    bytes += size;
    if (size > largest.bytes) largest = { bytes: size, path: path.slice(dir.length) };
  }
  return { bytes, files, largest };
}

rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
execFileSync(NODE, [...TS, 'scripts/corpus-synth.ts', '--reports', String(N), '--seed', values.seed!, '--edited', values.edited!, '--out', CORPUS], {
  stdio: 'inherit',
});
const env = { DUIZHAO_CONTENT: CORPUS, DUIZHAO_OUT: join(WORK, 'dist') };

const ingest = await measured('ingest', [NODE, ...TS, 'scripts/ingest.ts'], env);
const index = await measured('search index alone', [NODE, ...TS, 'scripts/search-index.ts', '--out', join(WORK, 'index-only')], env);
const build = await measured('astro build (pages + search index alongside)', [NODE, ASTRO, 'build'], env);
const dist = join(WORK, 'dist');
const html = dirStats(dist, (n) => n.endsWith('.html'));
const all = dirStats(dist);
const precompressed = dirStats(dist, (n) => PRECOMPRESSED.test(n));
// Where dist/ goes, by kind of file (precompressed copies not counted).
const kinds = Object.fromEntries(DIST_KINDS.map((k) => [k, { bytes: 0, files: 0 }])) as Record<DistKind, { bytes: number; files: number }>;
for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
  if (!entry.isFile() || PRECOMPRESSED.test(entry.name)) continue;
  const path = join(entry.parentPath, entry.name);
  const kind = kinds[distKind(path.slice(dist.length + 1))];
  kind.files++;
  kind.bytes += statSync(path).size;
}
const precompressLine = /precompressed .*/.exec(build.output ?? '')?.[0] ?? 'not reported';
const similarLine = build.similar ?? 'not reported';
delete build.output;
const pagefindStats = dirStats(join(dist, 'pagefind'));
/** The search page's distinct-text store (text chunks, occurrences, report rows, gram summaries, facet table). */
const storeStats = kinds['search text store'];
rmSync(join(WORK, 'index-only'), { recursive: true, force: true });
console.log(JSON.stringify({ ingest, index, build, html, pagefind: pagefindStats, store: storeStats, kinds }));

// The baseline: a bare Astro site with one page per report (title and passages as <p>), and
// default Pagefind over its HTML, as a site without our work would be built.
const BARE = join(WORK, 'bare');
const { entries } = await readEntries(join(CORPUS, 'reports'));
mkdirSync(join(BARE, 'src', 'pages', 'r'), { recursive: true });
mkdirSync(join(BARE, 'texts'), { recursive: true });
for (const e of entries) {
  const text = [e.frontmatter.title, ...e.sections.flatMap((s) => [s.heading, ...s.passages.map((p) => plainText(p.text))])].join('\n');
  writeFileSync(join(BARE, 'texts', `${e.id}.txt`), text);
}
writeFileSync(join(BARE, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n`);
writeFileSync(
  join(BARE, 'src', 'pages', 'r', '[id].astro'),
  `---
import { readFileSync, readdirSync } from 'node:fs';
export function getStaticPaths() {
  return readdirSync(${JSON.stringify(join(BARE, 'texts'))}).map((n) => ({ params: { id: n.slice(0, -4) } }));
}
const [title, ...lines] = readFileSync(${JSON.stringify(join(BARE, 'texts'))} + '/' + Astro.params.id + '.txt', 'utf8').split('\\n');
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>{title}</title></head><body><main data-pagefind-body><h1>{title}</h1>{lines.map((l) => <p>{l}</p>)}</main></body></html>
`,
);
const NOT_RUN: Step = { seconds: 0, peakMB: 0, failed: 'not run (--no-bare)' };
const bareAstro = BARE_RUN ? await measured('bare astro build', [NODE, ASTRO, 'build'], {}, BARE) : NOT_RUN;
// Pagefind's own CLI, as a bare site runs it (through the Node API, 10,000 pages did not finish here).
const barePagefind = BARE_RUN ? await measured('bare default pagefind', [PAGEFIND, '--site', 'dist'], {}, BARE, { mayFail: true }) : NOT_RUN;
const noFiles = { bytes: 0, files: 0, largest: { bytes: 0, path: '' } };
const bareIndex = barePagefind.failed ? noFiles : dirStats(join(BARE, 'dist', 'pagefind'));
const bareDist = BARE_RUN ? dirStats(join(BARE, 'dist')) : noFiles;
delete bareAstro.output;
delete barePagefind.output;

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const cell = (s: Step) => (s.failed ? `**${s.failed}**` : `${s.seconds.toFixed(0)} s`);
const row = (label: string, s: Step, bare?: Step) =>
  `| ${label} | ${cell(s)} | ${s.peakMB.toFixed(0)} MB | ${bare ? cell(bare) : '—'} | ${bare ? `${bare.peakMB.toFixed(0)} MB` : '—'} |`;
const total = { seconds: ingest.seconds + build.seconds, peakMB: Math.max(ingest.peakMB, build.peakMB) };
const bareTotal: Step = {
  seconds: bareAstro.seconds + barePagefind.seconds,
  peakMB: Math.max(bareAstro.peakMB, barePagefind.peakMB),
  ...(barePagefind.failed ? { failed: BARE_RUN ? 'did not finish (Pagefind above)' : NOT_RUN.failed } : {}),
};
const report = {
  reports: N,
  date: new Date().toISOString().slice(0, 10),
  ingest,
  index,
  build,
  total,
  html,
  all,
  precompressed,
  precompress: precompressLine,
  edited: Number(values.edited),
  similar: similarLine,
  kinds,
  pagefind: pagefindStats,
  store: storeStats,
  bare: { astro: bareAstro, pagefind: barePagefind, total: bareTotal, index: bareIndex, dist: bareDist },
};
const md = `# Build benchmark, ${N} synthetic reports

Measured by \`npm run bench:build -- --reports ${N}${Number(values.edited) > 0 ? ` --edited ${values.edited}` : ''}\` on ${report.date}, 2 cores, 24 GB. Peak memory is the largest
resident set (VmHWM) of any single process of the step, Pagefind's service included, sampled from /proc every 200 ms.

| step | duizhao | peak memory | bare Astro + default Pagefind | peak memory |
| --- | --- | --- | --- | --- |
${row('ingest (sources → entries)', ingest)}
${row('astro build: pages, and the search index in a child process alongside', build, bareAstro)}
${row('search index alone (counted inside the build above)', index, barePagefind)}
${row('**end to end** (ingest + build; bare: astro build + pagefind)', total, bareTotal)}

| output | duizhao | bare |
| --- | --- | --- |
| dist (without precompressed copies) | ${mb(all.bytes)} in ${all.files} files | ${BARE_RUN ? `${mb(bareDist.bytes)} in ${bareDist.files} files` : '—'} |
| precompressed copies (.gz, .br) | ${mb(precompressed.bytes)} in ${precompressed.files} files | — |
| HTML pages | ${html.files}, largest ${(html.largest.bytes / 1024).toFixed(0)} kB (${html.largest.path}) | ${BARE_RUN ? dirStats(join(BARE, 'dist'), (n) => n.endsWith('.html')).files : '—'} |
| search index | text store ${mb(storeStats.bytes)} in ${storeStats.files} files + Pagefind bundles (unused by the page) ${mb(pagefindStats.bytes)} in ${pagefindStats.files} files | ${barePagefind.failed ? '—' : `${mb(bareIndex.bytes)} in ${bareIndex.files} files`} |

Precompression (in the build above): ${precompressLine}

Similar wordings (in the build above; ${Number(values.edited) > 0 ? `${Math.round(100 * Number(values.edited))} % of the synthetic reports edited copies, \`--edited ${values.edited}\`` : 'no edited copies'}): ${similarLine}

dist by kind (precompressed copies not counted):

| kind | size | files | share |
| --- | --- | --- | --- |
${DIST_KINDS.map((k) => `| ${k} | ${mb(kinds[k].bytes)} | ${kinds[k].files} | ${((100 * kinds[k].bytes) / all.bytes).toFixed(1)}% |`).join('\n')}
`;
mkdirSync('bench', { recursive: true });
// A library with edited copies is another benchmark: its results beside, not over, the plain one's.
const name = `bench/build-${N}${Number(values.edited) > 0 ? '-edited' : ''}`;
writeFileSync(`${name}.md`, md);
writeFileSync(`${name}.json`, `${JSON.stringify(report, null, 2)}\n`);
console.log(md);
