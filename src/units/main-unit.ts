import { BULLETS, isHanAt } from '../normalize/code-table.js';
import type { Segmenter } from '../segment/index.js';
import { lookup, lookupShortForm, mayBeListed, pathOf, upperStem, type Division } from './divisions/index.js';
import { CITY_RANK, cityAmongCounties, continuesPath, COUNTY_RANK, DATE_BEFORE, FEDERATION_WRITTEN_SHORT, isListed, isOfLevel, isZoneName, lastNamedBefore, levelRank, levelWord, MASS_ORGANISATIONS, NAME_LIST_JOINT, placeNamesIn, provinceStemEndingAt, stemOf, UNIT_SUFFIXES, VILLAGE_RANK, type PlaceName } from './place-names.js';

/** The headline block's place in the text (UTF-16 offsets). */
export interface TitleSpan {
  start: number;
  end: number;
  /** The headline's lines (without a page title's site name). */
  lines: { start: number; end: number }[];
}

const PARTY_BODY_AFTER = /^(?:党工委|党委|党总支|工委|委)/;
/** The departments of a party committee or a government that do other work than party building (宣传部, 统战部, 国资委, 审计局, 财政局 …), and mass organisations (总工会, written short 某市总, 妇联 …). */
const DEPARTMENT_AFTER = new RegExp(
  `^(?:委(?:宣传部|统战部|政法委|网信办|编办|老干部局)|${MASS_ORGANISATIONS}|${FEDERATION_WRITTEN_SHORT}|(?:国资|发改|发展改革|卫健|卫计|教育|教|经信|住建|民宗|工信|农)委|` +
    '(?:人民政府)?(?:财政|审计|民政|人社|农业农村|农业|水利|交通运输|交通|自然资源|住建|市场监管|卫健|卫生健康|教育|公安|司法|文旅|文化和旅游|商务|税务|统计|生态环境|应急管理|林业|科技|发改|工信)局)',
);
/** 我局, 局党组, 卫健委党组, 全系统: an article in a department's own voice. */
const DEPARTMENT_VOICE = /我局|我委|局党组|局党委|委党组|委党委|全系统|本系统/;
/** 荣获(2020年度)某省…先进单位称号: the name of an award, or of the body that gives it; 按照某市…的部署: the body that gave the order. */
const AWARD_BEFORE = /(?:(?:荣获|获得|获评|被评为|被授予)(?:(?:19|20)\d{2}年度?)?|被[^，,。；;！？\n]{0,4}?(?:确定为|命名为|认定为|列为)|按照|根据|遵照)$/;
/** 荣获某省先进基层党组织、某省文明村: the names of a list of awards after the first. */
const AWARD_LIST_BEFORE = /(?:荣获|获得|获评|被评为|被授予|授予)[^，,。；;：:！？\n]*、$/;
/** 某社区党群服务中心, 某村文化广场: a place the unit holds, named as a venue or an object, not the unit at work. */
const FACILITY_AFTER = /^(?:党群服务中心|党群服务站|党员服务中心|服务中心|服务站|活动中心|活动室|文化广场|广场|驿站|(?:委会)?\p{Script=Han}{0,4}?(?:采样点|检测点|接种点|卡点))/u;
/** 某市口腔医院, 某区第二幼儿园: an institution named for the place, not the unit at work. */
const INSTITUTION_AFTER = /^\p{Script=Han}{0,3}?(?:医院|卫生院|幼儿园|小学|中学|学校|公司|银行|研究院|设计院)/u;
/** 在斗南街道启动, 赴某村调研, 搬到了某村: the place where something happened, not who did it. */
const VENUE_BEFORE = /(?:[在于赴到至]|到了)$/;
/**
 * 赴某旗某乡某村开展…: a visit's destination, down a path (of names the list may lack) that ends in the
 * name; 位于某市某区某路: an address. (在某市某区某社区，… sets the scene at the article's own unit.)
 */
const VENUE_PATH_BEFORE = /(?:[赴到至]|到了|前往|位于|地处)(?:\p{Script=Han}{1,7}?(?:省|市|州|盟|县|区|旗|镇|乡|街道|苏木))*$/u;
const VENUE_PATH_REACH = 20;
/** 在某区某街道举行: an event held at the end of a path is held there (在某区某街道，… sets a scene instead). */
const HELD_AFTER = /^(?:隆重|正式)?(?:举行|举办|召开)/;
/** 在某村，… (perhaps after its province's and city's stems, 在山东临沂某街道某村): a scene the article opens in. */
const SCENE_BEFORE = /在(?:\p{Script=Han}{2}){0,2}$/u;
/** 某村工作队, 某村工作组: the team stationed in a village. */
const VILLAGE_TEAM_AFTER = /^(?:工作队|工作组)/;
/** 从某乡调至某镇工作: where the writer (of a 述职) works now, after a transfer; the place before 调 is where they worked before. */
const TRANSFERRED_TO_BEFORE = /(?:调至|调到|调任|调入|调往|交流到|交流至)$/;
const TRANSFERRED_FROM = (before: string, after: string) => /[从由]$/.test(before) && /^(?:调|交流)/.test(after);
/** 针对软弱涣散的某村: the place the work is aimed at, not the unit doing it. */
const AIMED_AT_BEFORE = /针对[^，,。；;！？\n]{0,12}$/;
/** 记者从某市委宣传部获悉: where a reporter learnt the news, not the unit the news is about. */
const isNewsSource = (text: string, m: PlaceName) => text[m.start - 1] === '从' && NEWS_LEARNT_AFTER.test(text.slice(m.end, m.end + 16));
const NEWS_LEARNT_AFTER = /^[^，,。；;！？\n]{0,12}?(?:获悉|了解到|得知)/;
/** 家住某镇某村的陈某…: a person's home, named as far back as its path runs (some fourteen characters), not the unit at work. */
const RESIDENCE_BEFORE = /(?:家住|住在|居住在|家在)\p{Script=Han}{0,14}$/u;
/** …”某镇某村村民石某某说, …某社区居民王某某对…连连称赞: a resident's home, as the place of whoever speaks. */
const RESIDENT_SPEAKS_AFTER = /^(?:村民|居民)\p{Script=Han}{2,3}?(?:说|表示|告诉记者|感慨|笑着说|对[^，,。；;！？\n]{1,30}?(?:称赞|点赞|赞不绝口|竖起大拇指))/u;
const RESIDENT_REACH = 44;
/** Characters a name's start can follow: 在某镇, 由某村, 是某社区, 2021年某县 … */
const STOP_BEFORE = /[在由是和与及对到从向于把将为了的年日讯电市县区镇乡州]/;
const BYLINE = /来源|记者|通讯员|编辑|供稿|作者|稿件/;

/** A department's line that signs an article, perhaps with its date: 某州委组织部供稿, 中共某县委宣传部 2023年5月6日. */
export const DEPARTMENT_LINE = /^[\s\u3000]*(?:中共)?[^\s\u3000，,。]{2,20}?委(?:组织部|宣传部|办公室)(?:供稿|编|稿|编印)?(?:[ \u3000\t]+[\d年月日:：.\-/ \u3000]+)?[\s\u3000]*$/;

/** Where a page says where the reader is: 当前位置：, 您现在的位置：. */
export const YOU_ARE_HERE = '当前位置|现在的位置|您的位置';
/** A page's breadcrumb line: 当前位置：首页 > …, 您现在的位置, 首页 » …. */
const BREADCRUMB = new RegExp(`${YOU_ARE_HERE}|首页\\s*[>»]`);

/** The line of the text that holds `at`. */
function lineAround(text: string, at: number): string {
  const newline = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, newline < 0 ? text.length : newline);
}

/** Whether the line around `at` is a department's signing line. */
const inDepartmentLine = (text: string, at: number) => DEPARTMENT_LINE.test(lineAround(text, at));

/** Whether a line is a short byline or source line (来源：某某网, 记者 某某). */
const isByline = (line: string) => line.length <= 60 && BYLINE.test(line);

/**
 * 【红色传承看某州】某县：… : a stem inside a bracketed label with other words names the column's region,
 * not the article's unit (【某某街道】 alone may well name it, but that is a name in full, not a stem).
 */
function inColumnLabel(text: string, at: number, length: number): boolean {
  const open = text.lastIndexOf('【', at);
  if (open < 0 || text.lastIndexOf('\n', at) > open || text.lastIndexOf('】', at) > open) return false;
  const close = text.indexOf('】', at + length);
  return close >= 0 && close - open - 1 > length && !text.slice(at, close).includes('\n');
}

/**
 * 我市, 全县, 本区: the level the article speaks from; and 该县 opening a clause (近年来，该县…), where a
 * reporter speaks of the unit (是该县海拔最高的村之一 speaks of a village).
 */
