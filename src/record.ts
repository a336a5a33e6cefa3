import { z } from 'zod';

export const MEASURES = ['count', 'people', 'person_times', 'cny', 'percent', 'hours'] as const;
export const QUALIFIERS = ['exact', 'over', 'nearly', 'about', 'under'] as const;

export const Measure = z.enum(MEASURES);
export type Measure = z.infer<typeof Measure>;
export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;

/** One reported number, attributed to a unit and a year, with its evidence. The output contract. */
export const Record = z.object({
  file: z.string(),
  unit: z.string().nullable(),
  year: z.number().int().nullable(),
  metric: z.string(),
  value: z.number(),
  measure: Measure,
  measure_word: z.string(),
  qualifier: Qualifier,
  /** The evidence, copied from the decoded original text. */
  text: z.string(),
  /** Code-point offsets into the decoded original text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string(),
  /** Set when the evidence overlaps garbled text: check this number by hand. */
  warning: z.string().nullable(),
});
export type Record = z.infer<typeof Record>;

export const RECORD_FIELDS = Object.keys(Record.shape) as (keyof Record)[];

export interface UnitYear {
  unit: string | null;
  year: number | null;
}

export interface Warning {
  file: string;
  /** Code-point offset into the original text, when the warning is about a place. */
  offset?: number;
  message: string;
}

/** A warning as one line of text: `@1431: garbled text «…»`, or the message alone when it has no place. */
export function warningText(warning: Warning): string {
  return warning.offset === undefined ? warning.message : `@${warning.offset}: ${warning.message}`;
}

/** Everything extracted from one file. */
export interface FileResult {
  file: string;
  encoding: string;
  format: string;
  units: UnitYear[];
  records: Record[];
  warnings: Warning[];
}
