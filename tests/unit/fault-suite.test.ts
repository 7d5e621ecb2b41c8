import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEntry } from '../../src/lib/entry/format.ts';
import { plainText } from '../../src/lib/entry/placeholders.ts';
import { ingestContent } from '../../src/lib/ingest/ingest-content.ts';
import { faults } from '../support/faults.ts';

const CONTENT = join(import.meta.dirname, '../../content');

test('fault suite: each broken or hostile source ingests with its text intact or fails by name; the others are untouched', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-faults-'));
  cpSync(join(CONTENT, 'sources'), join(dir, 'sources'), { recursive: true });
  cpSync(join(CONTENT, 'reports'), join(dir, 'reports'), { recursive: true });
  const seedEntries = new Map(readdirSync(join(dir, 'reports')).map((n) => [n, readFileSync(join(dir, 'reports', n), 'utf8')]));
  const cases = faults();
  for (const f of cases) writeFileSync(join(dir, 'sources', f.name), f.bytes);

  const result = await ingestContent(dir, { write: true });
  const failed = new Map(result.failures.map((f) => [f.file.split('/').pop()!, f.message]));
  const entries = readdirSync(join(dir, 'reports')).map((n) => parseEntry(readFileSync(join(dir, 'reports', n), 'utf8'), n, n.slice(0, -3)));
  const bySource = new Map(entries.map((e) => [e.frontmatter.source, e]));

  for (const f of cases) {
    if (f.failure) {
      assert.ok(failed.get(f.name)?.startsWith(f.failure), `${f.name}: expected failure "${f.failure}", got ${failed.get(f.name) ?? 'an entry'}`);
      assert.equal(bySource.has(f.name), false, `${f.name}: no entry`);
      continue;
    }
    assert.equal(failed.get(f.name), undefined, `${f.name} failed: ${failed.get(f.name)}`);
    const entry = bySource.get(f.name);
    assert.ok(entry, `${f.name}: an entry`);
    const shown = entry.sections.flatMap((s) => [s.heading, ...s.passages.map((p) => plainText(p.text))]);
    for (const t of f.texts!)
      assert.ok(shown.includes(t), `${f.name}: "${t.slice(0, 40)}" is one passage, literally (got ${JSON.stringify(shown.slice(0, 8))})`);
    if (f.encoding) assert.equal(entry.frontmatter.encoding, f.encoding, f.name);
  }
  // Same title, different reports: two entries, two ids.
  assert.notEqual(bySource.get('f17_same-title-a.txt')!.id, bySource.get('f18_same-title-b.txt')!.id);
  // The seed entries are byte for byte what they were.
  for (const [name, text] of seedEntries) assert.equal(readFileSync(join(dir, 'reports', name), 'utf8'), text, name);
  assert.equal(result.failures.length, cases.filter((f) => f.failure).length);
  rmSync(dir, { recursive: true });
});