const OWN_LEVEL = /([我全本该])(市|县|区|省|旗|州|盟)/g;
/** 该县 speaks for the unit where it opens a clause, perhaps after one of these words. */
const CLAUSE_LEADS = ['', '近年来', '今年以来', '目前', '同时', '据了解', '此外'];
const CLAUSE_MARKS = new Set([...'，,。；;：:！？!?\n']);
function opensClause(text: string, at: number): boolean {
  return CLAUSE_LEADS.some((lead) => {
    const from = at - lead.length;
    return from >= 0 && text.startsWith(lead, from) && (from === 0 || CLAUSE_MARKS.has(text[from - 1]!));
  });
}
/** 我村, 本社区, 我们村, 俺村: a village's or a community's own voice (全村 in a town's report speaks of one of its villages). */
const OWN_VILLAGE = /(?:我们?|本|俺)(村|社区)/g;
/** Levels whose own voice names no place a news source or a site could stand for: 我校, 我村, 我社区. */
const UNSOURCED_LEVELS = new Set(['校', '村', '社区']);
/** A news source named for its place: 某某新闻网, 某某日报, 中国某某网, 某某电视台. */
const OUTLETS = '(?:新闻网|日报|晚报|网讯|网|电视台|融媒体中心|在线)';
const SOURCE_STEM = new RegExp(`(?:^|[^\\p{Script=Han}《]|来源|中国)(\\p{Script=Han}{2,4}?)${OUTLETS}`, 'gu');
/** 兴安日报, 兴安在线: a bare stem that names a news outlet, no unit. */
const OUTLET_AFTER = new RegExp(`^${OUTLETS}`);

/**
 * The unit the article is about: the place name with the highest score, where a mention counts 1,
 * one followed by its party body (大桥街道党委) 3, one in the headline 5, a venue (在某街道) a third,
 * the first part of a path (某县某镇) a fifth, and the bare stem (呈贡 for 呈贡区) a half (3 in the
 * headline). When no name has the level the article speaks from (我市, 全市), a news source named
 * for a place (某某新闻网) gives it, with that level's suffix. The earliest wins a tie.
 */
export function findMainUnit(text: string, title: TitleSpan, mentions: PlaceName[], headlineStem: string | null = null): string | null {
  const scores = new Map<string, { score: number; first: number }>();
  const add = (name: string, score: number, at: number) => {
    const entry = scores.get(name);
    if (entry) entry.score += score;
    else scores.set(name, { score, first: at });
  };
  // 肥城：… names 肥城市 in the headline (see unitOfHeadlineStem), as much as a name written there would.
  if (headlineStem) add(headlineStem, HEADLINE_WEIGHT, title.start);
  const inTitle = (at: number) => title.lines.some((l) => at >= l.start && at < l.end);
  const leadIndex = mentions.findIndex((m) => m.start >= title.end && !isNewsSource(text, m));
  const lead = pathEnd(text, mentions, leadIndex);
  // 中庙街道：… over 今年以来，中庙街道中庙社区党委…: the headline's unit is the parent of the unit whose party body the lead
  // has at work, whose article it is.
  // The names the headline writes.
  const titleNames = new Set(mentions.filter((m) => inTitle(m.start)).map((m) => m.name));
  if (headlineStem) titleNames.add(headlineStem);
  let inner = innerOfHeadlineUnit(text, mentions, leadIndex, titleNames);
  if (inner) add(inner.unit.name, HEADLINE_WEIGHT, inner.unit.start);
  // Where the path each name ends stands (赴某旗某乡某村开展…: the village is where the work went, as the path's first name is).
  let pathStart = 0;
  // …and where the list each name ends opens (到甲社区和乙社区: both are where the work went).
  let listStart = 0;
  const visitors = visitingUnits(text, mentions);
  mentions.forEach((m, i) => {
    const previous = mentions[i - 1];
    pathStart = previous && continuesPath(text, previous, m) ? pathStart : m.start;
    listStart = previous && levelRank(previous.name) === levelRank(m.name) && NAME_LIST_JOINT.test(text.slice(previous.end, m.start)) ? listStart : m.start;
    if (visitors.has(m.name)) return;
    let weight = mentionWeight(text, m, mentions[i + 1], inTitle(m.start), mentions[i + 2], previous, pathStart, listStart);
    // The lead's first name is usually its subject: 2022年,某某镇党委… (not where the news came from: 记者从某市委宣传部获悉)
    // (Not an item of a ranking, its figure right after it: 顺义区100%、密云县98.78%.)
    // (Nor one whose clause tells what happened before the lead's deed: 某区指挥部发布通告以后，某街道…)
    // (Nor the object of a deed done, 新建了某社区的大棚.)
    if (
      m === lead &&
      m.start - title.end < 200 &&
      weight >= 1 &&
      !RANKED_FIGURE_AFTER.test(text.slice(m.end, m.end + 12)) &&
      !opensTimeClause(text, m) &&
      !(SCENE_BEFORE.test(text.slice(Math.max(0, pathStart - 7), pathStart)) && levelRank(m.name) >= VILLAGE_RANK) &&
      text[pathStart - 1] !== '了'
    )
      weight += 2;
    add(m.name, weight, m.start);
  });
  // 某村的市场是某区发展集体经济的一个缩影, 某村的变化得益于某县…: the example stands for the unit it is an epitome of, or
  // whose work it owes its change to, whose article it is.
  for (const m of mentions) if (isEpitomeOf(text, m) || isCreditedWith(text, m)) add(m.name, EPITOME_WEIGHT, m.start);
  // How often each name is written, and how often read as a verb's phrase (联建村 after 到, 前往, 助力 …, once after 为):
  // a name read so more often than not stays in doubt.
  const written = new Map<string, number>();
  const readAsVerb = new Map<string, number>();
  for (const m of mentions) {
    written.set(m.name, (written.get(m.name) ?? 0) + 1);
    if (m.commonStem === 'verb') readAsVerb.set(m.name, (readAsVerb.get(m.name) ?? 0) + 1);
  }
  const mostlyVerb = (name: string) => 2 * (readAsVerb.get(name) ?? 0) > written.get(name)!;
  const trusted = new Set(mentions.filter((m) => !visitors.has(m.name) && !doubtful(text, m) && !mostlyVerb(m.name) && !(loneCommonWord(text, m, written) && !inTitle(m.start))).map((m) => m.name));
  if (headlineStem) trusted.add(headlineStem);
  const ownLevels = ownLevelCounts(text);
  // 青川乔庄镇某社区…: a parent written by its stem before a path is named there, as a path's parent is (its weight a fifth),
  // so that the body's voice (该县, 全县) can count for it: looked for only where the article speaks from a level it names no place of.
  const unnamedVoices = [...ownLevels.keys()].filter((level) => ANCESTOR_LEVELS.has(level) && ![...scores.keys()].some((name) => isOfLevel(name, level)));
  if (unnamedVoices.length > 0)
    for (const m of mentions) {
      const ancestor = !inTitle(m.start) && isHanAt(text, m.start - 1) ? voicedAncestorByStem(text, m, unnamedVoices) : null;
      if (!ancestor || scores.has(ancestor.name)) continue;
      add(ancestor.name, PATH_PARENT_WEIGHT, ancestor.start);
      trusted.add(ancestor.name);
    }
  // 国家级贫困县秭归实现…: a stem in apposition to the level word the article speaks from, where a name the article writes lies in it.
  for (const level of unnamedVoices) {
    const appositive = appositiveOfLevel(text, level, mentions);
    if (!appositive || scores.has(appositive.name)) continue;
    add(appositive.name, 1, appositive.start);
    trusted.add(appositive.name);
  }
  const mentionStarts = new Set(mentions.map((m) => m.start));
  const stemmedInTitle = new Set<string>();
  for (const name of trusted) {
    const stem = stemOf(name);
    // 重庆36万志愿者… beside 重庆高新区: a zone's stem that is a place's above it names that place, not the zone.
    if (!stem || (isZoneName(name) && upperStem(stem).length > 0)) continue;
    let bodyBonus = 0;
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + stem.length)) {
      if (bodyBonus >= 2 && at >= title.end) break; // nothing more to add
      // 北京朝阳劲松北社区: a bare stem right before a name is that name's parent, which it counts a fifth (see mentionWeight) only when written in full.
      // 官桥镇 in the headline is no bare stem of 官桥村: a stem that opens another name found is that name's.
      if (text.startsWith(name, at) || mentionStarts.has(at + stem.length) || mentionStarts.has(at) || opensShortPath(text, at + stem.length, mentionStarts)) continue;
      if (OUTLET_AFTER.test(text.slice(at + stem.length, at + stem.length + 5))) continue;
      if (inTitle(at) && !inColumnLabel(text, at, stem.length)) {
        add(name, 3, at);
        stemmedInTitle.add(name);
      } else if (bodyBonus < 2) {
        add(name, 0.5, at);
        bodyBonus += 0.5;
      }
    }
  }
  // 江西莲花：… over 今年以来，江西省萍乡市莲花县南岭乡坚持…: a headline's bare stem names the parent as well as its name would.
  if (!inner && stemmedInTitle.size > 0) {
    inner = innerOfHeadlineUnit(text, mentions, leadIndex, new Set([...titleNames, ...stemmedInTitle]));
    if (inner) add(inner.unit.name, HEADLINE_WEIGHT, inner.unit.start);
  }
  // 我县加强…工作纪实: the headline's own voice counts twice.
  for (const line of title.lines) for (const [level, count] of ownLevelCounts(text.slice(line.start, line.end))) ownLevels.set(level, (ownLevels.get(level) ?? 0) + count);
  // A county named only as a place visited (到某县委党校培训) stands beside no county-level city, nor does a name in doubt
  // (紧盯开发区: a verb before a zone's word).
  const visited = onlyVisited(text, mentions);
  const namedBeside = () => [...scores.keys()].filter((name) => !visited.has(name) && trusted.has(name));
  addOwnLevel(ownLevels, scores, namedBeside(), text, mentions);
  // …的变化得益于该县…: the unit of that level the article names counts as one named there would.
  for (const m of text.matchAll(CREDITED_VOICE)) if (!creditsHousehold(text, m.index!)) addToLevel(scores, m[1]!, EPITOME_WEIGHT);
  addTownshipVoice(text, scores, trusted);
  // 我市一社区入选…: the headline tells of one unit of a level inside the article's, which the body names.
  const inside = unitInsideOfHeadline(text, title, mentions);
  if (inside) add(inside, HEADLINE_WEIGHT, title.start);
  const sourced = nameFromSource(text, ownLevels, [...scores.keys()]);
  if (sourced) add(sourced.name, sourced.score, text.length);
  // The article is the inner unit's, whatever its parent in the headline scores.
  if (inner) scores.get(inner.unit.name)!.score = Math.max(scores.get(inner.unit.name)!.score, (scores.get(inner.parent)?.score ?? 0) + INNER_MARGIN);
  // 某县4个“百万村”同步分红: the headline's unit of several units below it, whatever one of them scores in the body.
  const roundUp = inner ? null : roundUpOfHeadline(text, title, mentions);
  if (roundUp) scores.get(roundUp)!.score = Math.max(...[...scores.values()].map((entry) => entry.score)) + INNER_MARGIN;
  // The names the headline writes, and the unit its bare stem stands for.
  const headlined = new Set(titleNames);
  if (inside) headlined.add(inside);
  let best: string | null = null;
  for (const [name, { score, first }] of scores) {
    const top = best === null ? null : scores.get(best)!;
    if (score < 1 || !(trusted.has(name) || name === sourced?.name)) continue;
    if (!top || score > top.score || (score === top.score && isBeforeOnTie(name, first, best!, top.first, headlined))) best = name;
  }
  if (best === null) return soleSpeaker(text, scores, trusted, ownLevels);
  // 某镇…甲村…乙村…丙村…丁村…, one of them told at length: a round-up of many villages is the unit's above them that leads it.
  if (!headlined.has(best)) best = unitAbovePeers(best, scores, trusted) ?? unitAboveCountedVillages(text, title, best, mentions, scores, trusted) ?? best;
  const inHeadline = headlined.has(best);
  // A name the headline does not write may be no more than one of the article's places: then the place its source is
  // named for, where the article speaks from that level (我区 … 海曙新闻网), or none.
  if (!inHeadline && (!ofHeadlineLevel(text, title, best) || tiedWithPeer(best, scores, trusted) || visitingSchool(text, best) || placeInSchoolVoice(best, ownLevels)))
    return sourced?.name ?? null;
  return !inHeadline && speaksFromAbove(text, best, ownLevels, namedBeside()) ? (sourced?.name ?? null) : best;
}

