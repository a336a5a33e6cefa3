/**
 * The national list of divisions (统计用区划代码, compiled at build time by `compile.ts`): find a
 * division by its official name, complete a missing level suffix, and give a unit its code.
 *
 * Provinces, cities, counties and townships (about 45,000) are read on the first call, as sorted
 * text searched in place. Village-level committees (about 620,000) stay on disk: a lookup reads
 * one block of the sorted village file.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import type { UnitLevel } from '../../record.js';
import { UNCODED, type UnitCoding } from '../../result.js';
import { hashOf, mayHold, type NameHash, type StemHashes } from './bloom.js';
import { DATA_DIR } from './files.js';
import { Memo } from '../memo.js';

export interface Division {
  /** The statistical code: 6 digits for a province, city or county (430000, 430200, 430211), 9 for a township, 12 for a village. */
  code: string;
  /** The official name as articles write it: 天元区, 栗雨街道, 樱桃沟社区. */
  name: string;
  level: UnitLevel;
  /** The code of the division above, null for a province. */
  parentCode: string | null;
}

export interface Coding extends UnitCoding {
  /** True when the list holds the name in several places and the article does not tell which. */
  ambiguous: boolean;
  /** How many divisions of the list bear the name. */
  places: number;
  /** How many of those places the article names parents of, when it names most for more than one (a tie), else 0. */
  tied: number;
}

/** Level suffixes that complete a bare name (余杭 → 余杭区, 解放街 → 解放街街道). */
const LEVEL_SUFFIXES = ['省', '市', '自治区', '自治州', '地区', '盟', '区', '县', '自治县', '旗', '自治旗', '林区', '镇', '乡', '街道', '苏木'];
const VILLAGE_SUFFIXES = ['社区', '村', '嘎查'];

/** Every division whose official name is exactly `name`; homonyms give several. */
export function lookup(name: string): Division[] {
  const hash = hashOf(name);
  const upperDivisions = mayHold(filters().upper, hash) ? upperNamed(name) : [];
  // Village-level names that matter end in 村, 社区 or 嘎查; others (某某生活区) are never units.
  return VILLAGE_NAME.test(name) && mayHold(filters().villages, hash) ? [...upperDivisions, ...villagesNamed(name)] : upperDivisions;
}

const VILLAGE_NAME = /(?:村|社区|嘎查)$/;

/** The sub-districts a name written 某某街 stands for: 某某街街道, else 某某街道 (解放街 for 解放街道) where two characters or more stand before 街. */
export function streetsWrittenShort(name: string): Division[] {
  if (!name.endsWith('街')) return [];
  const whole = lookup(name + '街道');
  return whole.length > 0 || name.length < 3 ? whole : lookup(name + '道');
}

/** The sub-district a town became that keeps the town's whole name (耿镇 for 耿镇街道, 真如镇 for 真如镇街道). */
export function townsNowStreets(name: string): Division[] {
  return TOWN_SUFFIX.test(name) ? lookup(name + '街道') : [];
}
const TOWN_SUFFIX = /[镇乡]$/;

/**
 * The autonomous prefecture, county or banner, or the ethnic district, an article names by its short
 * form, the place before its peoples with the level (恩施州 for 恩施土家族苗族自治州, 长阳县 or
 * 长阳自治县 for 长阳土家族自治县, 管城区 for 管城回族区):
 * the form is written as the article writes it and coded as the division it stands for.
 */
export function lookupShortForm(name: string): Division[] {
  if (!SHORT_FORM_LEVEL.test(name)) return [];
  shortForms ??= autonomousShortForms();
  const full = shortForms.get(name) ?? shortForms.get(name.replace(AUTONOMY_BEFORE_LEVEL, ''));
  if (!full) return [];
  // A division of the list named so itself is the one meant (红旗乡 is 红旗乡, not some 红旗某族乡).
  return shortFormDivisions.get(name, () => (upperNamed(name).length > 0 ? [] : full.map(([fullName, code]) => division(code, fullName))));
}

