/**
 * `dangjian panel`: the panel of runs already made (shards, other machines), from their records
 * and summaries, without the articles: the summaries carry each file's fingerprint, so
 * duplicates are found again across all of them.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { Record } from '../record.js';
import type { MetricSpec } from '../rules/index.js';
import { findDuplicates } from './duplicates.js';
import { buildPanel, type ArticleRecords, type Panel } from './table.js';

/** Records written before `duplicate_of` existed are read too: the panel decides duplicates itself. */
const StoredRecord = Record.extend({ duplicate_of: z.string().nullable().default(null) });

const SummaryEntry = z.object({ file: z.string(), fingerprint: z.string().nullable().optional() });

/** An input that cannot be used: the message names the file (and line). */
export class PanelInputError extends Error {}

/**
 * Reads records written as JSON lines, line by line (a shard's records may be larger than one
 * string can hold), or as a JSON array (`--format json`, read whole).
 */
export async function readRecords(file: string): Promise<Record[]> {
  const records: Record[] = [];
  for await (const [number, line] of linesOf(file)) {
    if (number === 1 && line.trimStart().startsWith('[')) {
      const array = parseJson(file, await readInput(file));
      if (!Array.isArray(array)) throw new PanelInputError(`${file}: not a JSON array of records`);
      return array.map((value, i) => checkRecord(value, `${file}: record ${i + 1}`));
    }
    if (line.trim() !== '') records.push(checkRecord(parseJson(`${file}:${number}`, line), `${file}:${number}`));
  }
  return records;
}

/**
 * Reads a `--summary` file: each file's name and fingerprint, in the run's order. A summary holds
 * one entry a line, read line by line; one laid out otherwise is read whole.
 */
export async function readSummary(file: string): Promise<{ file: string; fingerprint: string | null }[]> {
  const entries: unknown[] = [];
  let byLine = true;
  for await (const [, line] of linesOf(file)) {
    const element = line.trim().replace(/^\[/, '').replace(/,?\]?$/, '');
    if (element === '') continue;
    try {
      entries.push(JSON.parse(element));
    } catch {
      byLine = false;
      break;
    }
  }
  const parsed = z.array(SummaryEntry).safeParse(byLine ? entries : parseJson(file, await readInput(file)));
  if (!parsed.success) throw new PanelInputError(`${file}: not a summary written by --summary (${z.prettifyError(parsed.error).split('\n')[0]})`);
  return parsed.data.map((e) => ({ file: e.file, fingerprint: e.fingerprint ?? null }));
}

/** A file's lines with their numbers, from 1. */
async function* linesOf(file: string): AsyncGenerator<[number, string]> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) yield [++number, line];
  } catch (error) {
    throw new PanelInputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  } finally {
    lines.close();
  }
}

/**
 * The panel of several runs. Files are taken in path order, folder by folder as a run lists a
 * folder, so the duplicates and every `first` value are those of one run over the same folder.
 */
export function mergePanel(records: Record[], summaries: { file: string; fingerprint: string | null }[], metrics: MetricSpec[]): Panel {
  const files = [...new Map(summaries.map((s) => [s.file, s])).values()].sort((a, b) => comparePaths(a.file, b.file));
  const byFile = new Map<string, Record[]>(files.map((f) => [f.file, []]));
  for (const record of records) {
    const own = byFile.get(record.file);
    if (!own) throw new PanelInputError(`records of ${record.file}, which no summary names: give the --summary of every run`);
    own.push(record);
  }
  const known = new Set(metrics.flatMap((m) => (Array.isArray(m.measure) ? m.measure : [m.measure]).map((measure) => `${m.id} ${measure}`)));
  const unknown = records.find((r) => !known.has(`${r.metric} ${r.measure}`));
  if (unknown) throw new PanelInputError(`${unknown.file}: metric ${unknown.metric} (${unknown.measure}) is not in the active rule packs: give the runs' --rules`);
  const duplicates = findDuplicates(files);
  const articles: ArticleRecords[] = files.map((f) => ({ file: f.file, records: byFile.get(f.file)! }));
  return buildPanel(articles, (file) => duplicates.has(file), metrics);
}

/** Orders paths as a folder is listed: component by component. */
export function comparePaths(a: string, b: string): number {
  const [x, y] = [a.split(path.sep), b.split(path.sep)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

async function readInput(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new PanelInputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function parseJson(where: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PanelInputError(`${where}: not JSON (${(error as Error).message})`);
  }
}

function checkRecord(value: unknown, where: string): Record {
  const parsed = StoredRecord.safeParse(value);
  if (!parsed.success) throw new PanelInputError(`${where}: not a record (${z.prettifyError(parsed.error).split('\n')[0]})`);
  return parsed.data;
}