/**
 * The last name of a path that opens the lead and runs through a name of the headline, where that
 * name's party body follows it or it opens the lead's deed (青田：… over 近年来，浙江省青田县温溪镇以…).
 */
function innerOfHeadlineUnit(text: string, mentions: PlaceName[], i: number, titleNames: Set<string>): { unit: PlaceName; parent: string } | undefined {
  if (i < 0 || !LEAD_OPENING.test(text.slice(text.lastIndexOf('\n', mentions[i]!.start) + 1, mentions[i]!.start))) return undefined;
  const end = pathEndAt(text, mentions, i);
  let headlined = i;
  while (headlined < end && !titleNames.has(mentions[headlined]!.name)) headlined++;
  const inner = mentions[end]!;
  if (!titleNames.has(mentions[headlined]!.name) || end === headlined || levelRank(inner.name) <= levelRank(mentions[headlined]!.name)) return undefined;
  const after = text.slice(inner.end, inner.end + 3);
  return PARTY_BODY_AFTER.test(after) || LEAD_DEED_AFTER.test(after) ? { unit: inner, parent: mentions[headlined]!.name } : undefined;
}
/** How much the inner unit outscores its parent in the headline at least. */
const INNER_MARGIN = 0.5;

/** Whether a name follows 是 and comes before 的缩影 or 的写照 in its sentence: the whole that an example stands for. */
function isEpitomeOf(text: string, m: PlaceName): boolean {
  return text[m.start - 1] === '是' && EPITOME_AFTER.test(text.slice(m.end, m.end + EPITOME_REACH));
}
const EPITOME_REACH = 30;
const EPITOME_AFTER = /^[^。！？!?\n]*?的(?:一个|又一个)?(?:生动|真实|典型)?(?:缩影|写照)/;
/** Whether a name follows 得益于: the unit an example owes its change to (某村的变化得益于某县…). */
const isCreditedWith = (text: string, m: PlaceName) => text.startsWith(CREDITED_TO, m.start - CREDITED_TO.length) && !creditsHousehold(text, m.start - CREDITED_TO.length);
const CREDITED_TO = '得益于';
/** 他家的改变也得益于某县…: a household's or a person's change, told as one of many, credits no unit with the article. */
const creditsHousehold = (text: string, at: number) => HOUSEHOLD_CHANGE.test(text.slice(Math.max(0, at - CREDIT_REACH), at).split(/[。！？\n]/).pop()!);
const HOUSEHOLD_CHANGE = /[他她我你]家|[他她]们家|家庭|一家|[他她]的/;
/** How far before 得益于 the sentence's subject is looked for. */
const CREDIT_REACH = 30;
/** …得益于该县: the unit credited by its level's voice. */
const CREDITED_VOICE = new RegExp(`${CREDITED_TO}[该我全本](市|县|区|旗|州|盟)`, 'g');
/** What naming the whole an example stands for, or the unit credited, adds: as much as the headline naming it. */
const EPITOME_WEIGHT = 5;
/** What opens a lead's deed right after its unit: 以…为抓手, 通过…, 坚持…. */
const LEAD_DEED_AFTER = /^(?:以|通过|坚持|聚焦|围绕|创新|探索|推行|积极|深入|立足|紧扣|举行|举办|召开)/;
/**
 * What may open a lead before its first name: a time (今年以来，, 近日，, 2022年，, 1月11日，) or nothing, perhaps after
 * sentences that name no place (社区治理如何破题？…？某街道以…).
 */
const LEAD_OPENING = /^(?:[^\n]*[。！？!?])?[\s\u3000]*(?:[^\n。]{0,30}?[讯电](?:[(（][^()（）\n]{0,30}[)）])?[\s\u3000：:]*)?(?:(?:今年以来|近年来|近日|日前|近期|连日来|去年以来|(?:19|20)\d{2}年(?:以来)?|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?)[，,]?)?$/;

/**
 * The lead's first name, or the township, village or community a path that opens there runs down to
 * (近年来，某市某街道某社区…: the community leads; 今年以来，某旗某镇聚焦…: the town; in 某市某区推进… the
 * district's parent leads, and gets no bonus).
 */
function pathEnd(text: string, mentions: PlaceName[], i: number): PlaceName | undefined {
  if (i < 0) return undefined;
  const end = mentions[pathEndAt(text, mentions, i)]!;
  return levelRank(end.name) > COUNTY_RANK ? end : mentions[i];
}

/** The index of the last name of the path that opens at mentions[i] (某市某街道某社区). */
function pathEndAt(text: string, mentions: PlaceName[], i: number): number {
  let end = i;
  while (end + 1 < mentions.length && continuesPath(text, mentions[end]!, mentions[end + 1]!)) end++;
  return end;
}

/**
 * Whether another unit of the same level scores as much as the one found (顺义区100%、密云县95.24%…
 * twice over): peers in a ranking or a list, none of them the article's own.
 */
function tiedWithPeer(best: string, scores: Map<string, { score: number }>, trusted: Set<string>): boolean {
  const { score } = scores.get(best)!;
  const rank = levelRank(best);
  return [...scores].some(([name, entry]) => name !== best && trusted.has(name) && entry.score >= score && levelRank(name) === rank);
}

/**
 * The unit above a village or community that names at least four of its peers besides, where that unit scores as a lead or
 * a party body does at least: the best scored above them. Null otherwise.
 */
function unitAbovePeers(best: string, scores: Map<string, { score: number }>, trusted: Set<string>): string | null {
  const rank = levelRank(best);
  if (rank < VILLAGE_RANK) return null;
  const peers = [...scores.keys()].filter((name) => name !== best && trusted.has(name) && levelRank(name) === rank);
  if (peers.length < PEERS_OF_A_ROUND_UP) return null;
  const above = [...scores].filter(([name, { score }]) => trusted.has(name) && levelRank(name) > 0 && levelRank(name) < rank && score >= LEADING_SCORE);
  return above.sort((a, b) => b[1].score - a[1].score)[0]?.[0] ?? null;
}
const PEERS_OF_A_ROUND_UP = 4;

/**
 * 全区60个村(社区)有42个…，某区村级集体经济交出答卷; then, paragraphs on, 在某镇中心社区…: a paragraph that counts
 * villages or communities and names a unit above them, before the village found is named at all, speaks from that
 * unit, and the village is an example of its work. The unit is then the best-scoring name of that paragraph above
 * the villages, where one scores at all.
 */
