import type { OutputOptions } from '../output/index.js';
import type { Extractor } from '../pipeline.js';
import { readSource, readSourceSync, type Listed, type ReadOptions } from '../read/index.js';
import type { FileResult } from '../result.js';

export interface WorkerOptions extends ReadOptions {
  fallbackYear: number | null;
  /** The streamed output format, when workers are to make each file's part of the output. */
  output?: OutputOptions;
}

/** What came of one input: its result, or why it could not be used. */
export type FileOutcome = ({ file: string; result: FileResult; rendered?: Rendered; failure?: undefined } | { file: string; failure: string; result?: undefined }) & {
  /** The path's bytes, when the file's name is not UTF-8 (see `Listed`). */
  raw?: Uint8Array;
};

/**
 * A file's part of the output in UTF-8, made by the worker that extracted the file. Its records
 * then stay behind (`result.records` is empty): the thread that writes needs only the bytes.
 */
export interface Rendered {
  bytes: Uint8Array;
  records: number;
}

/** How many records a file gave, whether they came as records or as rendered output. */
export const recordCount = ({ result, rendered }: { result: FileResult; rendered?: Rendered }): number => rendered?.records ?? result.records.length;

/**
 * Reads a group of files all at once, so that the reads overlap, then extracts them one by one.
 * Each file's outcome stands on its own. For the main thread, which must not block on reads.
 */
export async function extractMany(extractor: Extractor, files: Listed[], options: ReadOptions): Promise<FileOutcome[]> {
  const reads = files.map(({ file, raw }) => readSource(file, options, raw));
  reads.forEach((read) => read.catch(() => undefined));
  const outcomes: FileOutcome[] = [];
  for (const [i, { file, raw }] of files.entries()) {
    const extracted = reads[i]!.then((source) => outcomeOf(file, () => extractor.extract(source)), (error) => failure(file, error));
    outcomes.push(withRaw(await extracted, raw));
  }
  return outcomes;
}

/**
 * Reads and extracts file after file, synchronously: for worker threads. `finish` takes each
 * outcome as soon as it is made, before the next file is read, so that what it drops (a file's
 * records, once rendered) dies young instead of outliving the whole group.
 */
export function extractManySync(extractor: Extractor, files: Listed[], options: ReadOptions, finish: (outcome: FileOutcome) => FileOutcome = (o) => o): FileOutcome[] {
  return files.map(({ file, raw }) => finish(withRaw(outcomeOf(file, () => extractor.extract(readSourceSync(file, options, raw))), raw)));
}

const withRaw = (outcome: FileOutcome, raw?: Uint8Array): FileOutcome => (raw ? { ...outcome, raw } : outcome);

/** Never throws: a file that fails becomes a failure outcome. */
function outcomeOf(file: string, extract: () => FileResult): FileOutcome {
  try {
    return { file, result: extract() };
  } catch (error) {
    return failure(file, error);
  }
}

function failure(file: string, error: unknown): FileOutcome {
  return { file, failure: error instanceof Error ? error.message : String(error) };
}