const SHORT_FORM_LEVEL = /[州县旗区乡镇]$/;
/** 自治 kept before the level (务川自治县, 恩施自治州), as official texts write the short form too. */
const AUTONOMY_BEFORE_LEVEL = /自治(?=[州县旗]$)/;
let shortForms: Map<string, [name: string, code: string][]> | undefined;
/** The divisions of each short form asked for so far (at most one entry a form): a text writes its unit's form again and again. */
const shortFormDivisions = new Memo<Division[]>(20_000);

/**
 * The short forms of the list's autonomous units and ethnic districts and townships, read once from
 * their names: each form with the full names and codes it may stand for (made into divisions only
 * when an article writes the form: some thousand townships would cost a start-up 40 ms).
 */
function autonomousShortForms(): Map<string, [name: string, code: string][]> {
  const forms = new Map<string, [name: string, code: string][]>();
  for (const [part, formOf] of SHORT_FORM_READERS)
    for (const [name, code] of upper().names.linesHolding(part)) {
      const form = formOf(name);
      if (!form) continue;
      const full = forms.get(form);
      if (full) full.push([name, code]);
      else forms.set(form, [[name, code]]);
    }
  return forms;
}

/**
 * Where short forms are read from, and how: an autonomous unit's name (恩施州 for
 * 恩施土家族苗族自治州; an autonomous region keeps its name), and an ethnic district's without its
 * people (梅里斯区 for 梅里斯达斡尔族区, 管城区 for 管城回族区).
 */
const SHORT_FORM_READERS: [part: string, formOf: (name: string) => string | null][] = [
  ['自治', (name) => {
    const autonomous = AUTONOMOUS.exec(name);
    return autonomous && autonomous[2] !== '区' ? autonomous[1]! + autonomous[2]! : null;
  }],
  ['族区', (name) => {
    const district = ETHNIC_DISTRICT.exec(name);
    return district ? district[1]! + '区' : null;
  }],
  ...['族乡', '族镇'].map((part): [string, (name: string) => string | null] => [part, (name) => {
    const township = ETHNIC_TOWNSHIP.exec(name);
    return township ? township[1]! + township[2]! : null;
  }]),
];

/** The place an autonomous or ethnic unit is named for, without its peoples and level (琼中黎族苗族自治县 → 琼中); null for other names. */
export function placeOfEthnicName(name: string): string | null {
  if (!name.includes('族') && !name.includes('自治')) return null;
  const autonomous = AUTONOMOUS.exec(name);
  if (autonomous) return autonomous[1]!;
  return ETHNIC_DISTRICT.exec(name)?.[1] ?? ETHNIC_TOWNSHIP.exec(name)?.[1] ?? null;
}

/** Divisions named `stem` plus a level suffix (余杭 → 余杭区); abbreviations are never expanded. */
export function lookupStem(stem: string): Division[] {
  if (!stem) return [];
  return [...upperStem(stem), ...VILLAGE_SUFFIXES.flatMap((suffix) => (mayHold(filters().villages, hashOf(stem + suffix)) ? villagesNamed(stem + suffix) : []))];
}

/** `lookupStem` among provinces, cities, counties and townships only: no village file is read. */
export function upperStem(stem: string): Division[] {
  if (!stem) return [];
  const named = LEVEL_SUFFIXES.flatMap((suffix) => (mayHold(filters().upper, hashOf(stem + suffix)) ? upperNamed(stem + suffix) : []));
  const region = regionsByPlace().get(stem);
  return region ? [region, ...named] : named;
}

/** Autonomous regions by their place alone (新疆 for 新疆维吾尔自治区, 广西 for 广西壮族自治区), read once from the provinces' codes. */
let regionsByPlaceKept: Map<string, Division> | undefined;
function regionsByPlace(): Map<string, Division> {
  if (regionsByPlaceKept) return regionsByPlaceKept;
  regionsByPlaceKept = new Map();
  for (let prefix = 10; prefix <= 99; prefix++) {
    const province = upperWithCode(`${prefix}0000`);
    const place = province && AUTONOMOUS.exec(province.name);
    if (place && place[2] === '区') regionsByPlaceKept.set(place[1]!, province!);
  }
  return regionsByPlaceKept;
}