function unitAboveCountedVillages(text: string, title: TitleSpan, best: string, mentions: PlaceName[], scores: Map<string, { score: number }>, trusted: Set<string>): string | null {
  if (levelRank(best) < VILLAGE_RANK) return null;
  const count = VILLAGES_COUNTED.exec(text.slice(title.end));
  if (!count) return null;
  const at = title.end + count.index;
  const lineBreak = text.indexOf('\n', at);
  const paragraphEnd = lineBreak < 0 ? text.length : lineBreak;
  const paragraphStart = text.lastIndexOf('\n', at) + 1;
  if (mentions.some((m) => m.name === best && m.start < paragraphEnd)) return null;
  const above = mentions.filter((m) => m.start >= paragraphStart && m.start < paragraphEnd && levelRank(m.name) > 0 && levelRank(m.name) < VILLAGE_RANK && trusted.has(m.name) && scores.get(m.name)!.score >= 1);
  return above.sort((a, b) => scores.get(b.name)!.score - scores.get(a.name)!.score)[0]?.name ?? null;
}
/** A count of villages or communities (126个村, 8个行政村, 12个社区), not of villagers' groups or village roads (5个村民小组, 3个村道). */
const VILLAGES_COUNTED = /(?:\d+|[一二两三四五六七八九十百]+)个(?:行政村|村(?![民道])|社区)/;
/** As much as a lead's name or a name before its party body scores. */
const LEADING_SCORE = 3;

/** A figure right after a name, then the next item of its list: 顺义区100%、…, 甲镇98.5分、… (not a year: 某镇2021年…). */
const RANKED_FIGURE_AFTER = /^\d+(?:\.\d+)?(?:%|\p{Script=Han}{0,2})[、，,；;]/u;

/** A school's own voice or body: 我校, 全校, 该校, 校党委, 某某大学党委; a college's: 该院, 全院, 院党委. */
/** A school's name: 某某大学, 某某职业技术学院. */
const SCHOOL_NAME = /(?:大学|学院)$/;
const SCHOOL_VOICE = /[我全本该]校|[我全本该]院|[校院]党委|(?:大学|学院)党委/;

/** A university named outside the headline of an article that never speaks as a school (邀请某某大学教授…): a visitor, not the unit. */
const visitingSchool = (text: string, unit: string) => SCHOOL_NAME.test(unit) && !SCHOOL_VOICE.test(text);
/**
 * A place an article told in a school's voice (我校 … 我校) names in passing, a partner's district or the province its
 * graduates serve in: the school speaks, and where the file never names it the unit is none.
 */
const placeInSchoolVoice = (unit: string, ownLevels: Map<string, number>) => (ownLevels.get('校') ?? 0) >= 2 && !SCHOOL_NAME.test(unit);

/** The headline's first line, without the indentation a page may give it ('' where there is none). */
function headlineOf(text: string, title: TitleSpan): string {
  const first = title.lines[0];
  return first ? text.slice(first.start, first.end).trimStart() : '';
}

/** A headline that names its level without its name: 社区2017年工作总结, 镇党委2022年度述职报告. */
const HEADLINE_LEVEL = /^[ \t\u3000]*(社区|村|街道|镇|乡)(?:党委|党工委|党总支|党支部)?(?:19|20)\d{2}年/;

/** Whether the unit found may be the one a headline speaks for by its level alone (a community's report names no village as its unit). */
function ofHeadlineLevel(text: string, title: TitleSpan, unit: string): boolean {
  const level = HEADLINE_LEVEL.exec(headlineOf(text, title))?.[1];
  return !level || isOfLevel(unit, level);
}

/**
 * Where no name scored enough: the one name, written once and weakly (街道党工委召开某某街道…推进会),
 * of a unit the article speaks as (街道党工委, 本镇), with no level above it in the article's voice.
 */
function soleSpeaker(text: string, scores: Map<string, { score: number }>, trusted: Set<string>, ownLevels: Map<string, number>): string | null {
  const speakers = [...scores.keys()].filter((name) => trusted.has(name) && isListed(name) && speaksAs(text, name, levelWord(name)));
  if (speakers.length !== 1) return null;
  const rank = levelRank(speakers[0]!);
  // Nor where the article speaks as a unit below it (按照某市…部署，我街道…: the city gave the order).
  const below = [...text.matchAll(OWN_LOWER_LEVEL)].some((m) => levelRank(m[1]!) > rank);
  return below || [...ownLevels.keys()].some((level) => levelRank(level) > 0 && levelRank(level) < rank) ? null : speakers[0]!;
}

/** 我街道, 本镇, 我社区: the voice of a unit below a county. */
const OWN_LOWER_LEVEL = /(?:我|本)(街道|镇|乡|社区|村)/g;

/** The suffixes that complete a bare stem for the level an article speaks from (全省 … 山西 → 山西省; 全区 … 西藏 → 西藏自治区). */
const BARE_STEM_SUFFIXES: { [level: string]: string[] } = { 省: ['省'], 市: ['市'], 县: ['县', '自治县'], 区: ['区', '自治区'], 旗: ['旗', '自治旗'], 州: ['自治州'], 盟: ['盟'] };
const ABOVE_TOWNSHIPS = new Set<Division['level']>(['province', 'city', 'county']);
/** What may stand right before a bare stem that names the unit: a line's start, a mark, or 在, 据, 是 … (not the middle of a word). */
const BEFORE_BARE_STEM = /[在是和与对从向于为据]$/;
/** A county's or a city's stem names the unit alone only where it opens a line or a clause to say what the place is (德清是…大县) or since when it is one (松原建市10年来). */
const DEFINING_AFTER = /^(?:是|作为|建市|建县|建区|设市|设县|设区)/;
/** …or where it opens clauses as the doer of the work, twice or more (某州自2015年起…；为…，某州在社区网格建立…), or as a place's name jieba knows. */
const ACTING_AFTER = /^(?:自|从|在|把|将|以|通过|坚持|创新|积极|全面|大力|持续|不断|始终|按照|依托|探索|推行|实施|聚焦|围绕)/;
const ACTING_MENTIONS = 2;
const POPULATION_BEFORE = /\d(?:\.\d+)?万(?:多|余)?$/;
const PEOPLE_AFTER = /^(?:人民|群众|儿女|父老乡亲|百姓)/;

/** Whether jieba reads the characters at `at` as a place's name of their own (海口 in 去年，海口深入落实…). */
function isPlaceWordAt(text: string, at: number, length: number, segmenter: Segmenter): boolean {
  const first = segmenter.tokens(text.slice(at, at + length + 4))[0];
  return first !== undefined && first.end === length && (first.tag === 'ns' || first.tag === 's');
}

/**
 * For an article where nothing named its unit: the one place of the level it speaks from (全省,
 * 我县, twice or more) whose stem alone the file writes, where a name's start may stand: a
 * province anywhere (山西日报…在山西 → 山西省; 西藏…全区 → 西藏自治区), a county or a city only
 * as the subject of what the place is (德清是…) or as the doer that opens two clauses or more (three
 * where the article speaks from its level once). Common words are also the stems of some counties
 * (新建 of 新建区): a stem that a unit's level word follows is another name (新建社区), and a
 * county's stem elsewhere is left alone. None where several places are written.
 */
export function unitOfBareStem(text: string, segmenter: Segmenter): string | null {
  const [level, count] = topOwnLevel(ownLevelCounts(text));
  const suffixes = level ? BARE_STEM_SUFFIXES[level] : undefined;
  if (!suffixes || count === 0) return null;
  // Once 全市 needs the stem at work three times; twice, two.
  const actingMentions = count >= 2 ? ACTING_MENTIONS : ACTING_MENTIONS + 1;
  const named = new Set<string>();
  const actingCounts = new Map<string, number>();
  const provinces = new Set<string>();
  for (let at = 0; at < text.length; at++) {
    const province = isHanAt(text, at - 1) ? provinceStemBefore(text, at) : null;
    const population = POPULATION_BEFORE.test(text.slice(Math.max(0, at - 8), at));
    if (isHanAt(text, at - 1) && !BEFORE_BARE_STEM.test(text[at - 1]!) && !province && !population) continue;
    for (const length of [2, 3]) {
      if (!isHanAt(text, at + length - 1)) break;
      const after = text.slice(at + length, at + length + 7);
      if (UNIT_SUFFIXES.some((suffix) => after.startsWith(suffix))) continue;
      const stem = text.slice(at, at + length);
      for (const suffix of suffixes) {
        const name = stem + suffix;
        const divisions = mayBeListed(name) ? lookup(name).filter((d) => ABOVE_TOWNSHIPS.has(d.level)) : [];
        // 四川某某认真贯彻…: after its province's stem at a marked start, the stem names the place however seldom the article speaks from its level.
        if (province && divisions.some((d) => pathOf(d)[0]?.code === province.code)) named.add(name);
        else if (province) continue;
        else if (count >= 2 && divisions.some((d) => d.level === 'province' || DEFINING_AFTER.test(after))) named.add(name);
        // 守护38万某某人民: the people of the place, counted as its population, are those the article speaks for.
        else if (population && divisions.length && PEOPLE_AFTER.test(after)) named.add(name);
        else if (population) continue;
        else if (divisions.length && (ACTING_AFTER.test(after) || (!isHanAt(text, at - 1) && isPlaceWordAt(text, at, length, segmenter)))) {
          actingCounts.set(name, (actingCounts.get(name) ?? 0) + 1);
          if (divisions.some((d) => d.level === 'province')) provinces.add(name);
        }
      }
    }
  }
  // A province's or a municipality's stem (上海 for 上海市) is rarely written in full: twice at work names it, however seldom the article says 本市.
  for (const [name, acting] of actingCounts) if (acting >= (provinces.has(name) ? ACTING_MENTIONS : actingMentions)) named.add(name);
  return named.size === 1 ? [...named][0]! : null;
}

