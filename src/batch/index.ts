import { availableParallelism } from 'node:os';
import type { Listed, Listing } from '../read/index.js';
import type { RuleSet } from '../rules/index.js';
import { extractMany, type FileOutcome, type WorkerOptions } from './extract-one.js';

export { recordCount, type FileOutcome, type WorkerOptions } from './extract-one.js';

export interface BatchOptions extends WorkerOptions {
  /** Worker threads; 1 runs in this thread. */
  jobs: number;
  /** Each worker's old-generation heap in MB (default 128). */
  workerMemory?: number;
}

export const DEFAULT_JOBS = availableParallelism();

/**
 * Heap limits of each worker. A capped old generation keeps memory flat over long runs. The
 * young generation is where an article's short-lived objects live: a worker renders each file's
 * output as soon as the file is extracted, so little outlives a file, and 24 MB take about 30 MB
 * off the peak of two workers against 32 MB at no measurable cost in time (64 MB cost some 70 MB
 * more memory in all).
 */
export const DEFAULT_WORKER_MEMORY = 128;
const workerLimits = (memory: number) => ({ maxOldGenerationSizeMb: memory, maxYoungGenerationSizeMb: Math.min(24, Math.max(4, memory / 4)) });

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
  const { jobs, workerMemory = DEFAULT_WORKER_MEMORY, ...workerOptions } = options;
  const { Piscina } = jobs > 1 ? await import('piscina') : { Piscina: null };
  const newPool = (threads: number, tasksPerWorker: number) =>
    new Piscina!({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
      concurrentTasksPerWorker: tasksPerWorker,
      resourceLimits: workerLimits(workerMemory),
      // Workers compile the packs as loaded here: nothing is read or parsed twice.
      workerData: { pack: ruleSet.pack },
      recordTiming: false,
    });
  const pool = Piscina ? newPool(jobs, TASKS_PER_WORKER) : null;
  // The main thread builds the pipeline only when it extracts itself; with workers it only writes.
  const extractor = pool ? null : (await import('../pipeline.js')).createExtractor(ruleSet, { fallbackYear: options.fallbackYear });
  const inWorker = (files: Listed[]) => pool!.run({ files, options: workerOptions }) as Promise<FileOutcome[]>;
  // A worker that dies (out of memory on a huge file) takes down every group it held. Their files
  // are retried one at a time on a worker of their own, so only the culprit fails, and fails the
  // same way whatever the number of workers.
  const isolated: { pool?: InstanceType<NonNullable<typeof Piscina>> } = {};
  let suspects: Promise<unknown> = Promise.resolve();
  const alone = (entry: Listed): Promise<FileOutcome> => {
    const outcome = suspects.then(() => ((isolated.pool ??= newPool(1, 1)).run({ files: [entry], options: workerOptions }) as Promise<FileOutcome[]>).then((o) => o[0]!));
    suspects = outcome.catch(() => undefined);
    return outcome.catch((error: Error) => ({ file: entry.file, failure: workerFailure(error, workerMemory) }));
  };
  const retryAlone = (files: Listed[]) => Promise.all(files.map(alone));
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
    await Promise.all([pool?.destroy(), isolated.pool?.destroy()]);
  }
}

/** Why a file's own worker died: most often its heap was too small for the file. */
function workerFailure(error: Error & { code?: string }, memory: number): string {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory limit|heap out of memory/i.test(error.message))
    return `too large or too dense for a worker's memory (${memory} MB): raise it with --worker-memory, or run with --jobs 1`;
  return `worker failed: ${error.message}`;
}
