/**
 * What a person wrote is never lost (issue 12): invalid entries are left alone, edits follow their
 * text, successors inherit, removed reports leave tombstones, only regular files inside sources/
 * are read, and invisible characters never break a phrase.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestContent } from '../../src/lib/ingest/ingest-content.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'content');
const REVIEW_2023 = '004_e313425cfc1e017d.txt'; // entry ab94ce7e

function withContent(run: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-lost-'));
    try {
      cpSync(CONTENT, dir, { recursive: true });
      await run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

const entryPath = (dir: string, id: string) => join(dir, 'reports', `${id}.md`);
const entryText = (dir: string, id: string) => readFileSync(entryPath(dir, id), 'utf8');
/** anchor → passage text, read straight from an entry file. */
function passagesOf(text: string): Map<string, string> {
  return new Map([...text.matchAll(/^([^#\n].*) \{#(s[\d-]+-p\d+)\}$/gmu)].map((m) => [m[2], m[1]]));
}
function edit(dir: string, id: string, change: (text: string) => string) {
  writeFileSync(entryPath(dir, id), change(entryText(dir, id)));
}

test(
  'an entry with a YAML mistake or an unknown value is left untouched, named with line and field, until fixed',
  withContent(async (dir) => {
    edit(dir, 'ab94ce7e', (t) => t.replace('reviewed: false', 'reviewed: true').replace('unit: county-standing', 'unit: univercity'));
    const edited = entryText(dir, 'ab94ce7e');
    for (let run = 0; run < 2; run++) {
      const result = await ingestContent(dir, { write: true });
      assert.equal(entryText(dir, 'ab94ce7e'), edited, 'the person’s file is as they left it');
      assert.deepEqual(
        result.failures.map((f) => [f.file.split('/').pop(), f.message.split(':')[0]]),
        [
          ['ab94ce7e.md', 'invalid frontmatter — line 4, field "unit"'],
          [REVIEW_2023, 'not ingested'],
        ],
      );
    }
    edit(dir, 'ab94ce7e', (t) => t.replace('title: 2023', 'title: [2023'));
    const yaml = await ingestContent(dir, { write: true });
    // js-yaml notices the unclosed [ on the next line.
    assert.match(yaml.failures[0].message, /^line 3: frontmatter is not valid YAML/);
    assert.match(entryText(dir, 'ab94ce7e'), /title: \[2023/);
  }),
);

test(
  'a person’s section metadata follows its section’s text when a section is inserted before it',
  withContent(async (dir) => {
    edit(dir, 'ab94ce7e', (t) =>
      t.replace('reviewed: false', 'reviewed: true').replace(/(- id: s2-5\n {4}kind: problems\n {4}aspects:\n {6}- style)/, '$1\n      - people'),
    );
    const source = join(dir, 'sources', REVIEW_2023);
    writeFileSync(
      source,
      readFileSync(source, 'utf8').replace('一、存在的突出问题\n', '一、存在的突出问题\n（一）意识形态方面。一是意识形态工作责任制落实不够到位。\n'),
    );
    const result = await ingestContent(dir, { write: true });
    assert.deepEqual(result.failures, []);
    const text = entryText(dir, 'ab94ce7e');
    // 工作作风 keeps its anchor and the person's aspects; the new section gets an anchor no passage ever had.
    assert.match(text, /^### （五）工作作风方面。 \{#s2-5\}$/m);
    assert.match(text, /- id: s2-5\n {4}kind: problems\n {4}aspects:\n {6}- style\n {6}- people\n/);
    assert.match(text, /^### （一）意识形态方面。 \{#s2-7\}$/m);
    assert.match(text, /^### （一）理论学习方面。 \{#s2-1\}$/m);
    const before = passagesOf(readFileSync(join(CONTENT, 'reports', 'ab94ce7e.md'), 'utf8'));
    const after = passagesOf(text);
    for (const [anchor, passage] of before) assert.equal(after.get(anchor), passage, anchor);
  }),
);

test(
  'an edited, reflowed or merged passage keeps its anchor or leaves an alias that lands on its text',
  withContent(async (dir) => {
    // In the 2023 review, s2-1-p1 is edited (a few characters changed).
    const review = join(dir, 'sources', REVIEW_2023);
    const p1 = passagesOf(entryText(dir, 'ab94ce7e')).get('s2-1-p1')!;
    writeFileSync(review, readFileSync(review, 'utf8').replace(p1, p1.replace('不够系统深入', '还不够系统、不够深入')));
    // In the minutes, two paragraphs (two source lines) become one, as a reflowed copy would have them.
    const minutes = join(dir, 'sources', '003_5e7c34fca68c87ad.txt');
    const before = passagesOf(entryText(dir, '6f51a37c'));
    const [first, second] = ['s1-3-2-p1', 's1-3-2-p2'].map((a) => before.get(a)!);
    const original = readFileSync(minutes, 'utf8');
    assert.ok(original.includes(`${first}\n${second}\n`));
    writeFileSync(minutes, original.replace(`${first}\n${second}\n`, `${first}${second}\n`));
    const result = await ingestContent(dir, { write: true });
    assert.deepEqual(result.failures, []);
    assert.match(passagesOf(entryText(dir, 'ab94ce7e')).get('s2-1-p1')!, /还不够系统、不够深入/);
    const text = entryText(dir, '6f51a37c');
    const after = passagesOf(text);
    assert.equal(after.get('s1-3-2-p1'), `${first}${second}`);
    assert.equal(after.has('s1-3-2-p2'), false);
    assert.match(text.slice(text.indexOf('\naliases:\n')), /^ {2}s1-3-2-p2: s1-3-2-p1$/m);
    // Every other passage keeps its anchor.
    for (const [anchor, passage] of before) if (anchor !== 's1-3-2-p1' && anchor !== 's1-3-2-p2') assert.equal(after.get(anchor), passage, anchor);
  }),
);

test(
  'a source replaced by an edited copy under a new name: the successor redirects the old id and keeps the person’s metadata and anchors',
  withContent(async (dir) => {
    edit(dir, 'ab94ce7e', (t) => t.replace('reviewed: false', 'reviewed: true').replace('unit: county-standing', 'unit: department'));
    const source = join(dir, 'sources', REVIEW_2023);
    const text = readFileSync(source, 'utf8').replace('不够系统深入', '还不够系统深入');
    rmSync(source);
    writeFileSync(join(dir, 'sources', '004_revised.txt'), text);
    const result = await ingestContent(dir, { write: true });
    assert.deepEqual(result.failures, []);
    const names = readdirSync(join(dir, 'reports'));
    assert.equal(names.includes('ab94ce7e.md'), false);
    const successor = names.map((n) => readFileSync(join(dir, 'reports', n), 'utf8')).find((t) => t.includes('source: 004_revised.txt'))!;
    assert.match(successor, /^reviewed: true$/m);
    assert.match(successor, /^unit: department$/m);
    assert.match(successor, /^formerIds:\n {2}- ab94ce7e$/m);
    const before = passagesOf(readFileSync(join(CONTENT, 'reports', 'ab94ce7e.md'), 'utf8'));
    const after = passagesOf(successor);
    assert.deepEqual([...after.keys()], [...before.keys()], 'every anchor lands on the same passage in the successor');
  }),
);

test(
  'a new report with a removed one’s generic title is not its successor: the old URL becomes a tombstone',
  withContent(async (dir) => {
    rmSync(join(dir, 'sources', REVIEW_2023));
    // Another unit's material under the same generic title (test fixture, not corpus text).
    writeFileSync(
      join(dir, 'sources', '009_other.txt'),
      '2023年度第二批主题教育专题民主生活会领导班子对照检查剖析材料\n一、存在的突出问题\n（一）理论学习方面。一是学习制度执行不严，集体学习有时流于形式。\n二、产生问题的原因分析\n（一）党性修养有所放松。对自身要求不够严格。\n',
    );
    const result = await ingestContent(dir, { write: true });
    assert.deepEqual(result.failures, []);
    const tombstone = entryText(dir, 'ab94ce7e');
    assert.match(tombstone, /^status: retired$/m);
    assert.deepEqual([...passagesOf(tombstone)], []);
    const other = readdirSync(join(dir, 'reports'))
      .map((n) => readFileSync(join(dir, 'reports', n), 'utf8'))
      .find((t) => t.includes('source: 009_other.txt'))!;
    assert.doesNotMatch(other, /formerIds/);
  }),
);

test(
  'two byte-identical sources make one entry and a warning naming both; a removed source is retired, a reviewed one kept unless pruned',
  withContent(async (dir) => {
    cpSync(join(dir, 'sources', REVIEW_2023), join(dir, 'sources', '005_copy.txt'));
    const copy = await ingestContent(dir, { write: true });
    assert.deepEqual(copy.failures, []);
    assert.equal(readdirSync(join(dir, 'reports')).length, 5);
    assert.ok(copy.log.some((line) => line.includes('005_copy.txt') && line.includes(REVIEW_2023) && line.includes('not ingested twice')));

    edit(dir, '4e2caa8d', (t) => t.replace('reviewed: false', 'reviewed: true'));
    const reviewedSource = readdirSync(join(dir, 'sources')).find((n) => n.startsWith('001_'))!;
    rmSync(join(dir, 'sources', reviewedSource));
    const kept = await ingestContent(dir, { write: true });
    assert.deepEqual(kept.retired, []);
    assert.doesNotMatch(entryText(dir, '4e2caa8d'), /status: retired/);
    assert.ok(kept.log.some((line) => line.includes('4e2caa8d.md') && line.includes('--prune')));
    const pruned = await ingestContent(dir, { write: true, prune: true });
    assert.deepEqual(pruned.retired, [entryPath(dir, '4e2caa8d')]);
    assert.match(entryText(dir, '4e2caa8d'), /^status: retired$/m);
    assert.match(entryText(dir, '4e2caa8d'), /^reviewed: true$/m);
  }),
);

test(
  'an ingest that would retire every report refuses without --prune; with it, every URL stays (tombstones)',
  withContent(async (dir) => {
    const before = readdirSync(join(dir, 'reports')).map((n) => [n, readFileSync(join(dir, 'reports', n), 'utf8')]);
    for (const name of readdirSync(join(dir, 'sources'))) rmSync(join(dir, 'sources', name));
    const refused = await ingestContent(dir, { write: true });
    assert.equal(refused.failures.length, 1);
    assert.match(refused.failures[0].message, /every source of the 5 reports is gone.*--prune/);
    assert.deepEqual(
      readdirSync(join(dir, 'reports')).map((n) => [n, readFileSync(join(dir, 'reports', n), 'utf8')]),
      before,
    );
    const pruned = await ingestContent(dir, { write: true, prune: true });
    assert.equal(pruned.retired.length, 5);
    assert.equal(readdirSync(join(dir, 'reports')).length, 5);
  }),
);

test(
  'only regular files inside sources/ are read: links outside, pipes and Office lock files are skipped with a note',
  withContent(async (dir) => {
    const outside = mkdtempSync(join(tmpdir(), 'duizhao-outside-'));
    try {
      writeFileSync(join(outside, 'secret.txt'), '2023年度民主生活会对照检查材料\n一、存在的问题\n（一）不应公开的文字。\n');
      symlinkSync(join(outside, 'secret.txt'), join(dir, 'sources', '007_link.txt'));
      symlinkSync(join(dir, 'sources', REVIEW_2023), join(dir, 'sources', '008_inside_link.txt'));
      execFileSync('mkfifo', [join(dir, 'sources', '006_pipe.txt')]);
      writeFileSync(join(dir, 'sources', '~$报告.docx'), 'lock');
      const result = await ingestContent(dir, { write: true });
      assert.deepEqual(result.failures, []);
      assert.equal(readdirSync(join(dir, 'reports')).length, 5, 'no entry for the link, the pipe or the lock file');
      const notes = result.log.join('\n');
      assert.match(notes, /007_link\.txt: skipped: a link that leads outside the sources folder/);
      assert.match(notes, /006_pipe\.txt: skipped: not a regular file/);
      assert.match(notes, /~\$报告\.docx: skipped: an Office lock file/);
      // A link inside the folder to a source already ingested is that source twice.
      assert.match(notes, /008_inside_link\.txt: the same bytes as .*004_e313425cfc1e017d\.txt/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  }),
);

test(
  'zero-width characters, soft hyphens, NUL and bidirectional overrides are removed, recorded, and never break a phrase',
  withContent(async (dir) => {
    const source = join(dir, 'sources', REVIEW_2023);
    const text = readFileSync(source, 'utf8');
    assert.ok(text.includes('以会议落实会议'));
    writeFileSync(source, text.replace('以会议落实会议', '以会\u200b议落\u00ad实\u0000会\u202e议'));
    const result = await ingestContent(dir, { write: true });
    assert.deepEqual(result.failures, []);
    const entry = entryText(dir, 'ab94ce7e');
    assert.ok(entry.includes('以会议落实会议'));
    assert.doesNotMatch(entry, /[\u200b\u00ad\u0000\u202e]/);
    for (const code of ['U+200B', 'U+00AD', 'U+0000', 'U+202E']) assert.match(entry, new RegExp(`from: ${code.replace('+', '\\+')}\\n`));
  }),
);

test(
  'the ingest command: exit 1 naming a bad file, --check fails on an out-of-date entry, a missing sources folder is one line',
  withContent(async (dir) => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', join(ROOT, 'scripts/ingest.ts'), ...args], {
        env: { ...process.env, DUIZHAO_CONTENT: dir },
        encoding: 'utf8',
      });
    assert.equal(run('--check').status, 0);
    edit(dir, 'ab94ce7e', (t) => t.replace('以会议落实会议', '以会议落实'));
    const stale = run('--check');
    assert.equal(stale.status, 1);
    assert.match(stale.stdout, /1 out of date/);
    assert.equal(run().status, 0);
    writeFileSync(join(dir, 'sources', '009_empty.txt'), '');
    const bad = run();
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /✗ .*009_empty\.txt: empty/);
    rmSync(join(dir, 'sources', '009_empty.txt'));
    renameSync(join(dir, 'sources'), join(dir, 'elsewhere'));
    const missing = run();
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr.trim().split('\n').length, 1);
    assert.match(missing.stderr, /no sources folder/);
    assert.doesNotMatch(missing.stderr, /\bat .*\.ts:\d+/);
  }),
);
