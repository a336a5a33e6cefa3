import { z } from 'zod';
import { RECORD_FIELDS } from './result.js';

export const MEASURES = ['count', 'people', 'person_times', 'cny', 'percent', 'hours'] as const;
export const QUALIFIERS = ['exact', 'over', 'nearly', 'about', 'under'] as const;

export const UNIT_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;

export const Measure = z.enum(MEASURES);
export const UnitLevel = z.enum(UNIT_LEVELS);
export type UnitLevel = z.infer<typeof UnitLevel>;
export type Measure = z.infer<typeof Measure>;
export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;

/** One reported number, attributed to a unit and a year, with its evidence. The output contract. */
export const Record = z.object({
  file: z.string(),
  unit: z.string().nullable(),
  /** The unit's statistical code in the national list of divisions (6, 9 or 12 digits), when known. */
  unit_code: z.string().nullable(),
  unit_level: UnitLevel.nullable(),
  /** The unit's names from the province down, joined by `/`, when the unit is coded. */
  unit_path: z.string().nullable(),
  year: z.number().int().nullable(),
  metric: z.string(),
  value: z.number(),
  measure: Measure,
  measure_word: z.string(),
  qualifier: Qualifier,
  /** When this number is a part of another record's number (其中…), that record's `start`; else null. */
  part_of: z.number().int().nonnegative().nullable(),
  /** The evidence, copied from the decoded original text. */
  text: z.string(),
  /** Code-point offsets into the decoded original text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string(),
  /** Set when the evidence overlaps garbled text: check this number by hand. */
  warning: z.string().nullable(),
  /** When the record's file repeats an earlier file of the run (a repost, another copy), that file; else null. */
  duplicate_of: z.string().nullable(),
});
export type Record = z.infer<typeof Record>;

// The field list names exactly the schema's fields (their order is checked by a test).
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies SameKeys<(typeof RECORD_FIELDS)[number], keyof Record>;
