/**
 * Bloom filters over the names of the national list, so that a name the list does not hold (most
 * of those a text suggests) is told apart in a few operations, without a binary search or a read
 * from disk. Two filters, three hashes each: provinces to townships (about 45,000 names) in
 * 2^20 bits (128 KiB, small enough to stay in the processor's cache), villages and communities
 * (about 620,000) in 2^23 bits (1 MiB). Of the names not listed, about one in 500 gets through the
 * first and one in 130 through the second, to be looked up and not found.
 */
export const UPPER_BLOOM_BYTES = 2 ** 17;
export const VILLAGE_BLOOM_BYTES = 2 ** 20;
const HASHES = 3;

/**
 * Two polynomial hashes of a name's UTF-16 units (mod 2^32). A longer name's hash follows from a
 * shorter one's, with a character put before it or a suffix after it, so that every stem before
 * a suffix in a text is checked without cutting it out.
 */
export interface NameHash {
  first: number;
  second: number;
  length: number;
}

const BASES = [0x01000193, 0x2f0b3a49] as const;
const POWERS = BASES.map((base) => {
  const powers = new Int32Array(64);
  powers[0] = 1;
  for (let i = 1; i < powers.length; i++) powers[i] = Math.imul(powers[i - 1]!, base);
  return powers;
});

function power(which: 0 | 1, exponent: number): number {
  const powers = POWERS[which]!;
  if (exponent < powers.length) return powers[exponent]!;
  let result = powers[powers.length - 1]!;
  for (let i = powers.length - 1; i < exponent; i++) result = Math.imul(result, BASES[which]);
  return result;
}

export function hashOf(name: string): NameHash {
  let first = 0;
  let second = 0;
  for (let i = 0; i < name.length; i++) {
    const unit = name.charCodeAt(i);
    first = (Math.imul(first, BASES[0]) + unit) | 0;
    second = (Math.imul(second, BASES[1]) + unit) | 0;
  }
  return { first, second, length: name.length };
}

/**
 * The hashes of the stems that end at one offset of a text, one to `max` characters long, each
 * grown from the one before by a character at the front. The arrays are reused from one offset
 * to the next: checking every stem before every suffix of a long text allocates nothing.
 */
export class StemHashes {
  private readonly first: Int32Array;
  private readonly second: Int32Array;
  /** How many stems were taken at the last offset (stem k is the k characters before it). */
  count = 0;

  constructor(private readonly max: number) {
    this.first = new Int32Array(max + 1);
    this.second = new Int32Array(max + 1);
  }

  /** Takes the stems ending at `at`: as many characters before it as `accepts` allows, up to the maximum. */
  fill(text: string, at: number, accepts: (text: string, at: number) => boolean): number {
    let k = 0;
    while (k < this.max && accepts(text, at - k - 1)) {
      const unit = text.charCodeAt(at - k - 1);
      this.first[k + 1] = (Math.imul(unit, power(0, k)) + this.first[k]!) | 0;
      this.second[k + 1] = (Math.imul(unit, power(1, k)) + this.second[k]!) | 0;
      k++;
    }
    return (this.count = k);
  }

  /** The hash of stem `length` followed by `tail`. */
  hashWith(length: number, tail: NameHash): NameHash {
    return { first: this.firstWith(length, tail), second: this.secondWith(length, tail), length: length + tail.length };
  }

  /** `mayHold` for stem `length` followed by `tail`, without building its hash. */
  mayHoldWith(bits: Uint8Array, length: number, tail: NameHash): boolean {
    return probe(bits, this.firstWith(length, tail), this.secondWith(length, tail));
  }

  private firstWith(length: number, tail: NameHash): number {
    return (Math.imul(this.first[length]!, power(0, tail.length)) + tail.first) | 0;
  }

  private secondWith(length: number, tail: NameHash): number {
    return (Math.imul(this.second[length]!, power(1, tail.length)) + tail.second) | 0;
  }
}

/** Spreads a hash's bits over all 32 (the finaliser of MurmurHash3): a polynomial hash's low bits alone are weak. */
function mixed(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The name's bit positions in a filter of `bytes` (a power of two), h1 + i·h2: double hashing over the two mixed hashes. */
function positions(bytes: number, first: number, second: number): number[] {
  const h1 = mixed(first);
  const h2 = mixed(second) | 1;
  return Array.from({ length: HASHES }, (_, i) => (h1 + Math.imul(i, h2)) & (bytes * 8 - 1));
}

export function addToBloom(bits: Uint8Array, name: string): void {
  const { first, second } = hashOf(name);
  for (const at of positions(bits.length, first, second)) bits[at >> 3]! |= 1 << (at & 7);
}

/** False when the name is certainly not among those added; true when it may be. */
export function mayHold(bits: Uint8Array, hash: NameHash): boolean {
  return probe(bits, hash.first, hash.second);
}

/** Whether every bit of the hashes' positions is set (the positions as in `positions`, without an array). */
function probe(bits: Uint8Array, first: number, second: number): boolean {
  const h1 = mixed(first);
  const h2 = mixed(second) | 1;
  const mask = bits.length * 8 - 1;
  for (let i = 0; i < HASHES; i++) {
    const at = (h1 + Math.imul(i, h2)) & mask;
    if ((bits[at >> 3]! & (1 << (at & 7))) === 0) return false;
  }
  return true;
}
