/**
 * What extraction gives for a file, around its records: free of zod, so that the command line and
 * the worker threads start without loading it (about 9 MB a thread). The record itself, the
 * output contract, is the schema in record.ts.
 */
import type { Record } from './record.js';

/** The record's fields in output order: CSV and spreadsheet columns. */
export const RECORD_FIELDS = [
  'file', 'unit', 'unit_code', 'unit_level', 'unit_path', 'year', 'metric', 'value', 'measure', 'measure_word', 'qualifier', 'part_of',
  'text', 'start', 'end', 'rule', 'warning', 'duplicate_of',
] as const;

/** Where a unit stands in the national list of divisions; all null when the list does not know it. */
export interface UnitCoding {
  unit_code: string | null;
  unit_level: Record['unit_level'];
  unit_path: string | null;
}

export const UNCODED: UnitCoding = { unit_code: null, unit_level: null, unit_path: null };

export interface UnitYear extends UnitCoding {
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
  /** The text's similarity fingerprint (src/panel/fingerprint.ts), null when it is too short for one. */
  fingerprint: string | null;
  /** The earlier file of the run that this one repeats, when it is a copy (set by the thread that orders results). */
  duplicate_of: string | null;
}
