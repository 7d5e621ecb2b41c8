/**
 * npm run test:loop -- [--runs N]   (default 20)
 * Runs `npm test` N times in a row, stopping at the first failure, and writes bench/test-loop.md: each
 * run's result and wall time, the machine, the commit. A flaky test shows up as a failed run here
 * rather than as a red CI some day; the log of a failed run is kept in test-loop-<n>.log.
 */
import { spawnSync, execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, not ${values.runs}`);

const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
const rows: string[] = [];
let failed = 0;
for (let n = 1; n <= runs && !failed; n++) {
  const start = Date.now();
  const run = spawnSync('npm', ['test'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Math.round((Date.now() - start) / 1000);
  const passed = run.status === 0;
  if (!passed) {
    failed = n;
    writeFileSync(`test-loop-${n}.log`, `${run.stdout}\n${run.stderr}`);
  }
  rows.push(`| ${n} | ${passed ? 'passed' : `**failed** (exit ${run.status}; log in test-loop-${n}.log)`} | ${seconds} s |`);
  console.log(`test:loop: run ${n}/${runs} ${passed ? 'passed' : 'FAILED'} in ${seconds} s`);
}

const summary = failed ? `run ${failed} of ${runs} failed` : `${runs} of ${runs} runs passed`;
writeFileSync(
  'bench/test-loop.md',
  `# npm test, ${runs} times in a row\n\n` +
    `\`npm run test:loop -- --runs ${runs}\` at ${commit} on ${new Date().toISOString().slice(0, 10)}, ` +
    `${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GB: **${summary}**.\n\n` +
    `| run | result | wall time |\n| --- | --- | --- |\n${rows.join('\n')}\n`,
);
console.log(`test:loop: ${summary}; bench/test-loop.md written`);
process.exitCode = failed ? 1 : 0;
