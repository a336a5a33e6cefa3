import { createRequire } from 'node:module';

/** A rule's `pattern`, compiled for a matcher that runs in time linear in the text. */
export interface Pattern {
  test(text: string): boolean;
}

// re2js is loaded on first use: packs without patterns never need it.
const require = createRequire(import.meta.url);
let engine: typeof import('re2js').RE2JS | null = null;

/**
 * Compiles a pattern with RE2's semantics (re2js): no backtracking, so no pattern can make a
 * clause take more than linear time. What RE2 cannot express (backreferences, lookaround) throws.
 */
export function compilePattern(pattern: string): Pattern {
  const compiled = (engine ??= (require('re2js') as typeof import('re2js')).RE2JS).compile(pattern);
  return { test: (text) => compiled.matcher(text).find() };
}

/**
 * `compilePattern`, put off until the pattern is first tested, for a pattern checked already (the
 * pack was validated when it was parsed): a one-article run compiles only the patterns it reaches.
 */
export function deferredPattern(pattern: string): Pattern {
  let compiled: Pattern | undefined;
  return { test: (text) => (compiled ??= compilePattern(pattern)).test(text) };
}
