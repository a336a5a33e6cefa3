import type { ChalkInstance } from 'chalk';
import { normalize } from '../normalize/index.js';
import { scanQuantities } from '../numbers/index.js';
import { displayWidth as width } from '../output/index.js';
import type { Source } from '../read/index.js';
import { warningText, type FileResult } from '../result.js';
import { splitSentences } from '../rules/clauses.js';
import { evidenceInText } from './spans.js';

const BACKGROUNDS = ['bgYellow', 'bgCyan', 'bgGreen', 'bgMagenta', 'bgBlue', 'bgRed'] as const;

/**
 * The article with every evidence span highlighted and numbered, then the records as a table.
 * Without colour, evidence is bracketed: [①组建78个小区党支部].
 */
export function explain(source: Source, result: FileResult, chalk: ChalkInstance): string {
  const text = [...source.text];
  const spans = evidenceInText(source, result.records);
  const metrics = [...new Set(result.records.map((r) => r.metric))];
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number>();
  spans.forEach((span, i) => {
    opens.set(span.start, [...(opens.get(span.start) ?? []), i]);
    closes.set(span.end, (closes.get(span.end) ?? 0) + 1);
  });
  let open = 0;
  let colour = chalk.reset;
  let out = '';
  text.forEach((ch, i) => {
    if (closes.has(i)) {
      open -= closes.get(i)!;
      if (chalk.level === 0) out += ']'.repeat(closes.get(i)!);
    }
    for (const k of opens.get(i) ?? []) {
      open++;
      colour = chalk[BACKGROUNDS[metrics.indexOf(result.records[k]!.metric) % BACKGROUNDS.length]!].black;
      out += chalk.level === 0 ? `[${k + 1}:` : chalk.bold(`⟨${k + 1}⟩`);
    }
    out += open > 0 ? colour(ch) : ch;
  });
  if (closes.has(text.length) && chalk.level === 0) out += ']'.repeat(closes.get(text.length)!);
  return `${out}\n\n${recordTable(result, chalk)}`;
}

function recordTable(result: FileResult, chalk: ChalkInstance): string {
  const header = ['#', 'unit', 'year', 'metric', 'value', 'measure', 'qualifier', 'rule', 'evidence'];
  const rows = result.records.map((r, i) => [String(i + 1), r.unit ?? '-', String(r.year ?? '-'), r.metric, String(r.value), r.measure, r.qualifier, r.rule, r.text + (r.warning ? ` (${r.warning})` : '')]);
  const widths = header.map((h, c) => Math.max(width(h), ...rows.map((row) => width(row[c]!))));
  const line = (cells: string[]) => cells.map((cell, c) => cell + ' '.repeat(widths[c]! - width(cell))).join('  ').trimEnd();
  const warnings = result.warnings.map((w) => chalk.yellow(`warning: ${warningText(w)}`));
  return [chalk.bold(line(header)), ...rows.map(line), ...warnings].join('\n') + '\n';
}

export interface UnmatchedNumber {
  /** Code-point offsets of the number with its measure word in the article text. */
  start: number;
  end: number;
  text: string;
  clause: string;
}

/**
 * Every number of the article that no record took: each number with a measure word or a 万/亿
 * scale (what a rule could take), found clause by clause, that lies outside all evidence spans.
 */
export function unmatchedNumbers(source: Source, result: FileResult): UnmatchedNumber[] {
  const normalized = normalize(source.text);
  const spans = evidenceInText(source, result.records);
  const taken = (start: number, end: number) => spans.some((s) => s.start <= start && end <= s.end);
  const found: UnmatchedNumber[] = [];
  for (const sentence of splitSentences(normalized.text)) {
    for (const clause of sentence.clauses) {
      for (const q of scanQuantities(clause.text)) {
        const at = normalized.toOriginal(clause.start + q.start, clause.start + q.end);
        if (taken(at.start, at.end)) continue;
        const inClause = normalized.toOriginal(clause.start, clause.start + clause.text.length);
        found.push({ ...at, text: normalized.originalSlice(at.start, at.end), clause: normalized.originalSlice(inClause.start, inClause.end).trim() });
      }
    }
  }
  return found;
}

/** The unmatched numbers as lines: offset, the number, and its clause. */
export function formatUnmatched(file: string, numbers: UnmatchedNumber[]): string {
  if (numbers.length === 0) return `${file}: every number was taken by a rule\n`;
  const header = `${file}: ${numbers.length} number${numbers.length === 1 ? '' : 's'} no rule took`;
  return [header, ...numbers.map((n) => `${String(n.start).padStart(6)}  ${n.text}  «${n.clause}»`)].join('\n') + '\n';
}
