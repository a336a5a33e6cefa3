import { close, closeSync, constants, fstat, fstatSync, open, openSync, read, readSync, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { readdir, realpath, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { decodeBytes, UnusableFileError } from './decode.js';
import { extractHtmlArticle, looksLikeHtml } from './html.js';

export { decodeBytes, UnusableFileError } from './decode.js';

const require = createRequire(import.meta.url);

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
  /** An HTML page's <title> when its headline is another element (its site name may name a unit's parents). */
  pageTitle?: string | null;
}

export interface ReadOptions {
  /** Force this encoding instead of detecting one. */
  encoding?: string;
  /** Files larger than this many bytes are refused. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Extensions read from folders: plain text, and pages as sites save them (read as HTML when they hold HTML). */
export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.shtml', '.xhtml', '.jhtml', '.asp', '.aspx', '.php', '.jsp'];

/** A file to read. `raw` holds the path's bytes when its name is not valid UTF-8 (`file` then shows it decoded as GB18030). */
export interface Listed {
  file: string;
  raw?: Uint8Array;
}

/**
 * One entry of a listing: a file to read; an input that could not be opened, and why; or a file
 * of a folder that is not read (its extension, or --include/--exclude), and why.
 */
export type Listing = Listed | { file: string; reason: string } | { file: string; skipped: string };

export interface ListOptions {
  /** Globs: when given, only the files of folders that match one are read, whatever their extension. */
  include?: string[];
  /** Globs: files of folders that match one are not read. */
  exclude?: string[];
  /** Read hidden files and folders (names starting with `.`, and `__MACOSX`) too. */
  hidden?: boolean;
}

/**
 * Lists the articles under the inputs lazily, folder by folder in sorted order, so that a
 * listing of millions of files never has to be held in memory. An input given twice, or a file
 * or folder given along with a folder that holds it, is listed once. Symbolic links are followed;
 * a link that leads back to a folder it stands in is reported, not followed.
 */
export async function* listFiles(inputs: string[], options: ListOptions = {}): AsyncGenerator<Listing> {
  const select = fileSelector(options);
  const resolved = await Promise.all(inputs.map((input) => (input === '-' ? null : resolveInput(input))));
  const folders = resolved.flatMap((r) => (r?.kind === 'folder' ? [r.real] : []));
  const seen = new Set<string>();
  for (const [i, input] of inputs.entries()) {
    const target = resolved[i];
    if (input === '-' || !target) {
      if (!seen.has(input)) yield { file: input };
      seen.add(input);
      continue;
    }
    if (target.kind === 'error') {
      yield { file: input, reason: target.reason };
      continue;
    }
    if (seen.has(target.real)) continue;
    // A file or folder inside another folder given is read as part of that folder, if the folder lists it.
    const holder = folders.find((folder) => folder !== target.real && isInside(target.real, folder));
    if (holder && listedIn(Buffer.from(path.relative(holder, target.real), 'latin1').toString(), target.kind, select, options)) continue;
    seen.add(target.real);
    if (target.kind === 'folder') yield* walk({ file: input }, input, select, options, new Set([target.real]));
    else yield { file: input };
  }
}

type Resolved = { kind: 'file' | 'folder'; real: string } | { kind: 'error'; reason: string };

async function resolveInput(input: string): Promise<Resolved> {
  try {
    const info = await stat(input);
    return { kind: info.isDirectory() ? 'folder' : 'file', real: await realBytes(input) };
  } catch (error) {
    return { kind: 'error', reason: openFailure(error as NodeJS.ErrnoException) };
  }
}

function openFailure(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'no such file or folder';
  if (error.code === 'ELOOP') return 'symbolic link loop (ELOOP)';
  if (error.code === 'EACCES') return 'permission denied';
  return error.message;
}

/** The real path, its bytes kept one to one in a string (latin1), whatever the names' encoding. */
const realBytes = async (location: string | Buffer) => (await realpath(location, { encoding: 'buffer' })).toString('latin1');

const isInside = (file: string, folder: string) => file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);

/** Whether a walk of a folder would list this file or folder, given by its path relative to that folder. */
function listedIn(relative: string, kind: 'file' | 'folder', select: (relative: string) => string | null, options: ListOptions): boolean {
  return (options.hidden || !relative.split(path.sep).some(isHidden)) && (kind === 'folder' || select(relative) === null);
}

const isHidden = (name: string) => name.startsWith('.') || name === '__MACOSX';

/** Why a file found in a folder is not read, or null when it is. */
function fileSelector(options: ListOptions): (relative: string) => string | null {
  const glob = (patterns?: string[]) => (patterns?.length ? globMatcher(patterns) : null);
  const include = glob(options.include);
  const exclude = glob(options.exclude);
  return (relative) => {
    if (exclude?.(relative)) return 'matches --exclude';
    if (include) return include(relative) ? null : 'matches no --include';
    return ARTICLE_EXTENSIONS.includes(path.extname(relative).toLowerCase()) ? null : 'not an article file (by its extension)';
  };
}

/**
 * A glob with a slash matches the path relative to the folder given (`drafts/**`); one without
 * matches the file name at any depth (`*.shtml`). picomatch is loaded only by runs that give globs.
 */
function globMatcher(patterns: string[]): (relative: string) => boolean {
  const picomatch = require('picomatch') as typeof import('picomatch');
  const matcher = (list: string[]) => (list.length ? picomatch(list, { dot: true }) : () => false);
  const byPath = matcher(patterns.filter((p) => p.includes('/')));
  const byName = matcher(patterns.filter((p) => !p.includes('/')));
  return (relative) => byPath(relative) || byName(path.basename(relative));
}

/**
 * Walks a folder in sorted order. Names are read as bytes: one that is not valid UTF-8 (GBK from
 * a Windows zip) is opened by its bytes. `ancestors` holds the real paths of the folders being
 * walked, so that a link back to one of them is caught instead of walked forever.
 */
async function* walk(dir: Listed, base: string, select: (relative: string) => string | null, options: ListOptions, ancestors: Set<string>): AsyncGenerator<Listing> {
  const location = dir.raw ? Buffer.from(dir.raw) : dir.file;
  const entries = await readdir(location, { withFileTypes: true, encoding: 'buffer' }).catch((error: Error) => error);
  if (entries instanceof Error) {
    yield { file: dir.file, reason: `cannot read folder: ${entries.message}` };
    return;
  }
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const entry of entries) {
    const entryPath = childPath(dir, entry.name);
    if (!options.hidden && isHidden(entryPath.file.slice(entryPath.file.lastIndexOf(path.sep) + 1))) continue;
    let kind: 'file' | 'folder' | 'other' = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
    if (entry.isSymbolicLink()) {
      const target = await stat(entryPath.raw ? Buffer.from(entryPath.raw) : entryPath.file).catch((error: NodeJS.ErrnoException) => error);
      if (target instanceof Error) {
        yield { file: entryPath.file, reason: target.code === 'ENOENT' ? 'broken symbolic link' : openFailure(target) };
        continue;
      }
      kind = target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other';
    }
    if (kind === 'folder') {
      const real = await realBytes(entryPath.raw ? Buffer.from(entryPath.raw) : entryPath.file);
      if (ancestors.has(real)) {
        yield { file: entryPath.file, reason: 'symbolic link loop (ELOOP): it leads back to a folder it stands in' };
        continue;
      }
      yield* walk(entryPath, base, select, options, new Set([...ancestors, real]));
    } else if (kind === 'file') {
      const why = select(path.relative(base, entryPath.file));
      yield why === null ? entryPath : { file: entryPath.file, skipped: why };
    }
  }
}

