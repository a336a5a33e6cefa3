import { normalize } from '../normalize/index.js';
import type { Segmenter } from '../segment/index.js';
import { matchText, type CompiledRule, type Match, type RuleSet } from './index.js';

export interface ExampleFailure {
  rule: CompiledRule;
  text: string;
  expected: number | null;
  got: string;
}

/** Runs every rule's examples against the whole rule set, so competing rules are part of the test. */
export function runExamples(ruleSet: RuleSet, segmenter: Segmenter): { checked: number; failures: ExampleFailure[] } {
  const failures: ExampleFailure[] = [];
  let checked = 0;
  for (const rule of ruleSet.rules) {
    for (const example of rule.examples) {
      checked++;
      const matches = matchText(ruleSet, normalize(example.text).text, segmenter);
      const own = matches.filter((m) => m.rule.id === rule.id);
      const holds =
        example.value === null
          ? own.length === 0
          : own.some((m) => m.quantity.value === example.value && (!example.qualifier || m.quantity.qualifier === example.qualifier));
      if (!holds) failures.push({ rule, text: example.text, expected: example.value, got: describe(matches) });
    }
  }
  return { checked, failures };
}

function describe(matches: Match[]): string {
  if (matches.length === 0) return 'nothing';
  return matches.map((m) => `${m.rule.id}=${m.quantity.value} (${m.quantity.qualifier})`).join(', ');
}
