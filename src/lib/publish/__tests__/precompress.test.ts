import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { precompress } from '../precompress.ts';

const SEED = readFileSync(
  join(import.meta.dirname, '../../../../content/sources', readdirSync(join(import.meta.dirname, '../../../../content/sources')).sort()[0]),
);

test('text files get a gzip copy that decompresses to the same bytes; compressed and tiny files get none', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-precompress-'));
  try {
    mkdirSync(join(dir, 'reports', 'x'), { recursive: true });
    mkdirSync(join(dir, 'pagefind', 'index'), { recursive: true });
    const html = Buffer.concat([Buffer.from('<!doctype html><p>'), SEED, Buffer.from('</p>')]);
    writeFileSync(join(dir, 'reports', 'x', 'index.html'), html);
    writeFileSync(join(dir, 'data.json'), JSON.stringify({ text: SEED.toString('utf8') }));
    writeFileSync(join(dir, 'pagefind', 'index', 'en_1.pf_index'), gzipSync(SEED));
    writeFileSync(join(dir, 'reports', 'x.docx'), gzipSync(SEED));
    writeFileSync(join(dir, 'tiny.txt'), 'a');

    const stats = await precompress(dir);

    assert.equal(stats.files, 3);
    const written = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((p) => /\.(gz|br)$/.test(p))
      .sort();
    assert.deepEqual(written, ['data.json.gz', 'reports/x/index.html.gz']);
    const page = join(dir, 'reports', 'x', 'index.html');
    assert.deepEqual(gunzipSync(readFileSync(`${page}.gz`)), html);
    assert.ok(readFileSync(`${page}.gz`).length < html.length / 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
