import ChineseNumber from 'chinese-numbers-converter';
import type { Qualifier } from '../record.js';
import { codeTable } from '../normalize/code-table.js';

/** A number with its measure word, as written in a clause (UTF-16 offsets into the clause's text). */
export interface Quantity {
  start: number;
  end: number;
  /** Offsets of the numeral itself, without qualifiers or measure word. */
  numberStart: number;
  numberEnd: number;
  value: number;
  /** The surface measure word including any scale: 个, 人次, 万元, % … ('' when only a scale such as 万 is written). */
  measureWord: string;
  /** The measure word without scale: 元 for 万元. */
  baseMeasureWord: string;
  /** True when the number carries a 万/亿 scale. */
  scaled: boolean;
  qualifier: Qualifier;
  chineseNumeral: boolean;
}

export const MEASURE_WORDS = [
  '人次', '场次', '户次', '批次', '剂次', '针次', '课时', '学时', '小时', '个百分点',
  '元', '个', '名', '人', '位', '家', '支', '篇', '条', '件', '项', '场', '次', '期', '堂', '起',
  '所', '处', '座', '批', '轮', '户', '本', '份', '节', '讲', '套', '册', '部', '幅', '组', '队', '间', '例', '桩', '宗', '剂', '针', '段', '张', '封', '%',
];

const PREFIX_QUALIFIERS: { [word: string]: Qualifier } = {
  将近: 'nearly', 接近: 'nearly', 近: 'nearly',
  大约: 'about', 约: 'about', 约为: 'about', 大约为: 'about',
  超过: 'over', 超过了: 'over', 超出: 'over', 超出了: 'over', 超: 'over', 逾: 'over', 突破了: 'over', 突破: 'over', 破了: 'over', 破: 'over',
  不足: 'under', 不到: 'under',
  过: 'over',
  // 上百名, 上千次, 上万元: only before a bare scale (上3个月 is no qualifier).
  上: 'over',
};
const PREFIXES = Object.keys(PREFIX_QUALIFIERS);
/** What stands before 过 where it means over (均过, 都过, 全部过), not the end of a verb (通过, 经过). */
const ALL_PASS_BEFORE = /[均都部]/;
/** Verbs that end in 破 (打破, 攻破, 冲破, 击破, 识破, 突破 itself being a prefix of its own). */
const BREAKING_VERB_BEFORE = /[打攻冲击识点说看]/;
const SUFFIX_QUALIFIERS: { [word: string]: Qualifier } = { 以上: 'over', 左右: 'about', 余: 'over', 多: 'over' };

const SCALES: { [char: string]: number } = { 百: 2, 千: 3, 万: 4, 亿: 8 };
/** Units of other things than the catalog counts: land, livestock, weight, length, energy. */
const OTHER_UNIT_AFTER = /^(?:亩|头|只|吨|斤|公斤|平方|米|公里|千米|株|棵|尾|羽|箱|袋|辆|艘|千瓦|立方|册|台|股)/;
const SCALE_ONLY = /^[万亿]$/;
const BARE_SCALE = /^[百千万亿]{1,2}$/;

/** Thousands may be grouped by commas (1,234) or by spaces (3 150, 13 406.5), as typeset reports do. */
const ARABIC = String.raw`\d{1,3}(?:[,， \u00A0\u2009\u202F]\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?`;
const GROUPING = /[,， \u00A0\u2009\u202F]/g;
/** The characters of Chinese numerals, scales included. */
const CHINESE_NUMERALS = '零〇一二两三四五六七八九十百千万亿';
/** A Chinese numeral, perhaps with decimals after 点 (二十三点六亿元, 一点五小时). */
const CHINESE = `[${CHINESE_NUMERALS}]+(?:点[零〇一二三四五六七八九]+)?`;
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/**
 * One quantity: prefix qualifier, numeral, 余/多, scale, 余/多, measure word, bracketed 次, suffix
 * qualifier. Numbered groups (see `toQuantity`): named ones cost an object per match, and the
 * scan below matches a numeral every few dozen characters.
 */
