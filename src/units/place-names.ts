import { codeTable, isHanAt } from '../normalize/code-table.js';
import type { Segmenter, Token, Word } from '../segment/index.js';
import { StemHashes } from './divisions/bloom.js';
import { listedCommunityOf, lookup, lookupShortForm, mayBeListedStem, pathOf, placeOfEthnicName, RESIDENTS_AREA, streetsWrittenShort, townsNowStreets, upperStem, type Division } from './divisions/index.js';
import { Memo } from './memo.js';

/** A place name found in text, such as 芦淞区 or 德化街街道 (UTF-16 offsets into that text). */
export interface PlaceName {
  name: string;
  start: number;
  end: number;
  /**
   * The name's stem is one common word: a verb (召开街道) is never a name; a noun (收入村, 流水镇)
   * may be, where nothing but punctuation stands before it.
   */
  commonStem?: 'verb' | 'noun';
}

/** Suffixes of the units a report can be about, longest first. */
export const UNIT_SUFFIXES = [
  '经济技术开发区', '经济开发区', '经济发展区', '高新技术产业开发区', '高新技术产业园区', '工业园区', '产业园区', '工业园', '产业园', '高新区', '经开区', '开发区', '实验区', '新区',
  '自治区', '自治州', '自治县', '自治旗', '街道', '苏木', '社区', '居民区', '嘎查', '大学', '学院', '农场', '林场', '牧场', '区', '县', '市', '旗', '州', '盟', '镇', '乡', '村', '省', '团',
];
/** Suffixes that are words of their own (jieba writes 湘西/高新区): the name is the words before them plus the suffix. */
const ZONE_SUFFIXES = new Set(['经济技术开发区', '经济开发区', '经济发展区', '高新技术产业开发区', '高新技术产业园区', '工业园区', '产业园区', '工业园', '产业园', '高新区', '经开区', '开发区', '实验区', '新区']);
const PARTY_BODY_AFTER_SUFFIX = /^(?:委|党委|党工委|工委|党总支|党支部|委组织部)$/;
const GENERIC_NAMES = new Set([
  '城区', '辖区', '社区', '居民区', '小区', '园区', '景区', '片区', '街区', '新区', '市区', '郊区', '山区', '矿区', '老区', '全区', '该区', '老城区', '主城区', '中心城区', '新城区域',
  '乡镇', '城镇', '村镇', '镇村', '村组', '村居', '两村', '嘎查村', '苏木镇', '苏木乡镇', '集镇', '城乡', '街道', '区县', '县区', '镇街', '示范区', '开发区', '责任区', '高新区', '实验区', '经开区',
  '民族乡', '民族镇', '工业园区', '产业园区', '工业园', '产业园', '联村',
  '城市', '超市', '门市', '夜市', '股市', '楼市', '都市', '县市', '省市', '市县', '农村', '乡村', '村村', '全省', '外省', '本省',
]);
const GENERIC_ENDINGS = /(?:辖区|小区|(?<!工业|产业)园区|景区|片区|街区|郊区|老区|乡镇|城镇|村镇|集镇|城乡|城市|都市|农村|乡村|网格|老年大学|党员大学|(?:网络|老年|党员|社区|农民|红色|书记|讲习|干部|职工|市民|实践|马克思主义|继续教育|成人|开放|党校)学院)$/;
/** Names made of slogan words (幸福社区, 清廉社区, 基层社区) or of a quantity (部分村, 少数村, 周边社区, 四个整村) describe a kind of place or some places, not one place. */
const DESCRIPTIVE = /^[一二两三四五六七八九十几]+个|基层|幸福|和谐|平安|文明|智慧|美丽|红色|清廉|示范|先锋|模范|星级|[三四五]星|过硬|党建|治理|服务|品质|活力|魅力|数字|绿色|生态|宜居|振兴|高质量|现代化|试点|重点|所在|所属|当地|本地|外地|居住地|户籍地|部分|少数|多数|个别|若干|一些|有些|某些|相关|有关|周边|附近|邻近|其余|其他|所有|全部|软弱|涣散|后进|薄弱/;
/**
 * Villages named by a quality, not a name: 示范村, 贫困村 …; or by their tie to a body that helps them: 联系村, 帮扶村, 结对村 …;
 * and villages or communities named only by the resettlement they house (易地搬迁社区, 移民村; not 同福移民社区).
 */
const GENERIC_VILLAGE =
  /(?:示范|重点|贫困|后进|先进|薄弱|行政|自然|城中|空壳|样板|文明|美丽|明星|试点|脱贫|涉农|软弱涣散|[一二三四五1-5]类|建制|中心|边境|特色|共富|联系|帮扶|结对|包保|包联|帮包|挂点|驻点|定点|对口)村$|^(?:易地扶贫搬迁|易地搬迁|扶贫搬迁|搬迁|移民|安置)(?:村|社区)$/;
/** Words that open a phrase, never a name: 全县, 各镇, 我市, 指导员和村, 按照市, 日从市. */
const GENERIC_FIRST_CHARS = /^[全各本我该每其此这那两多个和与及或从在于对向把将被由为是的了按到进入赴去来至等跟同给让]/;
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Tags of words that never stand inside a name: prepositions, conjunctions, particles, pronouns, adverbs, locality words. */
const NEVER_IN_NAME = /^(?:p|c|u|uj|ul|uz|ud|ug|uv|r|rr|rz|d|f|y|e|o|x|w)$/;
/** Single characters that are words of their own before a unit word (进社区, 到村, 在镇). */
const STOP_CHARS = new Set([...'和与及或从在于对向把将被由为是的了按到进入赴去来至等跟同给让全各本我该每其此这那个名家所两几返']);

/**
 * Suffixes whose names the national list may lack, found by the words around them: new villages
 * and communities, development zones, universities. Names of the other levels (省, 市, 区, 县,
 * 镇, 乡, 旗) are taken from the list only, or from it under their former level.
 */
const PATTERN_SUFFIXES = new Set(['街道', '社区', '村', '嘎查', '大学', '学院', ...ZONE_SUFFIXES]);
/** Whether a name is a development zone's (某某高新区, 某某经济开发区). */
export function isZoneName(name: string): boolean {
  for (const suffix of ZONE_SUFFIXES) if (name.endsWith(suffix)) return true;
  return false;
}
/** Universities and colleges: named by a place, perhaps with an abbreviation or words of its kind between (随州/职业/技术/学院). */
const SCHOOL_SUFFIXES = new Set(['大学', '学院']);
/**
 * The other levels a unit of a level may have had or have now: 撤乡设镇, 撤县设区, 撤县设市, 撤市设区
 * (a town now written 某某街道 is found by patterns). A text newer than the list writes 某某区 where
 * the list has 某某县; an older one writes 临安市 where the list has 临安区. Beijing's area offices
 * (庙城地区) are towns or townships too, and articles write them so (庙城镇).
 */
const FORMER_LEVELS: { [suffix: string]: string[] } = { 镇: ['乡', '街道', '地区'], 乡: ['镇', '街道', '地区'], 街道: ['镇', '乡'], 区: ['县', '市'], 市: ['县', '区'], 县: ['区', '市'], 居民区: ['社区'] };

/** Characters that end no stem of a name the list lacks: 全市, 各村, 本镇, 进社区, 到村, 个村, 的社区, 对村, 让社区, 名村, 驻村, 住村, 现任村 (…“两委”), 新任村. */
const NEVER_LAST_IN_STEM = new Set([...'全各本我该每其此这那个进到赴在于从的对为让被把将是了按向给跟与及或由等几名出入驻住任']);

/** 乡风, 乡亲, 乡贤, 乡土, 乡情: 乡 opening a word of its own (文明乡风 names no 文明乡). */
const WORD_AFTER_TOWNSHIP = /^[风亲贤土情愁音俗]/;

/** What follows 村 in a word about a village (村集体, 村委会, 村两委 or 双委, 村干部, 村党支部, 村务, 村规民约, 村组). */
const VILLAGE_WORD_AFTER = /^(?:集体|委|两委|双委|干部|党|务|规|组)/;

/** Tags of place and person names and abbreviations: a stem jieba knows as a name. */
const PROPER_NOUN = /^(?:ns|nr|nrt|nrfg|nt|j)$/;

/**
 * Words grouped by the UTF-16 code of a character of theirs (`at`: its index, negative from the end),
 * each group in the words' order. Keyed by code: `text[at]` makes a new string for every Han character read.
 */
function byCharacter(words: readonly string[], at: number): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const word of words) {
    const code = word.charCodeAt(at < 0 ? word.length + at : at);
    const group = groups.get(code);
    if (group) group.push(word);
    else groups.set(code, [word]);
  }
  return groups;
}

/** The suffixes by their first character, longest first: where several start at one offset, the longest is the one meant. */
const SUFFIXES_BY_FIRST = byCharacter(UNIT_SUFFIXES, 0);

/** The suffix that starts at `at`, if any (a scan by a table of first characters is far cheaper than a regular expression of 31 alternatives). */
function suffixAt(text: string, at: number): string | null {
  const code = text.charCodeAt(at);
  if (SUFFIX_FIRST_CODES[code] !== 1) return null;
  for (const suffix of SUFFIXES_BY_FIRST.get(code)!) if (text.startsWith(suffix, at)) return suffix;
  return null;
}
const SUFFIX_FIRST_CODES = codeTable(UNIT_SUFFIXES.map((s) => s[0]).join(''));
const SUFFIX_LAST_CODES = codeTable(UNIT_SUFFIXES.map((s) => s[s.length - 1]).join(''));
const REACH_BEFORE = 6;
/** A school's place and the words of its kind may run longer (湖南铁道职业技术学院). */
const SCHOOL_REACH_BEFORE = 10;
const REACH_AFTER = 2;

/**
 * Finds every place name a long text mentions. At each unit suffix, the longest name of the
 * national list that ends there wins (李华台村, not 华台村; 同安区 in 同安区委); elsewhere the
 * words around the suffix decide, segmented in short windows only.
 */
