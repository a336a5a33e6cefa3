import { isNode, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { MEASURE_WORDS } from '../numbers/index.js';
import { RulePackError } from './errors.js';
import { compilePattern } from './pattern.js';
import { PackFile } from './schema.js';
import type { ParsedPackFile } from './load.js';

type Locate = (keyPath: (string | number)[]) => { line: number; column: number };

/** Parses and checks one YAML file of a rule pack; every problem names the file, line and column. */
export function parsePackFile(file: string, text: string): ParsedPackFile {
  const { data, locate } = parseYaml(file, text);
  const parsed = PackFile.safeParse(data ?? {});
  if (!parsed.success) throw schemaError(file, parsed.error, locate);
  const { metrics, families, rules, disable } = parsed.data;
  const seen = new Set<string>();
  const located = rules.map((rule, i) => {
    const at = locate(['rules', i]);
    if (seen.has(rule.id)) throw new RulePackError(file, at.line, at.column, `duplicate rule id "${rule.id}"`);
    seen.add(rule.id);
    if (rule.pattern !== undefined) checkPattern(file, locate(['rules', i, 'pattern']), rule.id, rule.pattern);
    const unknown = rule.measure_words?.find((w) => !MEASURE_WORDS.includes(w));
    if (unknown) throw new RulePackError(file, at.line, at.column, `rule "${rule.id}": unknown measure word "${unknown}" (known: ${MEASURE_WORDS.join(' ')})`);
    return { ...rule, line: at.line };
  });
  return { metrics, families, rules: located, disable };
}

/**
 * A pattern runs on every clause of every article, on a linear-time engine (RE2): it must compile
 * there, so backreferences and lookaround, which could make matching exponential, are refused.
 */
function checkPattern(file: string, at: { line: number; column: number }, id: string, pattern: string): void {
  try {
    compilePattern(pattern);
  } catch (error) {
    throw new RulePackError(file, at.line, at.column, `rule "${id}": pattern refused: ${(error as Error).message} (patterns use RE2 syntax: no backreferences, no lookaround)`);
  }
}

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
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), locate };
  } catch (error) {
    // yaml refuses aliases that would expand the document exponentially (a "billion laughs").
    const pos = lineCounter.linePos(firstAliasOffset(doc) ?? 0);
    throw new RulePackError(file, pos.line, pos.col, `YAML aliases refused: ${(error as Error).message}`);
  }
}

/** How many times a YAML alias may be expanded: a pack has no use for more. */
const MAX_ALIAS_COUNT = 50;

function firstAliasOffset(doc: ReturnType<typeof parseDocument>): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function schemaError(file: string, error: z.ZodError, locate: Locate): RulePackError {
  const issue = error.issues[0]!;
  const keyPath = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const at = locate(keyPath);
  const where = keyPath.length ? ` at ${keyPath.join('.')}` : '';
  return new RulePackError(file, at.line, at.column, `${issue.message}${where}`);
}
