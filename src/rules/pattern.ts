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
  // test() asks for no submatches, so RE2 may answer from its DFA; a Matcher's find() records where the match is.
  return { test: (text) => compiled.test(text) };
}

/**
 * `compilePattern`, put off until the pattern is first tested, for a pattern checked already (the
 * pack was validated when it was parsed): a one-article run compiles only the patterns it reaches.
 * A text first passes the words some branch of the pattern needs (see `branchRequirements`): RE2
 * runs only on the few that hold them.
 */
export function deferredPattern(pattern: string): Pattern {
  let compiled: Pattern | undefined;
  const branches = topLevelBranches(pattern);
  const required = branches.map(branchRequirements);
  // 参加|参训|覆盖: a pattern of plain words alone matches where the text holds one of them, and RE2 is never needed.
  if (branches.every((branch) => PLAIN_WORD.test(branch))) return { test: (text) => mayMatch(required, text) };
  return { test: (text) => mayMatch(required, text) && (compiled ??= compilePattern(pattern)).test(text) };
}

/** Whether a text holds the words of some branch (a branch that needs none lets any text through). Loops, not callbacks: this runs on most clauses. */
function mayMatch(branches: RegExp[][], text: string): boolean {
  for (const required of branches) if (holdsAll(required, text)) return true;
  return false;
}

function holdsAll(required: RegExp[], text: string): boolean {
  for (const words of required) if (!words.test(text)) return false;
  return true;
}

/** A branch that is a plain word alone (参加 in 参加|参训|覆盖). */
const PLAIN_WORD = /^[^\\.*+?()[\]{}^$|]+$/;

/** What every match through a branch holds: the plain word it is, or its plain-word groups. */
function branchRequirements(branch: string): RegExp[] {
  return PLAIN_WORD.test(branch) ? [new RegExp(branch)] : requiredWordGroups(branch);
}

/**
 * The branches of a pattern's top-level alternation (受到|给予|对: three), the pattern itself where it
 * has none; the whole pattern, as one branch, where its form is not read (see `topLevelMarks`).
 */
export function topLevelBranches(pattern: string): string[] {
  const marks = topLevelMarks(pattern);
  if (!marks) return [pattern];
  const starts = [0, ...marks.bars.map((bar) => bar + 1)];
  return starts.map((start, k) => pattern.slice(start, marks.bars[k] ?? pattern.length));
}

/**
 * A group of plain words, (?:推动|指导|支持), that is neither optional nor repeated: no quantifier
 * after it. A word may hold optional characters (新?建立): what it must hold is its longest run of
 * characters that are not.
 */
const PLAIN_WORD_GROUP = /^\(\?:((?:[^\\.*+?()[\]{}^$|]\??)+(?:\|(?:[^\\.*+?()[\]{}^$|]\??)+)*)\)(?![?*+{])/;
/** The longest run of characters a word with optional ones (新?建立) always holds: 建立. */
const mandatoryRun = (word: string) =>
  word
    .split(/.\?/u)
    .reduce((longest, run) => (run.length > longest.length ? run : longest), '');

/**
 * The groups of plain words that stand in a pattern outside any alternation, option or repetition
 * ((?:推动|指导|…) in (?:推动|指导|…)[^，,；;。]{0,8}?[0-9]+(?:家|个)): every match holds a word of each.
 * As native regexes of words alone (linear, like RE2), they turn most clauses away before RE2 runs.
 * A group right after the pattern's opening ^ must open the text: ^(?:共计|合计)[0-9] needs /^(?:共计|合计)/.
 * None for a pattern with a top-level alternation, or whose form this reading does not follow (see `topLevelMarks`).
 */
export function requiredWordGroups(pattern: string): RegExp[] {
  const marks = topLevelMarks(pattern);
  if (!marks || marks.bars.length > 0) return [];
  const groups: RegExp[] = [];
  for (const at of marks.groups) {
    const group = PLAIN_WORD_GROUP.exec(pattern.slice(at))?.[1];
    if (!group) continue;
    const words = group.split('|');
    const runs = words.map(mandatoryRun);
    // 新?建立 needs 建立 somewhere, and a group opening the pattern after ^ opens the text only where no word's start is optional.
    if (runs.some((run) => run === '')) continue;
    const opening = at === 1 && pattern[0] === '^' && runs.every((run, i) => words[i]!.startsWith(run));
    groups.push(new RegExp(opening ? `^(?:${runs.join('|')})` : runs.join('|')));
  }
  return groups;
}

/**
 * Where a pattern's top-level | and ( stand, outside classes and groups; null where its form is not
 * read: \Q…\E (its text is quoted, none of it structure), a class holding a bracket (as [[:alpha:]]
 * does), flags ((?i), which hold on across an alternation) or named and look-around groups.
 */
function topLevelMarks(pattern: string): { bars: number[]; groups: number[] } | null {
  const bars: number[] = [];
  const groups: number[] = [];
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && pattern[i + 1] === 'Q') return null;
    if (ch === '\\') i++;
    else if (ch === '[') {
      const end = classEnd(pattern, i);
      if (end < 0) return null;
      i = end;
    } else if (ch === '(') {
      if (pattern[i + 1] === '?' && pattern[i + 2] !== ':') return null;
      if (depth === 0) groups.push(i);
      depth++;
    } else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) bars.push(i);
  }
  return { bars, groups };
}

/** Where the character class opening at `open` ends; -1 for one holding a bracket (as [[:alpha:]] does). */
function classEnd(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '[') return -1;
    else if (pattern[i] === ']') return i;
  }
  return -1;
}