/** A folder entry's path: as text, and as bytes when the name (or a folder above it) is not UTF-8. */
function childPath(dir: Listed, name: Buffer): Listed {
  const file = path.join(dir.file, isUtf8(name) ? name.toString('utf8') : gb18030(name));
  if (!dir.raw && isUtf8(name)) return { file };
  const parent = dir.raw ? Buffer.from(dir.raw) : Buffer.from(dir.file);
  return { file, raw: Buffer.concat([parent, Buffer.from(path.sep), name]) };
}

const gb18030 = (bytes: Buffer) => (require('iconv-lite') as typeof import('iconv-lite')).decode(bytes, 'gb18030');

/** Reads and decodes a file; `raw` is the path's bytes when its name is not UTF-8 (see `Listed`). */
export async function readSource(filePath: string, options: ReadOptions = {}, raw?: Uint8Array): Promise<Source> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const location = raw ? Buffer.from(raw) : filePath;
  const bytes = filePath === '-' ? await readStdinOnce(maxBytes) : await readFileBounded(location, maxBytes);
  return decodeSource(filePath, bytes, options.encoding);
}

/**
 * The same for a file, synchronously: for worker threads, where a read blocks only the worker
 * and saves the two thread-pool round trips that left busy workers waiting about a tenth of the time.
 */
export function readSourceSync(filePath: string, options: ReadOptions = {}, raw?: Uint8Array): Source {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fd = openSync(raw ? Buffer.from(raw) : filePath, constants.O_RDONLY | constants.O_NONBLOCK);
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
async function readFileBounded(filePath: string | Buffer, maxBytes: number): Promise<Uint8Array> {
  const fd = await openFd(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const bytes = Buffer.allocUnsafe(sizeToRead(await fstatFd(fd), maxBytes) + 1);
    let length = 0;
    for (let n; length < bytes.length && (n = await readFd(fd, bytes, length, bytes.length - length)) > 0; ) length += n;
    refuseLarger(length, maxBytes);
    return bytes.subarray(0, length);
  } finally {
    await closeFd(fd);
  }
}

// fs's callback functions, as promises: a FileHandle (an object with a finaliser, and promises
// around each call) cost about twice as much of the main thread's time per file read.
const openFd = promisify(open);
const fstatFd = promisify(fstat);
const closeFd = promisify(close);
const readFd = (fd: number, buffer: Buffer, offset: number, length: number) =>
  new Promise<number>((resolve, reject) => read(fd, buffer, offset, length, null, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead))));

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
    pageTitle: article.pageTitle,
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

/** Standard input can be read only once: a second reader (the review page) gets the same bytes. */
let stdinBytes: Promise<Uint8Array> | undefined;
const readStdinOnce = (maxBytes: number) => (stdinBytes ??= readStdin(maxBytes));

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
