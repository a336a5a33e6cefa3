import type { Segmenter, Word } from '../segment/index.js';

/** A place name found in text, such as 芦淞区 or 德化街街道 (UTF-16 offsets into that text). */
export interface PlaceName {
  name: string;
  start: number;
  end: number;
}

/** Suffixes of the units a report can be about, longest first. */
export const UNIT_SUFFIXES = ['街道', '社区', '区', '县', '市', '旗', '镇', '乡', '村'];
const PARTY_BODY_AFTER_SUFFIX = /^(?:委|党委|党工委|工委|党总支|党支部|委组织部)$/;
const GENERIC_NAMES = new Set([
  '城区', '辖区', '社区', '小区', '园区', '景区', '片区', '街区', '新区', '市区', '郊区', '山区', '矿区', '老区',
  '乡镇', '城镇', '村镇', '集镇', '城乡', '街道', '区县', '县区', '镇街', '示范区', '开发区', '责任区',
  '城市', '超市', '门市', '夜市', '股市', '楼市', '都市', '县市', '省市', '市县', '农村', '乡村', '村村',
]);
const GENERIC_ENDINGS = /(?:城区|辖区|小区|园区|景区|片区|街区|市区|郊区|山区|老区|乡镇|城镇|村镇|集镇|城乡|城市|都市|农村|乡村)$/;
/** Names made of slogan words (幸福社区, 清廉社区, 基层社区) describe a kind of place, not one place. */
const DESCRIPTIVE = /基层|幸福|和谐|平安|文明|智慧|美丽|红色|清廉|示范|先锋|模范|星级|五星|过硬|党建|治理|服务|品质|活力|魅力|数字|绿色|生态|宜居|振兴|高质量|现代化/;
/** Villages named by a quality, not a name: 示范村, 贫困村 … */
const GENERIC_VILLAGE = /(?:示范|重点|贫困|后进|先进|薄弱|行政|自然|城中|空壳|样板|文明|美丽|明星|试点|脱贫|涉农|软弱涣散)村$/;
const GENERIC_FIRST_CHARS = /^[全各本我该每其此这那两多个]/;
const HAN_ONLY = /^\p{Script=Han}+$/u;

const SUFFIX_AT = new RegExp(UNIT_SUFFIXES.join('|'), 'g');
const REACH_BEFORE = 6;
const REACH_AFTER = 4;

/**
 * Finds the place names a long text mentions more than once (or once with its party body, 大桥街道党委)
 * without segmenting all of it: only short windows around such unit suffixes are segmented. When
 * no name qualifies, every mention is looked at.
 */
export function placeNamesIn(text: string, segmenter: Segmenter): PlaceName[] {
  const mentions: { index: number; length: number; key: string; withBody: boolean }[] = [];
  const counts = new Map<string, number>();
  for (const m of text.matchAll(SUFFIX_AT)) {
    // 全区, 小区, 农村 … are never names: no need to segment around them.
    if (GENERIC_NAMES.has(text.slice(m.index! - 1, m.index! + m[0].length)) || !HAN_ONLY.test(text[m.index! - 1] ?? '')) continue;
    const key = text.slice(Math.max(0, m.index! - 2), m.index! + m[0].length);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    mentions.push({ index: m.index!, length: m[0].length, key, withBody: PARTY_BODY_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 3)) });
  }
  const repeated = mentions.filter((m) => counts.get(m.key)! > 1 || m.withBody);
  const windows: { start: number; end: number }[] = [];
  for (const m of repeated.length ? repeated : mentions) {
    const start = Math.max(0, m.index - REACH_BEFORE);
    const end = Math.min(text.length, m.index + m.length + REACH_AFTER);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows.flatMap(({ start, end }) =>
    findPlaceNames(segmenter.tokens(text.slice(start, end))).map((p) => ({ name: p.name, start: p.start + start, end: p.end + start })),
  );
}

/**
 * Finds place names, using the token boundaries to decide where each name starts. With tagged
 * tokens, a verb never becomes part of a name: 组织开展县委 … gives no 开展县.
 */
export function findPlaceNames(tokens: (Word & { tag?: string })[]): PlaceName[] {
  const found: PlaceName[] = [];
  tokens.forEach((token, i) => {
    const suffix = UNIT_SUFFIXES.find((s) => token.word.endsWith(s) || token.word.startsWith(s));
    if (!suffix) return;
    let name: PlaceName | null = null;
    if (token.word.endsWith(suffix) && token.word.length > suffix.length) {
      name = { name: token.word, start: token.start, end: token.end };
    } else if (token.word === suffix || PARTY_BODY_AFTER_SUFFIX.test(token.word.slice(suffix.length))) {
      const end = token.start + suffix.length;
      name = extendBackwards(tokens, i, { name: suffix, start: token.start, end });
    }
    if (name && isPlaceName(name.name)) found.push(name);
  });
  return found;
}

/** Prepends the Han words before token i until the name has at least two characters before its suffix. */
function extendBackwards(tokens: (Word & { tag?: string })[], i: number, name: PlaceName): PlaceName {
  const suffix = UNIT_SUFFIXES.find((s) => name.name.endsWith(s))!;
  let { start } = name;
  let text = name.name;
  for (let k = i - 1; k >= 0 && text.length - suffix.length < 2; k--) {
    const { word, tag } = tokens[k]!;
    if (!HAN_ONLY.test(word) || tag?.startsWith('v')) break;
    text = word + text;
    start = tokens[k]!.start;
  }
  return { name: text, start, end: name.end };
}

export function isPlaceName(name: string): boolean {
  const suffix = UNIT_SUFFIXES.find((s) => name.endsWith(s));
  if (!suffix || !HAN_ONLY.test(name)) return false;
  const stem = name.length - suffix.length;
  if (stem < (suffix === '县' ? 1 : 2) || name.length > 10) return false;
  if (GENERIC_NAMES.has(name) || GENERIC_ENDINGS.test(name) || GENERIC_VILLAGE.test(name)) return false;
  return !GENERIC_FIRST_CHARS.test(name) && !DESCRIPTIVE.test(name);
}

const PARTY_BODY_AFTER = /^(?:党工委|党委|党总支|工委|委)/;

/**
 * The unit a text is most about: the most often mentioned place name, where a mention followed
 * by its party body (大桥街道党委) counts three times. The earliest wins a tie.
 */
export function mostMentioned(text: string, names: PlaceName[]): string | null {
  const scores = new Map<string, number>();
  for (const { name, end } of names) {
    const weight = PARTY_BODY_AFTER.test(text.slice(end, end + 3)) ? 3 : 1;
    scores.set(name, (scores.get(name) ?? 0) + weight);
  }
  let best: string | null = null;
  for (const [name, score] of scores) if (best === null || score > scores.get(best)!) best = name;
  return best;
}