/** The division's ancestors from the province down, ending with the division itself. */
export function pathOf(division: Division): Division[] {
  const path = [division];
  for (let code = division.parentCode; code !== null; ) {
    const parent = upperWithCode(code);
    if (!parent) break;
    path.unshift(parent);
    code = parent.parentCode;
  }
  return path;
}

/**
 * The code of a unit named `name` (as the output writes it). When the list holds the name in
 * several places, the one whose parents `context` (the article) names wins (see `namedForms`), and
 * the one with the most parents named, or on a tie the one whose parent stands right before the
 * name; when none is named or two still tie, no code and `ambiguous` (never a guess).
 */
export function codeUnit(name: string, context: string, occurs: (form: string) => boolean = (form) => context.includes(form)): Coding {
  const places = placesNamed(name);
  if (places.length === 0) return codingWith(UNCODED, { ambiguous: false, places: 0, tied: 0 });
  if (places.length === 1) return codingWith(places[0]!.coding, { ambiguous: false, places: 1, tied: 0 });
  // the unit's own name is no parent: 新华社区 does not name 新华街道 (asked once a form: a name common to hundreds of places shares its parents' forms)
  const apart = new Map<string, boolean>();
  const named = (form: string) => {
    if (!occurs(form)) return false;
    let held = apart.get(form);
    if (held === undefined) apart.set(form, (held = namedApart(context, form, name)));
    return held;
  };
  const scores = places.map(({ parentForms }) => parentForms.filter((forms) => forms.some(named)).length);
  const best = Math.max(...scores);
  const tied = places.filter((_, i) => scores[i] === best);
  if (best === 0) return codingWith(UNCODED, { ambiguous: true, places: places.length, tied: 0 });
  // A tie goes to the one place whose parent stands right before the name (长春市朝阳区, though 北京 is named too).
  const winners = tied.length === 1 ? tied : tied.filter(({ parentForms }) => parentForms.some((forms) => forms.some((form) => context.includes(form + name))));
  if (winners.length !== 1) return codingWith(UNCODED, { ambiguous: true, places: places.length, tied: tied.length });
  return codingWith(winners[0]!.coding, { ambiguous: false, places: places.length, tied: 0 });
}

/** A coding with how it was decided, written field by field (see `sectionOf` in units/index.ts). */
function codingWith(unit: UnitCoding, how: Pick<Coding, 'ambiguous' | 'places' | 'tied'>): Coding {
  return { unit_code: unit.unit_code, unit_level: unit.unit_level, unit_path: unit.unit_path, ambiguous: how.ambiguous, places: how.places, tied: how.tied };
}

/** Whether `form` stands in the text outside every occurrence of `name` (found left to right, as split would). */
function namedApart(text: string, form: string, name: string): boolean {
  let nameAt = text.indexOf(name);
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    while (nameAt >= 0 && nameAt + name.length <= at) nameAt = text.indexOf(name, nameAt + name.length);
    if (nameAt < 0 || at + form.length <= nameAt) return true;
  }
  return false;
}

/** A division bearing a name, with its coding and the forms its parents may be named by (from the province down). */
interface Place {
  coding: UnitCoding;
  parentForms: string[][];
}

const placesByName = new Memo<Place[]>(20_000);

/** Shanghai's residents' committees, written 某某居民区, which the list names 某某社区. */
export const RESIDENTS_AREA = '居民区';
/** The list's name of a residents' committee written 某某居民区 (某某社区); null for any other name. */
export const listedCommunityOf = (name: string): string | null => (name.endsWith(RESIDENTS_AREA) ? name.slice(0, -RESIDENTS_AREA.length) + '社区' : null);

