/**
 * The report entry: frontmatter schema (the single source of the entry's types) and the
 * parsed body. Ingest writes entries of this shape; the site reads them (read.ts) and every page
 * and component takes a report as a ReportEntry.
 */
import { z } from 'astro/zod';
import { ASPECTS, DOC_TYPES, MEETINGS, SECTION_KINDS, SPEAKERS, THEMES, UNIT_TYPES, slugsOf } from '../taxonomy.ts';

/** An anchor: what follows # in a passage or section link. */
const ANCHOR = /^[a-z0-9-]+$/;

export const sectionMetaSchema = z.strictObject({
  id: z.string().regex(/^s\d+(-\d+)*$/),
  kind: z.enum(slugsOf(SECTION_KINDS)),
  aspects: z.array(z.enum(slugsOf(ASPECTS))).min(1),
  item: z.string().optional(),
  speaker: z.string().optional(),
  target: z.string().optional(),
});

/** 1–3 topics, or `general` alone. */
const passageAspectsSchema = z
  .array(z.enum(slugsOf(ASPECTS)))
  .min(1)
  .max(3)
  .refine((a) => a.length === 1 || !a.includes('general'), { message: '"general" never goes with another aspect' });

export const correctionSchema = z.strictObject({
  aspects: passageAspectsSchema,
  /**
   * Which text the person corrected (textPin of the passage): ingest fills it in and moves the
   * correction with that text when anchors change.
   */
  pin: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .optional(),
});

export const cleaningChangeSchema = z.strictObject({
  line: z.number().int().positive(),
  from: z.string(),
  to: z.string(),
  count: z.number().int().positive(),
});

export const frontmatterSchema = z.strictObject({
  title: z.string().min(1),
  /** 年度 reviewed; null when the source names none (shown as 年度不详): a person may set it. */
  year: z.number().int().min(2000).max(2100).nullable(),
  unit: z.enum(slugsOf(UNIT_TYPES)),
  speaker: z.enum(slugsOf(SPEAKERS)),
  docType: z.enum(slugsOf(DOC_TYPES)),
  theme: z.enum(slugsOf(THEMES)),
  meeting: z.enum(slugsOf(MEETINGS)),
  /** File name under content/sources. */
  source: z.string().min(1),
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string(),
  /** A person checked the metadata: ingest never changes it again. */
  reviewed: z.boolean(),
  /** Ids this report had before: their URLs redirect to this one. Never removed by ingest. */
  formerIds: z.array(z.string().regex(/^[0-9a-z]+(-\d+)?$/)).optional(),
  /**
   * 'retired': the source was removed; the entry stays as a tombstone so its URL says 此材料已撤下
   * (never a 404, never another report). Absent: published.
   */
  status: z.enum(['retired']).optional(),
  cleaning: z.array(cleaningChangeSchema),
  /** Minutes: the header fields (时间, 地点 …) and the agenda. */
  minutes: z
    .strictObject({
      fields: z.array(z.strictObject({ key: z.string(), value: z.string() })),
      agenda: z.array(z.string()),
    })
    .optional(),
  sections: z.array(sectionMetaSchema),
  /** Anchors this report had that now name another place: old → new (see ingest/identity.ts). Ingest keeps them. */
  aliases: z.record(z.string().regex(ANCHOR), z.string().regex(ANCHOR)).optional(),
  /** Section metadata a person set whose section is no longer in the source: kept here, never dropped. */
  unplaced: z.array(sectionMetaSchema.extend({ heading: z.string() })).optional(),
  /**
   * Each passage's aspects as ingest's classifier decided them (ingest/passage-aspects.ts), by
   * anchor. Ingest rewrites this map every time: a person corrects aspects under `corrections`.
   */
  passages: z.record(z.string().regex(ANCHOR), passageAspectsSchema).optional(),
  /** A person's aspects for one passage, by anchor: they win over `passages` and ingest keeps them (ingest/corrections.ts). */
  corrections: z.record(z.string().regex(ANCHOR), correctionSchema).optional(),
  /** Digest of the metadata as ingest wrote it; a mismatch means a person edited it. */
  generated: z.string(),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type SectionMeta = z.infer<typeof sectionMetaSchema>;
export type Correction = z.infer<typeof correctionSchema>;

export const passageSchema = z.strictObject({
  id: z.string(),
  /** Text with placeholders marked ⟦…⟧ (see placeholders.ts). */
  text: z.string(),
});

export const bodySectionSchema = z.strictObject({
  id: z.string(),
  level: z.number().int().min(1).max(5),
  heading: z.string(),
  passages: z.array(passageSchema),
});

export type EntryPassage = z.infer<typeof passageSchema>;
export type EntrySection = z.infer<typeof bodySectionSchema>;

/** A report, as ingest writes it and every page reads it. */
export interface ReportEntry {
  id: string;
  frontmatter: Frontmatter;
  sections: EntrySection[];
}
