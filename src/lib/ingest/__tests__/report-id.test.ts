import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignReportId } from '../report-id.ts';

const DIGEST = 'abcdef12' + '0'.repeat(56);
const known = [{ id: '11112222', source: 'a.txt', sourceSha256: '1'.repeat(64) }];

test('a source keeps its id by name, then by content when renamed; a new one gets 8 hex digits of its digest', () => {
  assert.equal(assignReportId('a.txt', DIGEST, known, new Set(['a.txt']), new Set()), '11112222');
  // a.txt is gone and b.txt has its bytes: a rename.
  assert.equal(assignReportId('b.txt', '1'.repeat(64), known, new Set(['b.txt']), new Set()), '11112222');
  // a.txt is still there: b.txt is another report.
  assert.equal(assignReportId('b.txt', '1'.repeat(64), known, new Set(['a.txt', 'b.txt']), new Set(['11112222'])), '11111111');
  assert.equal(assignReportId('c.txt', DIGEST, known, new Set(['c.txt']), new Set()), 'abcdef12');
});

test('two different sources whose digests share 8 hex digits get -2, -3 …', () => {
  assert.equal(assignReportId('c.txt', DIGEST, [], new Set(), new Set(['abcdef12'])), 'abcdef12-2');
  assert.equal(assignReportId('c.txt', DIGEST, [], new Set(), new Set(['abcdef12', 'abcdef12-2'])), 'abcdef12-3');
});
