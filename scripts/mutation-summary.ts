/**
 * node scripts/mutation-summary.ts
 * Reads Stryker's JSON report (reports/mutation/mutation.json, the mutation-testing-report schema)
 * and writes bench/mutation.md: the score per module and per folder of src/lib, and the survivors.
 * Score = detected / (detected + survived + no coverage), detected = killed or timed out.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface Mutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  location: { start: { line: number; column: number } };
}

const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8')) as { files: Record<string, { mutants: Mutant[] }> };
const count = (mutants: Mutant[]) => {
  const detected = mutants.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length;
  const survived = mutants.filter((m) => m.status === 'Survived').length;
  const uncovered = mutants.filter((m) => m.status === 'NoCoverage').length;
  const total = detected + survived + uncovered;
  return { detected, survived, uncovered, score: total === 0 ? 100 : (100 * detected) / total };
};
const row = (name: string, mutants: Mutant[]) => {
  const c = count(mutants);
  return `| ${name} | ${c.score.toFixed(1)} % | ${c.detected} | ${c.survived} | ${c.uncovered} |`;
};
const files = Object.entries(report.files).sort(([a], [b]) => (a < b ? -1 : 1));
const folders = new Map<string, Mutant[]>();
for (const [path, { mutants }] of files) {
  const folder = path.split('/').slice(0, -1).join('/');
  folders.set(folder, [...(folders.get(folder) ?? []), ...mutants]);
}
const all = files.flatMap(([, f]) => f.mutants);
const head = '| module | score | detected | survived | no coverage |\n| --- | --- | --- | --- | --- |';
const survivors = files.flatMap(([path, { mutants }]) =>
  mutants
    .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
    .map(
      (m) =>
        `- ${path}:${m.location.start.line} ${m.mutatorName}${m.status === 'NoCoverage' ? ' (no coverage)' : ''}: \`${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}\``,
    ),
);
writeFileSync(
  'bench/mutation.md',
  `# Mutation testing (Stryker, tap runner over node:test)

\`npm run test:mutation\`; report: \`reports/mutation/mutation.json\`. Score = detected / (detected + survived + no coverage).

Overall: ${count(all).score.toFixed(1)} % of ${all.length} mutants.

## By folder

${head}
${[...folders].map(([folder, mutants]) => row(folder, mutants)).join('\n')}

## By module

${head}
${files.map(([path, { mutants }]) => row(path, mutants)).join('\n')}

## Survivors and uncovered mutants

${survivors.join('\n') || 'None.'}
`,
);
console.log(`mutation score ${count(all).score.toFixed(1)} % (${all.length} mutants); bench/mutation.md written`);
