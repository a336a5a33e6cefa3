/**
 * Limits on what a pack may hold: a pack is data from anywhere, and every worker holds it. Kept
 * apart from the schema so that loading a precompiled pack never loads zod.
 */
export const PACK_LIMITS = { fileBytes: 4 * 1024 * 1024, rules: 10_000, rulesInAll: 20_000, words: 500, examples: 100, text: 1_000 };
