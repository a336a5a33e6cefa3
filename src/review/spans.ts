import type { Source } from '../read/index.js';
import type { Record } from '../record.js';

export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Where each record's evidence stands in the article text (code points): the same offsets for a
 * text file; for an HTML page, the file offsets mapped back through the page's article text.
 */
export function evidenceInText(source: Source, records: Record[]): TextSpan[] {
  if (source.format === 'text') return records.map((r) => ({ start: r.start, end: r.end }));
  const length = [...source.text].length;
  const fromStart = new Map<number, number>();
  const fromEnd = new Map<number, number>();
  for (let i = 0; i < length; i++) {
    const inFile = source.toFile(i, i + 1);
    if (!fromStart.has(inFile.start)) fromStart.set(inFile.start, i);
    fromEnd.set(inFile.end, i + 1);
  }
  return records.map((r) => ({ start: fromStart.get(r.start) ?? 0, end: fromEnd.get(r.end) ?? 0 }));
}
