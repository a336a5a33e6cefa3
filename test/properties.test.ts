import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize/index.js';
import { parseChineseNumeral, scanQuantities } from '../src/numbers/index.js';
import { decodeSource, UnusableFileError } from '../src/read/index.js';
import { article, extractor } from './helpers.js';

/** Runs the whole pipeline on bytes: it either gives a result or refuses the file as unusable. */
function extractBytes(bytes: Uint8Array) {
  try {
    return { source: decodeSource('fuzz.txt', bytes), result: extractor.extract(decodeSource('fuzz.txt', bytes)) };
  } catch (error) {
    if (error instanceof UnusableFileError) return null;
    throw error;
  }
}

function expectOffsetsGiveBackText(bytes: Uint8Array) {
  const extracted = extractBytes(bytes);
  if (!extracted) return;
  const original = [...extracted.source.text];
  for (const r of extracted.result.records) expect(original.slice(r.start, r.end).join('')).toBe(r.text);
}

/** Pieces of party-building prose, traditional and simplified, with pinyin, numbers and breaks. */
const FRAGMENTS = [
  '组建', '78个', '小区党支部', '新成立', '黨支部', '19個(gè)', '，', '。', '\n', '泰山路街道党工委', '全年', '召开', '16次', '党建专题会议',
  '开展廉政谈话', '67次', '1333人次', '近', '余', '3.52亿元', '完成入库税收', '志愿者', '1700余人', '三家', '單獨(dú)', '覆蓋率', '100﹪',
  '计划', '下一步', '第一书记', '十九届', '五星', '𠀀', '（', '）', '(qū)', '?jīng)', '工作打算', '2021年', '今年', '１２３',
];
const prose = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3, unit: 'binary' })), { maxLength: 60 }).map((parts) => parts.join(''));

/** Writes a whole number in Chinese numerals, the way articles do (一千零五, 三万二千). */
function toChinese(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n === 0) return '零';
  const section = (x: number) => {
    let out = '';
    let zero = false;
    for (const [unit, size] of [['千', 1000], ['百', 100], ['十', 10], ['', 1]] as const) {
      const d = Math.floor(x / size) % 10;
      if (d === 0) {
        zero = out.length > 0;
        continue;
      }
      if (zero) out += '零';
      out += digits[d] + unit;
      zero = false;
    }
    return out;
  };
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let out = high ? section(high) + '万' : '';
  if (low) out += (high && low < 1000 ? '零' : '') + section(low);
  return out;
}

describe('properties', () => {
  it('arbitrary Unicode text never throws out of the pipeline', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => void extractBytes(Buffer.from(text))), { numRuns: 300 });
  });

  it('arbitrary bytes never throw out of the pipeline', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void extractBytes(bytes)), { numRuns: 300 });
  });

  it("every record's offsets give back its text", () => {
    fc.assert(
      fc.property(prose, (text) => {
        expectOffsetsGiveBackText(Buffer.from(text));
      }),
      { numRuns: 400 },
    );
  });

  it('normalizing simplified text changes nothing', () => {
    const characters = [...new Set(article('002_8949e1b8934c0b9d.txt'))];
    const simplified = fc.array(fc.constantFrom(...characters), { maxLength: 80 }).map((c) => c.join(''));
    fc.assert(
      fc.property(simplified, (text) => {
        expect(normalize(text).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('numbers written in Chinese numerals parse back to the same value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        const written = toChinese(n);
        expect(parseChineseNumeral(written)).toBe(n);
        if (n > 1) expect(scanQuantities(`${written}个`).map((q) => q.value)).toEqual([n]);
      }),
      { numRuns: 500 },
    );
  });
});
