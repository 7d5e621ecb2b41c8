/**
 * Published links survive a better parser (issue 18): every anchor the seed pages carried before
 * reflow and numbered-item parsing (tests/fixtures/published-anchors.json, copied from the entries
 * on main then) still lands, directly or through an alias, on a section or passage holding the same
 * text. And no heading on the seed pages is a bare number, a copy of its passage or a paragraph.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readEntries } from '../../src/lib/entry/read.ts';
import type { ReportEntry } from '../../src/lib/entry/schema.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const published: Record<string, Record<string, string>> = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/published-anchors.json'), 'utf8'));

/** Text as compared: placeholder marks ⟦×⟧ → ×, no whitespace, full-width folded. */
const plain = (text: string) =>
  text
    .replace(/⟦([^⟧]*)⟧/gu, '$1')
    .normalize('NFKC')
    .replace(/[\s\u3000]+/gu, '');

/** What an anchor of the entry shows: a section's heading and passages, or a passage. */
function landing(entry: ReportEntry, anchor: string): string | undefined {
  const id = entry.sections.some((s) => s.id === anchor || s.passages.some((p) => p.id === anchor)) ? anchor : entry.frontmatter.aliases?.[anchor];
  for (const s of entry.sections) {
    if (s.id === id) return [s.heading, ...s.passages.map((p) => p.text)].join('');
    const passage = s.passages.find((p) => p.id === id);
    if (passage) return passage.text;
  }
  return undefined;
}

test('every anchor published on the seeds before issue 18 lands on the same text', async () => {
  const { entries } = await readEntries(join(ROOT, 'content/reports'));
  const byId = new Map(entries.map((e) => [e.id, e]));
  let checked = 0;
  for (const [report, anchors] of Object.entries(published)) {
    const entry = byId.get(report);
    assert.ok(entry, `report ${report} still exists`);
    for (const [anchor, text] of Object.entries(anchors)) {
      const shown = landing(entry, anchor);
      assert.ok(shown !== undefined, `${report}#${anchor} lands nowhere`);
      const was = plain(text);
      const now = plain(shown);
      // The same text, or the passage it was merged into; a passage split in two keeps its anchor on a piece of it.
      assert.ok(
        now.includes(was) || (now.length >= 8 && was.includes(now)),
        `${report}#${anchor} moved off its text: "${was.slice(0, 30)}" → "${now.slice(0, 30)}"`,
      );
      checked++;
    }
  }
  assert.equal(checked, 611);
});

test('no heading on the seed pages is a bare number, a copy of its passage, or a paragraph', async () => {
  const { entries } = await readEntries(join(ROOT, 'content/reports'));
  for (const entry of entries) {
    for (const section of entry.sections) {
      const heading = plain(section.heading);
      if (heading === '') continue;
      assert.doesNotMatch(
        heading,
        /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])$/u,
        `${entry.id}#${section.id} is a bare number`,
      );
      const first = plain(section.passages[0]?.text ?? '');
      assert.ok(
        first === '' || !first.startsWith(heading.replace(/^(?:[（(][一二三四五六七八九十]+[）)]|\d+[.．、])/u, '')),
        `${entry.id}#${section.id} repeats its passage`,
      );
      // Long headings are the year's prescribed items, named as aspects (……方面).
      assert.ok(heading.length <= 60 || /方面[。：:]?$/u.test(heading), `${entry.id}#${section.id} is a paragraph (${heading.length} characters)`);
    }
  }
});
