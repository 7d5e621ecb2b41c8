import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeSource, DecodeError } from '../decode.ts';
import { seedBytes } from '../../../../tests/support/corpus.ts';

const seed = seedBytes('004');
const text = new TextDecoder().decode(seed);

function utf16be(s: string): Buffer {
  return Buffer.from(s, 'utf16le').swap16();
}

test('every supported encoding of a real seed decodes to the same text', () => {
  const cases: [string, Uint8Array, string][] = [
    ['utf-8', seed, 'utf-8'],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seed]), 'utf-8'],
    ['gb18030', iconv.encode(text, 'gb18030'), 'gb18030'],
    ['gbk', iconv.encode(text, 'gbk'), 'gb18030'],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le'],
    ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), 'utf-16be'],
  ];
  for (const [label, bytes, encoding] of cases) {
    const decoded = decodeSource(bytes);
    assert.equal(decoded.encoding, encoding, label);
    assert.equal(decoded.text, text, label);
  }
});

test('CRLF and CR line endings become LF', () => {
  const crlf = Buffer.from(text.replace(/\n/g, '\r\n'));
  assert.equal(decodeSource(crlf).text, text);
  assert.equal(decodeSource(Buffer.from('一\r二')).text, '一\n二');
});

test('binary garbage and truncated UTF-16 are refused with a reason', () => {
  const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
  assert.throws(() => decodeSource(garbage), DecodeError);
  const truncated = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('民主生活会', 'utf16le').subarray(0, 5)]);
  assert.throws(() => decodeSource(truncated), /invalid UTF-16LE/);
});