/** The province whose stem (四川, 黑龙江) stands right before `at`, itself at a marked start (after a preposition too); null where none does. */
const provinceStemBefore = (text: string, at: number): Division | null => provinceStemEndingAt(text, at, (start) => BEFORE_BARE_STEM.test(text[start - 1]!));

/**
 * For an article where nothing named its unit and that speaks as a township (我街道, 全街道, twice or
 * more): the one township of that level whose stem alone the file writes as a place's or a
 * person's name jieba knows (区委交给朱家尖的任务 → 朱家尖街道), after a mark, a line's start or a
 * preposition. None where several such stems are written.
 */
export function townshipOfBareStem(text: string, segmenter: Segmenter): string | null {
  const [level, count] = topOwnLevel(townshipVoices(text));
  if (!level || count < 2) return null;
  const named = new Set<string>();
  for (let at = 0; at < text.length; at++) {
    if (!isHanAt(text, at) || (isHanAt(text, at - 1) && !BEFORE_TOWNSHIP_STEM.test(text[at - 1]!))) continue;
    const first = segmenter.tokens(text.slice(at, at + 6))[0];
    if (!first || first.word.length < 2 || first.word.length > 3 || !STEM_NAME_TAG.test(first.tag)) continue;
    const after = text.slice(at + first.word.length, at + first.word.length + 7);
    if (UNIT_SUFFIXES.some((suffix) => after.startsWith(suffix))) continue;
    const name = first.word + level;
    // 在北京, 到延安学习: a city's or a county's stem is that place (a visit, a study trip), never a township's.
    if (!mayBeListed(name) || upperStem(first.word).some((d) => d.level !== 'township')) continue;
    if (lookup(name).some((d) => d.level === 'township' && parentNamedIn(text, d))) named.add(name);
  }
  return named.size === 1 ? [...named][0]! : null;
}
/** Before a township's bare stem, where the stem is no part of a word: a preposition or a verb's 给. */
const BEFORE_TOWNSHIP_STEM = /[在是和与对从向于为据给]$/;

/** Whether the text writes the name or the stem of the township's county or city (服务普陀发展 for 普陀区). */
function parentNamedIn(text: string, township: Division): boolean {
  return pathOf(township)
    .filter((d) => d.level === 'county' || d.level === 'city')
    .some((d) => text.includes(stemOf(d.name) ?? d.name));
}
/** jieba's tags for a place's, a person's or another proper name: a stem such as 朱家尖 may be tagged a person's. */
const STEM_NAME_TAG = /^(?:ns|nr|nz)$/;

/**
 * Whether the article speaks from a level above the unit found, whose name it never gives: 全市 or
 * 我市 at least twice, nothing in the voice of the unit's own level (全区, 本镇, 镇党委 …), and
 * the unit not in the headline (全市共发展党员5621名，其中平谷区…). Its figures are then the
 * unnamed unit's, not the one found.
 */
function speaksFromAbove(text: string, unit: string, ownLevels: Map<string, number>, names: string[]): boolean {
  const suffix = levelWord(unit);
  // A county-level city named beside others of its level does not speak as 全市: that is the city above them.
  // (A prefecture, 某某地区, speaks as 我区 too.)
  const speaks = suffix !== undefined && (speaksAs(text, unit, suffix) || (suffix === '地区' && speaksAs(text, unit, '区')));
  if (!suffix || (speaks && !cityAmongCounties(unit, names))) return false;
  const rank = levelRank(unit);
  // 我市 / 全县 … name a level (校 names none).
  if ([...ownLevels].some(([level, count]) => count >= 2 && levelRank(level) > 0 && levelRank(level) < rank)) return true;
  // 我市 in an article that names only its province (按照某省…规划): the figures are the unnamed city's.
  return rank <= CITY_RANK && !unit.endsWith('自治区') && [...ownLevels].some(([level, count]) => count >= 2 && levelRank(level) > rank && levelRank(level) <= COUNTY_RANK);
}

const SELF_WORDS = ['我', '全', '本', '该'];
const OWN_BODIES = /^(?:党工委|党委|党总支|党支部|委|政府|两委|双委)/;

/**
 * Whether the text speaks as the unit of that level: 全区, 本镇 …, or its body (镇党委, 区委)
 * after the unit's name, a pronoun or no Han character at all; not 各乡镇党委, an address to every
 * town. Searched for, not matched with a pattern built for each file: every regular expression
 * made is compiled anew, and its code lives on until a full collection.
 */
function speaksAs(text: string, unit: string, suffix: string | undefined): boolean {
  if (!suffix) return false;
  const stem = unit.slice(0, unit.length - suffix.length);
  for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
    if (SELF_WORDS.includes(text[at - 1] ?? '')) return true;
    if (!OWN_BODIES.test(text.slice(at + suffix.length, at + suffix.length + 3))) continue;
    if (!isHanAt(text, at - 1) || (at >= stem.length && text.startsWith(stem, at - stem.length))) return true;
  }
  return false;
}

/**
 * A headline that opens with a bare stem and a colon, a space, a count or the report's year (余杭：…, 重庆36万志愿者…,
 * 余杭2017年…; not a date, 新疆1-10月…), after a column tag such as 【基层党建】.
 */
const HEADLINE_STEM = /^(?:【[^】]{1,12}】)?(?:(?:19|20)\d{2}年度?)?(\p{Script=Han}{2,4}?)(?:[：:\s\u3000“"「《]|(?:19|20)\d{2}年(?!\d|\s*\d{1,2}\s*月)|\d(?!\d*[年月日\-–—~～.]))/u;
/** …or one that opens the headline's second part as its doer (认领实事800余件！石横以…凝聚民心). */
const HEADLINE_PART_STEM = /[！!？?|｜丨][\s\u3000]*(\p{Script=Han}{2,4}?)(?=以|通过|坚持|聚焦|[：:])/u;
const SHORT_FORM_LEVELS = ['州', '县', '旗'];
/** The divisions a bare stem may stand for with a level suffix added, an autonomous county's short form among them (乐东 → 乐东县). */
const divisionsOfStem = (stem: string): Division[] => [
  ...upperStem(stem),
  ...SHORT_FORM_LEVELS.flatMap((level) => lookupShortForm(stem + level).map((d) => ({ ...d, name: stem + level }))),
];
const LEVEL_ORDER: { [level in Division['level']]: number } = { province: 1, city: 2, county: 3, township: 4, village: 5 };
/** Tags of a word jieba knows as a name (place, person, organisation, other proper noun, abbreviation). */
const NAME_TAG = /^(?:ns|nr|nrt|nrfg|nz|nt|j)$/;

/**
 * The unit a headline's bare stem stands for, which scores as a name in the headline: the stem
 * with its level suffix added (余杭：… → 余杭区; 乐东：… → 乐东县, the autonomous county), where the body writes the stem again or speaks in the
 * voice of that unit's level (全区, 区委), jieba takes the stem for a name (or knows no word for
 * it), and one name has the highest level the list gives the stem.
 */
export function unitOfHeadlineStem(text: string, title: TitleSpan, segmenter: Segmenter): string | null {
  const headline = headlineOf(text, title);
  for (const pattern of [HEADLINE_STEM, HEADLINE_PART_STEM]) {
    const stem = pattern.exec(headline)?.[1];
    const name = stem ? unitOfStem(text, title, stem, segmenter) : null;
    if (name) return name;
  }
  return null;
}

/** The unit a headline's bare stem stands for (see `unitOfHeadlineStem`), or null. */
function unitOfStem(text: string, title: TitleSpan, stem: string, segmenter: Segmenter): string | null {
  // A stem with a level suffix of its own (和平村) is a name that scoring did not trust: nothing to add.
  if (levelRank(stem) > 0) return null;
  const words = segmenter.tokens(stem);
  if (words.length === 1 && !NAME_TAG.test(words[0]!.tag)) return null;
  const name = soleNameAtTop(divisionsOfStem(stem));
  if (!name) return null;
  // The body writes the stem again, or speaks in the voice of its level (余杭：… 全区…, 区委…).
  const body = text.slice(title.lines[0]!.end);
  return body.includes(stem) || speaksAs(body, name, levelWord(name)) ? name : null;
}

/**
 * For an article whose scoring found no unit: the place whose stem opens the headline with nothing
 * to mark its end (鄞州党员队伍结构持续优化, the body speaking as 全区 twice): the stem and the level
 * the body speaks from name one place of the list, above the townships, and the headline's words
 * part right after the stem, which jieba takes for no common word of its own.
 */
export function unitOfHeadlineOpening(text: string, title: TitleSpan, segmenter: Segmenter): string | null {
  if (title.lines.length === 0) return null;
  const body = text.slice(title.lines[0]!.end);
  const [level, count] = topOwnLevel(ownLevelCounts(body));
  const voiced = level !== undefined && count >= 2;
  // A headline of parts set apart by spaces (从严管理 控量提质 2014年某某发展党员…) may open any of them with the stem.
  for (const part of headlineOf(text, title).split(HEADLINE_PART_BREAK)) {
    const opening = part.slice(HEADLINE_OPENING.exec(part)![0].length);
    for (const { end } of segmenter.words(opening.slice(0, 8)).slice(0, 2)) {
      if (end < 2 || end > 3 || UNIT_SUFFIXES.some((suffix) => opening.startsWith(suffix, end))) continue;
      const stem = opening.slice(0, end);
      const words = segmenter.tokens(stem);
      if (words.length === 1 && !NAME_TAG.test(words[0]!.tag)) continue;
      if (voiced && lookup(stem + level).some((d) => ABOVE_TOWNSHIPS.has(d.level))) return stem + level;
      // (Where the body speaks from no level, it opens a clause with the stem again: 福鼎探索… over …，福鼎积极…)
      const place = voiced || !opensClauseIn(body, stem) ? null : soleUpperPlace(stem);
      if (place) return place;
    }
  }
  return null;
}

/** Whether the text opens a clause with the stem, no level word or outlet's name after it (，福鼎积极…, not 福鼎市 or 福鼎新闻网). */
function opensClauseIn(text: string, stem: string): boolean {
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + stem.length)) {
    const after = text.slice(at + stem.length, at + stem.length + 5);
    if ((at === 0 || CLAUSE_MARKS.has(text[at - 1]!)) && isHanAt(text, at + stem.length) && !UNIT_SUFFIXES.some((suffix) => after.startsWith(suffix)) && !OUTLET_AFTER.test(after)) return true;
  }
  return false;
}

