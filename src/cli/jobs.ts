import { availableParallelism } from 'node:os';
import type { Listing } from '../read/index.js';

/**
 * The worker threads a run gets: no more than the cores (more threads only share them, at a
 * worker's memory each), and no more than the files. The listing is lazy, so only as much of it
 * is read ahead as that decision needs (at most `jobs` entries); the returned listing yields them again.
 */
export async function capJobs(requested: number, listing: AsyncIterable<Listing>, cores = availableParallelism()): Promise<{ jobs: number; listing: AsyncIterable<Listing> }> {
  const jobs = Math.max(1, Math.min(requested, cores));
  if (jobs === 1) return { jobs, listing };
  const iterator = listing[Symbol.asyncIterator]();
  const head: Listing[] = [];
  let ended = false;
  while (head.length < jobs) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
  }
  const files = head.filter((entry) => !('reason' in entry) && !('skipped' in entry)).length;
  const busy = ended ? Math.max(1, Math.min(jobs, files)) : jobs;
  async function* replay(): AsyncGenerator<Listing> {
    yield* head;
    if (!ended) for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { jobs: busy, listing: replay() };
}