const QUANTITY = new RegExp(
  // (A typeset report may set a prefix apart too: 近 500 人.)
  `((?:${byLength(PREFIXES)})[ \u00A0]?)?` +
    `(${ARABIC}|${CHINESE})` +
    // …and in a typeset report before 余, 多 or its scale too: 620 余人, 186.3 万人次.
    '(?:[ \u00A0](?=[余多百千万亿]))?' +
    '(余|多)?' +
    '([百千万亿]{1,2})?' +
    '(余|多)?' +
    // A typeset report may set the number apart with spaces: 开展 46 场.
    `(?:[ \u00A0]?(${byLength(MEASURE_WORDS)}))?` +
    // 人(次), 场(次): the bracketed 次 makes person-times and sessions.
    '([(（]次[)）])?' +
    '(以上|左右)?',
  'g',
);

/** Characters a numeral can start with (a table of UTF-16 codes): every quantity holds one, right after at most a prefix. */
export const NUMERAL_START = codeTable(`0-9${CHINESE_NUMERALS}`);
/** The most characters a prefix and the space after it may take before a numeral. */
const LONGEST_PREFIX = Math.max(...PREFIXES.map((p) => p.length)) + 1;

/**
 * Finds every quantity in a piece of text. A numeral counts only with a measure word or a
 * 万/亿 scale after it, so years (2021年), dates and ordinals (第3期) are never quantities.
 *
 * The regex is run only near numerals, found by a table lookup per character: run over the whole
 * text it spent most of its time trying its prefixes at positions where no number follows. The
 * matches are those of one scan from the start: none can begin more than a prefix before its
 * numeral, and the search resumes at the end of the last match, as a global scan does.
 */
export function scanQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  let resumeAt = 0;
  for (let i = 0; i < text.length; i++) {
    if (!NUMERAL_START[text.charCodeAt(i)]) continue;
    const percent = text.startsWith('百分之', i) ? percentInWords(text, i, resumeAt) : null;
    if (percent) {
      found.push(percent);
      resumeAt = percent.end;
      i = resumeAt - 1;
      continue;
    }
    const runEnd = bareChineseNumeralEnd(text, i);
    if (runEnd > 0) {
      resumeAt = runEnd;
      i = resumeAt - 1;
      continue;
    }
    QUANTITY.lastIndex = Math.max(resumeAt, i - LONGEST_PREFIX);
    const m = QUANTITY.exec(text)!;
    const matchEnd = QUANTITY.lastIndex;
    const quantity = toQuantity(text, m);
    const whole = quantity && withRemainder(text, quantity);
    if (whole) found.push(whole);
    resumeAt = Math.max(whole?.end ?? 0, matchEnd);
    i = resumeAt - 1;
  }
  return found;
}

const SCALE_VALUE: { [scale: string]: number } = { 万: 1e4, 亿: 1e8 };

/**
 * A number written in two parts, the 万 or 亿 and then the rest (312万8400元, 1亿2000万元, 3万5千余元, 3万5000人次):
 * one quantity of the whole, the rest's measure word and qualifier its own. A rest of people or things must fill
 * the places below the scale (3万5人 is no 30005 people), a sum need not (1万200元).
 */
function withRemainder(text: string, quantity: Quantity): Quantity {
  const unit = SCALE_VALUE[text[quantity.end - 1]!];
  if (quantity.measureWord !== '' || unit === undefined || !Number.isInteger(quantity.value) || !/\d/.test(text[quantity.end] ?? '')) return quantity;
  QUANTITY.lastIndex = quantity.end;
  const m = QUANTITY.exec(text);
  const rest = m && m.index === quantity.end ? toQuantity(text, m) : null;
  if (!rest || rest.start !== quantity.end || rest.baseMeasureWord === '%' || rest.value >= unit) return quantity;
  const sum = rest.baseMeasureWord === '元';
  if (!sum && rest.value < unit / 10) return quantity;
  return {
    ...quantity,
    end: rest.end,
    numberEnd: rest.numberEnd,
    value: quantity.value + rest.value,
    measureWord: sum ? text[quantity.end - 1] + '元' : rest.measureWord,
    baseMeasureWord: rest.baseMeasureWord,
    qualifier: rest.qualifier === 'exact' ? quantity.qualifier : rest.qualifier,
  };
}

const CHINESE_NUMERAL = codeTable(CHINESE_NUMERALS);
/** What may follow a numeral inside a quantity: 余/多, a space before the measure word, a measure word, 人(次), 以上, 左右. */
const AFTER_NUMERAL = codeTable(`余多点 \u00a0(（以左${MEASURE_WORDS.map((w) => w[0]).join('')}`);

