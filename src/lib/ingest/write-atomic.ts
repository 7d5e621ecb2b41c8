/**
 * Entries are files people keep: a write replaces a whole file or nothing. The text goes to a
 * temporary file in the same folder, is flushed to disk, and is renamed over the entry (a rename
 * within one file system is atomic), so a kill at any moment leaves the old entry or the new one.
 */
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP = /^\..+\.tmp-\d+-[0-9a-z]+$/;

export async function writeAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
  const file = await open(temp, 'wx');
  try {
    await file.writeFile(text);
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

/** The rename itself reaches the disk when the folder is flushed. */
async function syncFolder(dir: string): Promise<void> {
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** Temporary files a killed run left behind: never entries, so they go. */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const stale = (await readdir(dir).catch(() => [] as string[])).filter((name) => TEMP.test(name));
  for (const name of stale) await rm(join(dir, name), { force: true });
  return stale;
}
