import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { Memo } from '../src/units/memo.js';
import { placeNamesIn } from '../src/units/place-names.js';
import { segmenter } from './helpers.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Heap in MB still in use after a full collection. */
function heapAfterCollection(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed / 1e6;
}

/** A long text of about `mb` megabytes made distinct by `n` (V8 holds Han text at two bytes a character). */
const longText = (n: number, mb: number) => `第${n}号材料：某某镇桥头村党支部组织学习。`.repeat(Math.ceil((mb * 5e5) / 22));

describe('answers kept for the run', () => {
  it('keeps an answer and asks once', () => {
    const memo = new Memo<number>(10);
    let asked = 0;
    const answer = (key: string) => (asked++, key.length);
    expect(memo.get('党群服务中心', answer)).toBe(6);
    expect(memo.get('党群服务中心', answer)).toBe(6);
    expect(asked).toBe(1);
  });

  it('starts again when full', () => {
    const memo = new Memo<number>(2);
    memo.set('甲', 1);
    memo.set('乙', 2);
    memo.set('丙', 3);
    expect([memo.peek('甲'), memo.peek('乙'), memo.peek('丙')]).toEqual([undefined, undefined, 3]);
  });

  it('keeps no long text alive through a key cut out of it', () => {
    const memo = new Memo<string>(1000);
    const before = heapAfterCollection();
    for (let n = 0; n < 100; n++) {
      const text = longText(n, 1);
      // The answer is made of the key it is given, as lookups make divisions of the name asked.
      memo.get(text.slice(3, 40), (key) => key.slice(0, 20));
    }
    // A hundred texts of a megabyte each: kept through their keys, they would hold 100 MB.
    expect(heapAfterCollection() - before).toBeLessThan(20);
    expect(memo.peek(longText(99, 1).slice(3, 40))).toBe(longText(99, 1).slice(3, 23));
  });

  it('leaves no article in memory once its place names are found', () => {
    // Names the list lacks are found by the words around them, in windows kept for later articles;
    // names close together (a list) make one window as long as the list.
    const visits = (n: number) => `第${n}组走访鸿鹄湾社区和麒麟岭社区，`;
    const list = (n: number) => `(${n})鸿鹄湾社区、麒麟岭村：`;
    for (const sentence of [visits, list]) {
      const before = heapAfterCollection();
      let found = 0;
      for (let n = 0; n < 30; n++) found += placeNamesIn(sentence(n).repeat(n % 10 === 0 ? 24_000 : 50), segmenter).length > 0 ? 1 : 0;
      expect(found).toBe(30);
      // Three articles of about 0.8 MB among short ones: what is kept for later articles must not hold them.
      expect(heapAfterCollection() - before).toBeLessThan(1.5);
    }
  });
});