export function placeNamesIn(text: string, segmenter: Segmenter): PlaceName[] {
  const windows: { start: number; end: number }[] = [];
  const known: PlaceName[] = [];
  const startChecks: StartCheck[] = [];
  const unconfirmed: PlaceName[] = [];
  const streetsToConfirm: PlaceName[] = [];
  const lineOpenings: PlaceName[] = [];
  for (let at = 0, next = 0; at < text.length; at = next) {
    // Nothing happens at a character that opens no suffix (街 opens 街道): skip to the next that does.
    while (at < text.length && SUFFIX_FIRST_CODES[text.charCodeAt(at)] !== 1) at++;
    if (at === text.length) break;
    const suffix = suffixAt(text, at);
    next = at + (suffix?.length ?? 1);
    if (suffix === null && text.charCodeAt(at) === STREET_CHAR) {
      const street = streetWithoutSuffixAt(text, at, known[known.length - 1]);
      if (street) known.push(street);
      else streetsToConfirm.push(...streetOpeningAt(text, at));
    }
    const numbered = suffix !== null && VILLAGE_LEVELS.test(suffix) ? numberedNameEndingAt(text, at, suffix) : null;
    if (numbered) {
      known.push(numbered);
      continue;
    }
    if (suffix === null || !isHanAt(text, at - 1)) continue;
    // 村级, 县级, 村民: a level word or the villagers, not a name (某某村民委员会 is the village's committee; 某街道民主路社区 is a path).
    const after = text[at + suffix.length];
    // (某镇民政办, 某县民政局: the unit's civil-affairs office, not its people.)
    const peopleAfter = after === '民' && suffix !== '街道' && !text.startsWith('民委员会', at + 1) && !(suffix !== '村' && text.startsWith('民政', at + suffix.length));
    // (某某市场监管局, 某某市场: a place's market or its market regulator, no city 某某市.)
    if (after === '级' || peopleAfter || (suffix === '乡' && WORD_AFTER_TOWNSHIP.test(after ?? '')) || (suffix === '市' && after === '场')) continue;
    // Right after the name just found, the level word may open a word about it:
    // 某某镇镇长, 某某县县长 (its head's title); 某某村村集体经济, 某某村村委会 (the village's; 王村村 stays whole).
    const rightAfterName = known[known.length - 1]?.end === at;
    if (rightAfterName && (after === '长' || (suffix === '村' && text[at - 1] === '村' && VILLAGE_WORD_AFTER.test(text.slice(at + 1, at + 3))))) continue;
    stems.fill(text, at, isHanAt);
    const before = known[known.length - 1];
    // 清新区 is 清新 + 区, read here at the zone suffix 新区: a stem of one character is tried there too.
    const minStem = suffix === '新区' ? 1 : MIN_LISTED_STEM;
    const listed =
      longerRenamed(text, at, suffix, longNameEndingAt(text, at, suffix, before) ?? listedNameEndingAt(text, at, suffix, before, minStem)) ??
      ethnicFormEndingAt(text, at, suffix) ??
      renamedNameEndingAt(text, at, suffix, before) ??
      shortFormEndingAt(text, at, suffix) ??
      districtOfCityAt(text, at, suffix, before) ??
      youthLeagueCommitteeAt(text, at, suffix) ??
      administrativeVillageAt(text, at, suffix) ??
      // 沛县, 寿县: a county's stem may be one character, once no longer name ends here (丰宁县 is no 丰 + 宁县).
      (suffix === '县' ? oneCharCountyAt(text, at, before) : null) ??
      oneCharNameAt(text, at, suffix, before, unconfirmed) ??
      unlistedTownAt(text, at, suffix, before, segmenter) ??
      unlistedDistrictOfCityAt(text, at, suffix, before) ??
      unlistedVillageOfTownAt(text, at, suffix, before, segmenter);
    const whole = listed && wholeFromMarkedStart(text, listed, before, segmenter);
    if (whole) {
      known.push(whole);
      continue;
    }
    if (listed) {
      // The name found last that ends before this one (七星社区村 holds 七星社区, found just before it).
      const parent = lastEndingBy(known, listed.start);
      const inPath = parent !== undefined && parent.end === listed.start && !parent.commonStem && levelRank(parent.name) < levelRank(listed.name);
      const kind = commonStemOf(text, listed, segmenter, inPath);
      if (kind === NEEDS_START_CHECK) startChecks.push({ known: known.length, from: Math.max(0, listed.start - 3) });
      // 望龙镇永定村利用…, 某镇，焦村被…: a stem that reads as a word is still the name where the list has it under the parent right before it.
      // (统一镇 … 统一村坚持…: so is one named after the town the text named before, whose stem it shares, as the list has it.)
      // (So is one the text already wrote as a name, after its parent: 某街道解放社区…。解放社区已有…)
      else if (kind.commonStem && !afterItsParent(text, listed.name, listed.start, parent) && !namedAfterItsParent(listed.name, known) && !writtenAsNameBefore(listed.name, known))
        listed.commonStem = kind.commonStem;
      known.push(listed);
      continue;
    }
    const opening = LINE_OPENING_SUFFIXES.has(suffix) ? unlistedOpeningLineAt(text, at, suffix) : null;
    if (opening) lineOpenings.push(opening);
    if (!PATTERN_SUFFIXES.has(suffix)) continue;
    // 全区, 小区, 农村, 进社区, 各村 … are never names: no need to look around them (桐城镇 is listed, found above).
    if (GENERIC_NAMES.has(text.slice(at - 1, at + suffix.length)) || NEVER_LAST_IN_STEM.has(text[at - 1]!)) continue;
    const start = Math.max(0, at - (SCHOOL_SUFFIXES.has(suffix) ? SCHOOL_REACH_BEFORE : REACH_BEFORE));
    const end = Math.min(text.length, at + suffix.length + REACH_AFTER);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  checkStarts(text, known, startChecks, segmenter);
  const knownEnds = new Set(known.map((k) => k.end));
  // The names found, also by where they end: a long compilation holds thousands, and each window asks for its parent.
  const found: PlaceName[] = [];
  const endingAt = new Map<number, PlaceName[]>();
  const keep = (p: PlaceName) => {
    found.push(p);
    const ending = endingAt.get(p.end);
    if (ending) ending.push(p);
    else endingAt.set(p.end, [p]);
  };
  for (const p of [...known, ...confirmedNames(unconfirmed, known), ...confirmedStreets(streetsToConfirm, known), ...writtenTwice(lineOpenings)]) keep(p);
  const windowNames = namesOfWindows(text, windows, segmenter);
  windows.forEach(({ start }, i) => {
    for (const p of windowNames[i]!) {
      // A name cut off by the window's start is found again, whole, from an earlier window or not at all.
      if (p.start === 0 && isHanAt(text, start - 1)) continue;
      const marked = afterOverlapped(text, markedStart(text, shifted(p, start), segmenter), endingAt);
      // 除去村集体的开支: a common word before 村集体 (the village collective) names no village.
      if (marked.commonStem && marked.name.endsWith('村') && text.startsWith('集体', marked.end)) continue;
      // 成都社区志愿服务周: a city's or province's stem before 社区 or 村, a name the list lacks, is the place's communities at large.
      if (ofPlaceAbove(marked.name)) continue;
      // 荣湾社区：…, a village or community the list lacks, opening a line or a clause before a colon or its party body: a name.
      // …, or right after its parent (某街道葑门社区党委): a name.
      const afterParent = (endingAt.get(marked.start) ?? []).some((k) => !k.commonStem && levelRank(k.name) < levelRank(marked.name));
      // A stem jieba takes for a verb is a name there only after its parent (滨海新区泰达街道党工委; 召开街道党工委会议 names none).
      // After its parent, the report's year may follow it instead (某区百步亭社区2021年党建工作总结).
      const after = text.slice(marked.end, marked.end + 5);
      const named =
        ((marked.commonStem === 'noun' && (startsFree(text, marked.start) || afterParent)) || (marked.commonStem === 'verb' && afterParent)) &&
        (BODY_OR_COLON_AFTER.test(after) || (afterParent && YEAR_AFTER.test(after)));
      const placed = named ? { name: marked.name, start: marked.start, end: marked.end } : marked;
      if (!knownEnds.has(placed.end)) keep(placed);
    }
  });
  const named = outermost(found).filter(
    (p) =>
      !quoted(text, p) &&
      !inDate(text, p) &&
      !PERIOD_IN_NAME.test(p.name) &&
      !inCompound(text, p) &&
      !opensLevelList(text, p, segmenter) &&
      !runsIntoListedName(p, endingAt) &&
      !inNumberedSeries(text, p) &&
      // 3.7公里村组公路: a name right after a number's digit starts with the number's measure word (公里村 is listed too).
      !DIGIT.test(text[p.start - 1] ?? ''),
  );
  return inLists(text, withoutCutShort(outermost([...named, ...mentionsAgain(text, named)])));
}

/**
 * 一下村走访行动。… 二下村慰问行动 (the “三下村” campaign): a name that opens with a Chinese numeral is an item of a
 * numbered series where the text writes its rest after another numeral too.
 */
function inNumberedSeries(text: string, p: PlaceName): boolean {
  if (!SERIES_NUMERALS.includes(p.name[0]!)) return false;
  const rest = p.name.slice(1);
  for (let at = text.indexOf(rest); at >= 0; at = text.indexOf(rest, at + 1)) {
    const numeral = text[at - 1];
    if (at - 1 !== p.start && numeral !== undefined && numeral !== p.name[0] && SERIES_NUMERALS.includes(numeral)) return true;
  }
  return false;
}
const SERIES_NUMERALS = '一二三四五六七八九十';
const DIGIT = /^[0-9.]$/;

/**
 * 河南新乡市: a name the list lacks whose level word is the last character of a listed name's stem,
 * that name going on one character past it (新乡市, a city), is a place's stem run into that name.
 */
function runsIntoListedName(p: PlaceName, endingAt: Map<number, PlaceName[]>): boolean {
  return (endingAt.get(p.end + 1) ?? []).some((q) => q.start > p.start && q.start < p.end && isListed(q.name)) && !isListed(p.name);
}

/** Whether an unlisted community's or village's stem is a province's or a city's (成都社区, 湖北村). */
function ofPlaceAbove(name: string): boolean {
  const suffix = GENERAL_LOWER_SUFFIX.exec(name)?.[0];
  if (!suffix || isListed(name)) return false;
  return upperStem(name.slice(0, -suffix.length)).some((d) => d.level === 'province' || d.level === 'city');
}
const GENERAL_LOWER_SUFFIX = /(?:社区|村)$/;

/**
 * 士英街道士英社区, cut by jieba as 道士 (a word) + 英社区: a name the words suggest that starts
 * inside a name found already and runs past its end is the name after it (士英社区), where a stem
 * of two characters or more remains; a common stem it had was the overlap's.
 */
function afterOverlapped(text: string, p: PlaceName, endingAt: Map<number, PlaceName[]>): PlaceName {
  for (let end = p.start + 1; end < p.end; end++) {
    if (!(endingAt.get(end) ?? []).some((k) => k.start < p.start)) continue;
    const name = text.slice(end, p.end);
    const stem = stemOf(name);
    return stem && stem.length >= 2 ? { name, start: end, end: p.end } : p;
  }
  return p;
}

/**
 * 来自新村街道: a village whose name runs into the next name (自新村 and 新村街道 overlap) is a word of
 * the sentence cut short: the name it runs into stands, the village goes.
 */
function withoutCutShort(names: PlaceName[]): PlaceName[] {
  return names.filter((a, i) => {
    const b = names[i + 1];
    return !(b && b.start > a.start && b.start < a.end && b.end > a.end && a.name.endsWith('村') && !b.commonStem);
  });
}

/**
 * Mass organisations written after a place's name (某市总工会, 某县妇联), as regex sources: a body other
 * than the unit, acting or reporting; and a city's federation of trade unions written short before its
 * deed (某市总投入…, 某市总要求…).
 */
export const MASS_ORGANISATIONS = '总工会|妇联|工商联|残联|科协|红十字会';
export const FEDERATION_WRITTEN_SHORT = '总(?=要求|投入|选派|拨付|捐)';

/** What joins the names of a list: 甲村、乙村, 甲村和乙村. */
export const NAME_LIST_JOINT = /^[、和及与]$/;

/** What parts two items of a list of places, perhaps each with its figure: 、, 和, or 50万元、 (甲村50万元、乙村15万元). */
const joinsItems = (gap: string) => NAME_LIST_JOINT.test(gap) || FIGURE_ITEM_JOINT.test(gap);
const FIGURE_ITEM_JOINT = /^[^，,。；;：:\n]{0,12}?\d[\d.]*[^\d，,。；;：:\n]{0,3}、$/;

/**
 * A listed name whose stem reads as a common word (前进村, 发展村) is a name where a list joins it,
 * directly or through others, to a name of its own level that is no common word (桃园村、前进村、
 * 胜利村, 桃园村50万元、前进村15万元): the items of a list of places are places alike.
 */
function inLists(text: string, names: PlaceName[]): PlaceName[] {
  const out = [...names];
  for (let first = 0; first < names.length; ) {
    let last = first;
    while (last + 1 < names.length && joinsItems(text.slice(names[last]!.end, names[last + 1]!.start)) && levelRank(names[last + 1]!.name) === levelRank(names[first]!.name)) last++;
    const list = names.slice(first, last + 1);
    if (list.length > 1 && list.some((n) => !n.commonStem))
      for (let i = first; i <= last; i++) if (names[i]!.commonStem && isListed(names[i]!.name)) out[i] = { name: names[i]!.name, start: names[i]!.start, end: names[i]!.end };
    first = last + 1;
  }
  return out;
}

/**
 * A town or county the list lacks, once the text names it where its start is marked and its body
 * follows (来源：万泉县委组织部), is a name wherever else the text writes it at a marked start or
 * after its parent (海南省万泉县聚焦…), though nothing follows there to tell.
 */
function mentionsAgain(text: string, names: PlaceName[]): PlaceName[] {
  const unlisted = new Set(names.filter((n) => !n.commonStem && UNLISTED_AGAIN.test(n.name) && !isListed(n.name)).map((n) => n.name));
  if (unlisted.size === 0) return [];
  const ends = new Set(names.map((n) => n.end));
  const starts = new Set(names.map((n) => n.start));
  const again: PlaceName[] = [];
  for (const name of unlisted)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
      if (!starts.has(at) && (!isHanAt(text, at - 1) || ends.has(at) || DATE_CHARS.has(text[at - 1]!))) again.push({ name, start: at, end: at + name.length });
  return again;
}
const UNLISTED_AGAIN = /(?:县|区|镇|乡|苏木)$/;

/** 强村富民, 强村公司, 兴村工程: 村 opening a word of a policy's name, no village's. */
const VILLAGE_POLICY_AFTER = /^(?:富民|公司|工程|计划|战略)/;

/** Whether a name found by its words (深化强村 in 深化强村富民改革) is part of a policy's name. */
function inCompound(text: string, p: PlaceName): boolean {
  return p.commonStem !== undefined && p.name.endsWith('村') && VILLAGE_POLICY_AFTER.test(text.slice(p.end, p.end + 2));
}

/** Whether a name found before is this one, taken as a name there (not a word of the sentence). */
const writtenAsNameBefore = (name: string, known: readonly PlaceName[]): boolean => known.some((k) => k.name === name && k.commonStem === undefined);

/** Level words listed after a level word, counted as levels: 、村、组三级, 、村两级. */
const LEVEL_LIST_AFTER = /^(?:[、和](?:县|区|乡|镇|街道|社区|村|组|网格)){1,3}(?:[两二三四五]级|各级)/;

/**
 * 建设镇、村、组三级宣讲队伍: a verb before the first of a list of levels makes no name of it with the first
 * level word, though the list has a 建设镇 (a town's name stays one: 某镇、村两级干部).
 */
function opensLevelList(text: string, p: PlaceName, segmenter: Segmenter): boolean {
  if (!LEVEL_LIST_AFTER.test(text.slice(p.end, p.end + 12))) return false;
  const stem = p.name.slice(0, p.name.length - (levelWord(p.name)?.length ?? 1));
  const tokens = tokensOfShort(stem, segmenter);
  return tokens.length === 1 && VERB_TAG.test(tokens[0]!.tag);
}
const VERB_TAG = /^v/;

/**
 * An autonomous unit's or an ethnic township's short form (漾濞县, 长白县, 云仙乡) named in full where the article also
 * writes its full name (漾濞彝族自治县, 云仙彝族乡): the catalog asks for the unit in full as the article names it.
 */
export function autonomousFullForms(names: PlaceName[]): (name: string) => string {
  const full = new Set(names.filter((n) => n.name.includes('自治') || ETHNIC_TOWNSHIP.test(n.name)).map((n) => n.name));
  if (full.size === 0) return (name) => name;
  return (name) => lookupShortForm(name).find((d) => full.has(d.name))?.name ?? name;
}

const ETHNIC_TOWNSHIP = /族(?:乡|镇|苏木)$/;

/** Kinds of zone written long or short: 经开区 for 经济开发区 or 经济技术开发区, 高新区 for 高新技术产业开发区. */
const ZONE_KINDS: [kind: string, short: string][] = [
  ['经济技术开发区', '经开区'], ['经济开发区', '经开区'], ['高新技术产业开发区', '高新区'],
];

/**
 * One name for a zone an article writes both short and long (船营经开区 and 吉林船营经济开发区,
 * 合肥高新区 and 合肥高新技术产业开发区): the long one, where one stem ends with the other.
 */
export function zoneLongForms(names: PlaceName[]): (name: string) => string {
  const longForms = names.filter((n) => ZONE_KINDS.some(([kind]) => n.name.endsWith(kind)));
  if (longForms.length === 0) return (name) => name;
  return (name) => {
    const kind = ZONE_KINDS.find(([, short]) => name.endsWith(short));
    if (!kind) return name;
    const stem = name.slice(0, name.length - kind[1].length);
    const long = longForms.find((l) => ZONE_KINDS.some(([k, short]) => short === kind[1] && l.name.endsWith(k) && stemsMeet(l.name.slice(0, l.name.length - k.length), stem)));
    return long?.name ?? name;
  };
}

const stemsMeet = (a: string, b: string) => a.length > 0 && b.length > 0 && (a.endsWith(b) || b.endsWith(a));

/**
 * 扬州市经济技术开发区 where the text also writes the listed 扬州经济技术开发区: one zone, named as the list has
 * it (its city's level word is no part of the zone's name).
 */
export function zoneListedForms(names: PlaceName[]): (name: string) => string {
  const listedZones = new Set(names.filter((n) => zoneSuffixOf(n.name) !== undefined && isListed(n.name)).map((n) => n.name));
  if (listedZones.size === 0) return (name) => name;
  return (name) => {
    const suffix = zoneSuffixOf(name);
    if (!suffix) return name;
    const stem = name.slice(0, name.length - suffix.length);
    const listed = CITY_WORD_ENDING.test(stem) ? stem.slice(0, -1) + suffix : null;
    return listed !== null && listedZones.has(listed) ? listed : name;
  };
}
const CITY_WORD_ENDING = /\p{Script=Han}{2}[市县区]$/u;
const zoneSuffixOf = (name: string): string | undefined => UNIT_SUFFIXES.find((s) => ZONE_SUFFIXES.has(s) && name.endsWith(s) && name.length > s.length);

/** 丰泽居民区 where the text also writes 丰泽社区: one community, named as the text names it in full elsewhere. */
export function communityForms(names: PlaceName[]): (name: string) => string {
  const communities = new Set(names.filter((n) => n.name.endsWith('社区')).map((n) => n.name));
  if (communities.size === 0) return (name) => name;
  return (name) => {
    const community = listedCommunityOf(name);
    return community !== null && communities.has(community) ? community : name;
  };
}

/** The last of the names found that ends at or before `at`. */
function lastEndingBy(names: PlaceName[], at: number): PlaceName | undefined {
  for (let i = names.length - 1; i >= 0; i--) if (names[i]!.end <= at) return names[i];
  return undefined;
}

/** 今年上半年村…, 前三季度社区…, 目前社区…: a time is no name's stem. */
const PERIOD_IN_NAME = /上半年|下半年|季度|今年|去年|全年|目前|当前|现在|近年|近期|日前|此前|以来/;

/** 2022年度村…, 3月村…: a name that opens with 年, 月 or 日 right after a number takes the date's character. */
function inDate(text: string, p: PlaceName): boolean {
  return /[年月日]/.test(text[p.start] ?? '') && /[\d〇零一二三四五六七八九十]/.test(text[p.start - 1] ?? '');
}

/** The name with its offsets moved by `by` (from a window's start to the text's). */
function shifted(p: PlaceName, by: number): PlaceName {
  const moved: PlaceName = { name: p.name, start: p.start + by, end: p.end + by };
  if (p.commonStem) moved.commonStem = p.commonStem;
  return moved;
}

/**
 * The names jieba's words suggest in each window (offsets from the window's start). A window's
 * names depend on its text alone, and the same few words around a suffix (进社区开展, 村党支部书记)
 * recur from article to article: they are kept by text, and only new windows are tagged.
 */
function namesOfWindows(text: string, windows: { start: number; end: number }[], segmenter: Segmenter): readonly PlaceName[][] {
  const texts = windows.map(({ start, end }) => text.slice(start, end));
  const names = texts.map((t) => namesByWindow.peek(t));
  const unseen = windows.flatMap((_, i) => (names[i] ? [] : [i]));
  const tokens = tokensOfWindows(text, unseen.map((i) => windows[i]!), segmenter);
  unseen.forEach((i, k) => {
    names[i] = findPlaceNames(tokens[k]!);
    // Windows that run into each other make one long window (a list of names, a table): it never recurs.
    if (texts[i]!.length <= MAX_WINDOW_KEPT) namesByWindow.set(texts[i]!, names[i]);
  });
  return names as PlaceName[][];
}
/** Windows kept at most: some megabytes, far more than a run of articles keeps meeting. */
const namesByWindow = new Memo<PlaceName[]>(50_000);
/** The longest window kept, in characters: a few suffixes' windows run together. */
const MAX_WINDOW_KEPT = 48;

/**
 * Each window's tokens (offsets from the window's start), from one call to the tagger: windows
 * are joined by line breaks, which jieba never joins words across.
 */
function tokensOfWindows(text: string, windows: { start: number; end: number }[], segmenter: Segmenter): (Word & { tag: string })[][] {
  const perWindow: (Word & { tag: string })[][] = windows.map(() => []);
  if (windows.length === 0) return perWindow;
  const tokens = segmenter.tokens(windows.map(({ start, end }) => text.slice(start, end)).join('\n'));
  let i = 0;
  let windowStart = 0;
  for (const token of tokens) {
    while (i < windows.length - 1 && token.start >= windowStart + windows[i]!.end - windows[i]!.start + 1) {
      windowStart += windows[i]!.end - windows[i]!.start + 1;
      i++;
    }
    if (token.word === '\n') continue;
    token.start -= windowStart;
    token.end -= windowStart;
    perWindow[i]!.push(token);
  }
  return perWindow;
}

/** The names not inside a longer one (田付村镇 holds 田付村: the longer name is the one meant), in text order. */
function outermost(names: PlaceName[]): PlaceName[] {
  const byStart = [...names].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PlaceName[] = [];
  let reach = -1;
  for (const name of byStart) {
    if (name.end <= reach) continue;
    kept.push(name);
    reach = name.end;
  }
  return kept;
}

const MIN_LISTED_STEM = 2;
const MAX_LISTED_STEM = 5;
/** What the list said of each name asked (most are asked again and again): held and not held alike. */
const listedNames = new Memo<boolean>(20_000);
/** The stems before the suffix being looked at (one set, refilled at each suffix): most candidate names are told apart by their hashes, without cutting them out. */
const stems = new StemHashes(MAX_LISTED_STEM);

/**
 * Whether the national list holds the name. The answers are kept (village names are read from
 * disk); a name not asked before costs `lookup` a filter lookup, or now and then a search.
 */
export const isListed = (name: string): boolean => listedNames.get(name, (own) => lookup(own).length > 0);

/** The longest listed name ending with the suffix at `at`, when its start is not inside a listed name's stem. */
function listedNameEndingAt(text: string, at: number, suffix: string, before: PlaceName | undefined, minStem = MIN_LISTED_STEM, maxStem = stems.count): PlaceName | null {
  const end = at + suffix.length;
  for (let stem = maxStem; stem >= minStem; stem--) {
    if (!mayBeListedStem(stems, stem, suffix)) continue;
    const start = at - stem;
    // 栾城镇西街村: no 镇西街村 that starts inside the town just found (a longer name holding it whole, 田付村镇, may).
    if (before && before.start < start && start < before.end) continue;
    // 其中城区社区: no 中城区社区 that starts inside the word 其中 (之中, 当中, 从中).
    if (WORD_ENDING_IN_ZHONG_BEFORE.has(text[start - 1]!) && text[start] === '中') continue;
    const name = text.slice(start, end);
    // 中心村, 示范村: a kind of village, unless its party body follows it right after its parent (某镇中心村党支部).
    const ownName = before?.end === start && BODY_OR_COLON_AFTER.test(text.slice(end, end + 3));
    // 街道社区, 乡镇社区: listed somewhere, but a level word before a level word here.
    if (GENERIC_NAMES.has(name) || ((GENERIC_NAMES.has(text.slice(start, at)) || ((suffix === '村' || suffix === '社区') && GENERIC_VILLAGE.test(name))) && !ownName)) continue;
    // 全椒县, 和平村, 同安区: a listed name may start like a phrase; a phrase-like village is only doubtful.
    if (isListed(name)) return { name, start, end };
  }
  return null;
}

/** What 中 after it makes a word of its own: 其中, 之中, 当中, 从中. */
const WORD_ENDING_IN_ZHONG_BEFORE = new Set([...'其之当从']);

const STREET_CHAR = '街'.charCodeAt(0);
/** A street's party body or office right after its name: 某某街党工委, 某某街办事处. */
const STREET_BODY_AFTER = /^(?:党工委|党委|工委|办事处)/;
/** 白云区京溪街依托…: after its own county, a sub-district written 某某街 that opens the clause's deed (no address: 解放街12号). */
const STREET_DEED_AFTER = /^(?:依托|坚持|以|通过|积极|聚焦|围绕|创新|探索|推行|深入|立足|紧扣|全面|大力|持续|发挥|着力|[，,：:])/;

/**
 * A sub-district written 某某街, where the list names it 某某街街道 or 某某街道 (解放街 for 解放街道):
 * taken as written, the longest listed, and only before its party body or office, since most names
 * ending in 街 are streets.
 */
function streetWithoutSuffixAt(text: string, at: number, before: PlaceName | undefined): PlaceName | null {
  const end = at + 1;
  const bodyAfter = STREET_BODY_AFTER.test(text.slice(end, end + 3));
  // 某区某某街某社区: in a path, right after its own county and before a unit of its own, no body need follow;
  // nor before one of its own communities or villages as the list has them (花园街某某社区).
  const afterCounty = before !== undefined && levelRank(before.name) <= COUNTY_RANK && isHanAt(text, end);
  const child = bodyAfter ? [] : childCodesAfter(text, end);
  if (!bodyAfter && !afterCounty && child.length === 0) return null;
  for (let stem = MAX_LISTED_STEM; stem >= 1; stem--) {
    const start = at - stem;
    if (start < 0 || !isHanAt(text, start) || (before && before.start < start && start < before.end)) continue;
    const name = text.slice(start, end);
    // 东街, 南街: a stem of one character only where its start is marked.
    if (stem === 1 && isHanAt(text, start - 1) && before?.end !== start) continue;
    if (GENERIC_FIRST_CHARS.test(name)) continue;
    if (bodyAfter ? isListedStreet(name) : afterCounty && before!.end === start && isStreetOf(name, before!.name) && (suffixSoonAfter(text, end) || STREET_DEED_AFTER.test(text.slice(end, end + 2)))) return { name, start, end };
    // (Either reading of 某某街, 某某街街道 or 某某街道: the child's parent decides.)
    if (stem > 1 && child.length > 0 && [...lookup(name + '街道'), ...lookup(name + '道')].some((d) => child.includes(d.code))) return { name, start, end };
  }
  return null;
}

/** The codes of the parents of the listed community or village that starts at `at` (its name up to the next 社区, 村 or 嘎查, a few characters on). */
function childCodesAfter(text: string, at: number): string[] {
  for (let end = at + 2; end <= at + MAX_LISTED_STEM + 1 && isHanAt(text, end - 1); end++) {
    const suffix = VILLAGE_SUFFIX_AT.exec(text.slice(end, end + 2))?.[0];
    if (!suffix) continue;
    const parents = lookup(text.slice(at, end + suffix.length)).flatMap((d) => (d.level === 'village' && d.parentCode !== null ? [d.parentCode] : []));
    if (parents.length > 0) return parents;
  }
  return [];
}
const VILLAGE_SUFFIX_AT = /^(?:社区|村|嘎查)/;

const isListedStreet = (name: string) => streetsWrittenShort(name).length > 0;
/** Whether one of `divisions` hangs right under a division the list names `parent`. */
function underParentNamed(divisions: Division[], parent: string): boolean {
  if (divisions.length === 0) return false;
  const parents = new Set(listedOrFormer(parent).map((d) => d.code));
  return divisions.some((d) => d.parentCode !== null && parents.has(d.parentCode));
}

/** The divisions named `name`, or, for one renamed since (高陵县, now 高陵区), those its stem names at its other levels. */
function listedOrFormer(name: string): Division[] {
  const listed = lookup(name);
  const suffix = listed.length > 0 ? null : suffixOf(name);
  const former = suffix ? FORMER_LEVELS[suffix] : undefined;
  return former ? former.flatMap((level) => lookup(name.slice(0, -suffix!.length) + level)) : listed;
}

/** Whether the list has a division named `name` right under one named `parent` (耿镇 as the 耿镇街道 it has become). */
const isChildOf = (name: string, parent: string) => underParentNamed(lookup(name).concat(townsNowStreets(name)), parent);
/** Whether the list has the sub-district written 某某街 under the county or city named `parent`. */
const isStreetOf = (name: string, parent: string) => underParentNamed(streetsWrittenShort(name), parent);
/** Whether a unit suffix stands within the few Han characters after `at`: a name of a lower unit follows. */
function suffixSoonAfter(text: string, at: number): boolean {
  for (let i = at + 1; i <= at + MAX_LISTED_STEM && isHanAt(text, i); i++) if (suffixAt(text, i) !== null) return true;
  return false;
}

/**
 * 白源街 opening a line or a clause (白源街宣传工作…), where the list names it 白源街街道 or 白源街道:
 * a name there once the text writes it so twice (see `writtenTwice`); no body need follow.
 */
function streetOpeningAt(text: string, at: number): PlaceName[] {
  const end = at + 1;
  for (let stem = MAX_LISTED_STEM; stem >= MIN_LISTED_STEM; stem--) {
    const start = at - stem;
    if (start < 0 || !startsFree(text, start)) continue;
    const name = text.slice(start, end);
    if (HAN_ONLY.test(name) && !GENERIC_FIRST_CHARS.test(name) && isListedStreet(name)) return [{ name, start, end }];
  }
  return [];
}

/**
 * Sub-districts written 某某街 that open a line or a clause: those written so twice or more, and
 * any whose county, as the list has it, the text names (南市街完善… with 和平区 in its byline).
 */
function confirmedStreets(streets: PlaceName[], known: PlaceName[]): PlaceName[] {
  if (streets.length === 0) return [];
  const twice = new Set(writtenTwice(streets));
  const counties = [...new Set(known.filter((k) => levelRank(k.name) <= COUNTY_RANK).map((k) => k.name))];
  return streets.filter((n) => twice.has(n) || counties.some((county) => isStreetOf(n.name, county)));
}

/** Whether characters cut out by position alone may be a name the list lacks: Han only, no word of a sentence inside, no generic word. */
const mayBeUnlistedName = (name: string) => HAN_ONLY.test(name) && ![...name].some((ch) => STOP_CHARS.has(ch)) && !GENERIC_NAMES.has(name) && isPlaceName(name);

/** The levels whose names the list lacks are sought where they open lines (see `unlistedOpeningLineAt`). */
const LINE_OPENING_SUFFIXES = new Set(['区', '县', '镇', '乡']);
/** Where a line opens (a headline, a paragraph), after any spacing. */
const LINE_START_BEFORE = /(?:^|\n)[ \t\u3000]*$/;

/**
 * 下城区扎实推进… as the headline and 下城区今年以来… opening a paragraph: a district, county or township the list lacks
 * (abolished, renamed or written another way since) that opens a line, taken where it opens two (see `writtenTwice`).
 */
function unlistedOpeningLineAt(text: string, at: number, suffix: string): PlaceName | null {
  for (const stem of [2, 3]) {
    const start = at - stem;
    if (start < 0 || !LINE_START_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    // A line of the name alone is a menu's or a label's (长者专区).
    if (!isHanAt(text, at + suffix.length)) return null;
    const name = text.slice(start, at + suffix.length);
    if (!mayBeUnlistedName(name) || isListed(name)) return null;
    return { name, start, end: at + suffix.length };
  }
  return null;
}

/** The names written twice or more among those found. */
function writtenTwice(names: PlaceName[]): PlaceName[] {
  if (names.length < 2) return [];
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n.name, (counts.get(n.name) ?? 0) + 1);
  return names.filter((n) => counts.get(n.name)! >= 2);
}

/** Stems past the usual five characters: 长阳土家族 (自治县), 三合满族朝鲜族 (乡), 科尔沁右翼前 (旗), up to twelve. */
const MAX_LONG_STEM = 12;
/** Levels whose listed names may have long stems besides the autonomous units and banners. */
const LONG_LOCAL_SUFFIXES = new Set(['社区', '镇', '乡', '村', '嘎查']);

/**
 * A listed name with a stem longer than most: an autonomous unit's (长阳土家族自治县), an ethnic
 * township's (某某满族乡), a Mongolian banner's or sumu's (科尔沁右翼前旗) or a community's
 * (万科城市花园第二社区). Tried only at those suffixes, and after 族, so that other suffixes cost
 * no longer search.
 */
function longNameEndingAt(text: string, at: number, suffix: string, before: PlaceName | undefined): PlaceName | null {
  // 万科城市花园第二社区, 塔木托格拉克镇: a community's, a township's or a village's name may run long too (many
  // transliterated ones do), where five characters or more stand before it.
  // (某某第二居民区 is listed as 某某第二社区: see FORMER_LEVELS.)
  const listedAs = suffix === RESIDENTS_AREA ? '社区' : suffix;
  const longLocal = LONG_LOCAL_SUFFIXES.has(listedAs) && stems.count === MAX_LISTED_STEM;
  if (!suffix.startsWith('自治') && suffix !== '旗' && suffix !== '苏木' && text[at - 1] !== '族' && !longLocal) return null;
  const end = at + suffix.length;
  longStems.fill(text, at, inText);
  for (let stem = Math.min(MAX_LONG_STEM, longStems.count); stem > MAX_LISTED_STEM; stem--) {
    const start = at - stem;
    if (isHanAt(text, start) && !(before && before.start < start && start < before.end) && mayBeListedStem(longStems, stem, listedAs) && isListed(text.slice(start, at) + listedAs))
      return { name: text.slice(start, end), start, end };
  }
  return null;
}

/** The stems of any characters before a suffix, up to the longest a listed name has: checked by the filter before they are cut out. */
const longStems = new StemHashes(MAX_LONG_STEM);
const inText = (_text: string, at: number) => at >= 0;

/**
 * The place of a youth league committee (东城团区委, 某某团县委): its stem before 团 with the level
 * word after it, where the list holds that name.
 */
function youthLeagueCommitteeAt(text: string, at: number, suffix: string): PlaceName | null {
  if (text[at - 1] !== '团' || text[at + suffix.length] !== '委' || !YOUTH_LEAGUE_LEVELS.has(suffix)) return null;
  return listedNameWithStemEndingAt(text, at - 1, suffix, at + suffix.length);
}
const YOUTH_LEAGUE_LEVELS = new Set(['区', '县', '市', '旗']);

/** A village written as an administrative village (某镇官路边行政村): its stem before 行政 and 村, where the list holds that name. */
function administrativeVillageAt(text: string, at: number, suffix: string): PlaceName | null {
  if (suffix !== '村' || !text.startsWith(ADMINISTRATIVE, at - ADMINISTRATIVE.length)) return null;
  return listedNameWithStemEndingAt(text, at - ADMINISTRATIVE.length, suffix, at + suffix.length);
}
const ADMINISTRATIVE = '行政';

/** The longest listed name of a stem ending at `stemEnd` and the level word `suffix`, written apart from it (the name spans up to `end`). */
function listedNameWithStemEndingAt(text: string, stemEnd: number, suffix: string, end: number): PlaceName | null {
  for (let length = MAX_LISTED_STEM; length >= MIN_LISTED_STEM; length--) {
    const start = stemEnd - length;
    if (start < 0 || !isHanAt(text, start)) continue;
    const name = text.slice(start, stemEnd) + suffix;
    if (isListed(name)) return { name, start, end };
  }
  return null;
}

/**
 * A district named like a plain word or with one character, right after its city (阳泉市城区,
 * 铜陵市郊区, 攀枝花市东区): a name there, where alone it would be a word (城区) or too short.
 */
function districtOfCityAt(text: string, at: number, suffix: string, before: PlaceName | undefined): PlaceName | null {
  if (suffix !== '区' || !before || levelRank(before.name) !== CITY_RANK || at - before.end < 1 || at - before.end > 2) return null;
  const name = text.slice(before.end, at + suffix.length);
  return isListed(name) ? { name, start: before.end, end: at + suffix.length } : null;
}

/**
 * A district or county of two characters the list lacks (merged or renamed since: 杭州市江干区), right
 * after its listed city: a name there, without a code.
 */
function unlistedDistrictOfCityAt(text: string, at: number, suffix: string, before: PlaceName | undefined): PlaceName | null {
  if ((suffix !== '区' && suffix !== '县') || !before || at - before.end !== 2 || levelRank(before.name) !== CITY_RANK || before.commonStem) return null;
  const name = text.slice(before.end, at + 1);
  if (!mayBeUnlistedName(name)) return null;
  return { name, start: before.end, end: at + 1 };
}

const PARENT_LEVEL_END = new Set([...'省市县区旗']);

/** Where a name may start though no mark stands there: after a word before it (在, 赴), a date or its parent. */
const startsAfterWordOrParent = (text: string, start: number, before: PlaceName | undefined) =>
  MARKED_START_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || STOP_CHARS.has(text[start - 1]!) || before?.end === start;

/**
 * A county of one character (沛县, 岚县), where its start is marked; one character more at a marked
 * start is a longer name the list lacks (平渠县：…, 云南省景岚县: no 渠县 or 岚县 there).
 */
function oneCharCountyAt(text: string, at: number, before: PlaceName | undefined): PlaceName | null {
  const p = listedNameEndingAt(text, at, '县', before, 1, 1);
  if (!p) return null;
  if (startsAfterWordOrParent(text, p.start, before) || afterItsProvinceStem(text, p)) return p;
  const start = p.start - 1;
  const name = text.slice(start, p.end);
  return isHanAt(text, start) && startsAfterWordOrParent(text, start, before) && !STOP_CHARS.has(text[start]!) && isPlaceName(name) ? { name, start, end: p.end } : null;
}

/** 陕西眉县, 安徽歙县: a county right after the bare stem of its own province, itself at a marked start. */
function afterItsProvinceStem(text: string, p: PlaceName): boolean {
  const province = provinceStemEndingAt(text, p.start, (start) => startsAfterWordOrParent(text, start, undefined));
  return province !== null && lookup(p.name).some((d) => pathOf(d)[0]?.code === province.code);
}

/**
 * The province whose bare stem (四川, 黑龙江) ends at `at`, where the stem's start is the text's,
 * follows a character other than Han, or is `marked` (each caller knows what marks a start).
 */
export function provinceStemEndingAt(text: string, at: number, marked: (start: number) => boolean): Division | null {
  for (const length of [2, 3]) {
    const start = at - length;
    if (start < 0 || (isHanAt(text, start - 1) && !marked(start))) continue;
    const province = upperStem(text.slice(start, at)).find((d) => d.level === 'province');
    if (province) return province;
  }
  return null;
}

const DATE_WORD_END = /[年月]/;
const TIME_AFTER_DATE = /[底末初内中度份]/;
/** Levels whose names may have a stem of one character: 余村, 乌镇. */
const ONE_CHAR_LEVELS = new Set(['村', '社区', '嘎查', '镇', '乡', '苏木']);

/**
 * A listed name with a stem of one character (余村, 乌镇), where its start is marked (a line's
 * start, a mark, a date, or its parent right before it: 天荒坪镇余村) and its party body or a
 * colon follows: elsewhere such a pair is mostly a word of the sentence (乡镇, 进村).
 */
function oneCharNameAt(text: string, at: number, suffix: string, before: PlaceName | undefined, unconfirmed: PlaceName[]): PlaceName | null {
  if (!ONE_CHAR_LEVELS.has(suffix) || stems.count < 1 || STOP_CHARS.has(text[at - 1]!)) return null;
  const start = at - 1;
  const end = at + suffix.length;
  const marked = before?.end === start || !isHanAt(text, start - 1) || DATE_BEFORE.test(text.slice(Math.max(0, start - 3), start));
  // 2024年底村集体…: the stem's character ends the date's time word (年底, 月初), no name; nor is 年 (annual) before the level word (，年村集体经济收入…).
  if (!marked || (DATE_WORD_END.test(text[start - 1] ?? '') && TIME_AFTER_DATE.test(text[start]!)) || text[start] === '年') return null;
  const name = text.slice(start, end);
  // (乌镇 is listed; 耿镇 is too, as the 耿镇街道 it has become.)
  if (GENERIC_NAMES.has(name) || !(isListed(name) || townsNowStreets(name).length > 0)) return null;
  // …, or a village's collective economy (其中，余村集体经济收入…), or it follows the township the list has it under (某县某镇，焦村…).
  if (BODY_OR_COLON_AFTER.test(text.slice(end, end + 3)) || villageEconomyAfter(text, { name, start, end }) || afterItsParent(text, name, start, before)) return { name, start, end };
  // 彭镇多措并举… in a headline: a name where the text writes it so elsewhere (彭镇党委).
  unconfirmed.push({ name, start, end });
  return null;
}

/** Whether `before` stands right before `start` (perhaps a mark between) and the list has `name` right under it. */
function afterItsParent(text: string, name: string, start: number, before: PlaceName | undefined): boolean {
  if (before === undefined) return false;
  const gap = start - before.end;
  return (gap === 0 || (gap === 1 && !isHanAt(text, before.end))) && isChildOf(name, before.name);
}

/** Whether the text named earlier the unit the list has `name` under, with the same stem (统一镇 before 统一村). */
function namedAfterItsParent(name: string, known: PlaceName[]): boolean {
  const stem = stemOf(name);
  return stem !== null && known.some((k) => k.name !== name && stemOf(k.name) === stem && isChildOf(name, k.name));
}

/** The names of one character's stem that the text confirms elsewhere, with its party body or a colon. */
function confirmedNames(unconfirmed: PlaceName[], known: PlaceName[]): PlaceName[] {
  if (unconfirmed.length === 0) return [];
  const names = new Set(known.map((k) => k.name));
  return unconfirmed.filter((u) => names.has(u.name));
}

const DATE_CHARS = new Set([...'年月日度']);
/** The levels at which a name the list lacks may end with a listed one: villages, communities and townships. */
const WHOLE_LEVELS = /(?:村|社区|嘎查|镇|乡|街道|苏木)$/;
/** The party before the unit whose committee it is: 中共某某县委, 中国共产党某某村支部委员会. */
export const PARTY_BEFORE_NAME = /^(?:中共|中国共产党)/;
/** 海陵华港镇, 湘西十八洞村, 恭城红岩村: the stem of a county, a city or an autonomous prefecture or county before a name is its parent's, written short. */
const isParentStem = (prefix: string) =>
  prefix.length === 2 && (['区', '县', '市', '旗'].some((level) => isListed(prefix + level)) || ['州', '县', '旗'].some((level) => lookupShortForm(prefix + level).length > 0));

/** Tags of nouns and names: a noun may run from the characters into the listed name (荷花/湖/街道 for 荷花湖街道, listed 花湖街道). */
const NOUN_TAG = /^(?:n|ng|nr|nrt|nrfg|ns|nt|nz|j)$/;

/** Tags of adjectives: 配套, 优质, 先进. */
const ADJECTIVE_TAG = /^(?:a|ad|an)$/;

/** Tags of a word that opens a phrase, not a name: 走进某村, 在某村, 把某村, 今年某村. */
const PHRASE_OPENING_TAG = /^(?:v|vd|vn|vi|p|c|d|r|m|q|t)$/;

/**
 * 大栗园村党支部…: a listed village-level or township name (栗园村, 鸣山乡 as 凤鸣山镇) one or two characters
 * after a line's start or a mark, or after its parent (昭觉县三岔河乡), is
 * the end of a longer name the list lacks, where those characters are no word of a sentence (在,
 * 走进, 下辖), nor a parent's suffix.
 */
function wholeFromMarkedStart(text: string, p: PlaceName, before: PlaceName | undefined, segmenter: Segmenter): PlaceName | null {
  if (!isHanAt(text, p.start - 1) || before?.end === p.start) return null;
  // 昭觉县三岔河乡: one or two characters between a parent and a listed name of a lower level are the longer name's.
  // (塔木托格拉克镇玉斯屯克阿热勒村: a village after its township may hold up to four, as transliterated names do.)
  const reach = before && TOWNSHIP_SUFFIXES.test(before.name) && VILLAGE_NAME.test(p.name) ? MAX_GAP_AFTER_TOWNSHIP : 2;
  const parentEnd = before && before.end >= p.start - reach && levelRank(before.name) < levelRank(p.name) ? before.end : -1;
  // Cheap tests first: most listed names have a third Han character before them, or none at all.
  if (parentEnd < 0 && isHanAt(text, p.start - 2) && isHanAt(text, p.start - 3)) return null;
  if (!WHOLE_LEVELS.test(p.name)) return null;
  const start = parentEnd >= 0 ? parentEnd : isHanAt(text, p.start - 2) ? p.start - 2 : p.start - 1;
  const prefix = text.slice(start, p.start);
  // 2022年度梅花村: a date's characters, not a name's; 原梅花乡: the former township.
  if ([...prefix].some((ch) => STOP_CHARS.has(ch) || SUFFIX_LAST_CODES[ch.charCodeAt(0)] === 1 || DATE_CHARS.has(ch)) || prefix.startsWith('原')) return null;
  const name = prefix + p.name;
  if (PARTY_BEFORE_NAME.test(prefix) || !isPlaceName(name) || (parentEnd < 0 && isParentStem(prefix))) return null;
  // 利用某某镇大讲堂: two characters with no parent before them open a longer name only where its party body or a colon
  // follows it; jieba tags some verbs as nouns (利用, 指导), and the list holds nearly every town and village whole.
  if (parentEnd < 0 && prefix.length === 2 && !BODY_OR_COLON_AFTER.test(text.slice(p.end, p.end + 3))) return null;
  // 组建强村公司: a word that runs from the characters into the listed name (组建) belongs to the sentence, unless it is a place's (三岔河乡);
  // so does an adjective of two characters (配套新建社区: 配套 + 新建社区), where a lone one may open a name (大 + 栗园村).
  // 李卫东和村干部: a conjunction or a preposition inside is a sentence's (a person and the village's cadres).
  const tokens = tokensOfShort(name, segmenter);
  const opening = tokens.filter((t) => t.start < prefix.length);
  // 玉斯屯克 + 阿热勒村: three or four characters that jieba reads as no word, or as a name, spell a name (a transliteration), whatever
  // the single characters' tags; a word of the sentence there (党员干部, 组织) is the sentence's.
  if (prefix.length > 2) return opening.every((t) => (t.word.length === 1 || PROPER_NOUN.test(t.tag)) && t.end <= prefix.length) ? { name, start, end: p.end } : null;
  if (tokens.some((t) => t.tag === 'c' || t.tag === 'p')) return null;
  if (opening.some((t) => (t.end > prefix.length && !NOUN_TAG.test(t.tag)) || PHRASE_OPENING_TAG.test(t.tag) || (t.word.length > 1 && ADJECTIVE_TAG.test(t.tag)))) return null;
  return { name, start, end: p.end };
}

/**
 * What follows the name of a town or county as the subject of a report: its party committee or
 * government, or (in a headline) the year. Not for banners: a banner's short form (科右前旗) is written so too.
 */
/** The characters `BODY_OR_YEAR_AFTER` starts with: 党, 人, 委 and the digits of a year. */
const BODY_OR_YEAR_FIRST = new Set([...'党人委纪12:：'].map((ch) => ch.charCodeAt(0)));
/** A town's party committee, discipline committee or government, or a colon after a town leading its item (▲某某镇：…). */
const TOWN_BODY_AFTER = /^(?:党委|纪委|委员会|人民政府|[:：])/;
/** A state farm's or forest farm's party body, or a colon (翠岗林场党支部书记…). */
const FARM_BODY_AFTER = /^(?:党委|党总支|党支部|[:：])/;
const BODY_OR_YEAR_AFTER: { [suffix: string]: RegExp } = {
  镇: TOWN_BODY_AFTER,
  乡: TOWN_BODY_AFTER,
  苏木: TOWN_BODY_AFTER,
  林场: FARM_BODY_AFTER,
  农场: FARM_BODY_AFTER,
  牧场: FARM_BODY_AFTER,
  县: /^(?:委|纪委|人民政府|(?:19|20)\d{2}年)/,
  区: /^(?:委|纪委|人民政府|(?:19|20)\d{2}年)/,
};
/** The longest stem of an unlisted town or county: Mongolian sumu run longer (乌兰塔拉苏木). */
const maxUnlistedStem = (suffix: string) => (suffix === '苏木' ? 6 : 3);
/**
 * Where a name may start: a line's start, a mark, the end of a date (2022年青禾镇党委…) or the party's name (中共青禾镇委员会).
 * There 那 opens a name (那怀乡党委: many Zhuang place names do), not a phrase as elsewhere (那个村).
 */
const MARKED_START_BEFORE = /(?:^|[^\p{Script=Han}]|[年度月日]|中共)$/u;

/** A party committee and a conjunction inside a stem (市委和县委): bodies listed, no name. */
const JOINED_BODIES = /委[和与及、]|[和与及]$/;

/**
 * A town, township or county the list lacks (new, renamed or made up), written with its party
 * committee or government at a marked start (2022年青禾镇党委书记…, 。青石县委…), or with its year
 * opening a line (青石县2021年度…): elsewhere an unlisted 某某镇 or 某某县 is too often part of a
 * phrase (乡镇, 古镇, 召开县委会议) to be taken.
 */
function unlistedTownAt(text: string, at: number, suffix: string, before: PlaceName | undefined, segmenter: Segmenter): PlaceName | null {
  const after = BODY_OR_YEAR_AFTER[suffix];
  // 新县县委, 城区区委: the level word after a name (found or not) opens its body's name (县委).
  const end = at + suffix.length;
  if (!after || !BODY_OR_YEAR_FIRST.has(text.charCodeAt(end)) || before?.end === at || SUFFIX_LAST_CODES[text.charCodeAt(at - 1)] === 1 || !after.test(text.slice(end, end + 7))) return null;
  // 现将我县2022年…, 全县委…: no stem ends in a word of the sentence.
  if (NEVER_LAST_IN_STEM.has(text[at - 1]!)) return null;
  for (let stem = Math.min(maxUnlistedStem(suffix), stems.count); stem >= 2; stem--) {
    const start = at - stem;
    if (before && start < before.end) continue;
    const name = text.slice(start, end);
    // A line's start, a mark, a date, the party's name, or its province or city right before it (甘肃省陇岭县委).
    const marked =
      MARKED_START_BEFORE.test(text.slice(Math.max(0, start - 2), start)) ||
      (before?.end === start && levelRank(before.name) < levelRank(name)) ||
      // 景岚县勐岚镇党委: after a level word that ends its parent's name, found or not (旗委组织部和苏木 names none).
      (PARENT_LEVEL_END.has(text[start - 1]!) && levelRank(text[start - 1]!) < levelRank(name) && isHanAt(text, start - 2) && !STOP_CHARS.has(text[start - 2]!) && ![...name].some((ch) => STOP_CHARS.has(ch)));
    if (!marked || DATE_BEFORE.test(text.slice(Math.max(0, start - 2), start + 1)) || !isPlaceName(name, name[0] === '那')) continue;
    // 省委、市委和县委…: a list of party committees, joined, holds no name.
    if (JOINED_BODIES.test(name.slice(0, stem))) continue;
    // 召开县委会议, 加强镇党委建设: a word of a sentence before the level word is no stem (a stem's single characters may be tagged anyhow: 兴/新).
    const words = tokensOfShort(name.slice(0, stem), segmenter);
    if (words.some((t) => t.word.length > 1 && PHRASE_OPENING_TAG.test(t.tag))) continue;
    // 指导区委办公室…: the list holds every district, and a zone is found apart, so one it lacks is no common word.
    if (suffix === '区' && words.length === 1 && !PROPER_NOUN.test(words[0]!.tag ?? '')) continue;
    return { name, start, end };
  }
  return null;
}

/** The characters a village's name may hold before a listed village's name, right after its township. */
const MAX_GAP_AFTER_TOWNSHIP = 4;
const VILLAGE_NAME = /(?:村|社区|嘎查)$/;

/** Township levels, whose villages and communities a path names right after them. */
const TOWNSHIP_SUFFIXES = /(?:镇|乡|街道|苏木)$/;
/** The stem of a village the list lacks: two or three characters. */
const MAX_UNLISTED_VILLAGE_STEM = 3;
/** The commonest family names, which open villages' names before 家 (王家庄, 李家湾, 张家岭). */
const FAMILY_NAMES = new Set([
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文庞樊殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂焦向柳邢骆岳齐梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋甘景薄单包司柏宁柯阮桂闵解强柴华车冉房边',
]);

/**
 * 某市某镇甲乙村: a village or community the list lacks (merged, renamed, or written as locals
 * say it), right after the township that holds it. The path marks its start, so a stem of two or
 * three characters is its name, however jieba cuts it (方位词, 量词), unless a word of the sentence
 * stands there (某镇下辖村, 某镇农业村).
 */
function unlistedVillageOfTownAt(text: string, at: number, suffix: string, before: PlaceName | undefined, segmenter: Segmenter): PlaceName | null {
  if (!VILLAGE_LEVELS.test(suffix) || !before || before.commonStem || !TOWNSHIP_SUFFIXES.test(before.name)) return null;
  const stem = at - before.end;
  // 王家课庄村: a family's name opens many villages' (某家), and the stem may run a character longer; a rarer
  // family name is one jieba reads as a person's (岩家山村: 岩/nr).
  const family = text[before.end + 1] === '家' && (FAMILY_NAMES.has(text[before.end]!) || readAsSurname(text.slice(before.end, before.end + 2), segmenter));
  if (stem < 2 || stem > MAX_UNLISTED_VILLAGE_STEM + Number(family) || NEVER_LAST_IN_STEM.has(text[at - 1]!)) return null;
  const name = text.slice(before.end, at + suffix.length);
  if ([...name.slice(0, stem)].some((ch, i) => STOP_CHARS.has(ch) && !(family && i === 1)) || !isPlaceName(name)) return null;
  if (tokensOfShort(name.slice(family ? 2 : 0, stem), segmenter).some((t) => t.word.length > 1 && !PROPER_NOUN.test(t.tag))) return null;
  return { name, start: before.end, end: at + suffix.length };
}

/** Whether jieba reads the first character of 某家 as a family name of its own (岩/nr 家/q). */
function readAsSurname(familyAndJia: string, segmenter: Segmenter): boolean {
  const first = tokensOfShort(familyAndJia, segmenter)[0];
  return first !== undefined && first.word.length === 1 && first.tag === 'nr';
}

/** An autonomous prefecture, county or banner by its short form (恩施州, 长阳县: see `lookupShortForm`). */
function shortFormEndingAt(text: string, at: number, suffix: string): PlaceName | null {
  if (!(SHORT_FORM_LEVELS.has(suffix[suffix.length - 1]!) || suffix === '区') || NEVER_LAST_IN_STEM.has(text[at - 1]!)) return null;
  const end = at + suffix.length;
  for (let stem = Math.min(stems.count, MAX_SHORT_FORM_STEM); stem >= MIN_LISTED_STEM; stem--)
    if (lookupShortForm(text.slice(at - stem, end)).length > 0) return { name: text.slice(at - stem, end), start: at - stem, end };
  return null;
}

/** The levels a short form may end with (see `lookupShortForm`), besides the ethnic districts' 区. */
const SHORT_FORM_LEVELS = new Set([...'州县旗乡镇']);
/** The place before the peoples in a short form: 恩施, 黔东南, 莫力达瓦. */
const MAX_SHORT_FORM_STEM = 4;

/**
 * The listed name found at a suffix, unless a renamed unit's name is longer there (拉萨市堆龙德庆县:
 * the list has 堆龙德庆区 now, and 德庆县 elsewhere): the longest name wins, as ever.
 */
function longerRenamed(text: string, at: number, suffix: string, listed: PlaceName | null): PlaceName | null {
  if (!listed || !FORMER_LEVELS[suffix] || listed.start <= at - stems.count) return listed;
  return renamedNameEndingAt(text, at, suffix, undefined, at - listed.start + 1) ?? listed;
}

/**
 * A unit whose level changed since the text or the list was made (撤乡设镇, 撤县设区, 撤县设市, 撤地设市):
 * the longest name at `at` whose stem the list holds with another level's suffix (stems of
 * `minStem` characters or more). It has no code.
 */
function renamedNameEndingAt(text: string, at: number, suffix: string, before: PlaceName | undefined, minStem = MIN_LISTED_STEM): PlaceName | null {
  // 山南地区, 铜仁地区: a prefecture the list now holds as a city (山南市).
  if (suffix === '区' && text[at - 1] === '地') {
    const prefecture = formerPrefectureEndingAt(text, at);
    if (prefecture) return prefecture;
  }
  const former = FORMER_LEVELS[suffix];
  if (!former) return null;
  // 全县, 各乡, 本市: no stem ends in a word of the sentence, unless the name follows its parent (拜城县康其镇).
  const endsInWord = NEVER_LAST_IN_STEM.has(text[at - 1]!);
  if (endsInWord && !before) return null;
  for (let stem = stems.count; stem >= minStem; stem--) {
    // The filter first: it turns away almost every stem without cutting it out.
    if (!former.some((level) => mayBeListedStem(stems, stem, level))) continue;
    const start = at - stem;
    if (endsInWord && !(before!.end === start && levelRank(before!.name) < levelRank(suffix))) continue;
    const name = text.slice(start, at + suffix.length);
    if (GENERIC_NAMES.has(name) || REGION_ENDING.test(name)) continue;
    for (const level of former)
      if (mayBeListedStem(stems, stem, level) && isListed(text.slice(start, at) + level)) return { name, start, end: at + suffix.length };
  }
  return null;
}

/** A prefecture written 某某地区 whose stem the list holds as a city (山南地区 for 山南市). */
function formerPrefectureEndingAt(text: string, at: number): PlaceName | null {
  for (let stem = Math.min(4, at - 1); stem >= MIN_LISTED_STEM; stem--) {
    const start = at - 1 - stem;
    const place = text.slice(start, at - 1);
    if (HAN_ONLY.test(place) && !STOP_CHARS.has(place[0]!) && lookup(place + '市').some((d) => d.level === 'city')) return { name: text.slice(start, at + 1), start, end: at + 1 };
  }
  return null;
}

/** The longest name of a people before 族 in an ethnic township's name: 乌孜别克. */
const MAX_PEOPLE = 4;

/**
 * An ethnic township or town written with its people where the list writes it without them, or
 * without 族 (乌拉街满族镇 for 乌拉街镇, 大南沟乌孜别克族乡 for 大南沟乌孜别克乡, 禾木哈纳斯蒙古民族乡 for
 * 禾木哈纳斯蒙古族乡): the name as the article writes it. It has no code.
 */
function ethnicFormEndingAt(text: string, at: number, suffix: string): PlaceName | null {
  if ((suffix !== '乡' && suffix !== '镇') || text[at - 1] !== '族') return null;
  const end = at + suffix.length;
  const people = text[at - 2] === '民' ? at - 2 : at - 1;
  for (let stem = MAX_LISTED_STEM + MAX_PEOPLE; stem >= MIN_LISTED_STEM; stem--) {
    const start = people - stem;
    if (!isHanAt(text, start) || [...text.slice(start, people)].some((ch) => STOP_CHARS.has(ch))) continue;
    const written = text.slice(start, end);
    // 蒙古民族乡 → 蒙古族乡; 乌孜别克族乡 → 乌孜别克乡; 满族镇 → 镇, the people dropped whole.
    const forms = [text.slice(start, people) + '族' + suffix, text.slice(start, people) + suffix];
    for (let k = 1; k <= MAX_PEOPLE && people - k - start >= MIN_LISTED_STEM; k++) forms.push(text.slice(start, people - k) + suffix);
    if (forms.some((form) => form !== written && isListed(form))) return { name: written, start, end };
  }
  return null;
}

/**
 * Verbs of reports that jieba's dictionary tags as place names or nouns (新建, a county; 会同, together with; 美化): 新建社区党群服务中心3个
 * is no community, 组织部会同县民政局 no county, and a run-in heading 整治社区环境，… names no 整治社区.
 */
const VERBS_TAGGED_AS_PLACES = new Set(['新建', '会同', '整治', '美化', '净化', '绿化', '规范']);

/** A listed name (a village's, or a town's like 分乡镇) to be checked for a word of the sentence running into it, with the three characters before it. */
interface StartCheck {
  /** Its index among the listed names found. */
  known: number;
  from: number;
}

const NEEDS_START_CHECK = 'needs a start check';

/**
 * A listed name whose stem jieba takes for one common word (发展村) may still be a fragment. One
 * that follows its parent in a path (某区东风社区, 某镇团结村: `inPath`) is a name.
 */
function commonStemOf(text: string, p: PlaceName, segmenter: Segmenter, inPath: boolean): Pick<PlaceName, 'commonStem'> | typeof NEEDS_START_CHECK {
  const suffix = suffixOf(p.name)!;
  // 部分乡镇: a town's name of one character and a common word (分乡镇) may be the tail of a word before it.
  if (!VILLAGE_LEVELS.test(suffix)) {
    // ，新建街道党工委1个: a verb jieba tags as a place, before a level word and a body counted, is the deed that made them.
    if (!inPath && VERBS_TAGGED_AS_PLACES.has(withoutSuffix(p.name, suffix)) && BODY_COUNTED_AFTER.test(text.slice(p.end, p.end + 8))) return { commonStem: 'verb' };
    if (inPath || !isHanAt(text, p.start - 1) || STOP_CHARS.has(text[p.start - 1]!)) return {};
    if (isCommonWordName(p.name)) return NEEDS_START_CHECK;
    // 组织部会同县工商联: a county's stem that is a verb (会同, together with), after a word of the sentence, is that verb.
    return VERBS_TAGGED_AS_PLACES.has(withoutSuffix(p.name, suffix)) ? { commonStem: 'verb' } : {};
  }
  // After its parent (某区东风社区) a name, unless its stem is a verb and what follows is no party body,
  // mark or act of a subject: 某区新建社区党群服务站 is no 新建社区, 某街道竞渡社区在…开展 is 竞渡社区.
  if (inPath) {
    const after = text.slice(p.end, p.end + 3);
    const named = !isHanAt(text, p.end) || BODY_OR_COLON_AFTER.test(after) || SUBJECT_ACTS_AFTER.test(after) || PROFILE_AFTER.test(after);
    return named || stemKind(withoutSuffix(p.name, suffix), segmenter).commonStem !== 'verb' ? {} : { commonStem: 'verb' };
  }
  const standsFree = startsFree(text, p.start);
  // 为民社区党委：…, 幸福村：… opening a line or a clause, or 较场口社区 in a table row's first cell: a name, whatever its stem means as a word.
  // (A listed village of one character's stem, 余村, is a name there before its collective economy too: 力争村集体经济 is none.)
  const oneCharVillage = p.name.length === 2 && villageEconomyAfter(text, p);
  // (Not before its bodies counted: ，其中村党支部17个 counts the villages' branches.)
  const namedBody = BODY_OR_COLON_AFTER.test(text.slice(p.end, p.end + 3)) && !BODY_COUNTED_AFTER.test(text.slice(p.end, p.end + 8));
  if (standsFree && (namedBody || opensRow(text, p) || oneCharVillage)) return {};
  // 幸福社区, 各村 …: listed somewhere, but a phrase here; 向阳社区 opening a line or after a mark is no 向 + 阳社区.
  if (!isPlaceName(p.name, standsFree)) return { commonStem: 'verb' };
  // 城北村开展党课3次 opening a line or a clause: a listed name, though its stem is also a noun (not a verb: 组织村…, 实现村…).
  if (standsFree) {
    const kind = stemKind(withoutSuffix(p.name, suffix), segmenter);
    return kind.commonStem === 'noun' ? {} : kind;
  }
  // 乡镇和村: a word of the sentence may run into the name's first character (see checkStarts).
  if (p.start > 0 && !STOP_CHARS.has(text[p.start - 1]!)) return NEEDS_START_CHECK;
  return stemKind(withoutSuffix(p.name, suffix), segmenter);
}

const YEAR_AFTER = /^(?:19|20)\d{2}年/;
/** A party body with its count right after it (党工委1个, 党支部12个): bodies counted, not one named. */
const BODY_COUNTED_AFTER = /^(?:党工委|党委|党总支部?|党支部)[0-9零一二两三四五六七八九十百]+[个家]/;
const BODY_OR_COLON_AFTER = /^(?:[:：|｜]|党委|党工委|党总支|党支部|居委会|村委会|[“"‘]?(?:两委|双委))/;
const VILLAGE_LEVELS = /^(?:村|社区|嘎查)$/;
/** A village followed by its collective economy (余村集体经济收入…): the village, named. */
const villageEconomyAfter = (text: string, p: PlaceName) => p.name.endsWith('村') && text.startsWith('集体经济', p.end);
/** A column's gap after a name: a tab, a bar, an ideographic space or two spaces. */
const CELL_END = /^(?:\t|\u3000|[ ]{2}|[ \u3000]*[|｜])/;
/** Whether the name fills the first cell of a text table's row: nothing before it on its line, a column's gap after it. */
const opensRow = (text: string, p: PlaceName) => ROW_START_BEFORE.test(text.slice(Math.max(0, p.start - 10), p.start)) && CELL_END.test(text.slice(p.end, p.end + 3));
/** Nothing but the row's start before a name, its bar, or its rank's cell (| 某社区 | …, 1    某社区    …). */
const ROW_START_BEFORE = /(?:^|\n)[ \t\u3000]*(?:[|｜][ \t\u3000]*|\d{1,3}(?:\t|[ \u3000]{2,}))?$/;
/** A name that is one character before a common word (分 + 乡镇, 东 + 城区, 中 + 山区). */
const isCommonWordName = (name: string) => GENERIC_NAMES.has(name.slice(1));

/** Nothing before `at` could take its first character: the text's start, a mark, a date (2022年度梅花村) or a connective (其中龙泉社区). */
function startsFree(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 3), at);
  return !isHanAt(text, at - 1) || DATE_BEFORE.test(before) || CONNECTIVE_BEFORE.test(before);
}
/** What a unit that opens its clause does next: 在, 以, 共, 累计, 组织, 开展 … */
const SUBJECT_ACTS_AFTER = /^(?:在|以|把|将|为|从|对|和|与|共|累计|先后|积极|持续|通过|围绕|坚持|按照|联合|组织|开展|新建|成立|召开|举办|打造|建立|推行|实施)/;
/** How far back a listed name with digits may start: 复兴门外大街甲7号院社区. */
const MAX_NUMBERED_NAME = 14;

/** Whether an ASCII digit stands between `from` and `to`: most names have none near them, and then nothing more is read. */
function digitWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}
const NUMBERED_NAME_CHAR = /[\p{Script=Han}0-9（）()]/u;

