/**
 * Answers kept by their question for the whole run, at most `limit` of them (when full it starts
 * again): a corpus asks about the same names and phrases again and again.
 *
 * Each key is kept as a string of its own. In V8 a slice of 13 characters or more is a view into
 * the string it was cut from, so a key cut out of an article would keep the whole article in
 * memory for as long as its answer is kept; thousands of answers kept thousands of articles.
 */
export class Memo<V> {
  private readonly kept = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The kept answer for `key`, or the one `answer` gives now, then kept (it is given the key's copy, so what it makes of the key holds no view of the article either). */
  get(key: string, answer: (key: string) => V): V {
    let value = this.kept.get(key);
    if (value === undefined) {
      const own = ownCopy(key);
      this.keep(own, (value = answer(own)));
    }
    return value;
  }

  peek(key: string): V | undefined {
    return this.kept.get(key);
  }

  set(key: string, value: V): void {
    this.keep(ownCopy(key), value);
  }

  private keep(own: string, value: V): void {
    if (this.kept.size >= this.limit) this.kept.clear();
    this.kept.set(own, value);
  }
}

/** A copy that shares no memory with the string it came from (joining with a character makes a new string; slicing that off leaves a view of the new one only). */
export const ownCopy = (text: string): string => (text.length < 13 ? text : (' ' + text).slice(1));
