/**
 * Crash safety: `npm run ingest` killed with SIGKILL at 30 moments inside its write phase, over a
 * library whose every entry is being rewritten. After every kill each entry is whole (the old one
 * or the new one, never cut), the next ingest finishes with exit 0, and the library builds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseEntry } from '../../src/lib/entry/format.ts';
import { prng, synthesizeReports } from '../../src/lib/synth/corpus.ts';
import { astroBuild } from '../support/corpus-site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const KILLS = 30;

function ingest(content: string) {
  return spawn(process.execPath, ['--disable-warning=ExperimentalWarning', join(ROOT, 'scripts/ingest.ts')], {
    env: { ...process.env, DUIZHAO_CONTENT: content },
    stdio: 'ignore',
  });
}

/** Runs ingest and kills it `delay` ms after its first change to reports/ (the write phase has begun). */
function killDuringWrites(content: string, delay: number): Promise<'killed' | 'finished'> {
  return new Promise((done) => {
    const child = ingest(content);
    let timer: NodeJS.Timeout | undefined;
    const watcher = watch(join(content, 'reports'), () => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), delay);
    });
    child.on('exit', (_code, signal) => {
      watcher.close();
      clearTimeout(timer);
      done(signal === 'SIGKILL' ? 'killed' : 'finished');
    });
  });
}

test(`ingest killed ${KILLS} times while writing leaves every entry whole; the next run and the build succeed`, { timeout: 300_000 }, async () => {
  const content = mkdtempSync(join(tmpdir(), 'duizhao-kill-'));
  try {
    mkdirSync(join(content, 'sources'));
    mkdirSync(join(content, 'reports'));
    const seeds = readdirSync(join(ROOT, 'content/sources'))
      .sort()
      .map((name) => ({ name, lines: readFileSync(join(ROOT, 'content/sources', name), 'utf8').split('\n') }));
    // The seeds too: the site's editorial pages quote them.
    const reports = [...seeds.map((s) => ({ name: s.name, text: s.lines.join('\n') })), ...synthesizeReports(seeds, 80, 12)];
    for (const r of reports) writeFileSync(join(content, 'sources', r.name), r.text);
    assert.equal(
      spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', join(ROOT, 'scripts/ingest.ts')], {
        env: { ...process.env, DUIZHAO_CONTENT: content },
      }).status,
      0,
    );

    const random = prng(7);
    let killed = 0;
    for (let round = 0; killed < KILLS && round < KILLS * 3; round++) {
      // Every source changes, so every entry is rewritten in this run.
      for (const r of reports) appendFileSync(join(content, 'sources', r.name), `第${round}轮补充说明：本段用于测试。\n`);
      if ((await killDuringWrites(content, Math.floor(random() * 120))) === 'killed') killed++;
      for (const name of readdirSync(join(content, 'reports')).filter((n) => n.endsWith('.md'))) {
        const text = readFileSync(join(content, 'reports', name), 'utf8');
        assert.doesNotThrow(() => parseEntry(text, name, name.slice(0, -3)), `round ${round}: ${name} is whole`);
      }
      assert.equal(readdirSync(join(content, 'reports')).filter((n) => n.endsWith('.md')).length, reports.length, `round ${round}: no entry lost`);
    }
    assert.equal(killed, KILLS, 'killed inside the write phase often enough');
    const last = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', join(ROOT, 'scripts/ingest.ts')], {
      env: { ...process.env, DUIZHAO_CONTENT: content },
      encoding: 'utf8',
    });
    assert.equal(last.status, 0, last.stderr);
    assert.deepEqual(
      readdirSync(join(content, 'reports')).filter((n) => !n.endsWith('.md')),
      [],
      'no temporary file is left once a run completes',
    );
    const build = astroBuild(content, `${content}-dist`);
    assert.equal(build.status, 0, build.output.slice(-2000));
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(`${content}-dist`, { recursive: true, force: true });
  }
});
