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
  const buckets = new Map<number, number[]>();
  /** For each original, the last file that compared itself with it: a candidate met in several bands is compared once. */
  const lastCompared: number[] = [];
  let files = 0;
  return {
    add(file, fingerprint) {
      if (fingerprint === null) return null;
      const bins = decodeSignature(fingerprint);
      const keys = bandKeys(bins);
      const query = files++;
      let earliest = Infinity;
      for (const key of keys) {
        for (const candidate of buckets.get(key) ?? []) {
          if (candidate >= earliest || lastCompared[candidate] === query) continue;
          lastCompared[candidate] = query;
          if (similarity(bins, originals[candidate]!.bins) >= DUPLICATE_THRESHOLD) earliest = candidate;
        }
      }
      if (earliest !== Infinity) return originals[earliest]!.file;
      const index = originals.push({ file, bins }) - 1;
      lastCompared.push(-1);
      for (const key of keys) {
        const bucket = buckets.get(key);
        if (bucket) bucket.push(index);
        else buckets.set(key, [index]);
      }
      return null;
    },
  };
}

/**
 * One key per band that has a filled bin (bands of empty bins would put every short article in
 * one bucket): a hash of the band's position and values. Keys that collide only add candidates,
 * which are compared in full.
 */
function bandKeys(bins: Uint32Array): number[] {
  const keys: number[] = [];
  for (let start = 0; start < BINS; start += BAND) {
    let key = start;
    let filled = false;
    for (let i = start; i < start + BAND; i++) {
      filled ||= !isEmptyBin(bins[i]!);
      key = Math.imul(key ^ bins[i]!, 0x9e3779b1) ^ (key >>> 15);
    }
    // 30 bits: small integers, the cheapest keys of a Map.
    if (filled) keys.push(key & 0x3fffffff);
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
