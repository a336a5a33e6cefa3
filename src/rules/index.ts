import { NUMERAL_START } from '../numbers/index.js';
import { tableMatches } from './tables.js';
import type { Segmenter } from '../segment/index.js';
import { findHeadings, splitSentences, type Sentence } from './clauses.js';
import { loadPacks, type LoadedPack } from './load.js';
import type { MetricSpec } from './schema.js';
import { compileRule, indexRules, matchSentence, type CompiledRule, type Match, type RuleIndex } from './match.js';

export { RulePackError } from './errors.js';
export { findHeadings, splitSentences, type Sentence, type Clause, type Heading } from './clauses.js';
export type { CompiledRule, Match } from './match.js';
export type { MetricSpec, RuleSpec, Combine } from './schema.js';
export type { LoadedPack } from './load.js';

export interface RuleSet {
  /** The packs as loaded, plain data: what worker threads get to compile the same rule set. */
  pack: LoadedPack;
  metrics: Map<string, MetricSpec>;
  rules: CompiledRule[];
  /** The rules by the measure words they accept. */
  index: RuleIndex;
  dictionary: string;
}

export async function loadRuleSet(packPaths: string[]): Promise<RuleSet> {
  return compileRuleSet(await loadPacks(packPaths));
}

export function compileRuleSet(pack: LoadedPack): RuleSet {
  const rules = pack.rules.map(compileRule);
  return { pack, metrics: pack.metrics, rules, index: indexRules(rules), dictionary: pack.dictionary };
}

/** How far before a sentence a rule's paragraph window reaches. */
const PARAGRAPH_REACH = 600;

/**
 * The sentence with those ； joins to it: from the full stop or line start before it (in `paragraphBefore`, the
 * paragraph's text up to it) to the full stop or line break after it.
 */
function periodAround(text: string, sentence: Sentence, paragraphBefore: string): string {
  const end = sentence.start + sentence.text.length;
  const after = text.slice(end, end + PARAGRAPH_REACH);
  const stop = after.search(/[。\n]/);
  return paragraphBefore.slice(paragraphBefore.lastIndexOf('。') + 1) + sentence.text + (stop < 0 ? after : after.slice(0, stop));
}

/** Every match in a normalized text, sentence by sentence. */
export function matchText(ruleSet: RuleSet, text: string, segmenter: Segmenter): Match[] {
  const headings = ruleSet.rules.some((r) => r.window === 'heading') ? findHeadings(text) : [];
  const matches: Match[] = [];
  let h = -1;
  // The start of the sentence's paragraph, followed line break by line break as the sentences go on (a search back
  // from each sentence would read a file without line breaks once per sentence).
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  // A sentence without a numeral has no quantity.
  for (const sentence of splitSentences(text, NUMERAL_START)) {
    while (h + 1 < headings.length && headings[h + 1]!.start <= sentence.start) h++;
    while (nextBreak >= 0 && nextBreak < sentence.start) nextBreak = text.indexOf('\n', (lineStart = nextBreak + 1));
    // (At most PARAGRAPH_REACH characters back: a file with no line breaks is one paragraph, read once per figure.)
    const paragraphBefore = text.slice(Math.max(lineStart, sentence.start - PARAGRAPH_REACH), sentence.start);
    for (const match of matchSentence(ruleSet.index, sentence, segmenter, headings[h]?.text ?? '', matches, paragraphBefore, () => periodAround(text, sentence, paragraphBefore)))
      matches.push(match);
  }
  const taken = new Set(matches.map((m) => m.quantity.start));
  const tabled = tableMatches(ruleSet.index, text, segmenter).filter((t) => !taken.has(t.quantity.start));
  return tabled.length ? [...matches, ...tabled].sort((a, b) => a.quantity.start - b.quantity.start) : matches;
}

