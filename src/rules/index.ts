import type { Segmenter } from '../segment/index.js';
import { splitSentences } from './clauses.js';
import { loadPacks, type LoadedPack } from './load.js';
import type { MetricSpec } from './schema.js';
import { compileRule, indexRules, matchSentence, type CompiledRule, type Match, type RuleIndex } from './match.js';

export { RulePackError } from './errors.js';
export { splitSentences, type Sentence, type Clause } from './clauses.js';
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

/** Every match in a normalized text, sentence by sentence. */
export function matchText(ruleSet: RuleSet, text: string, segmenter: Segmenter): Match[] {
  return splitSentences(text).flatMap((sentence) => matchSentence(ruleSet.index, sentence, segmenter));
}

