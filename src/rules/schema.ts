import { z } from 'zod';
import { Measure, Qualifier } from '../record.js';
import { PACK_LIMITS } from './limits.js';


const Word = z.string().min(1).max(40);
/** A family name: a list of words defined once in a pack (`families:`) and written @name in a rule's word lists. */
const FamilyName = z.string().max(100).regex(/^[a-z0-9_]+$/, 'lower-case letters, digits and _ only');
const Words = z.array(Word).max(PACK_LIMITS.words).default([]);
const Text = z.string().max(PACK_LIMITS.text);

export const Example = z
  .object({
    text: Text.min(1),
    /** The value the rule must produce from the text, or null when it must produce nothing. */
    value: z.number().nullable(),
    qualifier: Qualifier.optional(),
  })
  .strict();
export type Example = z.infer<typeof Example>;

export const RuleSpec = z
  .object({
    id: z.string().max(100).regex(/^[a-z0-9_.-]+$/, 'lower-case letters, digits, _ . - only'),
    metric: z.string().max(100).regex(/^[a-z0-9_]+$/),
    measure: Measure,
    description: Text.optional(),
    /** Surface measure words the number must carry; defaults follow the measure. */
    measure_words: z.array(Word).max(PACK_LIMITS.words).optional(),
    /** Object words that must stand right next to the number: 党支部19个, 78个小区党支部. */
    objects: Words,
    /** Trigger words, one of which must come before the number in the same clause: 组建, 新成立. */
    verbs: Words,
    /**
     * Object words that may stand further after the number, across 、 and clause breaks but in the same
     * sentence and within `reach` characters, with no other number of the rule's measure words between:
     * 选派12名…的干部，担任…党建指导员.
     */
    objects_after: Words,
    /** How many characters after the measure word an `objects_after` word may start. */
    reach: z.number().int().min(1).max(60).default(30),
    /** Words one of which must appear in the window (the clause, or the sentence up to the clause). */
    context: Words,
    /** Words that veto the rule when they appear in the window. */
    without: Words,
    /** Words that veto the rule when they stand in the number's own clause, whatever the window. */
    without_in_clause: Words,
    /**
     * Where context and without words are looked for: the clause; the sentence up to the clause; that and the heading
     * the sentence stands under; or that and the sentences of its paragraph before it.
     */
    window: z.enum(['clause', 'sentence', 'heading', 'paragraph']).default('clause'),
    /** A regular expression the clause must match as well (RE2 syntax, run in linear time). */
    pattern: z.string().min(1).max(200).optional(),
    /** How many characters may stand between the measure word and an object after it. */
    max_gap: z.number().int().min(0).max(20).default(8),
    examples: z.array(Example).min(2, 'every rule needs at least two examples').max(PACK_LIMITS.examples),
  })
  .strict()
  .refine((r) => r.objects.length + r.objects_after.length + r.context.length > 0, { message: 'a rule needs objects or context words' });
export type RuleSpec = z.infer<typeof RuleSpec>;

export const Combine = z.enum(['sum', 'max', 'first']);
export type Combine = z.infer<typeof Combine>;

export const MetricSpec = z
  .object({
    id: z.string().max(100).regex(/^[a-z0-9_]+$/),
    description: Text,
    /** The metric's name in Chinese, for labelled datasets (`dangjian metrics --format csv`). */
    label_zh: z.string().min(1).max(100).optional(),
    measure: z.union([Measure, z.array(Measure).min(1)]),
    /** How several records of this metric in one unit-year combine in the wide table. */
    combine: Combine.default('sum'),
  })
  .strict();
export type MetricSpec = z.infer<typeof MetricSpec>;

export const PackFile = z
  .object({
    metrics: z.array(MetricSpec).max(PACK_LIMITS.rules).default([]),
    /** Named word lists shared by several rules: `families: {talk: [宣讲, 宣讲会]}`, then `objects: ['@talk', 报告会]`. */
    families: z.record(FamilyName, z.array(Word).min(1).max(PACK_LIMITS.words)).default({}),
    rules: z.array(RuleSpec).max(PACK_LIMITS.rules).default([]),
    /** Rule ids (from earlier packs) to switch off. */
    disable: z.array(z.string().max(100)).max(PACK_LIMITS.rules).default([]),
  })
  .strict();
export type PackFile = z.infer<typeof PackFile>;
