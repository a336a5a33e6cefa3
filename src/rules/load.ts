import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { RulePackError } from './errors.js';
import { PACK_LIMITS } from './limits.js';
import type { MetricSpec, RuleSpec } from './schema.js';

export { RulePackError } from './errors.js';

export interface LoadedRule extends RuleSpec {
  file: string;
  line: number;
}

export interface LoadedPack {
  metrics: Map<string, MetricSpec>;
  /** Named word lists from every file of the packs; a later definition replaces an earlier one. */
  families: Map<string, string[]>;
  rules: LoadedRule[];
  /** jieba user-dictionary lines from every pack's dictionary.txt. */
  dictionary: string;
}

/** One YAML file of a pack, parsed and checked: its rules know their line. */
export interface ParsedPackFile {
  metrics: MetricSpec[];
  families: { [name: string]: string[] };
  rules: (RuleSpec & { line: number })[];
  disable: string[];
}

/** A pack as read from disk: each file's name with its parsed content, or dictionary text. */
interface ParsedPack {
  fingerprint: string;
  files: { name: string; pack?: ParsedPackFile; dictionary?: string }[];
}

const DICTIONARY_FILE = 'dictionary.txt';
/** Raised whenever the parsed form of a pack changes, so that a precompiled copy of the older form is not used. */
const PACK_FORMAT = 2;
/** The default pack parsed at build time, used while the pack's files are unchanged. */
export const PRECOMPILED = new URL('./precompiled-pack.json', import.meta.url);

/** Loads rule packs in order: later packs add metrics, replace rules with the same id, and disable rules. */
export async function loadPacks(packPaths: string[]): Promise<LoadedPack> {
  const metrics = new Map<string, MetricSpec>();
  const families = new Map<string, string[]>();
  // By id, in the order rules first came: a rule replaced later keeps its place.
  const rules = new Map<string, LoadedRule>();
  let dictionary = '';
  for (const packPath of packPaths) {
    const { files, dir } = await readPack(packPath);
    for (const { name, pack: parsed, dictionary: words } of files) {
      if (words !== undefined) dictionary += words + '\n';
      if (parsed) merge({ metrics, families, rules }, path.join(dir, name), parsed);
    }
  }
  const pack: LoadedPack = { metrics, families, rules: [...rules.values()], dictionary };
  checkMetricsExist(pack);
  pack.rules = pack.rules.map((rule) => expandFamilies(rule, pack.families));
  return pack;
}

const WORD_LISTS = ['objects', 'objects_after', 'verbs', 'context', 'without', 'without_in_clause'] as const;

/** Replaces each @name in a rule's word lists by the words of that family. */
function expandFamilies(rule: LoadedRule, families: Map<string, string[]>): LoadedRule {
  const expanded = { ...rule };
  for (const list of WORD_LISTS) {
    expanded[list] = rule[list].flatMap((word) => {
      if (!word.startsWith('@')) return [word];
      const family = families.get(word.slice(1));
      if (!family) throw new RulePackError(rule.file, rule.line, 1, `rule "${rule.id}" names unknown word family "${word}"`);
      return family;
    });
  }
  return expanded;
}

/** Reads and parses a pack; YAML and schema checking are loaded only when no precompiled copy fits. */
export async function readPack(packPath: string): Promise<ParsedPack & { dir: string }> {
  const { files, dir } = await packFiles(packPath);
  const texts = await Promise.all(files.map(readPackFile));
  const names = files.map((f) => path.basename(f));
  const fingerprint = createHash('sha256').update(JSON.stringify([PACK_FORMAT, names, texts])).digest('hex');
  const precompiled = await readPrecompiled();
  if (precompiled?.fingerprint === fingerprint) return { ...precompiled, dir };
  const { parsePackFile } = await import('./parse.js');
  return {
    fingerprint,
    dir,
    files: names.map((name, i) => (name === DICTIONARY_FILE ? { name, dictionary: texts[i]! } : { name, pack: parsePackFile(files[i]!, texts[i]!) })),
  };
}

async function readPrecompiled(): Promise<ParsedPack | null> {
  try {
    return JSON.parse(await readFile(PRECOMPILED, 'utf8')) as ParsedPack;
  } catch {
    return null;
  }
}

async function packFiles(packPath: string): Promise<{ files: string[]; dir: string }> {
  const info = await stat(packPath).catch(() => null);
  if (!info) throw new RulePackError(packPath, 0, 0, 'no such rule pack');
  if (!info.isDirectory()) return { files: [packPath], dir: path.dirname(packPath) };
  const names = (await readdir(packPath)).filter((n) => /\.ya?ml$/.test(n) || n === DICTIONARY_FILE).sort();
  return { files: names.map((n) => path.join(packPath, n)), dir: packPath };
}

const MAX_PACK_FILE_BYTES = PACK_LIMITS.fileBytes;

/** A pack file's text: only a regular file, and no larger than the limit (`-r /dev/zero` is refused). */
async function readPackFile(file: string): Promise<string> {
  const info = await stat(file).catch((error: Error) => {
    throw new RulePackError(file, 0, 0, `cannot read rule pack: ${error.message}`);
  });
  if (!info.isFile()) throw new RulePackError(file, 0, 0, 'not a regular file');
  if (info.size > MAX_PACK_FILE_BYTES) throw new RulePackError(file, 0, 0, `larger than ${MAX_PACK_FILE_BYTES} bytes, the limit for a rule pack file`);
  return readFile(file, 'utf8').catch((error: Error) => {
    throw new RulePackError(file, 0, 0, `cannot read rule pack: ${error.message}`);
  });
}

/** Adds a file's metrics and rules (a rule with a known id replaces it), then drops the rules it disables. */
function merge(pack: Omit<LoadedPack, 'rules' | 'dictionary'> & { rules: Map<string, LoadedRule> }, file: string, parsed: ParsedPackFile): void {
  const { metrics, families, rules } = pack;
  for (const metric of parsed.metrics) metrics.set(metric.id, metric);
  for (const [name, words] of Object.entries(parsed.families ?? {})) families.set(name, words);
  for (const rule of parsed.rules) {
    rules.set(rule.id, { ...rule, file });
    if (rules.size > PACK_LIMITS.rulesInAll) throw new RulePackError(file, rule.line, 1, `more than ${PACK_LIMITS.rulesInAll} rules in all packs`);
  }
  for (const id of parsed.disable) rules.delete(id);
}

function checkMetricsExist(pack: LoadedPack): void {
  for (const rule of pack.rules) {
    if (!pack.metrics.has(rule.metric))
      throw new RulePackError(rule.file, rule.line, 1, `rule "${rule.id}" names unknown metric "${rule.metric}"`);
  }
}