/** The divisions named `name`, each looked up and given its path once per run (a corpus names its units again and again). */
const placesNamed = (name: string): Place[] => placesByName.get(name, placesOf);

function placesOf(name: string): Place[] {
  const listed = lookup(name);
  const community = listed.length ? null : listedCommunityOf(name);
  const found = listed.length
    ? listed
    : name.endsWith('街')
      ? streetsWrittenShort(name)
      : community
        ? lookup(community)
        : lookupShortForm(name).concat(townsNowStreets(name));
  return found.map((division) => {
    const path = pathOf(division);
    return { coding: codingOf(path), parentForms: path.slice(0, -1).map(namedForms) };
  });
}

/** The coding of the last division of a path (from the province down). */
function codingOf(path: Division[]): UnitCoding {
  const division = path[path.length - 1]!;
  return { unit_code: division.code, unit_level: division.level, unit_path: path.map((d) => d.name).join('/') };
}

const ETHNIC_GROUPS =
  '土家|苗|藏|彝|壮|回|蒙古|维吾尔|哈萨克|柯尔克孜|朝鲜|满|侗|瑶|白|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|普米|塔吉克|怒|鄂温克|保安|裕固|独龙|鄂伦春|布依|哈尼';
/** An autonomous unit's name: its place, its peoples (族 may go: 伊犁哈萨克自治州) and its level. */
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC_GROUPS})族?)+自治(州|县|旗|区)$`);
/** An ethnic district's name: its place and its people (梅里斯达斡尔族区, 管城回族区). */
const ETHNIC_DISTRICT = new RegExp(`^(.{2,}?)(?:${ETHNIC_GROUPS})族区$`);
/** An ethnic township's or town's name: its place, its peoples and its level (小碧布依族苗族乡 → 小碧乡). */
const ETHNIC_TOWNSHIP = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC_GROUPS})族)+(乡|镇)$`);
const SUFFIX = /(省|市|自治区|特别行政区|自治州|地区|盟|自治县|自治旗|林区|区|县|旗|镇|乡|街道|苏木|社区|村|嘎查)$/;

/**
 * The forms an article may name a division by, as a parent: a province or city with or without its
 * level suffix (深圳市 or 深圳; 恩施土家族苗族自治州, 恩施州 or 恩施); a county or township only in
 * full (长阳土家族自治县 also as 长阳县), since their bare names are often plain words (白云, 红旗, 解放).
 */
export function namedForms(division: Pick<Division, 'name' | 'level'>): string[] {
  const { name, level } = division;
  const forms = [name];
  const autonomous = name.match(AUTONOMOUS);
  if (autonomous && level !== 'township') {
    const base = autonomous[1]!;
    if (autonomous[2] !== '区') forms.push(base + autonomous[2]);
    if (level === 'province' || level === 'city') forms.push(base);
  } else if (level === 'province' || level === 'city') {
    const bare = name.replace(SUFFIX, '');
    if (bare !== name && bare.length >= 2) forms.push(bare);
  }
  return forms;
}

// ---- the compiled files ----

/**
 * Lines `key<TAB>value` sorted by key (UTF-8 byte order), kept as the file's bytes and searched
 * in place.
 */
class SortedLines {
  constructor(private readonly bytes: Buffer) {}

