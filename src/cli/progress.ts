import { fstatSync } from 'node:fs';
import type { FileOutcome } from '../batch/index.js';

/** What a batch reports on standard error: progress, and lines (failures, warnings) in between. */
export interface Progress {
  tick(outcome: FileOutcome): void;
  /** Writes a whole line, clearing the bar first so the two never share a line. */
  line(text: string): void;
  stop(): void;
}

/** A stream the bar draws on: standard error, or a fake one in tests. */
export interface BarStream {
  write(text: string): unknown;
  columns?: number;
}

const REDRAW_MS = 100;
const CLEAR_LINE = '\r\x1b[2K';

/**
 * A one-line progress bar: files done of total, articles per second, ETA, warnings and failures
 * so far. It redraws its own line in place (carriage return, clear line), only when a file is
 * done and at most ten times a second; it never moves or saves the cursor, and it is cleared
 * before any other line is written and when it stops, so nothing is left under the prompt.
 */
export function createProgress(total: number, stream: BarStream = process.stderr, now: () => number = Date.now): Progress {
  const started = now();
  let done = 0;
  let warnings = 0;
  let failed = 0;
  let drawn = false;
  let lastDraw = -Infinity;
  const draw = () => {
    const elapsed = Math.max(0.001, (now() - started) / 1000);
    const speed = done / elapsed;
    const eta = speed > 0 ? Math.round((total - done) / speed) : 0;
    const counts = ` ${done}/${total} files | ${speed.toFixed(0)} articles/s | ETA ${eta} s | ${warnings} warnings, ${failed} failed`;
    // The bar takes what room the counts leave: a line longer than the terminal would wrap, and a
    // carriage return could no longer clear it.
    const columns = stream.columns || 80;
    const width = Math.max(0, Math.min(30, columns - 1 - counts.length));
    const filled = total ? Math.round((width * Math.min(done, total)) / total) : width;
    const text = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}${counts}`;
    stream.write(CLEAR_LINE + [...text].slice(0, Math.max(1, columns - 1)).join(''));
    drawn = true;
    lastDraw = now();
  };
  const clear = () => {
    if (drawn) stream.write(CLEAR_LINE);
    drawn = false;
  };
  draw();
  return {
    tick(outcome) {
      done++;
      if (outcome.failure !== undefined) failed++;
      else warnings += outcome.result.warnings.length;
      if (now() - lastDraw >= REDRAW_MS || done === total) draw();
    },
    line(text) {
      clear();
      stream.write(text.endsWith('\n') ? text : text + '\n');
      if (done < total) draw();
    },
    stop: clear,
  };
}

/** No bar: lines go straight to standard error. */
export const noProgress = (stream: BarStream = process.stderr): Progress => ({
  tick: () => undefined,
  line: (text) => void stream.write(text.endsWith('\n') ? text : text + '\n'),
  stop: () => undefined,
});

/**
 * A bar is drawn only when standard error is a terminal that standard output is not: records
 * streaming to the same terminal would be cut by the bar's redraws.
 */
export function progressWanted(stdout: { isTTY?: boolean } = process.stdout, stderr: { isTTY?: boolean } = process.stderr, same = () => sameTerminal(1, 2)): boolean {
  if (!stderr.isTTY) return false;
  return !stdout.isTTY || !same();
}

function sameTerminal(fdA: number, fdB: number): boolean {
  try {
    const x = fstatSync(fdA);
    const y = fstatSync(fdB);
    return x.rdev === y.rdev && x.ino === y.ino;
  } catch {
    return true;
  }
}
