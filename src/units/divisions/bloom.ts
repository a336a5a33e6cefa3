/**
 * A Bloom filter over the names of the national list: 2^23 bits (1 MiB) and three hashes, so that
 * a name the list does not hold (most of those a text suggests) is told apart in a few operations,
 * without a binary search or a read from disk. With the list's some 600,000 names, about one name
 * in 140 that is not listed gets through, to be looked up and not found.
 */
export const BLOOM_BYTES = 2 ** 20;
const BITS = BLOOM_BYTES * 8;
const HASHES = 3;

/** Calls `visit` with each of the name's bit positions, h1 + i·h2 (double hashing over two FNV-1a hashes with different offset bases), until it returns false. */
function everyPosition(name: string, visit: (at: number) => boolean): boolean {
  let first = 0x811c9dc5;
  let second = 0x050c5d1f;
  for (let i = 0; i < name.length; i++) {
    const unit = name.charCodeAt(i);
    first = Math.imul(first ^ unit, 0x01000193);
    second = Math.imul(second ^ unit, 0x01000193);
  }
  second |= 1;
  for (let i = 0; i < HASHES; i++) if (!visit((first + Math.imul(i, second)) & (BITS - 1))) return false;
  return true;
}

export function addToBloom(bits: Uint8Array, name: string): void {
  everyPosition(name, (at) => {
    bits[at >> 3]! |= 1 << (at & 7);
    return true;
  });
}

/** False when the name is certainly not among those added; true when it may be. */
export function mayHold(bits: Uint8Array, name: string): boolean {
  return everyPosition(name, (at) => (bits[at >> 3]! & (1 << (at & 7))) !== 0);
}
