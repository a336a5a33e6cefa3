import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeBytes, UnusableFileError } from './decode.js';
import { extractHtmlArticle, looksLikeHtml } from './html.js';

export { decodeBytes, UnusableFileError } from './decode.js';

/** A decoded input: the article text the pipeline reads, and the way back to the file. */
export interface Source {
  /** The path as given on the command line (or `-` for standard input). */
  path: string;
  /** The article text: the decoded file, or for HTML the title and main text without tags. */
  text: string;
  encoding: string;
  format: 'text' | 'html';
  warnings: string[];
  /** Maps a code-point span of `text` to a code-point span of the decoded file. */
  toFile(start: number, end: number): { start: number; end: number };
}

export interface ReadOptions {
  /** Force this encoding instead of detecting one. */
  encoding?: string;
  /** Files larger than this many bytes are refused. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.html', '.htm'];

/** One entry of a listing: a file to read, or an input that could not be opened and why. */
export type Listing = { file: string } | { file: string; reason: string };

/**
 * Lists the articles under the inputs lazily, folder by folder in sorted order, so that a
 * listing of millions of files never has to be held in memory.
 */
export async function* listFiles(inputs: string[]): AsyncGenerator<Listing> {
  for (const input of inputs) {
    if (input === '-') {
      yield { file: input };
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (!info) yield { file: input, reason: 'no such file or folder' };
    else if (info.isDirectory()) yield* walk(input);
    else yield { file: input };
  }
}

async function* walk(dir: string): AsyncGenerator<Listing> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: Error) => error);
  if (entries instanceof Error) {
    yield { file: dir, reason: `cannot read folder: ${entries.message}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const entryPath = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(entryPath);
    else if (entry.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) yield { file: entryPath };
  }
}

export async function readSource(filePath: string, options: ReadOptions = {}): Promise<Source> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = filePath === '-' ? await readStdin(maxBytes) : await readFileBounded(filePath, maxBytes);
  return decodeSource(filePath, bytes, options.encoding);
}

/**
 * The same for a file, synchronously: for worker threads, where a read blocks only the worker
 * and saves the two thread-pool round trips that left busy workers waiting about a tenth of the time.
 */
export function readSourceSync(filePath: string, options: ReadOptions = {}): Source {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const size = sizeToRead(fstatSync(fd), maxBytes);
    const bytes = Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (let n; length < bytes.length && (n = readSync(fd, bytes, length, bytes.length - length, null)) > 0; ) length += n;
    refuseLarger(length, maxBytes);
    return decodeSource(filePath, bytes.subarray(0, length), options.encoding);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a file, never more than the limit (and one byte to tell it was passed), even if it grows
 * while being read. Opened without blocking, so that a named pipe is refused, not waited on.
 */
async function readFileBounded(filePath: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const bytes = Buffer.allocUnsafe(sizeToRead(await handle.stat(), maxBytes) + 1);
    let length = 0;
    for (let n; length < bytes.length && (n = (await handle.read(bytes, length, bytes.length - length, null)).bytesRead) > 0; ) length += n;
    refuseLarger(length, maxBytes);
    return bytes.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** Only regular files are read by path: a pipe or a device (/dev/zero) may never end, or never start. */
function sizeToRead(info: Stats, maxBytes: number): number {
  if (!info.isFile()) throw new UnusableFileError(`not a regular file (${kindOf(info)}); pipe it in as standard input (-) instead`);
  refuseLarger(info.size, maxBytes);
  return info.size;
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

function refuseLarger(size: number, maxBytes: number): void {
  if (size > maxBytes) throw new UnusableFileError(`larger than the limit of ${maxBytes} bytes (--max-bytes)`);
}

/** Decodes bytes into a Source; HTML (by name or content) is reduced to its article text. */
export function decodeSource(filePath: string, bytes: Uint8Array, encoding?: string): Source {
  const decoded = decodeBytes(bytes, encoding);
  const base = { path: filePath, encoding: decoded.encoding, warnings: decoded.warnings };
  if (!looksLikeHtml(filePath, decoded.text)) return { ...base, text: decoded.text, format: 'text', toFile: (start, end) => ({ start, end }) };
  const article = extractHtmlArticle(decoded.text);
  if (article.text.trim().length === 0) throw new UnusableFileError('HTML page without article text');
  const textUnits = utf16Offsets(article.text);
  const fileCodePoints = codePointOffsets(decoded.text);
  return {
    ...base,
    text: article.text,
    format: 'html',
    toFile(start, end) {
      const from = textUnits[start]!;
      const to = textUnits[end]!;
      const point = (unit: number) => fileCodePoints[unit]!;
      if (to <= from) return { start: point(article.sourceStart[from] ?? decoded.text.length), end: point(article.sourceStart[from] ?? decoded.text.length) };
      return { start: point(article.sourceStart[from]!), end: point(article.sourceEnd[to - 1]!) };
    },
  };
}

/** For each code-point index of text (and one past the end), its UTF-16 index. */
function utf16Offsets(text: string): Int32Array {
  const offsets: number[] = [];
  let unit = 0;
  for (const ch of text) {
    offsets.push(unit);
    unit += ch.length;
  }
  offsets.push(unit);
  return Int32Array.from(offsets);
}

/** For each UTF-16 index of text (and one past the end), its code-point index. */
function codePointOffsets(text: string): Int32Array {
  const offsets = new Int32Array(text.length + 1);
  let codePoint = 0;
  for (let i = 0; i < text.length; i++) {
    offsets[i] = codePoint;
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) codePoint++;
    else offsets[++i] = codePoint++;
  }
  offsets[text.length] = codePoint;
  return offsets;
}

/** Standard input, up to the limit: reading stops as soon as it is passed (`- < /dev/zero`). */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > maxBytes) {
      process.stdin.destroy();
      refuseLarger(length, maxBytes);
    }
  }
  return Buffer.concat(chunks);
}