/**
 * A listed community or village whose name holds digits (阳光100社区, 复兴路20号社区, 7080社区):
 * the longest such name ending at the suffix, where a digit stands in the characters before it.
 * Only names the list holds are taken: digits before 社区 elsewhere count things (3个社区, 12村).
 */
function numberedNameEndingAt(text: string, at: number, suffix: string): PlaceName | null {
  if (!digitWithin(text, Math.max(0, at - MAX_NUMBERED_NAME), at)) return null;
  let start = at;
  while (start > 0 && at - start < MAX_NUMBERED_NAME && NUMBERED_NAME_CHAR.test(text[start - 1]!)) start--;
  if (!/[0-9]/.test(text.slice(start, at))) return null;
  const end = at + suffix.length;
  for (let from = start; from <= at - 1; from++) {
    const name = text.slice(from, end);
    if (/[0-9]/.test(name) && isListed(name)) return { name, start: from, end };
  }
  return null;
}

/** What a unit's profile tells after its name: 某镇建新村辖区面积…, …位于…, …现有党员…. */
const PROFILE_AFTER = /^(?:辖|下辖|位于|地处|总面积|面积|幅员|现有|共有|有村民|有居民|人口|总人口|户籍人口|常住)/;
/** Connectives that open a list of units: 其中, 例如, 比如, 包括, 分别为. */
const CONNECTIVE_BEFORE = /(?:其中|例如|比如|包括|分别为|分别是|依次为)$/;
/** A date just before a name: 2022年度, 3月, 12日. */
export const DATE_BEFORE = /[\d〇零一二三四五六七八九十](?:年度?|月份?|日)$/;

