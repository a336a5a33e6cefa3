import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { Measure, Qualifier, type Record } from '../record.js';
import type { FileResult } from '../result.js';

const GoldRecord = z.object({
  unit: z.string().nullable(),
  year: z.number().int().nullable(),
  metric: z.string(),
  value: z.number(),
  measure: Measure.optional(),
  qualifier: Qualifier.optional(),
  text: z.string().optional(),
});
const GoldArticle = z.object({
  file: z.string(),
  units: z.array(z.object({ unit: z.string().nullable(), year: z.number().int().nullable() })).default([]),
  records: z.array(GoldRecord).default([]),
});
export const Gold = z.array(GoldArticle);
export type Gold = z.infer<typeof Gold>;
export type GoldRecord = z.infer<typeof GoldRecord>;

export function parseGold(text: string): Gold {
  return Gold.parse(parse(text, { schema: 'core' }));
}

/** A gold file that cannot be read or is not gold: a usage error, as a rule-pack error is. */
export class GoldFileError extends Error {
  readonly usage = true;
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(reason);
  }
}

const MAX_GOLD_BYTES = 64 * 1024 * 1024;

/** Reads and checks a gold file; any problem is a GoldFileError naming the file (and line, for YAML). */
export async function readGold(file: string): Promise<Gold> {
  const info = await stat(file).catch(() => null);
  if (info && !info.isFile()) throw new GoldFileError(file, 'the gold file is not a regular file');
  if (info && info.size > MAX_GOLD_BYTES) throw new GoldFileError(file, `the gold file is larger than ${MAX_GOLD_BYTES} bytes`);
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new GoldFileError(file, `cannot read the gold file: ${error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/s, '')}`);
  });
  try {
    return parseGold(text);
  } catch (error) {
    const e = error as Error & { linePos?: { line: number; col: number }[]; issues?: { path: PropertyKey[]; message: string }[] };
    if (e.issues?.[0]) throw new GoldFileError(file, `not a gold file: ${e.issues[0].message} at ${e.issues[0].path.map(String).join('.') || 'the top'}`);
    const where = e.linePos?.[0] ? `${e.linePos[0].line}:${e.linePos[0].col}: ` : '';
    throw new GoldFileError(where ? `${file}:${where.slice(0, -2)}` : file, `YAML syntax: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  }
}

export interface MetricScore {
  metric: string;
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  file: string;
  record: GoldRecord;
}

export interface Report {
  overall: MetricScore;
  metrics: MetricScore[];
  unitYearAccuracy: number;
  unitYears: { gold: number; reported: number };
  /** Gold unit-years the results do not report, with what the results report for that file instead. */
  unitYearMisses: { file: string; unit: string | null; year: number | null; reported: { unit: string | null; year: number | null }[] }[];
  misses: Miss[];
  falseHits: Record[];
}

const PARTY_BODY_SUFFIX = /(?:党工委|党委|党总支|党支部|委组织部|工委|委)$/;

export function sameUnit(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const x = a.replace(PARTY_BODY_SUFFIX, '');
  const y = b.replace(PARTY_BODY_SUFFIX, '');
  return x === y || (x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x)));
}

export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.5 || Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
}

export interface ScoreOptions {
  /** Match records on file, metric and value only: the gap to the usual F1 is what units cost. */
  ignoreUnit?: boolean;
}

/** Scores extraction results against gold: records matched one to one on file, metric, value and unit. */
export function score(gold: Gold, results: FileResult[], options: ScoreOptions = {}): Report {
  const unitMatches = (found: string | null, expected: string | null) => options.ignoreUnit === true || sameUnit(found, expected);
  const byFile = new Map(results.map((r) => [path.basename(r.file), r]));
  const misses: Miss[] = [];
  const falseHits: Record[] = [];
  const counts = new Map<string, { gold: number; found: number; matched: number }>();
  const count = (metric: string) => counts.get(metric) ?? counts.set(metric, { gold: 0, found: 0, matched: 0 }).get(metric)!;
  let unitYearsReported = 0;
  let unitYearsGold = 0;
  const unitYearMisses: Report['unitYearMisses'] = [];

  for (const article of gold) {
    const result = byFile.get(path.basename(article.file));
    const unmatched = [...(result?.records ?? [])];
    for (const expected of article.records) {
      count(expected.metric).gold++;
      const i = unmatched.findIndex((r) => r.metric === expected.metric && sameValue(r.value, expected.value) && unitMatches(r.unit, expected.unit));
      if (i >= 0) {
        count(expected.metric).matched++;
        unmatched.splice(i, 1);
      } else misses.push({ file: article.file, record: expected });
    }
    for (const record of result?.records ?? []) count(record.metric).found++;
    falseHits.push(...unmatched);
    for (const unitYear of article.units) {
      unitYearsGold++;
      if (result?.units.some((u) => sameUnit(u.unit, unitYear.unit) && u.year === unitYear.year)) unitYearsReported++;
      else
        unitYearMisses.push({ file: article.file, ...unitYear, reported: (result?.units ?? []).map((u) => ({ unit: u.unit, year: u.year })) });
    }
  }

  const metrics = [...counts.entries()].map(([metric, c]) => toScore(metric, c)).sort((a, b) => a.metric.localeCompare(b.metric));
  const total = metrics.reduce((t, m) => ({ gold: t.gold + m.gold, found: t.found + m.found, matched: t.matched + m.matched }), { gold: 0, found: 0, matched: 0 });
  return {
    overall: toScore('overall', total),
    metrics,
    unitYearAccuracy: unitYearsGold ? unitYearsReported / unitYearsGold : 1,
    unitYears: { gold: unitYearsGold, reported: unitYearsReported },
    unitYearMisses,
    misses,
    falseHits,
  };
}

function toScore(metric: string, c: { gold: number; found: number; matched: number }): MetricScore {
  const precision = c.found ? c.matched / c.found : c.gold ? 0 : 1;
  const recall = c.gold ? c.matched / c.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { metric, ...c, precision, recall, f1 };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5) + '%';

/** A report for people: scores, then every miss and false hit with its evidence. */
export function formatReport(report: Report): string {
  const lines: string[] = [];
  const row = (s: MetricScore) =>
    `${s.metric.padEnd(24)} ${String(s.gold).padStart(5)} ${String(s.found).padStart(5)} ${String(s.matched).padStart(7)}  ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
  lines.push(`${'metric'.padEnd(24)} ${'gold'.padStart(5)} ${'found'.padStart(5)} ${'matched'.padStart(7)}  ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(6)}`);
  for (const metric of report.metrics) lines.push(row(metric));
  lines.push('');
  lines.push(`Misses (${report.misses.length}): in the gold, not found`);
  for (const { file, record } of report.misses)
    lines.push(`  ${file}  ${record.unit ?? '-'} ${record.metric}=${record.value}  «${record.text ?? ''}»`);
  lines.push(`False hits (${report.falseHits.length}): found, not in the gold`);
  for (const r of report.falseHits)
    lines.push(`  ${path.basename(r.file)}:${r.start}-${r.end}  ${r.unit ?? '-'} ${r.metric}=${r.value}  «${r.text}»  [${r.rule}]`);
  lines.push(`Unit-years missed (${report.unitYearMisses.length}): in the gold, not among the file's units`);
  const unitYear = (u: { unit: string | null; year: number | null }) => `${u.unit ?? '-'} ${u.year ?? '-'}`;
  for (const m of report.unitYearMisses)
    lines.push(`  ${m.file}  ${unitYear(m)}  (reported: ${m.reported.map(unitYear).join(', ') || 'nothing'})`);
  lines.push('');
  lines.push(`unit-year accuracy ${pct(report.unitYearAccuracy)} (${report.unitYears.reported}/${report.unitYears.gold})`);
  const o = report.overall;
  lines.push(`overall precision ${pct(o.precision)}  recall ${pct(o.recall)}  F1 ${pct(o.f1)}  (${o.matched} matched, ${o.gold} gold, ${o.found} found)`);
  return lines.join('\n') + '\n';
}
