/**
 * `npm run fuzz [-- --cases N --seed S]`: mutates the fixture articles (bytes and characters),
 * runs the whole pipeline on each mutant, and reports crashes and records whose offsets do not
 * give back their text. Both must be 0; the exit code is 1 otherwise.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeHTML } from 'entities';
import { DEFAULT_RULES } from '../cli/index.js';
import { createExtractor } from '../pipeline.js';
import { decodeBytes, decodeSource, UnusableFileError } from '../read/index.js';
import { loadRuleSet } from '../rules/index.js';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } } });
const cases = Number(values.cases);
let state = Number(values.seed) >>> 0 || 1;

/** xorshift32: the same seed gives the same mutants. */
function random(limit: number): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) % limit;
}

const INSERTS = ['个', '(gè)', '党支部', '12', '万', '余', '近', '，', '。', '\n', '<p>', '</div>', '&nbsp;', '黨', '?jīng)', '�', '𠀀', '第', '计划', '\u0000'];

function mutateBytes(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  for (let n = 1 + random(8); n > 0; n--) out[random(out.length)] = random(256);
  return random(4) === 0 ? out.subarray(0, random(out.length)) : out;
}

function mutateText(text: string): string {
  let chars = [...text];
  for (let n = 1 + random(6); n > 0; n--) {
    const at = random(chars.length + 1);
    const op = random(3);
    if (op === 0) chars.splice(at, 0, ...INSERTS[random(INSERTS.length)]!);
    else if (op === 1) chars.splice(at, 1 + random(20));
    else chars = [...chars.slice(0, at), ...chars.slice(random(chars.length))];
  }
  return chars.join('');
}

/** An evidence span must give back its text; in HTML, once tags and entities are removed. */
function brokenOffsets(file: string, bytes: Buffer, records: { start: number; end: number; text: string }[]): number {
  const decoded = [...decodeBytes(bytes).text];
  const html = file.endsWith('.html');
  return records.filter((r) => {
    const slice = decoded.slice(r.start, r.end).join('');
    return (html ? decodeHTML(slice.replace(/<[^>]*>/g, '')) : slice) !== r.text;
  }).length;
}

async function main(): Promise<void> {
  const root = path.resolve(DEFAULT_RULES, '..');
  const fixtures = ['fixtures/articles', 'fixtures/messy'].flatMap((dir) =>
    readdirSync(path.join(root, dir)).map((name) => ({ name: `${dir}/${name}`, bytes: readFileSync(path.join(root, dir, name)) })),
  ).filter((f) => f.bytes.length > 64);
  const extractor = createExtractor(await loadRuleSet([DEFAULT_RULES]));
  let crashes = 0;
  let broken = 0;
  let refused = 0;
  let records = 0;
  const started = Date.now();
  for (let i = 0; i < cases; i++) {
    const fixture = fixtures[random(fixtures.length)]!;
    const bytes = random(2) === 0 ? mutateBytes(fixture.bytes) : Buffer.from(mutateText(fixture.bytes.toString('utf8')));
    try {
      const result = extractor.extract(decodeSource(fixture.name, bytes));
      records += result.records.length;
      const bad = brokenOffsets(fixture.name, bytes, result.records);
      if (bad) {
        process.stderr.write(`broken offsets: case ${i} (${fixture.name}): ${bad} records\n`);
        if (process.env.FUZZ_DUMP) writeFileSync(`${process.env.FUZZ_DUMP}/case-${i}${path.extname(fixture.name)}`, bytes);
      }
      broken += bad;
    } catch (error) {
      if (error instanceof UnusableFileError) refused++;
      else {
        crashes++;
        process.stderr.write(`crash: case ${i} (${fixture.name}): ${(error as Error).stack}\n`);
      }
    }
  }
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(`cases ${cases}, seed ${values.seed}: ${records} records, ${refused} refused as unusable, ${seconds.toFixed(1)} s\n`);
  process.stdout.write(`crashes ${crashes}, broken offsets ${broken}\n`);
  process.exitCode = crashes || broken ? 1 : 0;
}

await main();
