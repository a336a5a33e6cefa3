import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';

// The package's dict.js also reads its 6 MB IDF table, which segmentation never uses: read only the dictionary.
const DICTIONARY = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');

/** A word with its UTF-16 offsets into the segmented text. */
export interface Word {
  word: string;
  start: number;
  end: number;
}

/** A word with its part-of-speech tag. */
export interface Token extends Word {
  tag: string;
}

export interface Segmenter {
  /** Words only: about three times faster than tagging. */
  words(text: string): Word[];
  /** Words with part-of-speech tags (v, n, ns …). */
  tokens(text: string): Token[];
}

/**
 * Builds a jieba segmenter (via @node-rs/jieba) with the default dictionary plus a user
 * dictionary: lines of `word frequency tag`. Lines without a frequency are silently ignored by
 * jieba, so they get a high default frequency here.
 */
export function createSegmenter(userDictionary = ''): Segmenter {
  const jieba = Jieba.withDict(readFileSync(DICTIONARY));
  const lines = userDictionary
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)
    .map(withFrequency);
  if (lines.length > 0) jieba.loadDict(Buffer.from(lines.join('\n') + '\n'));
  return {
    words: (text) => withOffsets(jieba.cut(text, false).map((word) => ({ word }))),
    tokens: (text) => withOffsets(jieba.tag(text, false)),
  };
}

function withOffsets<T extends { word: string }>(parts: T[]): (T & Word)[] {
  let offset = 0;
  for (const part of parts as (T & Word)[]) {
    part.start = offset;
    offset += part.word.length;
    part.end = offset;
  }
  return parts as (T & Word)[];
}

function withFrequency(line: string): string {
  const [word, ...rest] = line.split(/\s+/);
  const frequency = rest.find((part) => /^\d+$/.test(part)) ?? '100000';
  const tag = rest.find((part) => !/^\d+$/.test(part)) ?? 'n';
  return `${word} ${frequency} ${tag}`;
}
