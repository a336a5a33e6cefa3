import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, readdirSync, statSync, unlinkSync, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Record } from '../record.js';
import { RECORD_FIELDS, type FileResult } from '../result.js';
import type { MetricSpec } from '../rules/index.js';

export const FORMATS = ['jsonl', 'json', 'csv', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];
export const SHAPES = ['long', 'wide', 'panel'] as const;
export type Shape = (typeof SHAPES)[number];

export interface OutputOptions {
  format: Exclude<Format, 'xlsx'>;
  shape: Shape;
  /** CSV starts with a UTF-8 byte-order mark, so that Excel and WPS open it with the right characters. */
  bom?: boolean;
  /** The active metrics, in catalog order: the wide table's columns. */
  metrics: MetricSpec[];
}

/** Where output goes: standard output, or a file that appears whole when committed, or not at all. */
export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export function stdoutSink(): Sink {
  return { write: (chunk) => writeChunk(process.stdout, chunk), commit: async () => undefined, abort: async () => undefined };
}

/**
 * Writes to a temporary file beside `file`, renamed to `file` on commit and removed on abort, on
 * exit (EPIPE included) and on SIGINT or SIGTERM. A temporary file left by a run that was killed
 * outright (kill -9) is removed by the next run writing the same target.
 * A target that exists and is no regular file (/dev/null, a pipe) is written to directly.
 */
