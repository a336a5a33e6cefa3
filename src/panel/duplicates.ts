import { BINS, decodeSignature, isEmptyBin, similarity } from './fingerprint.js';

/**
 * Two articles whose fingerprints agree in at least this share of bins are one article: copies
 * with another header and footer, another script, format or encoding stay above 0.8, different
 * articles about one town below 0.1 (test/panel.test.ts measures both).
 */
export const DUPLICATE_THRESHOLD = 0.6;

/**
 * Locality-sensitive hashing: the 128 bins in 32 bands of 4. Articles that agree in a whole band
 * are candidates, compared in full; two articles with a similarity of 0.6 share a band with a
 * probability of 99.5 %, two with 0.2 with 5 %. So each new file meets the few originals it
 * likely repeats instead of all of them: the cost grows with the number of files.
 */
const BAND = 4;

export interface DuplicateFinder {
  /**
   * The original that this file repeats (the earliest earlier file with a similar fingerprint
   * that repeats none), or null: then the file is an original that later files may repeat.
   * Files must come in order; a file without a fingerprint repeats nothing.
   */
  add(file: string, fingerprint: string | null): string | null;
}

export function createDuplicateFinder(): DuplicateFinder {
  const originals: { file: string; bins: Uint32Array }[] = [];
  const buckets = new Map<string, number[]>();
  return {
    add(file, fingerprint) {
      if (fingerprint === null) return null;
      const bins = decodeSignature(fingerprint);
      const keys = bandKeys(bins);
      let earliest = Infinity;
      for (const key of keys) {
        for (const candidate of buckets.get(key) ?? []) {
          if (candidate < earliest && similarity(bins, originals[candidate]!.bins) >= DUPLICATE_THRESHOLD) earliest = candidate;
        }
      }
      if (earliest !== Infinity) return originals[earliest]!.file;
      const index = originals.push({ file, bins }) - 1;
      for (const key of keys) {
        const bucket = buckets.get(key);
        if (bucket) bucket.push(index);
        else buckets.set(key, [index]);
      }
      return null;
    },
  };
}

/** One key per band that has a filled bin: bands of empty bins would put every short article in one bucket. */
function bandKeys(bins: Uint32Array): string[] {
  const keys: string[] = [];
  for (let start = 0; start < BINS; start += BAND) {
    const band = bins.subarray(start, start + BAND);
    if (band.every(isEmptyBin)) continue;
    keys.push(`${start}:${band.join(',')}`);
  }
  return keys;
}

/** Decides `duplicate_of` for files in order: a map from each repeating file to its original. */
export function findDuplicates(files: { file: string; fingerprint: string | null }[]): Map<string, string> {
  const finder = createDuplicateFinder();
  const duplicates = new Map<string, string>();
  for (const { file, fingerprint } of files) {
    const original = finder.add(file, fingerprint);
    if (original !== null) duplicates.set(file, original);
  }
  return duplicates;
}
