/**
 * A year's outline (年度提纲): the items that year's notice prescribed, in order, and under each the
 * passages a drafter writes from: that year's passages on the item (grouped 问题 / 原因 / 措施), then
 * other years' passages on the item's aspects, newest first. Bounded, so the page stays within the
 * budget of a topic page however large the library is.
 */
import { valueOf } from '../facets.ts';
import type { PrescribedItem, YearProgram } from '../taxonomy.ts';
import { COMPARE_KINDS, type CompareKind } from './compare.ts';
import { listed, type PassageRecord } from './library.ts';
import type { PageLimits } from './paginate.ts';

export interface OutlineItem {
  item: PrescribedItem;
  /** That year's passages on the item by part (only the parts that have some), as many as fit. */
  own: { kind: CompareKind; records: PassageRecord[] }[];
  /** That year's passages on the item in all. */
  ownTotal: number;
  /** Other years' passages on the item's aspects, newest first, as many as fit. */
  others: PassageRecord[];
  othersTotal: number;
}

/** The items a year's notice prescribed, in order (not the alternative headings some units used). */
export function prescribedItems(program: YearProgram): PrescribedItem[] {
  return program.items.filter((i) => !i.alternative);
}

/** Share of an item's budget kept for its own year's passages; the rest (and what they leave) goes to other years. */
const OWN_SHARE = 0.7;

const size = (r: PassageRecord) => listed(r).text.length;

/**
 * A passage is on the item when its section answers the item (its `item`, that year), or, in a
 * section answering no item (原因剖析 and 整改措施 usually), when it has one of the item's aspects.
 */
function onItem(record: PassageRecord, item: PrescribedItem): boolean {
  if (record.item) return record.item === item.label;
  return (record.facets.aspect ?? []).some((a) => (item.aspects as readonly string[]).includes(a));
}

/**
 * `records` in library order (reports newest first). Each item gets an equal share of `limits`; its
 * own year's passages are taken a part at a time in turn (a problem, a cause, a measure, again …)
 * so that all three parts show, those of a section answering the item first.
 */
export function yearOutline(program: YearProgram, records: readonly PassageRecord[], limits: PageLimits): OutlineItem[] {
  const items = prescribedItems(program);
  const year = String(program.year);
  const drafted = records.filter((r) => (COMPARE_KINDS as readonly string[]).includes(valueOf(r.facets, 'kind')));
  const sameYear = drafted.filter((r) => valueOf(r.facets, 'year') === year);
  const otherYears = drafted.filter((r) => valueOf(r.facets, 'year') !== year);
  const share = { items: Math.floor(limits.items / items.length), chars: Math.floor(limits.chars / items.length) };
  return items.map((item) => {
    const mine = sameYear.filter((r) => onItem(r, item));
    const byKind = COMPARE_KINDS.map((kind) => {
      const ofKind = mine.filter((r) => valueOf(r.facets, 'kind') === kind);
      // Passages of a section answering the item before those only sharing an aspect.
      return [...ofKind.filter((r) => r.item), ...ofKind.filter((r) => !r.item)];
    });
    const taken: PassageRecord[][] = COMPARE_KINDS.map(() => []);
    let budget = { items: Math.floor(share.items * OWN_SHARE), chars: Math.floor(share.chars * OWN_SHARE) };
    const next = byKind.map(() => 0);
    for (let progress = true; progress;) {
      progress = false;
      byKind.forEach((list, k) => {
        const record = list[next[k]];
        if (!record || budget.items < 1 || size(record) > budget.chars) return;
        taken[k].push(record);
        next[k]++;
        budget = { items: budget.items - 1, chars: budget.chars - size(record) };
        progress = true;
      });
    }
    const used = taken.flat();
    let left = { items: share.items - used.length, chars: share.chars - used.reduce((n, r) => n + size(r), 0) };
    const pool = otherYears.filter((r) => (r.facets.aspect ?? []).some((a) => (item.aspects as readonly string[]).includes(a)));
    const others: PassageRecord[] = [];
    for (const record of pool) {
      if (left.items < 1 || size(record) > left.chars) break;
      others.push(record);
      left = { items: left.items - 1, chars: left.chars - size(record) };
    }
    return {
      item,
      own: COMPARE_KINDS.map((kind, k) => ({ kind, records: taken[k] })).filter((g) => g.records.length > 0),
      ownTotal: mine.length,
      others,
      othersTotal: pool.length,
    };
  });
}