/** The one place above the townships a bare stem names at its highest level (福鼎 → 福鼎市), or null. */
const soleUpperPlace = (stem: string) => soleNameAtTop(divisionsOfStem(stem).filter((d) => ABOVE_TOWNSHIPS.has(d.level)));

/** The one name the highest level of the divisions has, or null where it has several or none. */
function soleNameAtTop(divisions: Division[]): string | null {
  const top = Math.min(...divisions.map((d) => LEVEL_ORDER[d.level]));
  const names = new Set(divisions.filter((d) => LEVEL_ORDER[d.level] === top).map((d) => d.name));
  return names.size === 1 ? [...names][0]! : null;
}
/** What may open a headline before a place's stem: a column tag (【基层党建】) and a year. */
const HEADLINE_OPENING = /^(?:【[^】]{1,12}】)?(?:(?:19|20)\d{2}年度?)?/;
const HEADLINE_PART_BREAK = /[ \t\u3000]+/;

/**
 * For an article whose scoring found no unit: the county or city whose yearbook it is, named by
 * its stem in the title (武侯年鉴2019 → 武侯区): the one place above the townships the stem and a
 * level suffix name, or, of several, the one of the level the body speaks from (全区).
 */
export function unitOfYearbook(text: string, title: TitleSpan): string | null {
  if (title.lines.length === 0) return null;
  const stem = YEARBOOK.exec(text.slice(title.start, title.end))?.[1];
  if (!stem) return null;
  const places = [...new Set(YEARBOOK_LEVELS.flatMap((level) => lookup(stem + level).filter((d) => ABOVE_TOWNSHIPS.has(d.level)).map(() => stem + level)))];
  if (places.length <= 1) return places[0] ?? null;
  const [level] = topOwnLevel(ownLevelCounts(text.slice(title.end)));
  const spoken = places.filter((name) => level !== undefined && name.endsWith(level));
  return spoken.length === 1 ? spoken[0]! : null;
}
const YEARBOOK = /(?:^|[^\p{Script=Han}])(\p{Script=Han}{2,3})年鉴/u;
const YEARBOOK_LEVELS = ['区', '县', '市', '旗'];

/**
 * For an article whose scoring found no unit: the place its page's <title> names after the
 * headline (… _五华县人民政府网), where the article speaks from that place's level (我县, 全县
 * twice or more): the file names it, in its title.
 */
export function unitOfSiteName(text: string, pageTitle: string, segmenter: Segmenter): string | null {
  const [level, count] = topOwnLevel(ownLevelCounts(text));
  if (!level || level === '省' || count < 2) return null;
  const named = placeNamesIn(pageTitle, segmenter).filter((n) => !n.commonStem && isOfLevel(n.name, level) && isListed(n.name));
  return named[named.length - 1]?.name ?? null;
}

/** On equal scores the more specific unit wins (the one that did the work), then the earlier. */
function isBeforeOnTie(name: string, first: number, other: string, otherFirst: number, headlined: Set<string>): boolean {
  // The headline's name wins a tie against one the body alone names.
  if (headlined.has(name) !== headlined.has(other)) return headlined.has(name);
  const rank = levelRank(name);
  const otherRank = levelRank(other);
  // A rank of 0 (a university, a zone) has no place among the levels.
  return rank !== otherRank && rank > 0 && otherRank > 0 ? rank > otherRank : first < otherFirst;
}

/** The clause after a name ends as a time clause (…发布通告以后，): what the name did came before the deed the sentence tells. */
const TIME_CLAUSE_END = /^[^，,。；;！？\n]{0,40}(?:以后|之后)[，,]/;
const opensTimeClause = (text: string, m: PlaceName) => TIME_CLAUSE_END.test(text.slice(m.end, m.end + 44));

/** Whether what stands before the name marks its start: no Han character, one a name follows (在, 和, 年 …), or a date (2022年度梅花村…). */
const startMarked = (text: string, m: PlaceName) => !isHanAt(text, m.start - 1) || STOP_BEFORE.test(text[m.start - 1]!) || DATE_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start));

/**
 * 四川大竹县, 湖北宜昌某镇: in the body, the stem of one of the name's own parents right before it (a path
 * written short) marks its start as the parent's full name would. (A headline's 河南某市 over a body about
 * one of its villages keeps the half weight of an unmarked start.)
 */
function afterAncestorStem(text: string, m: PlaceName): boolean {
  return ancestorByStem(text, m, upperStem) !== null;
}

/**
 * The place of one of the levels given whose stem stands right before the name, as its parent (青川 in
 * 青川乔庄镇, for 县: 青川县), with where the stem starts; null where none does.
 */
function voicedAncestorByStem(text: string, m: PlaceName, levels: string[]): { name: string; start: number } | null {
  const placesOf = (stem: string) => levels.flatMap((level) => (mayBeListed(stem + level) ? lookup(stem + level).filter((d) => ABOVE_TOWNSHIPS.has(d.level)) : []));
  const found = ancestorByStem(text, m, placesOf);
  return found && { name: found.place.name, start: found.start };
}

/**
 * A place named by its stem right after its own level word (贫困县秭归, not 全县 or 该县), where one of
 * the names the article writes lies in it; null where none is.
 */
function appositiveOfLevel(text: string, level: string, mentions: PlaceName[]): { name: string; start: number } | null {
  for (let at = text.indexOf(level); at >= 0; at = text.indexOf(level, at + 1)) {
    if (!isHanAt(text, at - 1) || SELF_WORDS.includes(text[at - 1]!)) continue;
    const start = at + level.length;
    for (const length of [2, 3]) {
      if (!isHanAt(text, start + length - 1) || UNIT_SUFFIXES.some((suffix) => text.startsWith(suffix, start + length))) continue;
      const name = text.slice(start, start + length) + level;
      const places = mayBeListed(name) ? lookup(name).filter((d) => ABOVE_TOWNSHIPS.has(d.level)) : [];
      const codes = new Set(places.map((d) => d.code));
      if (codes.size > 0 && mentions.some((m) => listedOrRenamed(m.name).some((d) => pathOf(d).some((p) => codes.has(p.code))))) return { name, start };
    }
  }
  return null;
}

/**
 * The first of the places `placesOf` gives for the two or three characters right before the name
 * that is one of the name's own parents, with where its stem starts; null where none is.
 */
function ancestorByStem(text: string, m: PlaceName, placesOf: (stem: string) => Division[]): { place: Division; start: number } | null {
  let ancestors: Set<string> | undefined;
  for (const length of [2, 3]) {
    const start = m.start - length;
    if (start < 0 || !isHanAt(text, start)) continue;
    const places = placesOf(text.slice(start, m.start));
    if (places.length === 0) continue;
    ancestors ??= new Set(listedOrRenamed(m.name).flatMap((d) => pathOf(d).map((p) => p.code)));
    const place = places.find((p) => ancestors!.has(p.code));
    if (place) return { place, start };
  }
  return null;
}

/** The divisions a name is, or, for a county or town renamed since (长乐市, now 长乐区), those its stem now names. */
function listedOrRenamed(name: string): Division[] {
  const listed = lookup(name);
  return listed.length > 0 || levelRank(name) >= VILLAGE_RANK ? listed : upperStem(stemOf(name) ?? '');
}

/**
 * The names sure enough to be a clause's subject: those of no common stem, and those of a
 * common noun (a village or community the list lacks: 文儒坊社区) that opens a line or an item of a list.
 */
export function namesForSubjects(text: string, mentions: PlaceName[]): PlaceName[] {
  return mentions.map((m) => (m.commonStem === 'noun' && LIST_START_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start)) ? { name: m.name, start: m.start, end: m.end } : m));
}

/** 济南历下千佛山街道: a stem before another parent's stem of two characters and then a name is the first of a path written short. */
function opensShortPath(text: string, after: number, mentionStarts: Set<number>): boolean {
  return mentionStarts.has(after + 2) && isHanAt(text, after) && isHanAt(text, after + 1) && upperStem(text.slice(after, after + 2)).length > 0;
}

