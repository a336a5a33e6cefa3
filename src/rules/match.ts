import type { Measure } from '../record.js';
import type { Quantity } from '../numbers/index.js';
import { scanQuantities } from '../numbers/index.js';
import type { Segmenter, Token, Word } from '../segment/index.js';
import type { Clause, Sentence } from './clauses.js';
import type { LoadedRule } from './load.js';
import { compilePattern, type Pattern } from './pattern.js';

export const DEFAULT_MEASURE_WORDS: { [m in Measure]: string[] } = {
  count: ['个', '家', '支', '篇', '条', '件', '项', '场', '次', '期', '堂', '起', '场次', '所', '处', '座', '批', '批次', '轮', '户', '本', '份', '节', '部', '幅', '组', '队', '户次'],
  people: ['名', '人', '位'],
  person_times: ['人次'],
  cny: ['元'],
  percent: ['%'],
  hours: ['学时', '小时', '课时'],
};

/** Words that may stand between an object and its number: 收入达到6651.85万元, 党员共计86人. */
const LINK_WORDS = [
  '分别达到', '分别为', '分别达', '达到', '达', '为', '是', '共计', '共有', '合计', '总计', '累计', '共', '计', '有', '了',
  '增至', '增加到', '提高到', '提升至', '突破', '总数', '总量', '人数', '数量', '金额', '总额', '均', '全部', '都', '已',
];
const LINK_MARKS = /[\s"“”‘’'《》「」<>]/;

/** Words of plans and targets: a number after one of them in its clause is not a result. Matched as whole words, so 统筹划拨 is no 筹划. */
const PLAN_WORDS = new Set(['力争', '计划', '筹划', '拟', '拟于', '争取', '预计', '明年', '下一步', '下步', '今后', '将', '将要', '将会']);
/** A cheap first look: a clause without any of these characters has no plan word. */
const PLAN_HINT = /力争|计划|筹划|拟|争取|预计|明年|下一?步|今后|将/;
/** A sentence that opens with one of these is a plan as a whole: 下一步，将… */
const PLAN_OPENING = /^\s*(?:下一步|下步|明年|今后|\d{4}年(?:计划|工作打算))/;
const GAP_BREAK = /[、，,；;：:。]/;
/** A number right after one of these is a change (比去年减少3个), not a count of things done. */
const CHANGE_BEFORE = /(?:增加|减少|增长|下降|降低|上升|多出|少了)了?\s*$/;
const VERB_TAGS = new Set(['v', 'vd', 'vg', 'vi', 'vq']);

export interface CompiledRule extends LoadedRule {
  measureWords: Set<string>;
  /** The words a gap before the number may be made of: link words and the rule's own verbs. */
  linkWords: string[];
  patternRegex: Pattern | null;
}

export interface Match {
  rule: CompiledRule;
  /** The quantity, with offsets into the whole text. */
  quantity: Quantity;
  evidence: { start: number; end: number };
}

interface Cue {
  distance: number;
  length: number;
  start: number;
  end: number;
}

export function compileRule(rule: LoadedRule): CompiledRule {
  return {
    ...rule,
    measureWords: new Set(rule.measure_words ?? DEFAULT_MEASURE_WORDS[rule.measure]),
    linkWords: [...LINK_WORDS, ...rule.verbs],
    patternRegex: rule.pattern ? compilePattern(rule.pattern) : null,
  };
}

/** The rules indexed by the measure words they accept ('' for a bare 万/亿 scale), built once. */
export type RuleIndex = Map<string, CompiledRule[]>;

export function indexRules(rules: CompiledRule[]): RuleIndex {
  const index: RuleIndex = new Map();
  const add = (word: string, rule: CompiledRule) => {
    const rules = index.get(word);
    if (rules) rules.push(rule);
    else index.set(word, [rule]);
  };
  for (const rule of rules) {
    for (const word of rule.measureWords) add(word, rule);
    if (rule.measure === 'cny') add('', rule);
  }
  return index;
}

/**
 * Finds the rule each quantity of a sentence belongs to: the rule whose cue is nearest to the
 * number, among the rules that accept its measure word (a bare scale, 200万, only money rules).
 */
export function matchSentence(index: RuleIndex, sentence: Sentence, segmenter: Segmenter): Match[] {
  const matches: Match[] = [];
  for (const clause of sentence.clauses) {
    const quantities = scanQuantities(clause.text);
    if (quantities.length === 0) continue;
    // Segmenting is the costly part: only clauses that need word boundaries or tags get them.
    const words = lazy(() => segmenter.words(clause.text));
    const tags = lazy(() => segmenter.tokens(clause.text));
    for (const quantity of quantities) {
      if (!standsAlone(quantity, clause.text, segmenter) || isPlan(sentence, clause, quantity, words)) continue;
      if (CHANGE_BEFORE.test(clause.text.slice(0, quantity.start))) continue;
      const candidates = index.get(quantity.baseMeasureWord);
      const match = candidates && bestMatch(candidates, sentence, clause, quantity, quantities, tags);
      if (match) matches.push(match);
    }
  }
  return matches;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** A Chinese numeral inside a word (两个维护, 千家万户) is part of a name, not a count. */
function standsAlone(quantity: Quantity, text: string, segmenter: Segmenter): boolean {
  if (!quantity.chineseNumeral) return true;
  const from = Math.max(0, quantity.numberStart - 6);
  const words = segmenter.words(text.slice(from, quantity.end + 6));
  const cuts = (at: number) => words.some((t) => t.start + from < at && at < t.end + from);
  return !cuts(quantity.numberStart) && !cuts(quantity.end);
}

function isPlan(sentence: Sentence, clause: Clause, quantity: Quantity, words: () => Word[]): boolean {
  if (PLAN_OPENING.test(sentence.text)) return true;
  if (!PLAN_HINT.test(clause.text.slice(0, quantity.start))) return false;
  const tokens = words();
  return tokens.some((t, i) => t.end <= quantity.start && PLAN_WORDS.has(t.word) && !(t.word === '争取' && tokens[i + 1]?.word === '到'));
}

function bestMatch(
  rules: CompiledRule[],
  sentence: Sentence,
  clause: Clause,
  quantity: Quantity,
  quantities: Quantity[],
  tags: () => Token[],
): Match | null {
  let best: { rule: CompiledRule; cue: Cue; verb: number } | null = null;
  for (const rule of rules) {
    const window = rule.window === 'sentence' ? sentence.text.slice(0, clause.start - sentence.start + clause.text.length) : clause.text;
    const windowOffset = rule.window === 'sentence' ? sentence.start - clause.start : 0;
    if (rule.without.some((w) => window.includes(w))) continue;
    if (rule.patternRegex && !rule.patternRegex.test(clause.text)) continue;
    const verb = rule.verbs.length ? lastIndexOfAny(clause.text.slice(0, quantity.start), rule.verbs) : -1;
    if (rule.verbs.length && verb < 0) continue;
    const context = nearest(window, rule.context, quantity.start - windowOffset, windowOffset);
    if (rule.context.length && !context) continue;
    const cue = rule.objects.length ? nearestObject(rule, clause.text, quantity, quantities, tags) : context;
    if (!cue) continue;
    if (!best || isBetter(rule, cue, best.rule, best.cue)) best = { rule, cue, verb };
  }
  if (!best) return null;
  return { rule: best.rule, quantity: shift(quantity, clause.start), evidence: evidenceOf(best.cue, best.verb, quantity, clause) };
}

/**
 * Nearest cue wins; then the longer (more specific) cue; then the rule with more conditions
 * (trigger verbs, context words, objects, pattern); then metric and rule id, so file order never decides.
 */
function isBetter(rule: CompiledRule, cue: Cue, bestRule: CompiledRule, bestCue: Cue): boolean {
  if (cue.distance !== bestCue.distance) return cue.distance < bestCue.distance;
  if (cue.length !== bestCue.length) return cue.length > bestCue.length;
  if (conditions(rule) !== conditions(bestRule)) return conditions(rule) > conditions(bestRule);
  if (rule.metric !== bestRule.metric) return rule.metric < bestRule.metric;
  return rule.id < bestRule.id;
}

const conditions = (rule: CompiledRule) =>
  Number(rule.verbs.length > 0) + Number(rule.context.length > 0) + Number(rule.objects.length > 0) + Number(rule.patternRegex !== null);

/** The object nearest the number: right before it (only link words between) or just after its measure word. */
function nearestObject(rule: CompiledRule, text: string, quantity: Quantity, quantities: Quantity[], tags: () => Token[]): Cue | null {
  let best: Cue | null = null;
  for (const word of rule.objects) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      let distance = -1;
      if (end <= quantity.start && isLinkGap(withoutQuantities(text, end, quantity.start, quantities), rule.linkWords)) distance = quantity.start - end;
      else if (at >= quantity.end && at - quantity.end <= rule.max_gap && isNounGap(text, quantity.end, at, tags)) distance = at - quantity.end;
      if (distance >= 0 && (!best || distance < best.distance || (distance === best.distance && word.length > best.length)))
        best = { distance, length: word.length, start: at, end };
    }
  }
  return best;
}

