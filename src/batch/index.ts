import { availableParallelism } from 'node:os';
import { createExtractor } from '../pipeline.js';
import type { Listing } from '../read/index.js';
import type { RuleSet } from '../rules/index.js';
import { extractOne, type FileOutcome, type WorkerOptions } from './extract-one.js';

export type { FileOutcome, WorkerOptions } from './extract-one.js';

export interface BatchOptions extends WorkerOptions {
  /** Worker threads; 1 runs in this thread. */
  jobs: number;
}

export const DEFAULT_JOBS = availableParallelism();

/**
 * Extracts the listed files and yields their outcomes in listing order, whatever the number of
 * jobs. At most a few files per job are in flight, so memory stays flat however long the list.
 */
export async function* extractInOrder(listing: AsyncIterable<Listing>, ruleSet: RuleSet, options: BatchOptions): AsyncGenerator<FileOutcome> {
  const { jobs, ...workerOptions } = options;
  const pool = jobs > 1 ? new (await import('piscina')).Piscina({ filename: new URL('./worker.js', import.meta.url).href, minThreads: jobs, maxThreads: jobs }) : null;
  const extractor = pool ? null : createExtractor(ruleSet, { fallbackYear: options.fallbackYear });
  const run = (file: string): Promise<FileOutcome> =>
    pool
      ? (pool.run({ file, options: workerOptions }) as Promise<FileOutcome>).catch((error: Error) => ({ file, failure: error.message }))
      : extractOne(extractor!, file, workerOptions);
  const window = Math.max(2, jobs * 4);
  const inFlight: Promise<FileOutcome>[] = [];
  try {
    for await (const entry of listing) {
      inFlight.push('reason' in entry ? Promise.resolve({ file: entry.file, failure: entry.reason }) : run(entry.file));
      if (inFlight.length >= window) yield await inFlight.shift()!;
    }
    while (inFlight.length) yield await inFlight.shift()!;
  } finally {
    await pool?.destroy();
  }
}
