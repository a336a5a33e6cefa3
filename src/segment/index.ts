import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** A word with its part-of-speech tag and UTF-16 offsets into the segmented text. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

export interface Segmenter {
  tokens(text: string): Token[];
}

/**
 * Builds a jieba segmenter (via @node-rs/jieba) with the default dictionary plus a user
 * dictionary: lines of `word frequency tag`. Lines without a frequency are silently ignored by
 * jieba, so they get a high default frequency here.
 */
export function createSegmenter(userDictionary = ''): Segmenter {
  const jieba = Jieba.withDict(dict);
  const lines = userDictionary
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)
    .map(withFrequency);
  if (lines.length > 0) jieba.loadDict(Buffer.from(lines.join('\n') + '\n'));
  return {
    tokens(text) {
      let offset = 0;
      return jieba.tag(text, false).map(({ word, tag }) => {
        const token = { word, tag, start: offset, end: offset + word.length };
        offset = token.end;
        return token;
      });
    },
  };
}

function withFrequency(line: string): string {
  const [word, ...rest] = line.split(/\s+/);
  const frequency = rest.find((part) => /^\d+$/.test(part)) ?? '100000';
  const tag = rest.find((part) => !/^\d+$/.test(part)) ?? 'n';
  return `${word} ${frequency} ${tag}`;
}
