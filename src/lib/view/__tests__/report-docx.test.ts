import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { parseEntry } from '../../entry/format.ts';
import { plainText } from '../../entry/placeholders.ts';
import { reportDocx } from '../report-docx.ts';

const REPORTS = join(import.meta.dirname, '../../../../content/reports');
const entry = parseEntry(readFileSync(join(REPORTS, 'ab94ce7e.md'), 'utf8'), 'ab94ce7e.md', 'ab94ce7e');
const report = entry.frontmatter;

test('a report as .docx: Word reads back the title, headings at their levels and every passage', async () => {
  const buffer = Buffer.from(reportDocx(entry, 'https://example.org/reports/ab94ce7e/'));
  const { value: html, messages } = await mammoth.convertToHtml({ buffer });
  assert.deepEqual(
    messages.filter((m) => m.type === 'error'),
    [],
  );
  assert.match(html, /<h1>一、/);
  assert.match(html, /<h2>（一）理论学习方面/);
  const { value: text } = await mammoth.extractRawText({ buffer });
  assert.ok(text.startsWith(report.title));
  for (const passage of entry.sections.flatMap((s) => s.passages)) assert.ok(text.includes(plainText(passage.text)), passage.id);
  assert.ok(text.includes('来源：https://example.org/reports/ab94ce7e/'));
  assert.deepEqual(reportDocx(entry, 'x'), reportDocx(entry, 'x'), 'the same report always gives the same bytes');
});

test('markup and control characters in the text stay text in the document', async () => {
  const hostile = '<script>alert(1)</script> & "引号" {x} \u0007铃';
  const sections = [{ ...entry.sections[0], passages: [{ id: 's1-p1', text: hostile }] }];
  const buffer = Buffer.from(reportDocx({ ...entry, frontmatter: { ...report, title: '<b>标题</b>' }, sections }, 'x'));
  const { value } = await mammoth.extractRawText({ buffer });
  assert.ok(value.includes('<b>标题</b>'));
  assert.ok(value.includes('<script>alert(1)</script> & "引号" {x} 铃'));
});
