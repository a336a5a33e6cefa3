import { describe, expect, it } from 'vitest';
import { colourLevel } from '../src/cli/colour.js';
import { capJobs } from '../src/cli/jobs.js';
import { createProgress, progressWanted } from '../src/cli/progress.js';
import type { FileOutcome } from '../src/batch/index.js';
import type { Listing } from '../src/read/index.js';

/** A terminal that records what is written to it. */
function fakeTerminal(columns = 80) {
  const writes: string[] = [];
  return { stream: { columns, write: (text: string) => writes.push(text) }, writes, all: () => writes.join('') };
}

const done = { file: 'a.txt', result: { warnings: [] } } as unknown as FileOutcome;
const failed = { file: 'b.txt', failure: 'empty file' } as FileOutcome;

describe('the progress bar', () => {
  it('never saves or restores the cursor, and clears itself before a line and when it stops', () => {
    const terminal = fakeTerminal();
    let now = 0;
    const progress = createProgress(3, terminal.stream, () => now);
    now += 500;
    progress.tick(done);
    const before = terminal.writes.length;
    progress.line('dangjian: b.txt: empty file');
    // The bar's line is cleared, then the line is written whole, then the bar is drawn again below it.
    expect(terminal.writes[before]).toBe('\r\x1b[2K');
    expect(terminal.writes[before + 1]).toBe('dangjian: b.txt: empty file\n');
    expect(terminal.writes[before + 2]).toMatch(/^\r\x1b\[2K.* 1\/3 files/);
    now += 500;
    progress.tick(failed);
    progress.tick(done);
    progress.stop();
    expect(terminal.all()).not.toMatch(/\x1b7|\x1b8|\x1b\[s|\x1b\[u/);
    expect(terminal.all()).toMatch(/3\/3 files \| \d+ articles\/s \| ETA 0 s \| 0 warnings, 1 failed/);
    expect(terminal.writes.at(-1)).toBe('\r\x1b[2K');
  });

  it('fits its line to the terminal, so that it never wraps', () => {
    const terminal = fakeTerminal(40);
    createProgress(10, terminal.stream, () => 0);
    expect([...terminal.writes[0]!.replace('\r\x1b[2K', '')].length).toBeLessThan(40);
  });

  it('is drawn only when standard error is a terminal and standard output is not that same terminal', () => {
    expect(progressWanted({ isTTY: false }, { isTTY: true }, () => false)).toBe(true);
    expect(progressWanted({ isTTY: false }, { isTTY: false }, () => false)).toBe(false);
    expect(progressWanted({ isTTY: true }, { isTTY: true }, () => true)).toBe(false);
    expect(progressWanted({ isTTY: true }, { isTTY: true }, () => false)).toBe(true);
  });
});

describe('colour levels', () => {
  const tty = { isTTY: true, getColorDepth: () => 8 } as unknown as NodeJS.WriteStream;
  const pipe = { isTTY: false } as unknown as NodeJS.WriteStream;
  it('follow --color, FORCE_COLOR, NO_COLOR and the stream, in that order', () => {
    expect(colourLevel(tty, 'auto', {})).toBe(2);
    expect(colourLevel(pipe, 'auto', {})).toBe(0);
    expect(colourLevel(tty, 'auto', { NO_COLOR: '1' })).toBe(0);
    expect(colourLevel(tty, 'auto', { NO_COLOR: '' })).toBe(2);
    expect(colourLevel(pipe, 'auto', { FORCE_COLOR: '1' })).toBe(1);
    expect(colourLevel(pipe, 'auto', { FORCE_COLOR: '3', NO_COLOR: '1' })).toBe(3);
    expect(colourLevel(tty, 'auto', { FORCE_COLOR: '0' })).toBe(0);
    expect(colourLevel(tty, 'never', { FORCE_COLOR: '3' })).toBe(0);
    expect(colourLevel(pipe, 'always', { NO_COLOR: '1' })).toBe(1);
    expect(colourLevel(tty, 'auto', { TERM: 'dumb' })).toBe(0);
  });
});

describe('capping --jobs', () => {
  const listing = (n: number) =>
    (async function* () {
      for (let i = 0; i < n; i++) yield { file: `f${i}.txt` } as Listing;
    })();
  const collect = async (entries: AsyncIterable<Listing>) => {
    const out: string[] = [];
    for await (const entry of entries) out.push(entry.file);
    return out;
  };

  it('takes no more workers than cores, nor than files, and loses no entry', async () => {
    const few = await capJobs(32, listing(5), 8);
    expect(few.jobs).toBe(5);
    expect(await collect(few.listing)).toEqual(['f0.txt', 'f1.txt', 'f2.txt', 'f3.txt', 'f4.txt']);
    expect((await capJobs(32, listing(1), 8)).jobs).toBe(1);
    expect((await capJobs(4, listing(0), 8)).jobs).toBe(1);
    const some = await capJobs(32, listing(40), 8);
    expect(some.jobs).toBe(8);
    expect(await collect(some.listing)).toHaveLength(40);
    const many = await capJobs(32, listing(1000), 8);
    expect(many.jobs).toBe(8);
    expect(await collect(many.listing)).toEqual(Array.from({ length: 1000 }, (_, i) => `f${i}.txt`));
    expect((await capJobs(1, listing(1000), 8)).jobs).toBe(1);
  });
});
