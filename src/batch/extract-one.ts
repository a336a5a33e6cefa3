import type { Extractor } from '../pipeline.js';
import { readSource, type ReadOptions } from '../read/index.js';
import type { FileResult } from '../record.js';

export interface WorkerOptions extends ReadOptions {
  packs: string[];
  fallbackYear: number | null;
}

/** What came of one input: its result, or why it could not be used. */
export type FileOutcome = { file: string; result: FileResult; failure?: undefined } | { file: string; failure: string; result?: undefined };

/** Reads and extracts one file; never throws: a file that fails becomes a failure outcome. */
export async function extractOne(extractor: Extractor, file: string, options: ReadOptions): Promise<FileOutcome> {
  try {
    return { file, result: extractor.extract(await readSource(file, options)) };
  } catch (error) {
    return { file, failure: error instanceof Error ? error.message : String(error) };
  }
}
