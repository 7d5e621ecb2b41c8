import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32 as zlibCrc32 } from 'node:zlib';
import mammoth from 'mammoth';
import {
  add,
  basketDocx,
  basketText,
  grouped,
  move,
  moveBefore,
  outline,
  readBasket,
  readCitation,
  remove,
  reportOf,
  sources,
  type BasketItem,
} from '../basket.ts';
import { crc32 } from '../zip.ts';

// Fixtures written for this test (not corpus text).
const item = (n: number, kind: string, aspect: string, report = 'a'): BasketItem => ({
  href: `/reports/${report}/#s1-p${n}`,
  text: `第${n}段`,
  kind,
  aspect,
  title: `材料${report}`,
  unit: '市直/县直部门（党组）',
  year: '2023年度',
  report: `/reports/${report}/`,
});
const p1 = item(1, 'measures', 'theory');
const p2 = item(2, 'problems', 'theory');
const p3 = item(3, 'problems', 'theory', 'b');
const p4 = item(4, 'problems', 'style');
const p5 = item(5, 'causes', 'theory', 'b');
const hrefs = (items: readonly BasketItem[]) => items.map((i) => i.href.slice(-2));

test('adding keeps the first place of a passage already there; removing drops it', () => {
  let items = add(add(add([], p1), p2), p1);
  assert.deepEqual(hrefs(items), ['p1', 'p2']);
  items = remove(items, p1.href);
  assert.deepEqual(hrefs(items), ['p2']);
});

test('stored baskets: a malformed one reads as empty, invalid items are left out', () => {
  assert.deepEqual(readBasket(null), []);
  assert.deepEqual(readBasket('{not json'), []);
  assert.deepEqual(readBasket('{"a":1}'), []);
  assert.deepEqual(readBasket(JSON.stringify([p1, { href: 3 }])), [p1]);
});

test('grouped under 存在的问题 / 原因剖析 / 整改措施; moves stay within a part', () => {
  const items = [p1, p2, p3, p4, p5];
  assert.deepEqual(
    grouped(items).map((g) => [g.heading, hrefs(g.items)]),
    [
      ['存在的问题', ['p2', 'p3', 'p4']],
      ['原因剖析', ['p5']],
      ['整改措施', ['p1']],
    ],
  );
  assert.deepEqual(hrefs(move(items, p4.href, -1)), ['p2', 'p4', 'p3', 'p5', 'p1']);
  assert.deepEqual(hrefs(move(items, p2.href, -1)), ['p2', 'p3', 'p4', 'p5', 'p1'], 'first of its part: stays');
  assert.deepEqual(hrefs(move(items, p4.href, 1)), ['p2', 'p3', 'p4', 'p5', 'p1'], 'last of its part: stays');
  assert.deepEqual(hrefs(moveBefore(items, p4.href, p2.href)), ['p4', 'p2', 'p3', 'p5', 'p1']);
  assert.deepEqual(hrefs(moveBefore(items, p4.href, p5.href)), hrefs(items), 'not into another part');
});

test('the outline: numbered parts, a （n） heading per run of one aspect, then the passages; sources in order of first use', () => {
  const items = [p1, p2, p4, p3, p5];
  assert.deepEqual(
    outline(items).map((l) => `${l.level}${l.text}`),
    [
      '0一、存在的问题',
      '1（一）理论学习方面',
      '2第2段',
      '1（二）工作作风方面',
      '2第4段',
      '1（三）理论学习方面',
      '2第3段',
      '0二、原因剖析',
      '1（一）理论学习方面',
      '2第5段',
      '0三、整改措施',
      '1（一）理论学习方面',
      '2第1段',
    ],
  );
  assert.deepEqual(
    sources(items, 'https://x.org').map((s) => s.url),
    ['https://x.org/reports/a/', 'https://x.org/reports/b/'],
  );
  assert.match(
    basketText([{ ...p2, cut: true }]),
    /^一、存在的问题\n（一）理论学习方面\n　　第2段……（节选，全文见来源）\n\n参考来源\n1\. 材料a（市直\/县直部门（党组），2023年度）\/reports\/a\/$/,
  );
});

test('the export: Word reads back the headings, the passages and the sources, in order', async () => {
  const items = [p2, p5, p1];
  const buffer = Buffer.from(basketDocx(items, 'https://x.org'));
  const { value: html } = await mammoth.convertToHtml({ buffer });
  assert.match(html, /<h1>一、存在的问题<\/h1><h2>（一）理论学习方面<\/h2><p>第2段<\/p><h1>二、原因剖析<\/h1>/);
  const { value: text } = await mammoth.extractRawText({ buffer });
  const lines = text.split('\n').filter(Boolean);
  assert.deepEqual(lines.slice(-3), [
    '参考来源',
    '1. 材料a（市直/县直部门（党组），2023年度）https://x.org/reports/a/',
    '2. 材料b（市直/县直部门（党组），2023年度）https://x.org/reports/b/',
  ]);
  assert.ok(lines.indexOf('第2段') < lines.indexOf('第5段') && lines.indexOf('第5段') < lines.indexOf('第1段'));
});

test('CRC-32 agrees with zlib’s; citations and report links read back', () => {
  const bytes = new TextEncoder().encode('对照检查材料 <w:p/> 123');
  assert.equal(crc32(bytes), zlibCrc32(bytes));
  assert.equal(crc32(new Uint8Array()), 0);
  assert.deepEqual(readCitation('关于（试行）办法的对照检查材料（市直/县直部门（党组），2023年度）'), {
    title: '关于（试行）办法的对照检查材料',
    unit: '市直/县直部门（党组）',
    year: '2023年度',
  });
  assert.equal(reportOf('/duizhao/reports/ab94ce7e/2/#s3-p1'), '/duizhao/reports/ab94ce7e/');
});