/**
 * Where a run of Chinese numerals starting at `at` ends, when it can be no quantity: nothing that
 * goes on a quantity follows it and it ends in no 万/亿 (一是, 进一步, 十九大). The scan then skips it
 * as the regex would have, without running it: such runs are far more common than quantities. 0 otherwise.
 */
function bareChineseNumeralEnd(text: string, at: number): number {
  if (CHINESE_NUMERAL[text.charCodeAt(at)] !== 1) return 0;
  let end = at + 1;
  while (end < text.length && CHINESE_NUMERAL[text.charCodeAt(end)] === 1) end++;
  const last = text.charCodeAt(end - 1);
  if (last === 0x4e07 || last === 0x4ebf || (end < text.length && AFTER_NUMERAL[text.charCodeAt(end)] === 1)) return 0;
  return end;
}

/** 百分之九十八, 百分之九十八点五, 百分之百, 百分之95: a percentage written in words, perhaps after a prefix qualifier. */
const PERCENT_IN_WORDS = /百分之([零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?|\d+(?:\.\d+)?)(以上|左右)?/y;
const PREFIX_BEFORE = new RegExp(`(${byLength(PREFIXES)})$`);
/** Each numeral's digit, zero also as pages write it in a year (○ ◯ Ｏ O, or a full-width zero folded to 0). */
const DIGIT_OF_NUMERAL: { [numeral: string]: string } = { 〇: '0', 零: '0', '○': '0', '◯': '0', Ｏ: '0', O: '0', '0': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** Numerals read digit by digit (二〇二二 → 2022, the 五 of 点五 → 5). */
export const digitsOf = (numerals: string) => [...numerals].map((ch) => DIGIT_OF_NUMERAL[ch]).join('');

function percentInWords(text: string, at: number, resumeAt: number): Quantity | null {
  PERCENT_IN_WORDS.lastIndex = at;
  const m = PERCENT_IN_WORDS.exec(text);
  if (!m) return null;
  const [integer, fraction] = m[1]!.split('点');
  const whole = /\d/.test(integer!) ? Number(integer) : parseChineseNumeral(integer!);
  if (whole === null || Number.isNaN(whole)) return null;
  const value = fraction === undefined ? whole : Number(`${whole}.${digitsOf(fraction)}`);
  const pre = PREFIX_BEFORE.exec(text.slice(Math.max(resumeAt, at - LONGEST_PREFIX), at))?.[1];
  const start = at - (pre?.length ?? 0);
  const numberStart = at + 3;
  return {
    start,
    end: at + m[0].length,
    numberStart,
    numberEnd: numberStart + m[1]!.length,
    value,
    measureWord: '%',
    baseMeasureWord: '%',
    scaled: false,
    qualifier: qualifierOf(pre, undefined, m[2]),
    chineseNumeral: !/\d/.test(m[1]!),
  };
}

function toQuantity(text: string, m: RegExpExecArray): Quantity | null {
  const [, prefixAndSpace, , over1, scaleWritten, over2, measureWord, times, post] = m;
  const writtenPrefix = prefixAndSpace?.trimEnd();
  const matchEnd = m.index + m[0].length;
  // 收入破百万元 passes a level; 打破3项纪录, 攻破2个难关 are deeds: 破 is their verb's, no qualifier.
  // 均过10万元 passes a level too; 通过3年, 经过2个月 are the verb's.
  const pre =
    ((writtenPrefix === '破' || writtenPrefix === '破了') && BREAKING_VERB_BEFORE.test(text[m.index - 1] ?? '')) ||
    (writtenPrefix === '过' && !ALL_PASS_BEFORE.test(text[m.index - 1] ?? '')) ||
    (writtenPrefix === '上' && !BARE_SCALE.test(m[2]!))
      ? undefined
      : writtenPrefix;
  const written = m[2]!;
  // 五六十名, 两三百户, 十七八次: a range of two neighbouring digits, read as its lower end, about.
  const num = lowerEndOfRange(written) ?? written;
  const ranged = num !== written;
  const chineseNumeral = !/\d/.test(num);
  const scale = scaleWritten ?? (chineseNumeral ? chineseScale(num) : '');
  // 42.1亿人民币: the currency's name, not people.
  const inRenminbi = measureWord === '人' && !times && !post && text.startsWith('民币', matchEnd);
  const mw = inRenminbi ? '元' : measureWord ? withTimes(measureWord, times) : '';
  const scaled = /[万亿]/.test(scale);
  if (!mw && !scaled) return null;
  // 12.3万亩, 6800头: a scale before another unit (land, livestock, weight) is no sum.
  if (!mw && OTHER_UNIT_AFTER.test(text.slice(matchEnd, matchEnd + 2))) return null;
  if (mw === '个百分点') return null;
  // Arabic numbers take 百/千 only as a scale before 万/亿 or a measure word (3千余本).
  if (chineseNumeral && scaleWritten && !scaled) return null;
  const numberStart = m.index + (prefixAndSpace?.length ?? 0);
  const start = pre ? m.index : numberStart;
  // 第3期 is an ordinal; 数十次 and 几百人 are vague, not numbers.
  if (/[第\d.]/.test(text[numberStart - 1] ?? '') || /第\s$/.test(text.slice(Math.max(0, numberStart - 2), numberStart))) return null;
  // 第四十四期、四十五期: an item listed after an ordinal of the same measure word is an ordinal too.
  if (text[numberStart - 1] === '、' && mw && ordinalListBefore(text.slice(Math.max(0, numberStart - ORDINAL_LIST_REACH), numberStart - 1), measureWord!)) return null;
  // 六届二次全会: a session of a term, numbered.
  if (mw === '次' && text[numberStart - 1] === '届') return null;
  if (chineseNumeral && /[数几若]/.test(text[numberStart - 1] ?? '')) return null;
  // A lone 一 before a measure word is an article (一次, 一批), not a count; 万元 without a numeral
  // (万元户, 伍万元 in banking numerals) is no sum, though 近万元 and 逾万名 are.
  if ((num === '一' && !scale && !countsOne(text, numberStart, mw)) || (SCALE_ONLY.test(num) && mw === '元' && !pre)) return null;
  const value = scaleWritten === undefined && chineseNumeral && !num.includes('点') ? parseChineseNumeral(num) : scaleValue(num, scale);
  if (value === null) return null;
  // 36万志愿者, 1.2万党员: a scale right before the people it counts counts them, as 名 would; so does one ending a
  // clause right after them (注册志愿者620万。).
  const peopleCounted = PEOPLE_AFTER_SCALE.test(text.slice(matchEnd, matchEnd + 4)) || (PEOPLE_BEFORE_SCALE.test(text.slice(Math.max(0, start - 6), start)) && CLAUSE_END_AFTER.test(text.slice(matchEnd, matchEnd + 1)));
  const counted = !mw && peopleCounted ? IMPLIED_PEOPLE_WORD : mw;
  return {
    start,
    end: matchEnd + (inRenminbi ? RENMINBI_REST : 0),
    numberStart,
    numberEnd: numberStart + written.length,
    value,
    measureWord: scaled && mw === '元' ? scale + mw : mw,
    baseMeasureWord: counted,
    scaled,
    qualifier: ranged ? 'about' : qualifierOf(pre, over1 ?? over2, post),
    chineseNumeral,
  };
}

/** What follows 人 in 人民币. */
const RENMINBI_REST = 2;
const PEOPLE_AFTER_SCALE = /^(?:志愿者|党员|干部|群众|居民|村民|职工|青年)/;
const IMPLIED_PEOPLE_WORD = '名';
/** Volunteers or members right before a bare scale, perhaps with a verb of reaching between (志愿者达620万). */
const PEOPLE_BEFORE_SCALE = /(?:志愿者|党员|义工)(?:已?达到?|超过|有|共)?$/;
const CLAUSE_END_AFTER = /^(?:[，,。；;！？!?、）)]|$)/;

const DIGIT_OF: { [ch: string]: number } = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** Two neighbouring digits, after 十 or before a scale (三四十, 十七八, 两三百, 三四): group 1 the tens, 2 and 3 the digits. */
const DIGIT_RANGE = /^(十?)([一二两三四五六七八])([二三四五六七八九])(?=[十百千万亿]*$)/;

/** The numeral a range of two neighbouring digits starts from (五六十 → 五十, 十七八 → 十七), or null where it is none. */
function lowerEndOfRange(numeral: string): string | null {
  const m = DIGIT_RANGE.exec(numeral);
  if (!m || DIGIT_OF[m[3]!] !== DIGIT_OF[m[2]!]! + 1) return null;
  return m[1]! + m[2]! + numeral.slice(m[0].length);
}

/**
 * 一 counts where it follows what it counts (发展党员一名, 外卖行业党支部一个) or a deed done (新建了一个驿站,
 * 整顿了一个党组织); elsewhere, and always before 次, 期 or 批 (开展一次辅导培训), it is an article.
 */
const countsOne = (text: string, numberStart: number, mw: string | undefined) =>
  mw !== undefined && ONE_COUNTS_WITH.has(mw) && /[员记者部织站室心点所队社村组委了]/.test(text[numberStart - 1] ?? '');
const ONE_COUNTS_WITH = new Set([...'个名位人家支座处所']);

/** A Chinese numeral that ends in its own scale (百万, 两万) stands without a measure word, as 200万 does; 千万 alone is an adverb. */
function chineseScale(num: string): string {
  if (num.length < 2 || num === '千万') return '';
  return /[万亿]$/.test(num) ? num.slice(-1) : '';
}

/** 人 with a bracketed 次 is 人次; a measure word with no 次 form (件(次)) stays as it is. */
function withTimes(mw: string, times: string | undefined): string {
  return times && MEASURE_WORDS.includes(mw + '次') ? mw + '次' : mw;
}

export function qualifierOf(prefix?: string, overSuffix?: string, postfix?: string): Qualifier {
  const before = prefix ? PREFIX_QUALIFIERS[prefix] : undefined;
  const after = (overSuffix && SUFFIX_QUALIFIERS[overSuffix]) || (postfix && SUFFIX_QUALIFIERS[postfix]) || undefined;
  // 近5300余人次: "nearly" and "over" together only say "about".
  if (before && after && before !== after) return 'about';
  return before ?? after ?? 'exact';
}

/** Parses a numeral (Arabic or Chinese) followed by an optional scale such as 万 or 千万, exactly. */
export function scaleValue(numeral: string, scale = ''): number | null {
  let power = 0;
  for (const ch of scale) power += SCALES[ch] ?? 0;
  if (/\d/.test(numeral)) return shiftDecimal(numeral.replace(GROUPING, ''), power);
  const [integer, fraction] = numeral.split('点');
  const base = parseChineseNumeral(integer!);
  return base === null ? null : shiftDecimal(fraction === undefined ? String(base) : `${base}.${digitsOf(fraction)}`, power);
}

/**
 * Values of short Chinese numerals, which repeat from article to article (两, 三十, 一百): the
 * converter takes a few microseconds each. Bounded in entries and key length.
 */
const shortNumeralValues = new Map<string, number | null>();
const SHORT_NUMERAL = 8;
const KEPT_NUMERALS = 10_000;

export function parseChineseNumeral(numeral: string): number | null {
  if (numeral.length > SHORT_NUMERAL) return convertChineseNumeral(numeral);
  let value = shortNumeralValues.get(numeral);
  if (value === undefined) {
    if (shortNumeralValues.size >= KEPT_NUMERALS) shortNumeralValues.clear();
    shortNumeralValues.set(numeral, (value = convertChineseNumeral(numeral)));
  }
  return value;
}

function convertChineseNumeral(numeral: string): number | null {
  try {
    const value = new ChineseNumber(numeral).toInteger();
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

/** Multiplies a decimal string by 10^power without floating-point error: 1.37 × 10^4 = 13700. */
export function shiftDecimal(decimal: string, power: number): number {
  if (power === 0) return Number(decimal);
  const [whole = '0', fraction = ''] = decimal.split('.');
  const digits = whole + fraction.padEnd(power, '0');
  const point = whole.length + power;
  return Number(`${digits.slice(0, point)}.${digits.slice(point) || '0'}`);
}

/** How far back a list of ordinals (第一期、二期、三期) is looked for. */
const ORDINAL_LIST_REACH = 30;
const ORDINAL_NUMERAL = '[\\d零〇一二两三四五六七八九十百千]+';
/** Whether the text ends with a list that opens with an ordinal of the measure word (第一期、二期); measure words hold no pattern characters. */
const ordinalListBefore = (before: string, measureWord: string) => new RegExp(`第${ORDINAL_NUMERAL}${measureWord}(?:、${ORDINAL_NUMERAL}${measureWord})*$`).test(before);