/** Where a list or an item opens: a line's start, 、, a colon or a bullet (after a comma, 协力社区… may be a verb's object). */
const LIST_START_BEFORE = new RegExp(`(?:^|\\n|[、:：${BULLETS}】])[ \\t\\u3000]*$`);

/**
 * 部署街道理论学习任务, 原行政区划村面积…: a name the list lacks, of a common word's stem, written once
 * and without its party body after it, is too likely a fragment of the sentence to be the article's unit.
 */
const loneCommonWord = (text: string, m: PlaceName, written: Map<string, number>) =>
  m.commonStem !== undefined && written.get(m.name) === 1 && !PARTY_BODY_AFTER.test(text.slice(m.end, m.end + 3)) && !isListed(m.name);

/** A name whose stem is a verb, or a common noun with a word before it (总收入村): perhaps a fragment of the sentence. */
function doubtful(text: string, m: PlaceName): boolean {
  if (m.commonStem === 'verb') return true;
  return m.commonStem === 'noun' && !startMarked(text, m);
}

/** The levels of the places a stem before a path may name: those above the townships. */
const ANCESTOR_LEVELS = new Set(['市', '县', '区', '旗', '州', '盟']);

/** What joins a unit's name to the name of the unit below it in a signature run into the text (某区委组织部某街道…). */
const DEPARTMENT_RUN_IN = '委组织部';

/** The weight of a name that only opens a path down to the unit at work (某县某镇…), or of a department's signature. */
const PATH_PARENT_WEIGHT = 0.2;

function mentionWeight(text: string, m: PlaceName, next: PlaceName | undefined, inTitle: boolean, afterNext?: PlaceName, previous?: PlaceName, pathStart = m.start, listStart = m.start): number {
  // 某县某镇: the county is the path, the town did the work; but 某镇甲村、乙村: the town holds the list, as a joint figure's parent does.
  if (next && continuesPath(text, m, next) && !(afterNext && NAME_LIST_JOINT.test(text.slice(next.end, afterNext.start)) && levelRank(afterNext.name) === levelRank(next.name))) return PATH_PARENT_WEIGHT;
  // 某州委组织部供稿 on a line of its own: the department that wrote the article, above the unit it writes of; so is one
  // run straight into the name of a unit below (某区委组织部某街道创新实施…, a byline that lost its line break).
  if (text.startsWith('委', m.end) && inDepartmentLine(text, m.start)) return PATH_PARENT_WEIGHT;
  if (text.startsWith(DEPARTMENT_RUN_IN, m.end) && next?.start === m.end + DEPARTMENT_RUN_IN.length && levelRank(next.name) > levelRank(m.name)) return PATH_PARENT_WEIGHT;
  const line = lineAround(text, m.start);
  // 您现在的位置：首页 > 某区 > 文字新闻: a site's section, not what the article is about.
  if (BREADCRUMB.test(line)) return 0;
  // 甲、乙、丙社区成立…: the last of stems sharing its suffix names a group, not the unit at work.
  if (endsStemList(text, m)) return 0;
  // 某县这个村…: the place holds the unit the article is about, as a path's parent does.
  if (A_UNIT_INSIDE.test(text.slice(m.end, m.end + 4)) && levelRank(m.name) < UNIT_INSIDE_RANK) return 0.2;
  let weight = inTitle ? HEADLINE_WEIGHT : 1;
  // Where the name's start is not marked (印发街道 …), the words before it may belong to the sentence (a parent's name marks it).
  const afterDepartment = previous !== undefined && m.start === previous.end + DEPARTMENT_RUN_IN.length && text.startsWith(DEPARTMENT_RUN_IN, previous.end);
  if (!startMarked(text, m) && !(previous && continuesPath(text, previous, m)) && !afterDepartment && !(!inTitle && afterAncestorStem(text, m))) weight /= 2;
  if (doubtful(text, m)) weight /= 3;
  // A source line names the unit in full where the body speaks in its voice (来源：某某社区 … 我社区…).
  if (isByline(line) && !speaksAs(text, m.name, levelWord(m.name))) weight /= 2;
  // 某市委宣传部, 某县审计局: a department other than the organisation department, helping or sending, not the unit at work;
  // but the place's own where the article speaks as the department (局党组, 全系统): its work is the place's.
  if (DEPARTMENT_AFTER.test(text.slice(m.end, m.end + 8)) && !DEPARTMENT_VOICE.test(text)) return weight / 3;
  // A village's 党支部 counts in the headline only (某村党支部书记述职报告): in the body a town's article quotes its villages' secretaries.
  if (PARTY_BODY_AFTER.test(text.slice(m.end, m.end + 3)) || (inTitle && text.startsWith('党支部', m.end))) weight += 2;
  // 派驻某镇某村工作组: the team named for the village it is stationed in works for the village, as its party body would.
  else if (levelRank(m.name) >= VILLAGE_RANK && VILLAGE_TEAM_AFTER.test(text.slice(m.end, m.end + 3))) weight += 2;
  const before = text.slice(Math.max(0, listStart - 10), listStart);
  const transferredTo = TRANSFERRED_TO_BEFORE.test(before);
  if (transferredTo) weight += 2;
  if (weighsAsVenue(text, m, before, transferredTo, pathStart)) weight /= 3;
  return weight;
}

/**
 * A place named where something happened or someone worked before, at the end of a visit's path
 * (from `pathStart`), in an award's or an institution's name, as a facility's owner or a person's
 * home: not the unit at work.
 */
function weighsAsVenue(text: string, m: PlaceName, before: string, transferredTo: boolean, pathStart: number): boolean {
  const after = text.slice(m.end, m.end + 8);
  const beforePath = text.slice(Math.max(0, pathStart - VENUE_PATH_REACH), pathStart);
  return (
    (VENUE_BEFORE.test(before) && !transferredTo) ||
    (VENUE_PATH_BEFORE.test(beforePath) && !TRANSFERRED_TO_BEFORE.test(beforePath)) ||
    (beforePath.endsWith('在') && HELD_AFTER.test(after)) ||
    TRANSFERRED_FROM(before, after) ||
    isNewsSource(text, m) ||
    AIMED_AT_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start)) ||
    AWARD_BEFORE.test(before) ||
    AWARD_LIST_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
    FACILITY_AFTER.test(after) ||
    INSTITUTION_AFTER.test(after) ||
    RESIDENCE_BEFORE.test(text.slice(Math.max(0, m.start - 18), m.start)) ||
    RESIDENT_SPEAKS_AFTER.test(text.slice(m.end, m.end + RESIDENT_REACH)) ||
    inTitleOfSomething(text, m)
  );
}

/** Where a quoted title opens, a few characters before: “某省文明社区”, “2021年度某市先进集体”. */
const TITLE_OPEN_BEFORE = /“[^“”，,。；;！？\n]{0,12}$/;
const TITLE_CLOSE_AFTER = /^[^“”，,。；;！？\n]{0,20}”/;

/**
 * A name inside the quoted title of an award or a campaign (“某省文明社区”): its issuer or its kind,
 * not the unit at work. (A document's title in 《》 is often the unit's own: 《某街道干部管理办法》.)
 */
const inTitleOfSomething = (text: string, m: PlaceName) =>
  TITLE_OPEN_BEFORE.test(text.slice(Math.max(0, m.start - 13), m.start)) && TITLE_CLOSE_AFTER.test(text.slice(m.end, m.end + 21));

/** A count of units of a level after a name (4个“百万村”, 12个社区, 三个乡镇): several of its parts. */
const PARTS_COUNTED_AFTER = /^(?:\d+|[两三四五六七八九十]+)个[“"]?[^，,。；;：:”"]{0,6}?(社区|村|乡镇|镇|乡|街道)/;

/** The name the headline follows with a count of several units below it (某县4个村…, 某街道12个社区…): a round-up of its parts. */
function roundUpOfHeadline(text: string, title: TitleSpan, mentions: PlaceName[]): string | null {
  const first = title.lines[0];
  if (!first) return null;
  for (const m of mentions) {
    if (m.start < first.start || m.end > first.end || m.commonStem) continue;
    const parts = PARTS_COUNTED_AFTER.exec(text.slice(m.end, first.end))?.[1];
    if (parts && levelRank(parts === '乡镇' ? '镇' : parts) > levelRank(m.name)) return m.name;
  }
  return null;
}

/** 我市一社区…, 某县一村…: a headline about one unit of a level, unnamed there. */
const ONE_UNIT_IN_HEADLINE = /(?:^|[我全本该]?[省市县区])(?:一|1个|一个)(社区|村|镇|乡|街道)/;

/** The one name of the level a headline tells of without naming it (我市一社区入选…), where the body names one alone. */
function unitInsideOfHeadline(text: string, title: TitleSpan, mentions: PlaceName[]): string | null {
  const level = ONE_UNIT_IN_HEADLINE.exec(headlineOf(text, title))?.[1];
  if (!level) return null;
  const ofLevel = mentions.filter((m) => m.start >= title.end && isOfLevel(m.name, level));
  // Names of no common stem first; a name the list lacks that reads as a noun (星园社区) where there is none.
  const proper = new Set(ofLevel.filter((m) => !m.commonStem).map((m) => m.name));
  const named = proper.size > 0 ? proper : new Set(ofLevel.filter((m) => m.commonStem === 'noun').map((m) => m.name));
  return named.size === 1 ? [...named][0]! : null;
}