/**
 * Whether a gap can be read as a run of link words and quotation marks. Done by marking reachable
 * positions, in time linear in the gap: a regular expression (共|共计|计)* could backtrack
 * exponentially on a long gap that fails.
 */
export function isLinkGap(gap: string, words: string[]): boolean {
  const reachable = new Uint8Array(gap.length + 1);
  reachable[0] = 1;
  for (let i = 0; i < gap.length; i++) {
    if (!reachable[i]) continue;
    if (LINK_MARKS.test(gap[i]!)) reachable[i + 1] = 1;
    for (const word of words) if (gap.startsWith(word, i)) reachable[i + word.length] = 1;
  }
  return reachable[gap.length] === 1;
}

/** The gap text with other quantities of the clause taken out: 廉政谈话67次1333人次. */
function withoutQuantities(text: string, from: number, to: number, quantities: Quantity[]): string {
  let gap = '';
  let i = from;
  for (const q of quantities) {
    if (q.start >= i && q.end <= to) {
      gap += text.slice(i, q.start);
      i = q.end;
    }
  }
  return gap + text.slice(i, to);
}

/**
 * Between a measure word and its object there is no break and no predicate: 78个小区党支部, but
 * not 47家企业建立了党支部. A verb right before the object is a modifier (5个联合党委) and may stay.
 */
