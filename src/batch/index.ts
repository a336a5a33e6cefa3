import { availableParallelism } from 'node:os';
import type { Listed, Listing } from '../read/index.js';
import type { RuleSet } from '../rules/index.js';
import { extractMany, type FileOutcome, type WorkerOptions } from './extract-one.js';

export { recordCount, type FileOutcome, type WorkerOptions } from './extract-one.js';

export interface BatchOptions extends WorkerOptions {
  /** Worker threads; 1 runs in this thread. */
  jobs: number;
}

export const DEFAULT_JOBS = availableParallelism();

/**
 * Heap limits of each worker. A capped old generation keeps memory flat over long runs. The
 * young generation is where an article's short-lived objects live: at 32 MB few of them survive a
 * collection (16 MB cost a tenth more CPU in the workers, 64 MB some 70 MB more memory in all).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 32 };

/** Files sent to a worker at a time: one file is too little work to pay for the message round trip. */
const FILES_PER_TASK = 16;

/**
 * Tasks handed to each worker at once: the next one waits in the worker's queue, so a worker
 * starts it the moment it finishes instead of waiting for the main thread to send it.
 */
const TASKS_PER_WORKER = 2;

/**
 * Extracts the listed files and yields their outcomes in listing order, whatever the number of
 * jobs. At most a few tasks per job are in flight, so memory stays flat however long the list.
 */
export async function* extractInOrder(listing: AsyncIterable<Listing>, ruleSet: RuleSet, options: BatchOptions): AsyncGenerator<FileOutcome> {
  const { jobs, ...workerOptions } = options;
  const pool =
    jobs > 1
      ? new (await import('piscina')).Piscina({
          filename: new URL('./worker.js', import.meta.url).href,
          minThreads: jobs,
          maxThreads: jobs,
          concurrentTasksPerWorker: TASKS_PER_WORKER,
          resourceLimits: WORKER_LIMITS,
          recordTiming: false,
        })
      : null;
  // The main thread builds the pipeline only when it extracts itself; with workers it only writes.
  const extractor = pool ? null : (await import('../pipeline.js')).createExtractor(ruleSet, { fallbackYear: options.fallbackYear });
  const inWorker = (files: Listed[]) => pool!.run({ files, options: workerOptions }) as Promise<FileOutcome[]>;
  // A worker that dies (out of memory on a huge file) takes its group down: retry the files one by one so only the culprit fails.
  const retryAlone = (files: Listed[]) =>
    Promise.all(files.map((entry) => inWorker([entry]).then((o) => o[0]!, (error: Error) => ({ file: entry.file, failure: `worker failed (${error.message}); try --jobs 1` }))));
  const run = (files: Listed[]): Promise<FileOutcome[]> => (pool ? inWorker(files).catch(() => retryAlone(files)) : extractMany(extractor!, files, workerOptions));
  const window = pool ? jobs * 4 : 2;
  const inFlight: Promise<FileOutcome[]>[] = [];
  let files: Listed[] = [];
  const submit = () => {
    inFlight.push(run(files));
    files = [];
  };
  try {
    for await (const entry of listing) {
      // An input that could not be opened keeps its place in the order as a failure of its own.
      if ('skipped' in entry) continue;
      if ('reason' in entry) {
        if (files.length) submit();
        inFlight.push(Promise.resolve([{ file: entry.file, failure: entry.reason }]));
      } else {
        files.push(entry);
        if (files.length >= FILES_PER_TASK) submit();
      }
      while (inFlight.length >= window) yield* await inFlight.shift()!;
    }
    if (files.length) submit();
    while (inFlight.length) yield* await inFlight.shift()!;
  } finally {
    await pool?.destroy();
  }
}