  /**
   * The values of the lines whose key is exactly `key`: a binary search over byte offsets, each
   * probe read from the line it falls in (no index of lines to build when the list is first read).
   */
  valuesOf(key: string): string[] {
    const wanted = Buffer.from(key + '\t');
    // the first line whose start is not below `wanted`
    let low = 0;
    let high = this.bytes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const line = this.lineStart(middle);
      if (this.compareAt(line, wanted) < 0) low = this.nextLine(middle);
      else high = line;
    }
    const values: string[] = [];
    for (let at = low, next; at < this.bytes.length && this.compareAt(at, wanted) === 0; at = next) {
      next = this.nextLine(at);
      values.push(this.bytes.toString('utf8', at + wanted.length, next - 1));
    }
    return values;
  }

  /** The start of the line that holds the byte at `at`. */
  private lineStart(at: number): number {
    return at === 0 ? 0 : this.bytes.lastIndexOf(NEWLINE, at - 1) + 1;
  }

  /** The start of the line after the one that holds the byte at `at` (past the end for the last). */
  private nextLine(at: number): number {
    const newline = this.bytes.indexOf(NEWLINE, at);
    return newline < 0 ? this.bytes.length + 1 : newline + 1;
  }

  /** The key and value of every line whose key holds `part`. */
  *linesHolding(part: string): Generator<[key: string, value: string]> {
    const wanted = Buffer.from(part);
    for (let at = this.bytes.indexOf(wanted); at >= 0; ) {
      const start = this.bytes.lastIndexOf(NEWLINE, at) + 1;
      const newline = this.bytes.indexOf(NEWLINE, at);
      const end = newline < 0 ? this.bytes.length : newline;
      const [key, value] = this.bytes.toString('utf8', start, end).split('\t');
      if (key?.includes(part) && value !== undefined) yield [key, value];
      at = newline < 0 ? -1 : this.bytes.indexOf(wanted, newline);
    }
  }

  /** The line at `start` against `wanted`, over `wanted`'s length: 0 when the line starts with it. */
  private compareAt(start: number, wanted: Buffer): number {
    return this.bytes.compare(wanted, 0, wanted.length, start, Math.min(start + wanted.length, this.bytes.length));
  }
}

const NEWLINE = 0x0a;

let bloom: { upper: Uint8Array; villages: Uint8Array } | undefined;

/** The two filters (see bloom.ts), read on first use. */
const filters = () => (bloom ??= { upper: readData('upper.bloom'), villages: readData('villages.bloom') });

/** False for most names the list lacks (see bloom.ts); true for every name it holds. */
export function mayBeListed(name: string): boolean {
  const hash = hashOf(name);
  return mayHold(filters().upper, hash) || (VILLAGE_NAME.test(name) && mayHold(filters().villages, hash));
}

const suffixHashes = new Map<string, NameHash>();

/** `mayBeListed` for a stem of a text (by its hashes, see bloom.ts) followed by a level suffix (村, 区, 街道 …). */
export function mayBeListedStem(stems: StemHashes, length: number, suffix: string): boolean {
  let tail = suffixHashes.get(suffix);
  if (!tail) suffixHashes.set(suffix, (tail = hashOf(suffix)));
  const { upper, villages } = filters();
  return stems.mayHoldWith(upper, length, tail) || (VILLAGE_SUFFIXES.includes(suffix) && stems.mayHoldWith(villages, length, tail));
}

let loaded: { names: SortedLines; codes: SortedLines } | undefined;

/** Provinces, cities, counties and townships: by name and by code. */
function upper() {
  return (loaded ??= { names: new SortedLines(readData('names.tsv')), codes: new SortedLines(readData('codes.tsv')) });
}

const upperNamed = (name: string) => upper().names.valuesOf(name).map((code) => division(code, name));

function upperWithCode(code: string): Division | undefined {
  const [name] = upper().codes.valuesOf(code);
  return name === undefined ? undefined : division(code, name);
}

function division(code: string, name: string): Division {
  if (code.length === 12) return { code, name, level: 'village', parentCode: code.slice(0, 9) };
  if (code.length === 9) return { code, name, level: 'township', parentCode: listedAbove(code, [code.slice(0, 6), code.slice(0, 4) + '00', code.slice(0, 2) + '0000']) };
  if (code.endsWith('0000')) return { code, name, level: 'province', parentCode: null };
  if (code.endsWith('00')) return { code, name, level: 'city', parentCode: code.slice(0, 2) + '0000' };
  return { code, name, level: 'county', parentCode: listedAbove(code, [code.slice(0, 4) + '00', code.slice(0, 2) + '0000']) };
}

