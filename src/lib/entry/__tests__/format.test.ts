import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry, serializeEntry, EntryFormatError } from '../format.ts';
import { markPlaceholders, plainText, textSegments } from '../placeholders.ts';

const REPORTS = join(import.meta.dirname, '../../../../content/reports');
const committed = readdirSync(REPORTS).map((n) => ({ name: n, text: readFileSync(join(REPORTS, n), 'utf8') }));

test('every committed entry parses and serializes back byte for byte', () => {
  assert.equal(committed.length, 5);
  for (const { name, text } of committed) {
    const entry = parseEntry(text, name, name.slice(0, -3));
    assert.equal(serializeEntry(entry), text, name);
  }
});

test('hostile source text survives an entry round trip as literal text', () => {
  const { name, text } = committed[0];
  const entry = parseEntry(text, name, 'x');
  const hostile = [
    '<script>alert(1)</script>',
    '{frontmatter.title}',
    '<Component />',
    'import x from "y"',
    '# 不是标题',
    '\\# 反斜杠',
    '> 引用 | 表格 | ---',
    '⟦不是占位⟧ ×同志 \\⟦',
  ];
  entry.sections[1].passages = hostile.map((h, i) => ({ id: `${entry.sections[1].id}-p${i + 1}`, text: markPlaceholders(h) }));
  const again = parseEntry(serializeEntry(entry), name, 'x');
  assert.deepEqual(
    again.sections[1].passages.map((p) => plainText(p.text)),
    hostile,
  );
  assert.equal(again.sections.length, entry.sections.length);
});

test('placeholders are marked and come back as flagged segments', () => {
  assert.equal(markPlaceholders('2022年×月×日，xx区委，开展x次，Mixx 不算'), '2022年⟦×⟧月⟦×⟧日，⟦xx⟧区委，开展⟦x⟧次，Mixx 不算');
  assert.deepEqual(textSegments(markPlaceholders('××同志')), [
    { text: '××', placeholder: true },
    { text: '同志', placeholder: false },
  ]);
});

test('invalid frontmatter names the file and the field', () => {
  const { name, text } = committed[0];
  const broken = text.replace(/^year: \d+$/m, 'year: 二〇二一').replace(/^unit: .*$/m, 'unit: moon');
  assert.throws(
    () => parseEntry(broken, `content/reports/${name}`, 'x'),
    (error: Error) => {
      assert.ok(error instanceof EntryFormatError);
      assert.match(error.message, new RegExp(`^content/reports/${name}: invalid frontmatter`));
      assert.match(error.message, /field "year"/);
      assert.match(error.message, /field "unit"/);
      return true;
    },
  );
});

test('a body line without an anchor, or an anchor used twice, is an error naming the file', () => {
  const { name, text } = committed[0];
  assert.throws(() => parseEntry(`${text}\n无锚点的一段\n`, name, 'x'), /no \{#id\} anchor/);
  const twice = text.replace(/\{#s1-p1\}/, '{#s2}');
  assert.throws(() => parseEntry(twice, name, 'x'), /anchor \{#s2\} is used twice/);
});