const withoutSuffix = (name: string, suffix: string) => name.slice(0, name.length - suffix.length);

/**
 * Settles the listed names waiting for a start check: a name that jieba, given the three
 * characters before it, does not start a word with (乡镇和村) is a fragment, as a verb would be;
 * one it does is judged by its stem. Each distinct phrase is cut once, all in one call: jieba
 * joins no words across the line breaks between them.
 */
function checkStarts(text: string, known: PlaceName[], checks: StartCheck[], segmenter: Segmenter): void {
  if (checks.length === 0) return;
  const offsetOf = new Map<string, number>();
  const phraseOf = (check: StartCheck) => text.slice(check.from, known[check.known]!.end);
  for (const check of checks) {
    const phrase = phraseOf(check);
    if (!offsetOf.has(phrase)) offsetOf.set(phrase, known[check.known]!.start - check.from);
  }
  const startsWord = new Map<string, boolean>();
  let phraseStart = 0;
  const phrases = [...offsetOf.keys()];
  let i = 0;
  for (const word of segmenter.words(phrases.join('\n'))) {
    while (i < phrases.length - 1 && word.start > phraseStart + phrases[i]!.length) phraseStart += phrases[i++]!.length + 1;
    if (word.word !== '\n' && word.start - phraseStart === offsetOf.get(phrases[i]!)) startsWord.set(phrases[i]!, true);
  }
  for (const check of checks) {
    const p = known[check.known]!;
    const suffix = suffixOf(p.name)!;
    // A town's or county's name that starts a word is a name (see commonStemOf); a village's is judged by its stem too.
    if (!VILLAGE_LEVELS.test(suffix) && startsWord.get(phraseOf(check))) continue;
    const kind = startsWord.get(phraseOf(check)) ? stemKind(withoutSuffix(p.name, suffix), segmenter) : { commonStem: 'verb' as const };
    const named = kind.commonStem === 'noun' ? nameBefore(text, p.start, segmenter) : null;
    // 百步亭花园社区: a listed name of a common noun (花园社区) is the end of a longer name the list lacks.
    if (named) known[check.known] = { name: named + p.name, start: p.start - named.length, end: p.end };
    else if (kind.commonStem) p.commonStem = kind.commonStem;
  }
}

