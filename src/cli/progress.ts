import type { FileOutcome } from '../batch/index.js';

export interface Progress {
  tick(outcome: FileOutcome): void;
  stop(): void;
}

/** A progress bar on standard error: files done of total, articles per second, ETA, warnings so far. */
export async function createProgress(total: number): Promise<Progress> {
  const cliProgress = (await import('cli-progress')).default;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{bar} {value}/{total} files | {speed} articles/s | ETA {eta_formatted} | {warnings} warnings, {failed} failed',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let warnings = 0;
  let failed = 0;
  let done = 0;
  bar.start(total, 0, { speed: '0', warnings, failed });
  return {
    tick(outcome) {
      done++;
      if (outcome.failure !== undefined) failed++;
      else warnings += outcome.result.warnings.length;
      const speed = (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0);
      bar.update(done, { speed, warnings, failed });
    },
    stop: () => bar.stop(),
  };
}

export const noProgress: Progress = { tick: () => undefined, stop: () => undefined };
