/**
 * Where the compiled list of divisions lives: `dist/units/divisions/`, reached from this module
 * both as compiled (`dist/units/divisions/`) and as source (`src/units/divisions/`, in tests).
 */
export const DATA_DIR = new URL('../../../dist/units/divisions/', import.meta.url);

/** Lines per block of `villages.tsv`: a village lookup reads one block (a few kilobytes). */
export const VILLAGE_BLOCK_LINES = 128;