/** Tags of a word that is a name of its own, not a place's: 百步亭 (nz), 阳光 (nr). */
const OWN_NAME_TAG = /^(?:nz|nr|nrt)$/;

/** The name of two or more characters that jieba reads right before `at` (百步亭 before 花园社区), if any. */
function nameBefore(text: string, at: number, segmenter: Segmenter): string | null {
  const tokens = tokensOfShort(text.slice(Math.max(0, at - 6), at), segmenter);
  const last = tokens[tokens.length - 1];
  if (!last || last.word.length < 2 || !OWN_NAME_TAG.test(last.tag) || !HAN_ONLY.test(last.word) || GENERIC_FIRST_CHARS.test(last.word)) return null;
  return last.word;
}

const stemKindsOf = new WeakMap<Segmenter, Memo<Pick<PlaceName, 'commonStem'>>>();
const shortTokensOf = new WeakMap<Segmenter, Memo<Token[]>>();

/** The memo of one segmenter's answers (another dictionary answers otherwise). */
function memoOf<V>(memos: WeakMap<Segmenter, Memo<V>>, segmenter: Segmenter): Memo<V> {
  let memo = memos.get(segmenter);
  if (!memo) memos.set(segmenter, (memo = new Memo(50_000)));
  return memo;
}

/** jieba's tokens of a few characters (a stem, the characters before a name), cached: a corpus repeats its names. */
const tokensOfShort = (text: string, segmenter: Segmenter): Token[] => memoOf(shortTokensOf, segmenter).get(text, (own) => segmenter.tokens(own));

