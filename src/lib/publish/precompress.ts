/**
 * Precompressed copies of a built site's text files (page.html → page.html.gz),
 * so a server sends them as they are (nginx: gzip_static) instead of compressing on every request.
 * Pagefind's index files and .docx are compressed already and get no copy.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

/** Text files worth compressing. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

/**
 * gzip level 6 (zlib's default: level 9 saved 0.1% here at the same cost). No brotli copies: at
 * quality 5 they were 19% smaller, but at 10,000 reports writing them put the build past its
 * 5-minute budget (bench/build-10000.md), and nginx-light, the server this repo configures and
 * tests, cannot send them.
 */
const ENCODINGS = {
  gz: (data: Buffer) => promisify(gzip)(data, { level: 6 }),
};

export interface PrecompressStats {
  files: number;
  bytes: number;
  /** Bytes written per encoding. */
  written: Record<keyof typeof ENCODINGS, number>;
}

/** Files compressed at once: enough queued work to keep libuv's pool (and so every core) busy. */
const FILES_AT_ONCE = 4 * Math.max(2, availableParallelism());

/**
 * Writes a .gz copy beside every compressible file under `dir` (a copy that would not
 * be smaller is not written: the server then sends the file itself). zlib runs on libuv's thread
 * pool: several files are queued at once so every core works.
 */
export async function precompress(dir: string): Promise<PrecompressStats> {
  const files = (await readdir(dir, { withFileTypes: true, recursive: true }))
    .filter((d) => d.isFile() && COMPRESSIBLE.has(extname(d.name)))
    .map((d) => join(d.parentPath, d.name));
  const stats: PrecompressStats = { files: files.length, bytes: 0, written: { gz: 0 } };
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const data = await readFile(files[i]);
      stats.bytes += data.length;
      await Promise.all(
        (Object.entries(ENCODINGS) as [keyof typeof ENCODINGS, (d: Buffer) => Promise<Buffer>][]).map(async ([suffix, encode]) => {
          const packed = await encode(data);
          if (packed.length >= data.length) return;
          await writeFile(`${files[i]}.${suffix}`, packed);
          stats.written[suffix] += packed.length;
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: FILES_AT_ONCE }, worker));
  return stats;
}
