import { Chalk, type ChalkInstance } from 'chalk';

export const COLOUR_MODES = ['auto', 'always', 'never'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

/**
 * The colour level for one stream. `never` and `always` decide; under `auto`, FORCE_COLOR (0 to 3, or
 * true/false) sets it, else NO_COLOR (non-empty) turns it off, else the stream's own terminal
 * decides (as Node and chalk do). Each stream is judged on its own: `dangjian … 2>log` keeps colour out of the log only.
 */
export function colourLevel(stream: NodeJS.WriteStream, mode: ColourMode = 'auto', env: NodeJS.ProcessEnv = process.env): 0 | 1 | 2 | 3 {
  if (mode === 'never') return 0;
  const forced = forcedLevel(env);
  if (mode === 'always') return forced || depthLevel(stream) || 1;
  if (forced !== undefined) return forced;
  if (env.NO_COLOR) return 0;
  return stream.isTTY && env.TERM !== 'dumb' ? depthLevel(stream) : 0;
}

/** A chalk that colours for this stream as `colourLevel` decides. */
export const chalkFor = (stream: NodeJS.WriteStream, mode?: ColourMode): ChalkInstance => new Chalk({ level: colourLevel(stream, mode) });

function forcedLevel(env: NodeJS.ProcessEnv): 0 | 1 | 2 | 3 | undefined {
  const value = env.FORCE_COLOR;
  if (value === undefined) return undefined;
  if (value === 'false' || value === '0') return 0;
  const level = Number.parseInt(value, 10);
  return Number.isInteger(level) && level >= 1 ? (Math.min(level, 3) as 1 | 2 | 3) : 1;
}

function depthLevel(stream: NodeJS.WriteStream): 0 | 1 | 2 | 3 {
  if (!stream.isTTY || typeof stream.getColorDepth !== 'function') return 0;
  // Node's own reading of TERM and COLORTERM, without its NO_COLOR/FORCE_COLOR handling, decided above.
  const depth = stream.getColorDepth({ TERM: process.env.TERM, COLORTERM: process.env.COLORTERM });
  return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}