/** A day of the year as a stem (六一, 八一). */
const DAY_STEM = /^[一二三四五六七八九十]{2}$/;

/** Whether jieba takes a stem for one common word, a verb or a noun (cached: a text repeats its names). */
const stemKind = (stem: string, segmenter: Segmenter): Pick<PlaceName, 'commonStem'> => memoOf(stemKindsOf, segmenter).get(stem, (own) => kindOfStem(own, segmenter));

function kindOfStem(stem: string, segmenter: Segmenter): Pick<PlaceName, 'commonStem'> {
  const tokens = segmenter.tokens(stem);
  if (tokens.length === 1 && VERBS_TAGGED_AS_PLACES.has(tokens[0]!.word)) return { commonStem: 'verb' };
  // 建/强, 育/强: a verb and its complement of one character each, as slogans write them (建强村党组织), is a verb.
  if (tokens.length === 2 && tokens.every((t) => t.word.length === 1) && tokens[0]!.tag === 'v' && tokens[1]!.tag === 'a') return { commonStem: 'verb' };
  // 六一社区, 八一村: a day of the year (a numeral jieba takes for a number) names a place as a noun does.
  if (DAY_STEM.test(stem)) return { commonStem: 'noun' };
  if (tokens.length !== 1 || PROPER_NOUN.test(tokens[0]!.tag)) return {};
  // (马元 is tagged a measure word: no word of a sentence either.)
  return { commonStem: /^(?:n|nz|t|s|q)$/.test(tokens[0]!.tag) ? 'noun' : 'verb' };
}

