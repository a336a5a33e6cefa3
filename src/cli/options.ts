import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import { fileSink, stdoutSink, type Format, type Shape, type Sink } from '../output/index.js';

/** A command line that cannot be run as given: reported in one line, exit 2, before any work. */
export class UsageError extends Error {}

/** The output formats a file name's extension stands for. */
const FORMAT_OF_EXTENSION: Record<string, Format> = { '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json', '.csv': 'csv', '.xlsx': 'xlsx' };

/**
 * The format to write: `-f` when given, else the one `--out`'s extension names, else JSON Lines.
 * A `-f` that contradicts the extension (`-f csv --out a.xlsx`) and a wide shape in a format
 * other than CSV are refused: either would write a file that is not what its name or options say.
 */
export function chooseFormat(options: { format?: Format; shape: Shape; out?: string }): Format {
  const named = options.out && options.out !== '-' ? FORMAT_OF_EXTENSION[path.extname(options.out).toLowerCase()] : undefined;
  if (options.format && named && options.format !== named) {
    throw new InvalidArgumentError(`--format ${options.format} contradicts --out ${options.out} (the file name says ${named}): change one of them`);
  }
  const format = options.format ?? named ?? 'jsonl';
  if (options.shape === 'panel' && format === 'xlsx') {
    throw new InvalidArgumentError('--shape panel is for csv, json and jsonl; a workbook (xlsx) always holds the panel as its own sheet');
  }
  if (options.shape === 'wide' && format !== 'csv') {
    throw new InvalidArgumentError(`--shape wide is a CSV table: add --format csv (or --out FILE.csv), not ${format}`);
  }
  return format;
}

/**
 * Refuses, before any file is read, an output path that cannot be written: a missing folder, a
 * folder, no permission. `-` (standard output) and existing non-files (/dev/null, a pipe) pass.
 */
export function checkOutputPath(file: string): void {
  if (file === '-') return;
  const info = statOrNull(file);
  if (info?.isDirectory()) throw new UsageError(`${file}: is a folder, not a file`);
  if (info && !info.isFile()) return;
  const folder = path.dirname(file);
  const folderInfo = statOrNull(folder);
  if (!folderInfo) throw new UsageError(`${file}: no such folder: ${folder}`);
  if (!folderInfo.isDirectory()) throw new UsageError(`${file}: ${folder} is not a folder`);
  // The file is written beside its name and renamed: the folder must be writable, and so must an existing file.
  if (!writable(folder)) throw new UsageError(`${file}: no permission to write in ${folder}`);
  if (info && !writable(file)) throw new UsageError(`${file}: no permission to write`);
}

/** Checks every output path of a run, and that at most one of them is standard output. */
export function checkOutputPaths(paths: { option: string; file: string | undefined }[]): void {
  const given = paths.filter((p): p is { option: string; file: string } => p.file !== undefined);
  for (const { file } of given) checkOutputPath(file);
  const toStdout = given.filter((p) => p.file === '-');
  if (toStdout.length > 1) throw new UsageError(`${toStdout.map((p) => p.option).join(' and ')} cannot both write to standard output`);
}

function statOrNull(file: string) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** An encoding iconv-lite knows, checked when the command line is read rather than once per file. */
export function parseEncoding(value: string): string {
  const iconv = createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
  if (!iconv.encodingExists(value.toLowerCase())) throw new InvalidArgumentError(`unknown encoding (utf-8, gb18030, gbk, big5, utf-16le … are known)`);
  return value;
}

/** A score threshold: a number from 0 to 1. */
export function parseFraction(value: string): number {
  const number = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 1) throw new InvalidArgumentError('a number from 0 to 1, such as 0.95');
  return number;
}

/** The common folder of the inputs, so that paths can be shown relative to it. */
export function commonFolder(inputs: string[]): string {
  const folders = inputs
    .filter((input) => input !== '-')
    .map((input) => {
      const resolved = path.resolve(input);
      return statOrNull(resolved)?.isDirectory() ? resolved : path.dirname(resolved);
    });
  if (folders.length === 0) return process.cwd();
  let common = folders[0]!.split(path.sep);
  for (const folder of folders.slice(1)) {
    const parts = folder.split(path.sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(path.sep) || path.sep;
}

/** Where an output goes: `-` is standard output, anything else a file written whole or not at all. */
export const openSink = (target: string): Sink => (target === '-' ? stdoutSink() : fileSink(target));