/** The nearest division above that the list holds: counties of 市辖区 or 省直辖县级行政区划 hang from the province, 东莞市's towns from the city. */
const listedAbove = (code: string, candidates: string[]) => candidates.find((c) => c !== code && upper().codes.valuesOf(c).length > 0) ?? null;

function readData(file: string): Buffer {
  const url = new URL(file, DATA_DIR);
  if (!existsSync(url)) throw new Error(`the list of divisions is not compiled (${url.pathname} is missing): run npm run build`);
  return readFileSync(url);
}

interface VillageFile {
  fd: number;
  size: number;
  /** First name of each block (UTF-8, the file's order). */
  firsts: Buffer[];
  offsets: number[];
  /** Blocks read lately, by block number: a text names its villages again and again. */
  recent: Map<number, string>;
}

const RECENT_BLOCKS = 256;

let villageFile: VillageFile | undefined;

function villages(): VillageFile {
  if (villageFile) return villageFile;
  const index = JSON.parse(readData('villages-index.json').toString()) as { size: number; blocks: [string, number][] };
  const fd = openSync(new URL('villages.tsv', DATA_DIR), 'r');
  process.once('exit', () => closeSync(fd));
  const firsts = index.blocks.map(([name]) => Buffer.from(name));
  return (villageFile = { fd, size: index.size, firsts, offsets: index.blocks.map(([, offset]) => offset), recent: new Map() });
}

/** Village-level divisions named exactly `name`: a binary search over the blocks' first names, then one block read. */
function villagesNamed(name: string): Division[] {
  if (!name || /[\t\n]/.test(name)) return [];
  const file = villages();
  const key = Buffer.from(name);
  let low = 0;
  let high = file.firsts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (Buffer.compare(file.firsts[middle]!, key) <= 0) low = middle;
    else high = middle - 1;
  }
  const text = villageBlock(file, low);
  const at = text.indexOf(`\n${name}\t`);
  if (at < 0) return [];
  const codes = text.slice(at + name.length + 2, text.indexOf('\n', at + 1)).split(',');
  return codes.map((code) => division(code, name));
}

/** Block `n` of the village file, as text after a line break: from the recent blocks, or read and kept there. */
function villageBlock(file: VillageFile, n: number): string {
  let text = file.recent.get(n);
  if (text !== undefined) {
    file.recent.delete(n);
  } else {
    const start = file.offsets[n] ?? 0;
    const block = Buffer.alloc((file.offsets[n + 1] ?? file.size) - start);
    readSync(file.fd, block, 0, block.length, start);
    text = '\n' + block.toString();
    if (file.recent.size >= RECENT_BLOCKS) file.recent.delete(file.recent.keys().next().value!);
  }
  file.recent.set(n, text);
  return text;
}

/** Codes the units of one article, each name once; then tells which names stayed uncoded because nothing decided among their places. */
export function unitCoder(context: string) {
  const codings = new Map<string, Coding>();
  // Homonyms share their parents' forms (湖南省, 湖南): whether the article holds one is asked once, not once a unit.
  const holds = new Map<string, boolean>();
  const occurs = (form: string) => {
    let held = holds.get(form);
    if (held === undefined) holds.set(form, (held = context.includes(form)));
    return held;
  };
  return {
    code(unit: string | null): UnitCoding {
      if (unit === null) return UNCODED;
      let coding = codings.get(unit);
      if (!coding) codings.set(unit, (coding = codeUnit(unit, context, occurs)));
      return { unit_code: coding.unit_code, unit_level: coding.unit_level, unit_path: coding.unit_path };
    },
    ambiguities(): string[] {
      return [...codings]
        .filter(([, coding]) => coding.ambiguous)
        .map(([unit, { places, tied }]) => {
          const why = tied ? `the article names parents of ${tied} of them alike` : 'none named in the article';
          return `unit ${unit}: ${places} places in the national list; ${why}, so no code`;
        });
    },
  };
}