/**
 * A name jieba cut short (高利/乌素/村 → 乌素村) starts at the line's start or a punctuation mark
 * one or two characters earlier: it takes them, unless they are a verb or an adjective of the
 * sentence (配齐/配强村“两委”: the village's committee filled and strengthened, no village).
 */
function markedStart(text: string, p: PlaceName, segmenter: Segmenter): PlaceName {
  if (!p.commonStem || !isHanAt(text, p.start - 1)) return p;
  for (let start = p.start - 1; start >= Math.max(0, p.start - 2); start--) {
    if (STOP_CHARS.has(text[start]!)) return p;
    if (isHanAt(text, start - 1)) continue;
    const taken = tokensOfShort(text.slice(start, p.start), segmenter);
    if (taken.length === 1 && PREDICATE_TAG.test(taken[0]!.tag)) return p;
    return { name: text.slice(start, p.end), start, end: p.end, commonStem: p.commonStem };
  }
  return p;
}
const PREDICATE_TAG = /^(?:v|vd|vi|a|ad|d)$/;

/** A name inside quotation marks (“红旗护村”行动, “党建引领、产业强村”) is a slogan or a brand, not a place. */
function quoted(text: string, p: PlaceName): boolean {
  if (/[“"‘「『]/.test(text[p.start - 1] ?? '') && /[”"’」』]/.test(text[p.end] ?? '')) return true;
  // …inside a slogan's quotation marks (“党建引领、产业强村”): a name the list lacks there is a slogan's word.
  // The marks are looked for near the name only: a long text holds thousands of names, and few quotation marks.
  const open = lastIndexIn(text, OPENING_QUOTE, Math.max(0, p.start - 12), p.start + 1);
  return open >= 0 && lastIndexIn(text, CLOSING_QUOTE, open + 1, p.start + 1) < 0 && lastIndexIn(text, CLOSING_QUOTE, p.end, p.end + 7) >= 0 && !isListed(p.name);
}
const OPENING_QUOTE = '“'.charCodeAt(0);
const CLOSING_QUOTE = '”'.charCodeAt(0);

/** The offset of the last character `code` in text[from, to), or -1. */
function lastIndexIn(text: string, code: number, from: number, to: number): number {
  for (let at = Math.min(to, text.length) - 1; at >= from; at--) if (text.charCodeAt(at) === code) return at;
  return -1;
}

/**
 * Finds place names, using the token boundaries to decide where each name starts: a word that
 * is a unit word of its own (村, 街道, 高新区) takes the words before it up to a word that never
 * stands in a name (和, 按照, 从, 全, 进 …).
 */
export function findPlaceNames(tokens: (Word & { tag?: string })[]): PlaceName[] {
  const found: PlaceName[] = [];
  tokens.forEach((token, i) => {
    if (SUFFIX_LAST_CODES[token.word.charCodeAt(token.word.length - 1)] !== 1 && SUFFIX_FIRST_CODES[token.word.charCodeAt(0)] !== 1) return;
    const zoneAt = zoneStartAt(tokens, i);
    if (zoneAt) {
      // 长沙/经济/技术开发区, 某某/经/开/区: the kind of zone, and the place before it; 肥/西经/开/区: the place's last
      // character in the zone's first word (`head`).
      const { index: zoneStart, cut } = zoneAt;
      const first = tokens[zoneStart]!;
      const head = first.word.slice(0, cut);
      const zone = { name: head + tokens.slice(zoneStart, i + 1).map((t) => t.word).join('').slice(cut), start: first.start, end: token.end };
      const place = cut > 0 ? undefined : tokens[zoneStart - 1];
      const named = place?.tag === 'ns' && !GENERIC_NAMES.has(place.word);
      const listedPlace = named ? -1 : listedPlaceBefore(tokens, zoneStart, head);
      const name = named
        ? { name: place.word + zone.name, start: place.start, end: zone.end }
        : listedPlace >= 0
          ? { name: tokens.slice(listedPlace, zoneStart).map((t) => t.word).join('') + zone.name, start: tokens[listedPlace]!.start, end: zone.end }
          : extendBackwards(tokens, zoneStart, zone);
      // 两江/新区: a character that opens phrases (两, 全, 各) may open a zone's name where jieba reads it as the place's.
      if (isPlaceName(name.name, named && place.word.length >= 2)) found.push(name);
      return;
    }
    const suffix = UNIT_SUFFIXES.find((s) => token.word.endsWith(s) || token.word.startsWith(s));
    if (!suffix) return;
    let name: PlaceName | null = null;
    const previous = tokens[i - 1];
    // (理工大学 is tagged a name of its own; a place or an abbreviation may come before it: 江淮/理工大学.)
    const school = SCHOOL_SUFFIXES.has(suffix);
    const placeBefore = previous?.tag === 'ns' || (previous?.tag === 'j' && school);
    const schoolPlace = school ? placeOfSchool(tokens, i) : -1;
    if (schoolPlace >= 0) {
      // 随州/职业/技术/学院: the place, then words of the school's kind.
      name = { name: tokens.slice(schoolPlace, i + 1).map((t) => t.word).join(''), start: tokens[schoolPlace]!.start, end: token.end };
    } else if (token.word.endsWith(suffix) && token.word.length > suffix.length && placeBefore && (!PROPER_NOUN.test(token.tag ?? '') || school)) {
      // 江汉/师范大学, 某某/经济开发区: a place before a kind of unit names it.
      name = { name: previous.word + token.word, start: previous.start, end: token.end };
    } else if (token.word.endsWith(suffix) && token.word.length > suffix.length && !ZONE_SUFFIXES.has(token.word)) {
      name = { name: token.word, start: token.start, end: token.end };
    } else if (token.word === suffix || PARTY_BODY_AFTER_SUFFIX.test(token.word.slice(suffix.length))) {
      name = extendBackwards(tokens, i, { name: suffix, start: token.start, end: token.start + suffix.length });
    }
    if (name && isPlaceName(name.name)) found.push(name);
  });
  return found;
}

/** The most words of a school's kind between its place and 学院 or 大学 (长沙/民政/职业/技术/学院). */
const MAX_SCHOOL_KIND_WORDS = 3;
/** The place that opens a school's name ending at token i, with at most three nouns of its kind between (随州/职业/技术/学院, 长沙/民政/职业/技术/学院), or -1. */
function placeOfSchool(tokens: (Word & { tag?: string })[], i: number): number {
  if (tokens[i]!.word !== '学院' && tokens[i]!.word !== '大学') return -1;
  for (let k = i - 1; k >= Math.max(0, i - 1 - MAX_SCHOOL_KIND_WORDS); k--) {
    const { word, tag } = tokens[k]!;
    if (tag === 'ns' && word.length > 1 && !GENERIC_NAMES.has(word)) return k < i - 1 ? k : -1;
    if (!/^(?:n|nz)$/.test(tag ?? '') || word.length < 2 || GENERIC_NAMES.has(word)) return -1;
  }
  return -1;
}

/**
 * Where the words up to token i spell a kind of development zone (经济/技术开发区, 高新技术/产业/
 * 开发区, 经/开/区, 新区), the index of the first of them, and how many characters of that word come
 * before the zone (肥/西经/开/区: jieba joins 经 to the place's last character, 1); null where they spell none.
 */
function zoneStartAt(tokens: Word[], i: number): { index: number; cut: number } | null {
  let joined = '';
  let start: { index: number; cut: number } | null = null;
  for (let k = i; k >= 0 && k > i - 4; k--) {
    const { word } = tokens[k]!;
    joined = word + joined;
    if (ZONE_SUFFIXES.has(joined)) start = { index: k, cut: 0 };
    else if (!ZONE_ENDINGS.has(joined)) {
      const cut = joined.length - (ZONE_STARTING_INSIDE.find((zone) => joined.endsWith(zone) && joined.length - zone.length < word.length)?.length ?? joined.length);
      // (A longer kind than the one found so far: 西经/开/区 over 开/区 alone.)
      if (cut > 0) return { index: k, cut };
      break;
    }
  }
  return start;
}
/** The zones' kinds of three characters or more, which a word may run into (西经/开/区); 新区 would cut every place ending in 新. */
const ZONE_STARTING_INSIDE = [...ZONE_SUFFIXES].filter((zone) => zone.length >= 3);

/**
 * Where the words right before token i, two or three characters in all with `head` (the place's last
 * character inside token i, see zoneStartAt), are the stem of a county or a city the list knows
 * (沿/滩/高新技术产业园区, jieba cutting the stem apart), the index of the first; -1 otherwise.
 */
function listedPlaceBefore(tokens: Word[], i: number, head = ''): number {
  let stem = head;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    stem = tokens[k]!.word + stem;
    if (stem.length > 3 || !HAN_ONLY.test(tokens[k]!.word)) return -1;
    if (stem.length >= 2 && upperStem(stem).some((d) => d.level === 'county' || d.level === 'city')) return k;
  }
  return -1;
}

/** Every ending of a zone's kind (技术开发区, 开发区, 区 …), to know when joining words can still spell one. */
const ZONE_ENDINGS = new Set([...ZONE_SUFFIXES].flatMap((zone) => [...zone].map((_, k) => zone.slice(k))));

/** What a verb of one character makes of its object when the two are written as one word (做实, 建强, 配齐, 抓牢, 绘好). */
const RESULT_OF_VERB = new Set('实强优细齐牢活精深严准稳足好'.split(''));

