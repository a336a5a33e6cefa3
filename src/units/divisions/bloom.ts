/**
 * A Bloom filter over the names of the national list: 2^23 bits (1 MiB) and three hashes, so that
 * a name the list does not hold (most of those a text suggests) is told apart in a few operations,
 * without a binary search or a read from disk. With the list's some 600,000 names, about one name
 * in 140 that is not listed gets through, to be looked up and not found.
 */
export const BLOOM_BYTES = 2 ** 20;
const BITS = BLOOM_BYTES * 8;
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

export const EMPTY_HASH: NameHash = { first: 0, second: 0, length: 0 };

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

/** The hash of the UTF-16 unit `unit` followed by the hashed name. */
export function withUnitBefore(hash: NameHash, unit: number): NameHash {
  return {
    first: (Math.imul(unit, power(0, hash.length)) + hash.first) | 0,
    second: (Math.imul(unit, power(1, hash.length)) + hash.second) | 0,
    length: hash.length + 1,
  };
}

/** The hash of one hashed name followed by another. */
export function joined(head: NameHash, tail: NameHash): NameHash {
  return {
    first: (Math.imul(head.first, power(0, tail.length)) + tail.first) | 0,
    second: (Math.imul(head.second, power(1, tail.length)) + tail.second) | 0,
    length: head.length + tail.length,
  };
}

/** Spreads a hash's bits over all 32 (the finaliser of MurmurHash3): a polynomial hash's low bits alone are weak. */
function mixed(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Calls `visit` with each of the name's bit positions, h1 + i·h2 (double hashing), until it returns false. */
function everyPosition(hash: NameHash, visit: (at: number) => boolean): boolean {
  const first = mixed(hash.first);
  const second = mixed(hash.second) | 1;
  for (let i = 0; i < HASHES; i++) if (!visit((first + Math.imul(i, second)) & (BITS - 1))) return false;
  return true;
}

export function addToBloom(bits: Uint8Array, name: string): void {
  everyPosition(hashOf(name), (at) => {
    bits[at >> 3]! |= 1 << (at & 7);
    return true;
  });
}

/** False when the name is certainly not among those added; true when it may be. */
export function mayHold(bits: Uint8Array, hash: NameHash): boolean {
  return everyPosition(hash, (at) => (bits[at >> 3]! & (1 << (at & 7))) !== 0);
}
