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
    if (outcome.rendered && output) outcome.rendered = { bytes: markPart(outcome.rendered.bytes, output, original), records: outcome.rendered.records };
  };
}

/**
 * A file's part of the long output (UTF-8) with `duplicate_of` set in every record, edited as
 * bytes: a copy is as long as its original, so decoding and encoding it again would cost as much
 * as rendering it. `duplicate_of` is the last field of a record, so each record's text ends with
 * its null: in JSON a quote inside a string is escaped, so `"duplicate_of":null}` ends a record and
 * nothing else; in CSV the empty last cell ends each row, at a line break outside quotes. The wide
 * table has no such column. UTF-8 never puts an ASCII byte inside a multi-byte character, so the
 * quotes and line breaks found are the text's own.
 */
export function markPart(part: Uint8Array, output: Pick<OutputOptions, 'format' | 'shape'>, original: string): Uint8Array {
  if (output.shape !== 'long') return part;
  const value = JSON.stringify(original);
  if (output.format === 'jsonl') return replaced(part, '"duplicate_of":null}\n', `"duplicate_of":${value}}\n`);
  if (output.format === 'json') return replaced(part, '"duplicate_of": null\n  }', `"duplicate_of": ${value}\n  }`);
  return atRowEnds(part, Buffer.from(csvCell(original)));
}

/** Every occurrence of `from`, left to right, replaced by `to`. */
function replaced(part: Uint8Array, from: string, to: string): Uint8Array {
  const bytes = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  const needle = Buffer.from(from);
  const replacement = Buffer.from(to);
  const pieces: Uint8Array[] = [];
  let rest = 0;
  for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + needle.length)) {
    pieces.push(bytes.subarray(rest, at), replacement);
    rest = at + needle.length;
  }
  pieces.push(bytes.subarray(rest));
  return Buffer.concat(pieces);
}

const QUOTE = 0x22;
const LINE_BREAK = 0x0a;

/** `cell` put before every line break that ends a CSV row (one outside a quoted cell). */
function atRowEnds(csv: Uint8Array, cell: Uint8Array): Uint8Array {
  const pieces: Uint8Array[] = [];
  let from = 0;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const byte = csv[i];
    if (byte === QUOTE) quoted = !quoted;
    else if (byte === LINE_BREAK && !quoted) {
      pieces.push(csv.subarray(from, i), cell);
      from = i;
    }
  }
  pieces.push(csv.subarray(from));
  return Buffer.concat(pieces);
}

const require = createRequire(import.meta.url);
/** A cell as csv-stringify writes it, quoted when it must be. */
const csvCell = (value: string) => (require('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify([[value]]).slice(0, -1);