/** Prepends the Han words before token i: words jieba could not join (紫/岭/村) up to four characters, one known word at most. */
function extendBackwards(tokens: (Word & { tag?: string })[], i: number, name: PlaceName): PlaceName {
  let { start } = name;
  let text = name.name;
  let stem = 0;
  let words = 0;
  let commonWord = false;
  let stemTag = '';
  // A verb and an adjective (配/强), or a verb and its result (做/实), jieba did not join before the level word.
  let verbPhrase: 'adjective' | 'result' | null = null;
  for (let k = i - 1; k >= 0; k--) {
    const { word, tag } = tokens[k]!;
    // 桃源/里/街道: 里 right before the level word is the name's (里 after it, 街道里, is a place word).
    const innerLi = word === '里' && k === i - 1;
    if (!HAN_ONLY.test(word) || (tag && NEVER_IN_NAME.test(tag) && !innerLi) || (word.length === 1 && STOP_CHARS.has(word) && !afterSurname(tokens, k)) || GENERIC_NAMES.has(word)) break;
    // 德城区天衢街道, 海陵华港镇: a place before the name is its parent, not part of it.
    if (stem >= 2 && ((tag === 'ns' && word.length > 1) || UNIT_SUFFIXES.some((s) => word.endsWith(s)))) break;
    // 做好/包/保/村, 介绍/起/社区: a common word before a stem of two characters, or a verb, belongs to the sentence.
    if (word.length > 1 && !PROPER_NOUN.test(tag ?? '') && (stem >= 2 || /^(?:v|vd|vn|vi|a|ad|d)$/.test(tag ?? ''))) break;
    if (UNIT_SUFFIXES.some((s) => word.length > s.length && word.endsWith(s))) break;
    // 巡/乡/带/村 (a slogan: inspecting townships, leading villages): a level word standing alone inside the stem ends it.
    if (LONE_LEVEL_WORDS.has(word)) break;
    text = word + text;
    start = tokens[k]!.start;
    // 选/齐/配/强/村党支部: a verb of one character and an adjective of one right before the level word (配强, 建强, 选优),
    // after more of the stem, are a phrase jieba did not join.
    // (做/实/街道: so is a verb and the result it brings, whatever jieba tags the result.)
    if (k === i - 2 && word.length === 1 && tag === 'v' && tokens[k + 1]!.word.length === 1) {
      if (RESULT_OF_VERB.has(tokens[k + 1]!.word)) verbPhrase = 'result';
      else if (tokens[k + 1]!.tag === 'a') verbPhrase = 'adjective';
    }
    // 乌达/路/街道: the road a street is named after is counted as its level word is, not as a word of its stem.
    if (k === i - 1 && ROAD_WORDS.has(word)) continue;
    stem += word.length;
    words++;
    commonWord = word.length > 1 && !PROPER_NOUN.test(tag ?? '');
    stemTag = tag ?? '';
    if (stem >= 2 && (word.length > 1 || stem >= 4)) {
      // 桃/叶渡/街道 opening a line, a clause or after its parent: the character alone before the word is the name's first.
      if (words === 1 && word.length === 2 && loneFirstCharacter(tokens, k - 1)) {
        text = tokens[k - 1]!.word + text;
        start = tokens[k - 1]!.start;
        words++;
      }
      break;
    }
  }
  // A stem that reads as a verb's phrase is a name only after its parent, as a verb is (of two characters, a verb and an
  // adjective alone may still be a name; a verb and its result, 做实, is not).
  if (verbPhrase === 'result' || (verbPhrase === 'adjective' && stem >= 3)) return { name: text, start, end: name.end, commonStem: 'verb' };
  if (words === 1 && VERBS_TAGGED_AS_PLACES.has(text.slice(0, stem))) return { name: text, start, end: name.end, commonStem: 'verb' };
  // A village or community the national list lacks is taken only where its start is marked.
  if (/(?:村|社区|嘎查)$/.test(text) && (words !== 1 || !commonWord)) return { name: text, start, end: name.end, commonStem: 'noun' };
  if (words !== 1 || !commonWord) return { name: text, start, end: name.end };
  return { name: text, start, end: name.end, commonStem: /^(?:n|t|s)$/.test(stemTag) ? 'noun' : 'verb' };
}

/** Level words that jieba may leave as words of their own inside a run of characters (巡/乡/带/村). */
const LONE_LEVEL_WORDS = new Set(['省', '市', '县', '区', '乡', '镇', '村']);

/** Road words a sub-district or community may be named by (解放路街道, 建设大街社区). */
const ROAD_WORDS = new Set(['路', '街', '大街', '大道']);

/** Single verbs that stand before a place in a sentence: 走进, 访, 驻, 帮 … */
const VERB_BEFORE_PLACE = new Set([...'走进访驻帮助抓促推建设联包管服挂派去来回到在至赴入出深看']);

/** Tags a name's first character may have alone: nouns, names, abbreviations, or none known. */
const NAME_CHARACTER_TAG = /^(?:n|ng|nr|nrt|ns|nz|j|x|)$/;

/**
 * Whether token j is a lone character that opens a name, right after a line's start, a mark, a
 * date (2022年银/河湾/街道) or a unit's name (秦淮区桃/叶渡/街道): no word of a sentence stands there.
 */
function loneFirstCharacter(tokens: (Word & { tag?: string })[], j: number): boolean {
  const lone = tokens[j];
  if (!lone || lone.word.length !== 1 || !HAN_ONLY.test(lone.word) || STOP_CHARS.has(lone.word) || NEVER_LAST_IN_STEM.has(lone.word) || suffixOf(lone.word)) return false;
  // 松/北路/街道: a character jieba takes for a verb opens a place jieba knows, unless it is a verb of going or doing there.
  const beforePlace = tokens[j + 1]?.tag === 'ns' && lone.tag === 'v' && !VERB_BEFORE_PLACE.has(lone.word);
  if (!NAME_CHARACTER_TAG.test(lone.tag ?? '') && !beforePlace) return false;
  const before = tokens[j - 1];
  if (!before || !HAN_ONLY.test(before.word)) return true;
  if (/^[年月日]$/.test(before.word)) return /\d$/.test(tokens[j - 2]?.word ?? '');
  return before.word.length > 1 && UNIT_SUFFIXES.some((s) => before.word.endsWith(s)) && !GENERIC_FIRST_CHARS.test(before.word) && !GENERIC_NAMES.has(before.word);
}

/** 唐/家/墩/街道, 王/家/湾/社区: 家 after a surname is inside a name (elsewhere it counts: 3家企业). */
function afterSurname(tokens: (Word & { tag?: string })[], k: number): boolean {
  const before = tokens[k - 1];
  return tokens[k]!.word === '家' && before !== undefined && before.word.length === 1 && before.tag === 'nr' && HAN_ONLY.test(before.word);
}

/** The unit suffix a name ends with (the longest), if any. */
const suffixOf = (name: string) => SUFFIXES_BY_LAST.get(name.charCodeAt(name.length - 1))?.find((s) => name.endsWith(s));
/** The suffixes by their last character, in the order of UNIT_SUFFIXES: asked of every name found. */
const SUFFIXES_BY_LAST = byCharacter(UNIT_SUFFIXES, -1);

/** Whether a name may be a place's; `anyFirstChar` where nothing before it could take its first character (向阳社区 opening a line). */
export function isPlaceName(name: string, anyFirstChar = false): boolean {
  const suffix = suffixOf(name);
  if (!suffix || !HAN_ONLY.test(name)) return false;
  const stem = name.length - suffix.length;
  if (stem < (suffix === '县' || suffix === '省' ? 1 : 2) || name.length > 12) return false;
  // 街道社区, 乡镇社区: a stem that is a level word or a generic name is none.
  if (GENERIC_NAMES.has(name) || GENERIC_ENDINGS.test(name) || GENERIC_VILLAGE.test(name) || GENERIC_NAMES.has(name.slice(0, stem))) return false;
  if (REGION_ENDING.test(name) && !isListed(name)) return false;
  return (
    (anyFirstChar || !GENERIC_FIRST_CHARS.test(name)) &&
    !DESCRIPTIVE.test(name) &&
    !BODY_WORD_STEM.test(name.slice(0, stem)) &&
    !DEED_STEM_END.test(name.slice(0, stem)) &&
    !endsInCounty(name, name.slice(0, stem)) &&
    !AIM_STEM.test(name)
  );
}

/** 秦巴山区, 三峡库区, 东北林区: a mountain, reservoir, forest or pasture region, no division, unless the list has the name (青山区, 神农架林区); nor is 井冈山区 a 井冈山市 made a district. */
const REGION_ENDING = /(?:山区|库区|林区|牧区|垦区)$/;

/** 高位谋划社区“两委”换届, 精心指导村…: a stem that ends in a deed done to the unit (jieba may tag it a noun) is the sentence's, no name. */
const DEED_STEM_END = /(?:谋划|统筹|推进|推动|指导|督导|部署|筹备|包联|帮扶|帮包|包保|挂点|结对)$/;

/** 力争村集体经济…, 扎根某村, 选派村党建指导员, 充分发挥社区…作用, 如今某村…: a word of aim, of manner, of going somewhere, of a report's deed or of time (jieba may tag it a name) opens no place's name. */
const AIM_STEM = /^(?:力争|争取|确保|努力|着力|全力|推动|实现|计划|扎根|深入|走进|来到|回到|驻扎|助力|带领|选派|组建|新组建|新发展|举办|开展|召开|收集|充分|发挥|积极|切实|大力|不断|持续|如今|目前|现在|当前|同时|随后|此后|后来)/;

/** 县纪委县 (from 县纪委县监委), 组织部村: a stem that ends in a body or a person is no place. */
const BODY_WORD_STEM = /(?:委|部|局|办|厅|会|组|队|员|们|者|长|记|人|网格|小区)$/;
/** 长白县村 (the county's villages): a stem ending in 县 is a county's, unless the list has the whole name and no such county (固县村). */
const endsInCounty = (name: string, stem: string) => stem.endsWith('县') && (isListed(stem) || !isListed(name));

/** The name without its level suffix (呈贡区 → 呈贡; 琼中黎族苗族自治县 → 琼中, without its peoples too), when two or more characters remain. */
export function stemOf(name: string): string | null {
  const place = placeOfEthnicName(name);
  if (place !== null && place.length >= 2) return place;
  const suffix = suffixOf(name);
  const stem = suffix ? name.slice(0, name.length - suffix.length) : name;
  return stem.length >= 2 ? stem : null;
}

/**
 * Whether name b goes on the path that a opens: right after it, or after a level between them that
 * the list lacks (河南省宛北区桃源里街道: 宛北区 is made up or new).
 */
export function continuesPath(text: string, a: PlaceName, b: PlaceName): boolean {
  if (b.start === a.end) return true;
  // 某街道办事处某社区: the sub-district's office stands between it and its community.
  if (a.name.endsWith('街道') && text.startsWith('办事处', a.end) && b.start === a.end + 3 && levelRank(b.name) > levelRank(a.name)) return true;
  return b.start > a.end && b.start - a.end <= 5 && MIDDLE_LEVEL.test(text.slice(a.end, b.start)) && levelRank(a.name) < levelRank(b.name);
}
const MIDDLE_LEVEL = /^\p{Script=Han}{1,4}(?:区|县|市|旗)$/u;

/** How deep each level word is: 1 province … 5 village (社区 ends in 区, and a community is no county; nor is a prefecture, 喀什地区; an industrial park, 园区, sits below its zone). */
const LEVEL_RANK: { [word: string]: number } = {
  社区: 5, 居民区: 5, 村: 5, 嘎查: 5, 街道: 4, 街: 4, 镇: 4, 乡: 4, 苏木: 4, 农场: 4, 林场: 4, 牧场: 4, 团: 4, 园区: 4, 工业园: 4, 产业园: 4,
  地区: 2, 州: 2, 盟: 2, 省: 1, 自治区: 1, 区: 3, 县: 3, 旗: 3, 市: 2,
};
/** The level words by their last character, longest first: 社区, 地区 and 自治区 before 区. */
const LEVEL_WORDS_BY_LAST = byCharacter(Object.keys(LEVEL_RANK).sort((a, b) => b.length - a.length), -1);

/** The level word a name ends with (区 for 某某高新区 too) and how deep that level is, if it ends with one. */
function levelOf(name: string): { word: string; rank: number } | null {
  const word = LEVEL_WORDS_BY_LAST.get(name.charCodeAt(name.length - 1))?.find((w) => name.endsWith(w));
  return word === undefined ? null : { word, rank: LEVEL_RANK[word]! };
}

/**
 * How deep a name's level is by its suffix: 1 province … 5 village, 0 when unknown (大学). A
 * city the list holds only as county-level (凯里市, 恩施市) ranks with the counties it is listed
 * among (凯里市发展党员610名、黄平县发展党员305名).
 */
export function levelRank(name: string): number {
  const rank = levelOf(name)?.rank ?? 0;
  return rank === CITY_RANK && isCountyLevelCity(name) ? COUNTY_RANK : rank;
}

/** The name of the given level named last before `at` among names in text order (a paragraph's, or an article's), if any. */
export function lastNamedBefore(names: readonly PlaceName[], level: string, at: number): string | undefined {
  for (let i = names.length - 1; i >= 0; i--) if (names[i]!.end <= at && isOfLevel(names[i]!.name, level)) return names[i]!.name;
  return undefined;
}

/** How deep a city and a county are (see `levelRank`). */
export const CITY_RANK = 2;
export const COUNTY_RANK = 3;
export const VILLAGE_RANK = 5;

/**
 * Whether a county-level city is named beside other units of its level (甲区…，乙县…，某某市…): one
 * of them, not the city an article's 全市 or 我市 speaks for.
 */
export const cityAmongCounties = (city: string, names: readonly string[]): boolean =>
  levelRank(city) === COUNTY_RANK && city.endsWith('市') && names.some((n) => n !== city && levelRank(n) === COUNTY_RANK);
const countyLevelCities = new Memo<boolean>(20_000);

const isCountyLevelCity = (name: string): boolean =>
  countyLevelCities.get(name, (own) => {
    const divisions = own.endsWith('市') ? lookup(own) : [];
    return divisions.length > 0 && divisions.every((d) => d.level === 'county');
  });

/** The level word a unit speaks of itself with (区 in 全区 and 区委, for 某某区 and 某某高新区 alike). */
export const levelWord = (name: string): string | undefined => levelOf(name)?.word;

/** Whether a name is of the level a voice word speaks from (某某高新区 of 区 in 该区; 某某社区 not, though it ends in 区). */
export const isOfLevel = (name: string, level: string): boolean => levelOf(name)?.word === level;
