/**
 * Which files in sources/ are read: regular files of a supported type, inside the folder.
 * A symbolic link is followed only when it leads to a regular file inside sources/ (never to
 * text elsewhere on the machine); pipes, sockets and devices are skipped (reading a pipe would
 * wait forever), and so are Office lock files (~$报告.docx) and hidden files. Each skip is a
 * one-line note naming the file.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isSourceFile } from './read-source.ts';

export interface SourceListing {
  /** Regular source files, by name, in name order. */
  names: string[];
  /** Files passed over, with why. */
  skipped: { file: string; note: string }[];
  /** Files of a type ingest does not read. */
  unsupported: string[];
}

export class SourcesFolderError extends Error {}

export async function listSources(dir: string): Promise<SourceListing> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourcesFolderError(
      code === 'ENOENT' ? `${dir}: no sources folder (create it and put the source files in it)` : `${dir}: cannot read the sources folder (${code})`,
    );
  }
  const root = await realpath(dir);
  const listing: SourceListing = { names: [], skipped: [], unsupported: [] };
  for (const name of entries.sort()) {
    const file = join(dir, name);
    if (name.startsWith('.')) continue;
    if (name.startsWith('~$')) {
      listing.skipped.push({ file, note: 'skipped: an Office lock file (the document is open in Word or WPS), not a source' });
      continue;
    }
    const link = await lstat(file);
    let info = link;
    if (link.isSymbolicLink()) {
      const target = await realpath(file).catch(() => undefined);
      const inside = target !== undefined && !relative(root, target).startsWith('..') && !relative(root, target).startsWith(sep);
      if (!inside) {
        listing.skipped.push({ file, note: 'skipped: a link that leads outside the sources folder (or nowhere)' });
        continue;
      }
      info = await stat(file);
    }
    if (info.isDirectory()) {
      listing.skipped.push({ file, note: 'skipped: a folder (sources are read from the sources folder itself, not its subfolders)' });
      continue;
    }
    if (!info.isFile()) {
      listing.skipped.push({ file, note: 'skipped: not a regular file (a pipe, socket or device)' });
      continue;
    }
    if (!isSourceFile(name)) listing.unsupported.push(file);
    else listing.names.push(name);
  }
  return listing;
}
