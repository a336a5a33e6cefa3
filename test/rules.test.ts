import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize/index.js';
import { runExamples } from '../src/rules/examples.js';
import { loadRuleSet, matchText, RulePackError } from '../src/rules/index.js';
import { createSegmenter } from '../src/segment/index.js';
import { ROOT, ruleSet, segmenter } from './helpers.js';

const PACKS = path.join(ROOT, 'fixtures/packs');
const DEFAULT = path.join(ROOT, 'rules');

async function loadError(...packs: string[]): Promise<RulePackError> {
  const error = await loadRuleSet([DEFAULT, ...packs]).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RulePackError);
  return error as RulePackError;
}

describe('the default rule pack', () => {
  it('covers the 31 catalog metrics, each with at least one rule', () => {
    expect(ruleSet.metrics.size).toBe(31);
    for (const id of ruleSet.metrics.keys()) expect(ruleSet.rules.some((r) => r.metric === id), id).toBe(true);
  });

  it("passes every rule's own examples", () => {
    const { checked, failures } = runExamples(ruleSet, segmenter);
    expect(checked).toBeGreaterThan(2 * ruleSet.rules.length - 1);
    expect(failures.map((f) => `${f.rule.id}: ${f.text} → ${f.got}`)).toEqual([]);
  });

  it('gives every rule at least one positive and one negative example', () => {
    for (const rule of ruleSet.rules) {
      expect(rule.examples.some((e) => e.value !== null), rule.id).toBe(true);
      expect(rule.examples.some((e) => e.value === null), rule.id).toBe(true);
    }
  });
});

describe('rule-pack errors name the file and line', () => {
  it('YAML syntax', async () => {
    const error = await loadError(path.join(PACKS, 'broken-syntax'));
    expect(error.file).toMatch(/broken-syntax[/\\]rules\.yaml$/);
    expect(error.line).toBeGreaterThanOrEqual(5);
    expect(error.message).toMatch(/rules\.yaml:\d+:\d+: YAML syntax/);
  });

  it('schema: a wrong measure', async () => {
    const error = await loadError(path.join(PACKS, 'broken-schema'));
    expect(error.line).toBe(11);
    expect(error.message).toMatch(/rules\.1\.measure/);
  });

  it('schema: too few examples', async () => {
    const error = await loadError(path.join(PACKS, 'few-examples'));
    expect(error.line).toBe(7);
    expect(error.message).toMatch(/at least two examples/);
  });

  it('a rule naming an unknown metric', async () => {
    const error = await loadError(path.join(PACKS, 'unknown-metric'));
    expect(error.message).toMatch(/unknown metric "party_lecture"/);
    expect(error.line).toBe(2);
  });

  it('a missing pack', async () => {
    const error = await loadError(path.join(PACKS, 'no-such-pack'));
    expect(error.message).toMatch(/no such rule pack/);
  });
});

describe("a user's own pack", async () => {
  const withExample = await loadRuleSet([DEFAULT, path.join(PACKS, 'example')]);
  const seg = createSegmenter(withExample.dictionary);
  const find = (s: string) => matchText(withExample, normalize(s).text, seg).map((m) => `${m.rule.metric}=${m.quantity.value}`);

  it('adds a metric', () => {
    expect(withExample.metrics.has('party_dues')).toBe(true);
    expect(find('全年收缴党费86.5万元')).toEqual(['party_dues=865000']);
  });

  it('replaces a default rule with the same id', () => {
    expect(withExample.rules.filter((r) => r.id === 'publicity_talks.held')).toHaveLength(1);
    expect(find('开展理论宣讲150次')).toEqual([]);
    expect(find('开展理论宣讲150场')).toEqual(['publicity_talks=150']);
  });

  it('disables a default rule', () => {
    expect(withExample.rules.some((r) => r.id === 'training_hours.hours')).toBe(false);
    expect(find('党员人均学习40学时')).toEqual([]);
  });

  it('passes its own examples', () => {
    expect(runExamples(withExample, seg).failures).toEqual([]);
  });
});

describe('link gaps', () => {
  it('are read in linear time, however ambiguous the words', async () => {
    const { isLinkGap } = await import('../src/rules/match.js');
    const words = ['共', '共计', '计', '计共'];
    expect(isLinkGap('共计“了”', [...words, '了'])).toBe(true);
    const started = Date.now();
    expect(isLinkGap('共计'.repeat(5000) + '党', words)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
