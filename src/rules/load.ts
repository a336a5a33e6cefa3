import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import safeRegex from 'safe-regex2';
import { MEASURE_WORDS } from '../numbers/index.js';
import { MetricSpec, PackFile, RuleSpec } from './schema.js';

/** A rule-pack problem, reported as file:line:column so the user can go straight to it. */
export class RulePackError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
  }
}

export interface LoadedRule extends RuleSpec {
  file: string;
  line: number;
}

export interface LoadedPack {
  metrics: Map<string, MetricSpec>;
  rules: LoadedRule[];
  /** jieba user-dictionary lines from every pack's dictionary.txt. */
  dictionary: string;
}

const DICTIONARY_FILE = 'dictionary.txt';

/** Loads rule packs in order: later packs add metrics, replace rules with the same id, and disable rules. */
export async function loadPacks(packPaths: string[]): Promise<LoadedPack> {
  const pack: LoadedPack = { metrics: new Map(), rules: [], dictionary: '' };
  for (const packPath of packPaths) {
    for (const file of await packFiles(packPath)) {
      const text = await readFile(file, 'utf8');
      if (path.basename(file) === DICTIONARY_FILE) pack.dictionary += text + '\n';
      else mergeFile(pack, file, text);
    }
  }
  checkMetricsExist(pack);
  return pack;
}

async function packFiles(packPath: string): Promise<string[]> {
  const info = await stat(packPath).catch(() => null);
  if (!info) throw new RulePackError(packPath, 0, 0, 'no such rule pack');
  if (!info.isDirectory()) return [packPath];
  const names = (await readdir(packPath)).filter((n) => /\.ya?ml$/.test(n) || n === DICTIONARY_FILE).sort();
  return names.map((n) => path.join(packPath, n));
}

function mergeFile(pack: LoadedPack, file: string, text: string): void {
  const { data, locate } = parseYaml(file, text);
  const parsed = PackFile.safeParse(data ?? {});
  if (!parsed.success) throw schemaError(file, parsed.error, locate);
  const { metrics, rules, disable } = parsed.data;
  for (const metric of metrics) pack.metrics.set(metric.id, metric);
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    const at = locate(['rules', i]);
    if (seen.has(rule.id)) throw new RulePackError(file, at.line, at.column, `duplicate rule id "${rule.id}"`);
    if (rule.pattern !== undefined) checkPattern(file, locate(['rules', i, 'pattern']), rule.id, rule.pattern);
    const unknown = rule.measure_words?.find((w) => !MEASURE_WORDS.includes(w));
    if (unknown) throw new RulePackError(file, at.line, at.column, `rule "${rule.id}": unknown measure word "${unknown}" (known: ${MEASURE_WORDS.join(' ')})`);
    seen.add(rule.id);
    const loaded = { ...rule, file, line: at.line };
    const existing = pack.rules.findIndex((r) => r.id === rule.id);
    if (existing >= 0) pack.rules[existing] = loaded;
    else pack.rules.push(loaded);
  });
  pack.rules = pack.rules.filter((r) => !disable.includes(r.id));
}

/**
 * A pattern runs on every clause of every article: it must compile, and must not be able to
 * backtrack catastrophically (nested quantifiers such as (a+)+ are refused).
 */
function checkPattern(file: string, at: { line: number; column: number }, id: string, pattern: string): void {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    throw new RulePackError(file, at.line, at.column, `rule "${id}": pattern does not compile: ${(error as Error).message}`);
  }
  if (!safeRegex(pattern, { limit: 25 }))
    throw new RulePackError(file, at.line, at.column, `rule "${id}": pattern refused, it could backtrack catastrophically (nested or repeated quantifiers)`);
}

type Locate = (keyPath: (string | number)[]) => { line: number; column: number };

/** Parses YAML with the core schema only: no custom tags, so nothing in a pack can run code or read files. */
function parseYaml(file: string, text: string): { data: unknown; locate: Locate } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', customTags: [], merge: false, prettyErrors: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = firstError.linePos?.[0] ?? { line: 1, col: 1 };
    const reason = firstError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new RulePackError(file, pos.line, pos.col, `YAML syntax: ${reason}`);
  }
  const locate: Locate = (keyPath) => {
    for (let n = keyPath.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(keyPath.slice(0, n), true);
      if (isNode(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: 1, column: 1 };
  };
  return { data: doc.toJS({ maxAliasCount: 50 }), locate };
}

function schemaError(file: string, error: z.ZodError, locate: Locate): RulePackError {
  const issue = error.issues[0]!;
  const keyPath = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const at = locate(keyPath);
  const where = keyPath.length ? ` at ${keyPath.join('.')}` : '';
  return new RulePackError(file, at.line, at.column, `${issue.message}${where}`);
}

function checkMetricsExist(pack: LoadedPack): void {
  for (const rule of pack.rules) {
    if (!pack.metrics.has(rule.metric))
      throw new RulePackError(rule.file, rule.line, 1, `rule "${rule.id}" names unknown metric "${rule.metric}"`);
  }
}
