import type { Extractor } from '../pipeline.js';
import { readSource, type ReadOptions, type Source } from '../read/index.js';
import type { FileResult } from '../record.js';

export interface WorkerOptions extends ReadOptions {
  packs: string[];
  fallbackYear: number | null;
}

/** What came of one input: its result, or why it could not be used. */
export type FileOutcome = { file: string; result: FileResult; failure?: undefined } | { file: string; failure: string; result?: undefined };

/** Reads and extracts one file; never throws: a file that fails becomes a failure outcome. */
export async function extractOne(extractor: Extractor, file: string, options: ReadOptions): Promise<FileOutcome> {
  return extractRead(extractor, file, readSource(file, options));
}

/**
 * Reads a group of files all at once, so that the reads overlap, then extracts them one by one.
 * Each file's outcome stands on its own.
 */
export async function extractMany(extractor: Extractor, files: string[], options: ReadOptions): Promise<FileOutcome[]> {
  const reads = files.map((file) => readSource(file, options));
  reads.forEach((read) => read.catch(() => undefined));
  const outcomes: FileOutcome[] = [];
  for (const [i, file] of files.entries()) outcomes.push(await extractRead(extractor, file, reads[i]!));
  return outcomes;
}

async function extractRead(extractor: Extractor, file: string, read: Promise<Source>): Promise<FileOutcome> {
  try {
    return { file, result: extractor.extract(await read) };
  } catch (error) {
    return { file, failure: error instanceof Error ? error.message : String(error) };
  }
}