/** Whether bare stems, two or more, are listed right before the name and share its level word (滨湖、西楚、丹阳社区). */
function endsStemList(text: string, m: PlaceName): boolean {
  if (text[m.start - 1] !== '、') return false;
  const items = STEMS_LISTED_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[0].split('、').filter(Boolean) ?? [];
  return items.length >= 2 && items.every((item) => !UNIT_SUFFIXES.some((suffix) => item.endsWith(suffix)));
}
const STEMS_LISTED_BEFORE = /(?:\p{Script=Han}{2,4}、){2,}$/u;

/** 这个村, 一个社区, 这里的村: a unit inside the place just named, which the article is about. */
const A_UNIT_INSIDE = /^(?:的)?(?:这个|这些|一个|这|有个)(?:村|社区|镇|乡|街道|嘎查)/;
/** Places above a village or a township (a county, a city) hold such units. */
const UNIT_INSIDE_RANK = 4;

/** What a name in the headline counts, against 1 for one in the body. */
const HEADLINE_WEIGHT = 5;

/** 我校, 全校: a school's own word for itself. */
const OWN_SCHOOL = /(?:我|全|本)校/g;
const LEVEL_SUFFIX: { [word: string]: RegExp } = { 市: /市$/, 县: /县$/, 区: /(?<!社|居民)区$/, 省: /省$/, 旗: /旗$/, 州: /州$/, 盟: /盟$/, 村: /村$/, 社区: /社区$/, 校: SCHOOL_NAME };

/** How far before a level word an award's verb and year may stand (被评为, 荣获2021年度). */
const AWARD_REACH = 9;

/** How often the article speaks from each level: 我市 and 全市 count for 市, 我校 for 校. */
function ownLevelCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(OWN_LEVEL)) {
    const [, voice, level] = m;
    if (voice === '该' && !opensClause(text, m.index!)) continue;
    // 被评为全省首批…示范村: the level of an award's giver, not the voice of the article.
    if (AWARD_BEFORE.test(text.slice(Math.max(0, m.index! - AWARD_REACH), m.index!))) continue;
    // 作为全省地域面积最大的县级市, 居全省前列: the scope a unit is ranked in, not the voice of the article.
    if (voice === '全' && (RANK_SCOPE_BEFORE.test(text.slice(Math.max(0, m.index! - 2), m.index!)) || RANK_AFTER.test(text.slice(m.index! + 2, m.index! + RANK_REACH)))) continue;
    counts.set(level!, (counts.get(level!) ?? 0) + 1);
  }
  for (const m of text.matchAll(OWN_VILLAGE)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const schools = [...text.matchAll(OWN_SCHOOL)].length;
  if (schools) counts.set('校', schools);
  return counts;
}

/** 居全省, 列全市: a ranking's scope follows. */
const RANK_SCOPE_BEFORE = /(?:居|列|位居|位列)$/;
/** How far after 全省 its ranking may end (全区13个建成区街道排名第一). */
const RANK_REACH = 22;
/** …最大的, …第一, 首个, 前列: a ranking within the level's scope, before the clause ends. */
const RANK_AFTER = /^[^，,。；;！？\n]*?(?:最[大小多高早先好强]|第[一二三四五六七八九十\d]|首[个家批]|前列|前茅|领先|之最|排名)/;

/** The administrative level the article speaks from most (市 for 我市 and 全市), with its count; a school's 我校 and a village's 我村 are none. */
function topOwnLevel(counts: Map<string, number>): [level: string | undefined, count: number] {
  const [level, count] = [...counts].filter(([level]) => !UNSOURCED_LEVELS.has(level)).sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  return [level, count];
}

/**
 * 某市委常委李某率队来我市调研: a unit whose officials only ever come to the article's own (我市, 本县) is a visitor,
 * never the unit at work, however its name leads; the article's voice is its host's.
 */
function visitingUnits(text: string, mentions: PlaceName[]): Set<string> {
  if (!VISIT_TO_OWN.test(text)) return new Set();
  return namesOnlyWhere(mentions, (m) => VISIT_TO_OWN_AFTER.test(text.slice(m.end, m.end + VISIT_REACH)));
}
const VISIT_TO_OWN = /(?:莅临|来到|来|到|深入|走进)(?:我|本)(?:市|县|区|旗|州|盟|镇|乡|街道)/;
const VISIT_TO_OWN_AFTER = new RegExp(`^[^，,。；;！？!?\\n]{0,30}?${VISIT_TO_OWN.source}`);
const VISIT_REACH = 44;

/** The names the article writes only as places visited or worked in (到某县委党校培训, 在某镇): each mention after a venue word. */
function onlyVisited(text: string, mentions: PlaceName[]): Set<string> {
  return namesOnlyWhere(mentions, (m) => VENUE_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start)));
}

/** The names every mention of which passes `test`. */
function namesOnlyWhere(mentions: PlaceName[], test: (m: PlaceName) => boolean): Set<string> {
  const elsewhere = new Set(mentions.filter((m) => !test(m)).map((m) => m.name));
  return new Set(mentions.map((m) => m.name).filter((name) => !elsewhere.has(name)));
}

/** 我市 and 全市 speak of the article's own unit: they count for the best-scoring name of that level (2 each, 6 at most). */
function addOwnLevel(counts: Map<string, number>, scores: Map<string, { score: number; first: number }>, beside: string[], text: string, mentions: PlaceName[]): void {
  for (const [level, count] of counts) {
    const weight = Math.min(6, 2 * count);
    const speaker = UNSOURCED_LEVELS.has(level) ? villageBeforeVoice(text, mentions, level) : undefined;
    if (speaker && scores.has(speaker)) scores.get(speaker)!.score += weight;
    else addToLevel(scores, level, weight, beside);
  }
}

/** 来到某镇某村采访…“我们村…”: a village's own voice is that of the village of its level named last before it speaks. */
function villageBeforeVoice(text: string, mentions: PlaceName[], level: string): string | undefined {
  const voice = [...text.matchAll(OWN_VILLAGE)].find((m) => m[1] === level);
  return voice ? lastNamedBefore(mentions, level, voice.index!) : undefined;
}

/** Adds `weight` to the best scored name of the level (a city among counties, 某县…某县级市, is none of it). */
function addToLevel(scores: Map<string, { score: number; first: number }>, level: string, weight: number, beside: string[] = []): void {
  let best: { score: number } | null = null;
  for (const [name, entry] of scores) {
    if (!LEVEL_SUFFIX[level]!.test(name) || (level === '市' && cityAmongCounties(name, beside))) continue;
    if (!best || entry.score > best.score) best = entry;
  }
  if (best) best.score += weight;
}

/**
 * 该乡, 本镇, 全街道, 这个镇: the voice of a township (乡, 镇 or 街道; not 这个乡村, the countryside); so is its own body
 * opening a clause, its level word bare (镇党委, 镇班子成员; not 某镇党委, 乡镇党委, 各镇党委).
 */
const TOWNSHIP_VOICE = /(?:[该本我全]|这个)(乡(?![村亲土])|镇|街道)|(?<!\p{Script=Han})(乡|镇|街道)(?:党委|党工委|政府|办事处|班子|纪委)/gu;

/** How often the text speaks in the voice of each township level. */
function townshipVoices(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(TOWNSHIP_VOICE)) {
    const level = m[1] ?? m[2]!;
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return counts;
}

/**
 * An article that speaks as a township three times or more (该乡立即成立…, 全乡…) is about the one
 * township of that level it names, where it names only one: a county's round-up names several.
 */
function addTownshipVoice(text: string, scores: Map<string, { score: number; first: number }>, trusted: Set<string>): void {
  for (const [level, count] of townshipVoices(text)) {
    if (count < 3) continue;
    const named = [...scores.keys()].filter((name) => name.endsWith(level) && trusted.has(name));
    if (named.length === 1) scores.get(named[0]!)!.score += Math.min(6, 2 * count);
  }
}

/**
 * 我市 … 长乐新闻网 → 长乐市, when no name found has the article's own level: the first source
 * whose stem the list holds at that level, or as a county (renamed between 县, 区 and 市 since:
 * 长乐市 is 长乐区 now). 梅州日报 with 我县 names no county: a city's paper reports on its counties.
 */
function nameFromSource(text: string, ownLevels: Map<string, number>, names: string[]): { name: string; score: number } | null {
  const [level, count] = topOwnLevel(ownLevels);
  // A province is never guessed from a news source (湖南日报 may report on any place in the province).
  // (社区 names end in 区 too: a community names no district.)
  if (!level || level === '省' || names.some((n) => isOfLevel(n, level))) return null;
  for (const m of text.matchAll(SOURCE_STEM)) {
    const stem = m[1]!;
    // 某某新闻网讯: the outlet opening the news as its own (a city's outlet on the city's news) needs the level's voice but once.
    if (count < (text.startsWith('讯', m.index! + m[0].length) ? 1 : 2)) continue;
    if (/^[中全我本该新]/.test(stem)) continue;
    const divisions = divisionsOfStem(stem);
    // 大兴安岭日报 where the article speaks as 我区: the one division of the stem whose suffix ends in that level's word (大兴安岭地区).
    const ofLevel = divisions.filter((d) => d.name.endsWith(level));
    if (ofLevel.length === 1) return { name: ofLevel[0]!.name, score: count };
    if (divisions.some((d) => d.name === stem + level || d.level === 'county')) return { name: stem + level, score: count };
  }
  return null;
}
