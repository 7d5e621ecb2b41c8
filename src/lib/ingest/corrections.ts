/**
 * A person's per-passage aspect corrections stay with the passage they were made on. A
 * correction is keyed by anchor and pinned to its passage's text (a digest of its fingerprint,
 * identity.ts): when the anchor now names another text, the correction moves to the passage
 * that has the pinned text; when no passage has it (the passage itself was rewritten), it stays
 * on its anchor, which identity.ts has carried along with the rewritten text. Nothing is dropped.
 */
import { createHash } from 'node:crypto';
import type { Correction, EntrySection } from '../entry/schema.ts';
import { fingerprint } from './identity.ts';

/** Short, stable digest of a passage's text identity. */
export function textPin(text: string): string {
  return createHash('sha256').update(fingerprint(text)).digest('hex').slice(0, 16);
}

function pinsByAnchor(sections: readonly EntrySection[]): Map<string, string> {
  return new Map(sections.flatMap((s) => s.passages.map((p) => [p.id, textPin(p.text)] as const)));
}

/**
 * The corrections of the previous entry, re-attached to the fresh sections. `previous` are the
 * sections the person saw when they wrote them (their text pins an unpinned correction).
 */
export function carryCorrections(
  corrections: Readonly<Record<string, Correction>> | undefined,
  previous: readonly EntrySection[],
  fresh: readonly EntrySection[],
): Record<string, Correction> | undefined {
  if (!corrections || Object.keys(corrections).length === 0) return undefined;
  const before = pinsByAnchor(previous);
  const now = pinsByAnchor(fresh);
  const anchorOf = new Map<string, string>();
  for (const [anchor, pin] of now) if (!anchorOf.has(pin)) anchorOf.set(pin, anchor);
  const carried: Record<string, Correction> = {};
  for (const [anchor, correction] of Object.entries(corrections).sort(([a], [b]) => a.localeCompare(b))) {
    const pin = correction.pin ?? before.get(anchor);
    const target = pin && now.get(anchor) !== pin ? (anchorOf.get(pin) ?? anchor) : anchor;
    // A later correction never overwrites one already placed on the same passage.
    if (carried[target]) continue;
    carried[target] = { aspects: correction.aspects, ...(pin ? { pin } : {}) };
  }
  return carried;
}
