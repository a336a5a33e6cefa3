/**
 * Build step: writes `dist/normalize/traditional.bin`, whether each BMP character is traditional
 * (1) or not (2), as opencc's dictionaries of the installed version decide (see `judgedTraditional`).
 * Telling a simplified article from a traditional one then needs no converter.
 */
import { writeFileSync } from 'node:fs';
import { judgedTraditional, TRADITIONAL_TABLE } from './index.js';

const table = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) table[code] = judgedTraditional(String.fromCharCode(code)) ? 1 : 2;
writeFileSync(TRADITIONAL_TABLE, table);