export function fileSink(file: string): Sink {
  if (existsSync(file) && !statSync(file).isFile()) return streamSink(file, createWriteStream(file, WRITE_BUFFER), async () => undefined, async () => undefined);
  removeStaleTemporaries(file);
  const temporary = `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  const stream = createWriteStream(temporary, WRITE_BUFFER);
  temporaries.add(temporary);
  const settled = () => temporaries.delete(temporary);
  return streamSink(
    file,
    stream,
    () => rename(temporary, file).finally(settled),
    () => unlink(temporary).catch(() => undefined).finally(settled),
  );
}

/**
 * How much a file output buffers before a write waits for the disk. At the stream's default of
 * 16 KB, a write waited every two or three articles, and the main thread sat idle (about 0.13 s
 * in 2,000 articles) until the thread pool had written the chunk before.
 */
const WRITE_BUFFER = { highWaterMark: 1024 * 1024 };

/** Temporary files not yet renamed or removed: removed when the process ends before they are. */
const temporaries = new Set<string>();
let cleanupInstalled = false;

function removeTemporaries(): void {
  for (const temporary of temporaries) {
    try {
      unlinkSync(temporary);
    } catch {
      // already gone
    }
  }
  temporaries.clear();
}

/** Installed once: on exit, and on a signal (which then ends the process as it would have). */
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.once('exit', removeTemporaries);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removeTemporaries();
      process.kill(process.pid, signal);
    });
  }
}

const TEMPORARY_NAME = /^(.*)\.(\d+)-[0-9a-f]{12}\.tmp$/;

/** Removes temporary files of `file` whose process is gone; those of a live run are left alone. */
function removeStaleTemporaries(file: string): void {
  installCleanup();
  const dir = path.dirname(file);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMPORARY_NAME.exec(name);
    if (!m || m[1] !== path.basename(file) || isAlive(Number(m[2]))) continue;
    try {
      unlinkSync(path.join(dir, name));
    } catch {
      // removed by someone else
    }
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writing or renaming an output failed (a full disk, no permission): the error names the output, not its temporary file. */
export class OutputError extends Error {
  constructor(
    readonly file: string,
    cause: Error,
  ) {
    super(systemReason(cause), { cause });
  }
}

/** `ENOSPC: no space left on device, write` → `no space left on device`. */
export function systemReason(error: Error): string {
  return error.message.replace(/^[A-Z]+: /, '').replace(/, \w+(?: '.*')?$/s, '');
}

function streamSink(file: string, stream: WriteStream, afterEnd: () => Promise<void>, afterAbort: () => Promise<void>): Sink {
  const failed = new Promise<never>((_, reject) => stream.once('error', (error) => reject(new OutputError(file, error))));
  failed.catch(() => undefined);
  return {
    write: (chunk) => Promise.race([writeChunk(stream, chunk), failed]),
    async commit() {
      await Promise.race([new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(new OutputError(file, error)) : resolve()))), failed]);
      await afterEnd().catch((error: Error) => {
        throw new OutputError(file, error);
      });
    },
    async abort() {
      stream.destroy();
      await afterAbort();
    },
  };
}

function writeChunk(stream: NodeJS.WritableStream, chunk: string | Uint8Array): Promise<void> {
  if (chunk.length === 0 || stream.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}

/** Writes whole content to a file: all of it or nothing. */
export async function writeWhole(file: string, content: string | Uint8Array): Promise<void> {
  const sink = fileSink(file);
  try {
    await sink.write(content);
    await sink.commit();
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

/** Takes the files' results one by one, in order, and writes them as they come. */
export interface RecordWriter {
  /** Writes a file's part; `rendered` is that part made beforehand by the thread that extracted the file. */
  write(result: FileResult, rendered?: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/**
 * A streamed format: what opens it, each file's part, the separator before a part (JSON's
 * comma), and what closes it. `render` is pure, so a worker can make a file's part itself and
 * spare the thread that writes.
 */
interface StreamFormat {
  head: string;
  render(result: FileResult): string;
  separator(first: boolean): string;
  tail(empty: boolean): string;
}

export function createRecordWriter(sink: Sink, options: OutputOptions): RecordWriter {
  const format = streamFormat(options);
  let started = false;
  let parts = 0;
  const start = async () => {
    if (!started) await sink.write(format.head);
    started = true;
  };
  return {
    async write(result, rendered = format.render(result)) {
      await start();
      if (rendered.length === 0) return;
      await sink.write(format.separator(parts++ === 0));
      await sink.write(rendered);
    },
    async close() {
      await start();
      await sink.write(format.tail(parts === 0));
    },
  };
}

/** Makes a file's part of the output, as `createRecordWriter` with these options would write it. */
export const partRenderer = (options: OutputOptions): ((result: FileResult) => string) => streamFormat(options).render;

function streamFormat(options: OutputOptions): StreamFormat {
  const bom = options.bom ? '\uFEFF' : '';
  const plain = { separator: () => '', tail: () => '' };
  if (options.shape === 'wide') {
    const columns = wideColumns(options.metrics);
    return { ...plain, head: bom + csvRows([wideHeader(columns)]), render: (result) => (result.units.length ? csvRows(wideRows(result, columns)) : '') };
  }
  if (options.format === 'csv') {
    return { ...plain, head: bom + csvRows([[...RECORD_FIELDS]]), render: (result) => (result.records.length ? csvRows(result.records.map((r: Record) => RECORD_FIELDS.map((f) => r[f]))) : '') };
  }
  if (options.format === 'json') {
    return { ...JSON_ARRAY, render: (result) => result.records.map((record) => indent(JSON.stringify(record, null, 2))).join(',\n') };
  }
  return { ...plain, head: '', render: (result) => result.records.map((r) => JSON.stringify(r) + '\n').join('') };
}

/** A JSON array's framing: `[`, the elements a line apart, `]`; `[]` when there were none. */
const JSON_ARRAY = { head: '[', separator: (first: boolean) => (first ? '\n' : ',\n'), tail: (empty: boolean) => (empty ? ']\n' : '\n]\n') };

/** A JSON array written element by element. */
export function jsonArrayStream(sink: Sink) {
  let count = 0;
  const head = () => (count === 0 ? JSON_ARRAY.head : '');
  return {
    write: (json: string) => sink.write(head() + JSON_ARRAY.separator(count++ === 0) + indent(json)),
    close: () => sink.write(head() + JSON_ARRAY.tail(count === 0)),
  };
}

const indent = (text: string) => text.replace(/^/gm, '  ');

// csv-stringify is loaded on first use: JSON output never needs it.
const require = createRequire(import.meta.url);
let stringify: typeof import('csv-stringify/sync').stringify | null = null;
const csvRows = (rows: unknown[][]) =>
  (stringify ??= (require('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify)(rows, { cast: { number: (n) => String(n) } });

interface Column {
  metric: MetricSpec;
  measure: string;
  name: string;
}

/** The wide table's metric columns: one per metric, or one per measure of a metric with several. */
export function wideColumns(metrics: MetricSpec[]): Column[] {
  return metrics.flatMap((m) =>
    Array.isArray(m.measure) ? m.measure.map((measure) => ({ metric: m, measure, name: `${m.id}.${measure}` })) : [{ metric: m, measure: m.measure, name: m.id }],
  );
}

/**
 * One row per file, unit and year; one column per metric, combined as the metric declares (sum,
 * max or first), and a `_n` column telling how many records went into it.
 */
export function wideRows(result: FileResult, columns: Column[]): unknown[][] {
  return result.units.map(({ unit, year, ...coding }) => {
    const own = result.records.filter((r) => r.unit === unit && r.year === year && r.part_of === null);
    const cells = columns.flatMap(({ metric, measure }) => {
      const values = own.filter((r) => r.metric === metric.id && r.measure === measure).map((r) => r.value);
      return [values.length ? combine(values, metric.combine) : '', values.length];
    });
    return [result.file, unit ?? '', ...UNIT_CODING_FIELDS.map((f) => coding[f] ?? ''), year ?? '', ...cells];
  });
}

const UNIT_CODING_FIELDS = ['unit_code', 'unit_level', 'unit_path'] as const;

export const wideHeader = (columns: Column[]) => ['file', 'unit', ...UNIT_CODING_FIELDS, 'year', ...columns.flatMap((c) => [c.name, `${c.name}_n`])];

export function combine(values: number[], how: MetricSpec['combine']): number {
  if (how === 'max') return Math.max(...values);
  if (how === 'first') return values[0]!;
  return values.reduce((a, b) => a + b, 0);
}

/** Display width in a terminal or a spreadsheet column: Han and other wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return width;
}
