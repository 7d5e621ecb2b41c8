import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry } from '../../entry/format.ts';
import { passageRecords } from '../../view/library.ts';
import { similarLibrary, similarPagePath } from '../view.ts';

const REPORTS = join(import.meta.dirname, '../../../../content/reports');
const entries = readdirSync(REPORTS)
  .sort()
  .map((n) => parseEntry(readFileSync(join(REPORTS, n), 'utf8'), n, n.slice(0, -3)));
const records = passageRecords(entries);
// 区委统战部班子高度重视加强理论学习… (6d825004#s3-1-p1) and 领导班子高度重视加强理论学习，但… (ab94ce7e#s3-1-p1): one rewritten from the other.
const united = records.find((r) => r.reportId === '6d825004' && r.passageId === 's3-1-p1')!;
// Two more reports holding the first one's text word for word.
const copies = ['c0000001', 'c0000002'].map((reportId) => ({ ...united, reportId, passageId: 's1-p1', page: 2 }));
const library = similarLibrary([...records, ...copies]);

test('a passage with exact copies: 相同 links the first other copy, the count links the text’s shared page, then the paraphrase', () => {
  const shown = library.of('c0000002', 's1-p1')!;
  assert.equal(shown.total, 3, 'two exact copies and one rewritten passage');
  assert.match(shown.page!, /^\/similar\/[0-9a-f]{10}\/$/);
  assert.deepEqual(shown.links, [
    { href: '/reports/6d825004/#s3-1-p1', label: '相同' },
    { href: '/reports/ab94ce7e/#s3-1-p1', label: '近似58%' },
  ]);
  // The first copy links the next one (on its report's second page).
  assert.deepEqual(library.of('6d825004', 's3-1-p1')!.links[0], { href: '/reports/c0000001/2/#s1-p1', label: '相同' });
  // The rewritten one has no exact copy: no shared page, and it links the first copy of the other text.
  assert.deepEqual(library.of('ab94ce7e', 's3-1-p1'), { total: 3, page: undefined, links: [{ href: '/reports/6d825004/#s3-1-p1', label: '近似58%' }] });
  assert.equal(library.of('2eb08a86', 's1-p1'), undefined, 'a passage nothing else resembles shows nothing');
});

test('shared pages: one per text with exact copies, listing every copy and the closest other texts', () => {
  const pages = library.pages();
  assert.equal(pages.length, 1);
  const [page] = pages;
  assert.equal(similarPagePath(page.key), library.of('c0000001', 's1-p1')!.page);
  assert.deepEqual(
    page.copies.map((r) => `${r.reportId}#${r.passageId}`),
    ['6d825004#s3-1-p1', 'c0000001#s1-p1', 'c0000002#s1-p1'],
  );
  assert.deepEqual(
    page.near.map((n) => [`${n.record.reportId}#${n.record.passageId}`, n.copies, n.page]),
    [['ab94ce7e#s3-1-p1', 1, undefined]],
  );
});
