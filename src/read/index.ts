import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** A decoded input file: the original text every offset refers to. */
export interface Source {
  /** The path as given on the command line (or `-` for standard input). */
  path: string;
  text: string;
  encoding: string;
  format: 'text';
}

export const ARTICLE_EXTENSIONS = ['.txt', '.text'];

export interface Discovered {
  files: string[];
  /** Inputs that could not be opened, each with the reason. */
  unreadable: { file: string; reason: string }[];
}

/** Expands files and folders (recursively) into a sorted list of article paths. */
export async function discoverFiles(inputs: string[]): Promise<Discovered> {
  const found: Discovered = { files: [], unreadable: [] };
  for (const input of inputs) {
    if (input === '-') {
      found.files.push(input);
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (!info) found.unreadable.push({ file: input, reason: 'no such file or folder' });
    else if (info.isDirectory()) found.files.push(...(await listArticles(input)));
    else found.files.push(input);
  }
  return found;
}

async function listArticles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export async function readSource(filePath: string): Promise<Source> {
  const bytes = filePath === '-' ? await readStdin() : await readFile(filePath);
  return decodeSource(filePath, bytes);
}

export function decodeSource(filePath: string, bytes: Uint8Array): Source {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return { path: filePath, text, encoding: hasBom ? 'utf-8-bom' : 'utf-8', format: 'text' };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
