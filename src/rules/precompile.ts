/** Build step: parses the default rule pack once and stores it beside the compiled code. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRECOMPILED, readPack } from './load.js';

const defaultPack = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../rules');
const { fingerprint, files } = await readPack(defaultPack);
await writeFile(PRECOMPILED, JSON.stringify({ fingerprint, files }));
