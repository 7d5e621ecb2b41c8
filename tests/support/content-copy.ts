/** Temporary copies of content/ for tests that ingest into them, removed after the test file whether its tests pass or not. */
import { after } from 'node:test';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CONTENT = join(import.meta.dirname, '../../content');

const copies: string[] = [];
after(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

export function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-content-'));
  copies.push(dir);
  cpSync(CONTENT, dir, { recursive: true });
  return dir;
}
