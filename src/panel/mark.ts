import { createRequire } from 'node:module';
import type { FileOutcome } from '../batch/index.js';
import type { OutputOptions } from '../output/index.js';
import { createDuplicateFinder } from './duplicates.js';

/**
 * Marks each outcome, taken in the run's order, that repeats an earlier one: its result, its
 * records, and its part of the output, which a worker made with `duplicate_of` null. Whether a
 * file repeats another depends only on earlier files, so the mark, and the output, are the same
 * for any number of jobs.
 */
export function duplicateMarker(output?: OutputOptions): (outcome: FileOutcome) => void {
  const finder = createDuplicateFinder();
  return (outcome) => {
    if (!outcome.result) return;
    const original = finder.add(outcome.result.file, outcome.result.fingerprint);
    if (original === null) return;
    outcome.result.duplicate_of = original;
    for (const record of outcome.result.records) record.duplicate_of = original;
    if (outcome.rendered && output) {
      const part = markPart(new TextDecoder().decode(outcome.rendered.bytes), output, original);
      outcome.rendered = { ...outcome.rendered, bytes: new TextEncoder().encode(part) };
    }
  };
}

/**
 * A file's part of the long output with `duplicate_of` set in every record. `duplicate_of` is the
 * last field of a record, so each record's text ends with its null: in JSON a quote inside a
 * string is escaped, so `"duplicate_of":null}` ends a record and nothing else; in CSV the empty
 * last cell ends each row, at a line break outside quotes. The wide table has no such column.
 */
export function markPart(part: string, output: Pick<OutputOptions, 'format' | 'shape'>, original: string): string {
  if (output.shape !== 'long') return part;
  const value = JSON.stringify(original);
  if (output.format === 'jsonl') return part.replaceAll('"duplicate_of":null}\n', `"duplicate_of":${value}}\n`);
  if (output.format === 'json') return part.replaceAll('"duplicate_of": null\n  }', `"duplicate_of": ${value}\n  }`);
  return atRowEnds(part, csvCell(original));
}

/** Inserts `cell` before every line break that ends a CSV row (one outside a quoted cell). */
function atRowEnds(csv: string, cell: string): string {
  let marked = '';
  let from = 0;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) {
      marked += csv.slice(from, i) + cell;
      from = i;
    }
  }
  return marked + csv.slice(from);
}

const require = createRequire(import.meta.url);
/** A cell as csv-stringify writes it, quoted when it must be. */
const csvCell = (value: string) => (require('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify([[value]]).slice(0, -1);