function isNounGap(text: string, from: number, to: number, tags: () => Token[]): boolean {
  if (from === to) return true;
  if (GAP_BREAK.test(text.slice(from, to))) return false;
  return !tags().some((t) => t.start < to && t.end > from && VERB_TAGS.has(t.tag) && t.end !== to);
}

function nearest(window: string, words: string[], position: number, windowOffset: number): Cue | null {
  let best: Cue | null = null;
  for (const word of words) {
    for (let at = window.indexOf(word); at >= 0; at = window.indexOf(word, at + 1)) {
      const distance = at + word.length <= position ? position - (at + word.length) : Math.max(0, at - position);
      if (!best || distance < best.distance || (distance === best.distance && word.length > best.length))
        best = { distance, length: word.length, start: at + windowOffset, end: at + word.length + windowOffset };
    }
  }
  return best;
}

/** Where the last of the words starts in text; of words ending at the same place, the longest (新成立 over 成立). */
function lastIndexOfAny(text: string, words: string[]): number {
  let best = -1;
  let bestEnd = -1;
  for (const word of words) {
    const at = text.lastIndexOf(word);
    if (at < 0) continue;
    const end = at + word.length;
    if (end > bestEnd || (end === bestEnd && at < best)) [best, bestEnd] = [at, end];
  }
  return best;
}

function shift(quantity: Quantity, offset: number): Quantity {
  return { ...quantity, start: quantity.start + offset, end: quantity.end + offset, numberStart: quantity.numberStart + offset, numberEnd: quantity.numberEnd + offset };
}

/** The evidence: the number with its cue and trigger verb, kept inside the clause. */
function evidenceOf(cue: Cue, verb: number, quantity: Quantity, clause: Clause): { start: number; end: number } {
  const inClause = (i: number) => i >= 0 && i <= clause.text.length;
  let start = quantity.start;
  let end = quantity.end;
  if (inClause(cue.start)) start = Math.min(start, cue.start);
  if (inClause(cue.end)) end = Math.max(end, cue.end);
  if (verb >= 0) start = Math.min(start, verb);
  return { start: clause.start + start, end: clause.start + end };
}
