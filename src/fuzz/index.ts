/**
 * `npm run fuzz [-- --cases N --seed S]`: mutates the fixture articles (bytes: random, invalid
 * UTF-8; characters: inserts, cuts, invisible characters, huge digit runs, deep HTML nesting),
 * runs the whole pipeline on each mutant, and reports crashes, records whose offsets do not give
 * back their text, and invisible characters that changed what a text gives. All must be 0; the
 * exit code is 1 otherwise. Cases slower than a second are counted, as a hint of work that is
 * not linear.
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

/** Byte sequences that are not UTF-8: a stray byte, a cut sequence, an overlong form, a CESU-8 surrogate. */
const INVALID_UTF8 = [[0xff], [0xc3], [0xe5, 0x85], [0xf0, 0x9f, 0x98], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x80]];
/** Format characters a text may carry unseen: zero-width, bidi controls, soft hyphen, BOM. */
export const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u00ad', '\u202a', '\u202e', '\u2066', '\u2069'];

function mutateBytes(bytes: Buffer): Buffer {
  if (random(2) === 0) {
    // A few invalid UTF-8 sequences in otherwise valid text: it must stay UTF-8.
    let out = bytes;
    for (let n = 1 + random(3); n > 0; n--) {
      const at = random(out.length);
      out = Buffer.concat([out.subarray(0, at), Buffer.from(INVALID_UTF8[random(INVALID_UTF8.length)]!), out.subarray(at)]);
    }
    return out;
  }
  const out = Buffer.from(bytes);
  for (let n = 1 + random(8); n > 0; n--) out[random(out.length)] = random(256);
  return random(4) === 0 ? out.subarray(0, random(out.length)) : out;
}

/** A run of digits far longer than any number: 309 digits and more make Infinity. */
const hugeDigits = () => '123456789'.repeat(10 + random(2000)).slice(0, 300 + random(20_000)) + ['个', '名', '万元', '%', ''][random(5)]!;

/** The text inside thousands of nested elements. */
function nested(text: string): string {
  const depth = 1000 + random(5000);
  const tag = ['div', 'span', 'section', 'p'][random(4)]!;
  return `<html><body>${`<${tag} class="content">`.repeat(depth)}${text}${`</${tag}>`.repeat(depth)}</body></html>`;
}

function mutateText(text: string): string {
  let chars = [...text];
  for (let n = 1 + random(6); n > 0; n--) {
    const at = random(chars.length + 1);
    const op = random(5);
    if (op === 0) chars.splice(at, 0, ...INSERTS[random(INSERTS.length)]!);
    else if (op === 1) chars.splice(at, 1 + random(20));
    else if (op === 2) chars.splice(at, 0, INVISIBLE[random(INVISIBLE.length)]!);
    else if (op === 3 && random(10) === 0) chars.splice(at, 0, ...hugeDigits());
    else chars = [...chars.slice(0, at), ...chars.slice(random(chars.length))];
  }
  return chars.join('');
}

/** Invisible characters anywhere in a plain text (next to digits most of all). */
function withInvisible(text: string): string {
  const chars = [...text];
  const digits = chars.flatMap((ch, i) => (/\d/.test(ch) ? [i] : []));
  for (let n = 1 + random(8); n > 0; n--) {
    const at = digits.length && random(2) === 0 ? digits[random(digits.length)]! + 1 : random(chars.length + 1);
    chars.splice(at, 0, INVISIBLE[random(INVISIBLE.length)]!);
  }
  return chars.join('');
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return bytes[0] !== 0xef;
  } catch {
    return false;
  }
}

const essence = (records: { unit: string | null; metric: string; value: number }[]) => records.map((r) => `${r.unit} ${r.metric} ${r.value}`).join('\n');

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
  let changed = 0;
  let slow = 0;
  const started = Date.now();
  for (let i = 0; i < cases; i++) {
    const fixture = fixtures[random(fixtures.length)]!;
    const plain = fixture.name.endsWith('.txt') && isUtf8(fixture.bytes);
    const kind = random(10);
    // Invisible characters in a plain UTF-8 text: what it gives must not change.
    if (kind === 0 && plain) {
      const text = fixture.bytes.toString('utf8');
      try {
        const before = essence(extractor.extract(decodeSource(fixture.name, fixture.bytes)).records);
        const after = essence(extractor.extract(decodeSource(fixture.name, Buffer.from(withInvisible(text)))).records);
        if (after !== before) {
          changed++;
          process.stderr.write(`invisible characters changed the records: case ${i} (${fixture.name})\n`);
        }
      } catch (error) {
        if (error instanceof UnusableFileError) refused++;
        else {
          crashes++;
          process.stderr.write(`crash: case ${i} (${fixture.name}): ${(error as Error).stack}\n`);
        }
      }
      continue;
    }
    const html = kind === 1;
    const name = html ? `${fixture.name}.html` : fixture.name;
    const bytes = html
      ? Buffer.from(nested(fixture.bytes.toString('utf8').replace(/[<&]/g, ' ')))
      : random(2) === 0
        ? mutateBytes(fixture.bytes)
        : Buffer.from(mutateText(fixture.bytes.toString('utf8')));
    const caseStarted = Date.now();
    try {
      const result = extractor.extract(decodeSource(name, bytes));
      records += result.records.length;
      const bad = brokenOffsets(name, bytes, result.records);
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
    if (Date.now() - caseStarted > 1000) {
      slow++;
      process.stderr.write(`slow: case ${i} (${name}, ${bytes.length} bytes): ${Date.now() - caseStarted} ms\n`);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(`cases ${cases}, seed ${values.seed}: ${records} records, ${refused} refused as unusable, ${seconds.toFixed(1)} s\n`);
  process.stdout.write(`crashes ${crashes}, broken offsets ${broken}, changed by invisible characters ${changed}, slower than 1 s ${slow}\n`);
  process.exitCode = crashes || broken || changed ? 1 : 0;
}

await main();
