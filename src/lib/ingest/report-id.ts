/**
 * Report ids are permanent: once an entry exists for a source, its id never changes,
 * whatever else is added, removed or reordered. A renamed source keeps its id (found by
 * content digest); a new source gets the first 8 hex digits of its digest.
 */

export interface KnownEntry {
  id: string;
  source: string;
  sourceSha256: string;
}

export function assignReportId(
  name: string,
  digest: string,
  known: readonly KnownEntry[],
  presentSources: ReadonlySet<string>,
  taken: ReadonlySet<string>,
): string {
  const byName = known.find((e) => e.source === name);
  if (byName) return byName.id;
  const renamed = known.find((e) => e.sourceSha256 === digest && !presentSources.has(e.source));
  if (renamed) return renamed.id;
  const base = digest.slice(0, 8);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
