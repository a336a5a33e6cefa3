import type { Measure } from '../record.js';
import type { Quantity } from '../numbers/index.js';
import { scanQuantities } from '../numbers/index.js';
import { BULLETS } from '../normalize/code-table.js';
import type { Segmenter, Token, Word } from '../segment/index.js';
import { BREAKDOWN_WORDS, CURRENCY_NOTE, type Clause, type Sentence } from './clauses.js';
import type { LoadedRule } from './load.js';
import { deferredPattern, type Pattern } from './pattern.js';

export const DEFAULT_MEASURE_WORDS: { [m in Measure]: string[] } = {
  count: ['个', '家', '支', '篇', '条', '件', '项', '场', '次', '期', '堂', '起', '场次', '所', '处', '座', '批', '批次', '轮', '户', '本', '份', '节', '部', '幅', '组', '队', '户次', '宗'],
  people: ['名', '人', '位'],
  person_times: ['人次'],
  cny: ['元'],
  percent: ['%'],
  hours: ['学时', '小时', '课时'],
};

/** What a measure word counts (things, people, person-times …); words outside the defaults count things. */
const KIND = new Map(Object.entries(DEFAULT_MEASURE_WORDS).flatMap(([measure, words]) => words.map((w) => [w, measure] as const)));
const kindOf = (measureWord: string) => KIND.get(measureWord) ?? 'count';

/** Words that may stand between an object and its number: 收入达到6651.85万元, 党员共计86人. */
const LINK_WORDS = [
  '分别达到', '分别为', '分别达', '分别', '达到', '高达', '达', '为', '是', '共计', '共有', '一共有', '一共', '总共有', '总共', '合计', '总计', '累计', '共', '计', '有', '了',
  '增至', '增加到', '提高到', '提升至', '发展到', '突破', '破', '总数', '总量', '人数', '数量', '金额', '总金额', '总额', '量', '均', '全部', '全面', '全都', '都', '已',
  '年均', '人均', '月均', '村均', '平均', '今年', '全年', '当年', '年内', '已经', '首次', '即', '就', '便',
  '一季度', '上半年', '前三季度', '年底', '年末', '保持', '保持在', '稳定在', '连续多年', '多年',
  // a sum received: 经营性收入实际到账51.5万元
  '到账', '实际到账',
  // a level reached, told plainly: 集体收入一下子到了50多万元
  '到', '一下子',
  // a label naming the measure it counts in: 志愿服务活动场次：…186场
  '场次', '次数', '件数', '个数',
  // a level and how the writer weighs it: 只有1.5万元, 也达到了21万元, 实现6.8万元
  '只有', '仅有', '仅', '也', '实现', '率先', '稳步', '再次', '均已',
  // 收入在2000万元以上
  '在',
  // the last of the kinds a number counts together: 读书班、培训班等12期
  '等',
];
/** Marks that may stand between an object and its number: spaces, quotation marks, and a label's colon or a table's bar (新发展党员：2名, 走访群众 | 320户). */
const LINK_MARKS = /[\s"“”‘’'《》「」<>：:|｜]/;
/** The level words that end a unit's name, for the units that lead the items of a list. */
const UNIT_WORD = '(?:街道|社区|嘎查|苏木|镇|乡|村|区|县|市|旗)';
/**
 * The unit an item of a list opens with, right before its number: 乙镇 in 发展党员186名、乙镇132名
 * (the first item's number and its 、 are out of the gap), 甲区 in 覆盖率分别为甲区99.2%、乙区97.6%;
 * not a phrase of the sentence (和全县, 各村).
 */
const ITEM_LEAD = new RegExp(`(?:^|、)(?![和与及或全各本我该每其此这那])\\p{Script=Han}{1,10}?${UNIT_WORD}$`, 'u');

/** Words of plans and targets: a number after one of them in its clause is not a result. Matched as whole words, so 统筹划拨 is no 筹划. */
const PLAN_WORDS = new Set(['力争', '计划', '筹划', '拟', '拟于', '争取', '预计', '预估', '预期', '明年', '下一步', '下步', '今后', '将', '将要', '将会', '要', '目标', '目标任务']);
/** A cheap first look: a clause without any of these characters has no plan word. */
const PLAN_HINT = /力争|计划|筹划|拟|争取|预计|预估|预期|明年|下一?步|今后|将|要|目标/;
/** A sentence that opens with one of these is a plan as a whole: 下一步，将… */
const AIM_EARLIER = /力争|拟于|预计|将计划|计划于|将(?:投资|投入|新建|新增|建设|建成|打造|开展|实施|启动|推进|继续|进一步|全面|着力|重点)/;
const PLAN_OPENING = /^\s*(?:下一步|下步|明年|今后|\d{4}年(?:计划|工作打算)|(?:会议)?要求[，,：:]|[^，,。]{0,6}目标是)/;
const GAP_BREAK = /[、，,；;：:。]/;
/** A list of kinds (调解类、帮扶类等) before a number that sizes it; not a list of deeds one of which is 垃圾分类. */
const KINDS_BEFORE = /类[、和与及][^，,；;。]{0,16}类等$/;
/** 按…总数, 按照: what a share a selection is made by opens with, in the clause before it. */
const QUOTA_BEFORE = /按(?:照)?[^，,；;。]{0,12}$/;
/** A count of kinds (5个类别的服务队, 3种类型的活动): how many kinds, not how many of them. */
const KINDS_COUNTED_AFTER = /^(?:类别|种类|类型|大类|门类)/;
/** A count of shares right before a share: 两个 in “两个百分之百”. */
const COUNTED_SHARES_BEFORE = /[一二两三四五六七八九十][个項项][“"‘]?$/;
/** What makes 个 a span of time: 10个月, 3个小时, 5个工作日. */
const DURATION_AFTER = /^(?:月|小时|钟头|工作日|星期|礼拜)/;
/** The level a congress belongs to (省, 市, 党的), right before its ordinal. */
const CONGRESS_ORDINAL_BEFORE = /(?:[省市县区州旗盟镇乡]|党的)$/;
/** 次 and the congress or plenary it numbers (九次党代会, 十三次全会). */
const CONGRESS_AFTER = /^次(?:党代会|党员代表大会|代表大会|全会|全体会议)/;
const LISTS_AFTER = /^[^，,；;。、\d]{0,6}?清单/;
/** A number right after one of these is a change (比去年减少3个), not a count of things done. */
const CHANGE_BEFORE = /(?:增加|减少|增长|下降|降低|上升|多出|少了)了?\s*$/;
/**
 * A number given for each one of a kind (每个网格配备1名, 每名党员每月参加2次) is a rate, not a total;
 * one averaged over them (平均每人自学100小时) is an average, recorded as one after 人均 is.
 */
const EACH_ONE_BEFORE = /(?<!平均)每(?:个|名|位|户|村|人|月|年|周|季度)[^，,；;。]{0,14}$/;
/**
 * What is done or given each year (每年为村集体带来收益18万元, 每年开展志愿服务活动200余次) is a yearly level, as an
 * average is, not a rate: 每年 alone before a sum of money or a count of some size is let through; not 每年每村, nor a
 * range (每年发展党员1-2名), nor a minimum (每年至少组织开展1次), nor the few times a standing practice recurs (每年召开两次).
 */
function eachOneBefore(clauseBefore: string, quantity: Quantity): boolean {
  const each = EACH_ONE_BEFORE.exec(clauseBefore);
  if (!each) return false;
  const yearly = each[0].startsWith('每年') && !each[0].startsWith('每年度') && !EACH_ONE_BEFORE.test(each[0].slice(2));
  const level = quantity.baseMeasureWord === '元' || ((quantity.value >= YEARLY_LEVEL_FROM || quantity.qualifier !== 'exact') && !MINIMUM_IN.test(each[0]) && !RANGE_BEFORE.test(clauseBefore));
  return !(yearly && level);
}
/** The smallest count that reads as a year's level of work rather than a schedule's few times. */
const YEARLY_LEVEL_FROM = 5;
/** A minimum or a routine stated with 每年 (每年至少…, 每年定期…): a rule, never a year's level. */
const MINIMUM_IN = /至少|不少于|不低于|最少|不超过|定期/;
/** The lower end of a range right before a number (1-2名, 3至5次). */
const RANGE_BEFORE = /\d\s*[-—~～至到]\s*$/;
/** A number after a comparison with another time (比去年同期多发展党员11名, 比上年少3个) is a difference, not a result. */
const COMPARED_BEFORE = /比(?:去年|上年|上一年|往年|同期|前年)[^，,；;。]{0,4}?[多少][^，,；;。\d]{0,8}$/;
/**
 * A bound before 的 and a noun describes a kind, not a count of things done: 党员不足3人的企业,
 * 50名以上的村, 收入10万元以下的村 (a share, 95%以上的党员, is still a rate).
 */
const BOUND_BEFORE = /^(?:不足|不到|超过|超|逾)/;
/** (Or a count of that kind right after it: 党员在3人以上23户企业, 党员不足3人的60户; or the people bounded, then 的: 有3名以上正式党员的社会组织.) */
const KIND_AFTER = /^(?:以下)?(?:[^\d，,。；;、：:的]{0,5}的|[\d零〇一二两三四五六七八九十])/;
/**
 * Whether a number in Chinese numerals right after a closing quotation mark (perhaps and 等: “…、…”等四个突出问题)
 * counts the questions or items quoted.
 */
function countsQuotedItems(quantity: Quantity, clause: string): boolean {
  const afterEtc = clause[quantity.start - 1] === '等';
  const closeAt = quantity.start - (afterEtc ? 2 : 1);
  const closing = clause[closeAt] ?? '';
  if (!quantity.chineseNumeral || !(closing in OPENING_OF)) return false;
  const open = clause.lastIndexOf(OPENING_OF[closing]!, closeAt - 1);
  // A clause that opens with the closing mark ends a quotation of sentences (“发展什么？如何发展？”两个问题).
  if (open < 0) return clause.slice(0, closeAt).trim() === '';
  const quoted = clause.slice(open + 1, closeAt);
  // (After 等, only as many as the items quoted: “甲、乙、丙”等八支志愿服务队伍 counts teams, of which it names some.)
  if (afterEtc) return quoted.split('、').length === quantity.value;
  // (Or the last of a list of quotations whose kind the count names again: “文明家园”、“平安家园”两个家园; not
  // “红马甲”、“银发”两支志愿服务队, the teams formed.)
  return QUOTED_ITEMS.test(quoted) || (QUOTATION_LISTED_BEFORE.test(clause.slice(Math.max(0, open - 2), open)) && quoted.length >= 2 && clause.startsWith(quoted.slice(-2), quantity.end));
}
const QUOTATION_LISTED_BEFORE = /[”」』][、和及与]$/;
const OPENING_OF: { [closing: string]: string } = { '”': '“', '」': '「', '』': '『' };
/** Questions or items a quotation lists: marks that part them inside it. */
const QUOTED_ITEMS = /[？?、；;]./;

/**
 * 三个问题浮现在脑海中，…我该做什么？, 带来了两个问题，一是…有何规划；二是…如何解决: questions (问题) counted in
 * Chinese numerals, then asked in the sentence, are questions put, no matters dealt with.
 */
function countsQuestionsAsked(quantity: Quantity, sentence: Sentence, clause: Clause): boolean {
  return quantity.chineseNumeral && clause.text.startsWith('问题', quantity.end) && QUESTION_WORDS.test(sentence.text.slice(clause.start - sentence.start + quantity.end));
}
const QUESTION_WORDS = /如何|有何|怎样|怎么|什么|哪些|为何|为什么/;

function describesKind(quantity: Quantity, clause: string): boolean {
  // (收入5万元以下的村全部清零: no village is left below the level, which all now pass.)
  if (quantity.baseMeasureWord === '%' || BELOW_CLEARED.test(clause.slice(quantity.end, quantity.end + 24))) return false;
  const after = clause.slice(quantity.end, quantity.end + 8);
  if (!KIND_AFTER.test(after)) return false;
  const surface = clause.slice(quantity.start, quantity.end);
  return after.startsWith('以下') || surface.endsWith('以上') || BOUND_BEFORE.test(surface);
}
const BELOW_CLEARED = /^以下的[^，,；;。]{0,14}?清零/;
/** A number after these is what a place can hold (可同时满足120名学员培训, 能容纳200人), not what was done. */
const CAPACITY_BEFORE = /(?:可|能|可以|能够)(?:同时)?(?:满足|容纳|接待|供)$/;
/** A number after one of these (and at most a short verb) is a requirement (每年至少参加2次, 完成规定的40个学时), not a result. */
const REQUIREMENT_BEFORE = /(?:(?:至少|不少于|不低于|最少|不超过)[\u4e00-\u9fff]{0,2}|(?:规定|要求)的?)\s*$/;
const VERB_TAGS = new Set(['v', 'vd', 'vg', 'vi', 'vq']);

export interface CompiledRule extends LoadedRule {
  measureWords: Set<string>;
  /** The words a gap before the number may be made of: link words and the rule's own verbs. */
  linkWords: string[];
  patternRegex: Pattern | null;
  /** One regex for each word list, so that a text without any of the words is passed over at once. */
  anyObject: RegExp | null;
  anyVerb: RegExp | null;
  anyContext: RegExp | null;
  anyWithout: RegExp | null;
  anyWithoutInClause: RegExp | null;
}

/** A regex matching any of the words (null for none): one scan of a text instead of one per word. */
function anyOf(words: string[]): RegExp | null {
  if (words.length === 0) return null;
  return new RegExp([...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

export interface Match {
  rule: CompiledRule;
  /** The match of the whole this one is a part of (其中, 包括, 分别 after the whole in the same sentence). */
  partOf: Match | null;
  /** The quantity, with offsets into the whole text. */
  quantity: Quantity;
  evidence: { start: number; end: number };
  /** The year a table's column gives the figure (项目  2021年  2022年), where it gives one. */
  year?: number;
}

interface Cue {
  distance: number;
  length: number;
  start: number;
  end: number;
}

export function compileRule(rule: LoadedRule): CompiledRule {
  return {
    ...rule,
    measureWords: new Set(rule.measure_words ?? DEFAULT_MEASURE_WORDS[rule.measure]),
    linkWords: [...LINK_WORDS, ...rule.verbs],
    patternRegex: rule.pattern ? deferredPattern(rule.pattern) : null,
    anyObject: anyOf(rule.objects),
    anyVerb: anyOf(rule.verbs),
    anyContext: anyOf(rule.context),
    anyWithout: anyOf(rule.without),
    anyWithoutInClause: anyOf(rule.without_in_clause),
  };
}

/** The rules indexed by the measure words they accept ('' for a bare 万/亿 scale), built once. */
export type RuleIndex = Map<string, CompiledRule[]>;

export function indexRules(rules: CompiledRule[]): RuleIndex {
  const index: RuleIndex = new Map();
  const add = (word: string, rule: CompiledRule) => {
    const rules = index.get(word);
    if (rules) rules.push(rule);
    else index.set(word, [rule]);
  };
  for (const rule of rules) {
    for (const word of rule.measureWords) add(word, rule);
    if (rule.measure === 'cny') add('', rule);
  }
  return index;
}

/**
 * Finds the rule each quantity of a sentence belongs to: the rule whose cue is nearest to the
 * number, among the rules that accept its measure word (a bare scale, 200万, only money rules).
 */
export function matchSentence(
  index: RuleIndex,
  sentence: Sentence,
  segmenter: Segmenter,
  heading = '',
  earlier: readonly Match[] = [],
  paragraphBefore = '',
  period: () => string = () => sentence.text,
): Match[] {
  const previous = earlier.at(-1);
  const quantitiesByClause = sentence.clauses.map((clause) => scanQuantities(clause.text));
  if (quantitiesByClause.every((quantities) => quantities.length === 0)) return [];
  const matches: Match[] = [];
  const unmatched: { clause: Clause; quantity: Quantity }[] = [];
  // Where the sentence's numbers stand and what they count, for objects_after: found once, when first needed.
  const numbersInSentence = lazy(() =>
    sentence.clauses.flatMap((c, i) => quantitiesByClause[i]!.map((q) => ({ at: c.start - sentence.start + q.start, measureWord: q.baseMeasureWord }))),
  );
  for (const [i, clause] of sentence.clauses.entries()) {
    const quantities = quantitiesByClause[i]!;
    if (quantities.length === 0) continue;
    // Segmenting is the costly part: only clauses that need word boundaries or tags get them.
    const words = lazy(() => segmenter.words(clause.text));
    const windows: ClauseWindows = { sentence, clause, heading, paragraphBefore, upToClause: null, underHeading: null, inParagraph: null };
    const tags = lazy(() => segmenter.tokens(clause.text));
    const respective = lazy(() => respectiveItems(index, clause, quantities, heading, segmenter));
    for (const quantity of quantities) {
      if (!standsAlone(quantity, clause.text, segmenter) || isPlan(sentence, clause, quantity, words)) continue;
      // Only the last few characters matter: a $-anchored pattern would otherwise be tried at every position.
      const before = clause.text.slice(Math.max(0, quantity.start - 8), quantity.start);
      const clauseBefore = clause.text.slice(0, quantity.start);
      if (CHANGE_BEFORE.test(before) || REQUIREMENT_BEFORE.test(before) || CAPACITY_BEFORE.test(before) || COMPARED_BEFORE.test(clauseBefore) || eachOneBefore(clauseBefore, quantity)) continue;
      // 有11个村集体经济收入不足3万元: villages counted below a level are a band of a distribution, no level of theirs
      // (all of them, 12个村…均不足5万元, stay a level); so are villages counted at each of several levels
      // (其中42个村收入达6万元以上；32个村收入突破10万元…), or as a part of those before (其中195条村超过100万元).
      // (A sum the villages hold together, 64个村集体经济收入3107.5万元, stays.)
      if (quantity.baseMeasureWord === '元' && VILLAGES_COUNTED.test(clauseBefore) && !ALL_OF_THEM.test(clauseBefore) && (quantity.qualifier === 'under' || (isBound(quantity, clause.text) && (SOME_OF_THE_VILLAGES.test(clauseBefore) || incomeBands(period()) >= 2)))) continue;
      // 收入10万元的139个, 50万元以上的村有8个: the level of a band, the villages counted after it.
      if (quantity.baseMeasureWord === '元' && VILLAGES_OF_LEVEL_AFTER.test(clause.text.slice(quantity.end, quantity.end + 12))) continue;
      // 占12个村党组织的40%: the whole a share is taken of, restated, never a count of its own.
      if (clause.text[quantity.start - 1] === '占' && BASE_OF_SHARE.test(clause.text.slice(quantity.end))) continue;
      // 每个队落实1名以上专员: one or more is a minimum each one holds, never a total.
      if (quantity.value === 1 && clause.text.slice(quantity.start, quantity.end).endsWith('以上')) continue;
      // 万人规模的志愿服务, 千人规模的培训: the size of an event, not a count of anything.
      if (clause.text.startsWith('规模', quantity.end)) continue;
      // 梳理出6个方面的问题, 调解类、帮扶类等10个: the size of a list of kinds, never a value; nor is the number of the
      // questions or items just quoted (围绕“…？…？”三个问题).
      if (describesKind(quantity, clause.text) || clause.text.startsWith('方面', quantity.end) || KINDS_COUNTED_AFTER.test(clause.text.slice(quantity.end, quantity.end + 2)) || KINDS_BEFORE.test(clause.text.slice(0, quantity.start))) continue;
      if (countsQuotedItems(quantity, clause.text) || countsQuestionsAsked(quantity, sentence, clause)) continue;
      // “两个百分之百”, 三个100%: shares counted as targets of a slogan, never a rate.
      if (quantity.baseMeasureWord === '%' && COUNTED_SHARES_BEFORE.test(before)) continue;
      // 按行政村总数10%的比例倒排出…: the share a selection is made by, a quota, never a rate reached.
      if (quantity.baseMeasureWord === '%' && clause.text.startsWith('的比例', quantity.end) && QUOTA_BEFORE.test(clauseBefore)) continue;
      // 一个又一个难题, 一次又一次: one after another, never a count.
      if (quantity.value === 1 && quantity.chineseNumeral && (clause.text.startsWith('又一', quantity.end) || clause.text[quantity.start - 1] === '又')) continue;
      // 配备1名导师、开展1轮培训、参加1个岗位实践的“三个一”模式: the items of a scheme named by its ones, no counts.
      if (quantity.value === 1 && SCHEME_OF_ONES.test(clause.text)) continue;
      // 省九次党代会, 市十三次党代会: a congress's ordinal written without 第 after its level, never a count.
      if (CONGRESS_ORDINAL_BEFORE.test(clause.text.slice(0, quantity.start)) && CONGRESS_AFTER.test(clause.text.slice(quantity.end - 1, quantity.end + 6))) continue;
      // 前10个月, 3个小时: a span of time, never a count; 7个需求清单: a count of lists, not of what they hold.
      if (quantity.measureWord === '个' && (DURATION_AFTER.test(clause.text.slice(quantity.end, quantity.end + 3)) || LISTS_AFTER.test(clause.text.slice(quantity.end, quantity.end + 8)))) continue;
      const listed = clause.text.includes('分别') ? respective()?.get(quantity) : undefined;
      if (listed) {
        matches.push(listed);
        continue;
      }
      const candidates = withoutVetoedByWhole(index.get(quantity.baseMeasureWord), sentence, clause, quantity, matches);
      const match =
        (candidates && bestMatch(candidates, sentence, clause, quantity, quantities, tags, windows, numbersInSentence)) ||
        listedPart(sentence, clause, quantity, previous && sentence.start - previous.quantity.end <= PREVIOUS_REACH ? [previous, ...matches] : matches) ||
        (candidates && itemUnderLead(candidates, sentence, clause, quantity, heading, segmenter)) ||
        comparedLevel(clause, quantity, matches) ||
        unitItem(clause, quantity, matches) ||
        listContinued(sentence, clause, quantity, matches) ||
        (candidates && dashedLabel(candidates, clause, quantity, heading, segmenter)) ||
        (candidates && yearOfSeries(candidates, sentence, clause, quantity, matches, heading, segmenter)) ||
        shareItem(sentence, clause, quantity, [earlier, matches], paragraphBefore);
      if (match) matches.push(match);
      else unmatched.push({ clause, quantity });
    }
  }
  const ahead = unmatched.length && matches.length ? itemsAhead(unmatched, matches) : [];
  return linkParts(sentence, ahead.length ? [...ahead, ...matches].sort((a, b) => a.quantity.start - b.quantity.start) : matches);
}

/** A scheme named by the number of its items of one each: “三个一”, 五个一工程, “4个1”. */
const SCHEME_OF_ONES = /[两二三四五六七八九十2-9]个[一1](?:[”"]|工程|模式|活动|工作法|机制|行动|制度|举措|做法|培养|压担|$)/;

/** A unit alone leading an item of a list: 甲村 in 甲村50万元、乙村15万元. */
const AHEAD_ITEM = new RegExp(`^\\p{Script=Han}{1,8}?(?:村|社区|嘎查|镇|乡|街道)$`, 'u');
const AHEAD_ITEM_END = /^(?:、|…|$)/;

/**
 * 甲村50万元、乙村15万元……在某镇大会上，宣布各村集体经济收入…: items a unit leads, listed before
 * the sentence names what they count, take the rule of its first later figure of their measure word.
 */
function itemsAhead(unmatched: { clause: Clause; quantity: Quantity }[], matches: Match[]): Match[] {
  const found: Match[] = [];
  for (const { clause, quantity } of unmatched) {
    if (!clause.text.includes('、')) continue;
    let itemStart = clause.text.lastIndexOf('、', quantity.start - 1) + 1;
    while (/[\s\u3000]/.test(clause.text[itemStart] ?? '')) itemStart++;
    if (!AHEAD_ITEM.test(clause.text.slice(itemStart, quantity.start)) || !AHEAD_ITEM_END.test(clause.text.slice(quantity.end))) continue;
    const at = clause.start + quantity.start;
    const later = matches.find((m) => m.quantity.start > at && m.rule.measureWords.has(quantity.baseMeasureWord));
    if (later) found.push(clauseMatch(later.rule, clause, quantity, clause.start + itemStart));
  }
  return found;
}

/** A year's level a figure is compared with: 较2022年的, 比2021年同期的. */
const COMPARED_LEVEL_BEFORE = /(?:较|比|相比|与)(?:19|20)\d{2}年(?:同期)?的$/;

/**
 * The level of another year that a figure of the sentence is compared with (立案218件，较2022年的176件
 * 增长23.9%): the same metric in that year, under the rule of the figure before it that counts its
 * measure word; the year is the figure's own (see `recordYear`).
 */
function comparedLevel(clause: Clause, quantity: Quantity, matches: Match[]): Match | null {
  const at = COMPARED_LEVEL_BEFORE.exec(clause.text.slice(Math.max(0, quantity.start - 12), quantity.start));
  const whole = sameMeasureBefore(matches, quantity);
  if (!at || !whole) return null;
  return clauseMatch(whole.rule, clause, quantity, clause.start + Math.max(0, quantity.start - 12) + at.index);
}

/**
 * A figure read as if `lead` stood right before it: the lead and the figure's text as a sentence of
 * their own. Null where the figure does not read whole there (`atLead`: nor right at the lead's end).
 */
function matchAfterLead(rules: CompiledRule[] | undefined, lead: string, figure: string, heading: string, segmenter: Segmenter, atLead = true): Match | null {
  const text = lead + figure;
  const read = scanQuantities(text).at(-1);
  if (!rules || !read || read.end !== text.length || (atLead && read.start !== lead.length)) return null;
  const synthetic: Sentence = { text, start: 0, clauses: [{ text, start: 0 }] };
  const windows: ClauseWindows = { sentence: synthetic, clause: synthetic.clauses[0]!, heading, paragraphBefore: '', upToClause: null, underHeading: null, inParagraph: null };
  const numbers = () => [{ at: read.start, measureWord: read.baseMeasureWord }];
  return bestMatch(rules, synthetic, synthetic.clauses[0]!, read, [read], lazy(() => segmenter.tokens(text)), windows, numbers);
}

/** A clause that is a unit and its figure alone: 乙街道为95.4% after 甲街道覆盖率为96.8%. */
const UNIT_ITEM = new RegExp(`^[\\s\\u3000]*\\p{Script=Han}{2,7}?${UNIT_WORD}(?:为|达到|达|是)$`, 'u');
const NOTHING_AFTER = /^[\s\u3000。；;]*$/;

/**
 * The figure of a unit in a clause of its own after the figure of another unit or of the whole
 * (分乡镇看，甲街道覆盖率为96.8%，乙街道为95.4%): a level of the metric of the figure before it, with its measure word.
 */
function unitItem(clause: Clause, quantity: Quantity, matches: Match[]): Match | null {
  if (!UNIT_ITEM.test(clause.text.slice(0, quantity.start)) || !NOTHING_AFTER.test(clause.text.slice(quantity.end))) return null;
  const whole = sameMeasureBefore(matches, quantity);
  return whole ? clauseMatch(whole.rule, clause, quantity, clause.start) : null;
}

/** What stands before the figure of a bare item of a list: its thing alone (网格党支部 in 网格党支部12个). */
const BARE_ITEM_BEFORE = /^[\s\u3000]*(?:\p{Script=Han}|[“”"](?=\p{Script=Han}|$)){2,12}$/u;
/**
 * Between the list's figure before and this clause: its measure word and the comma, perhaps with bare
 * items between that no rule took (组建网格党支部48个，邻里党小组101个，功能型党组织16个: the verb governs them all).
 */
const ITEM_JOINT = /^\p{Script=Han}{0,2}[，,](?:[\s\u3000]*\p{Script=Han}{2,12}\d+\p{Script=Han}{0,2}[，,])*$/u;

/**
 * 共成立村党总支3个，网格党支部12个: a bare item after a comma goes on with the list of the clause
 * before, whose last figure counts the same measure word, so the verb before the list governs it:
 * that figure's rule takes it where one of the rule's own objects stands right before the number
 * (楼栋党小组40个 is no branch), or where the item is the list's total (…，共计22.5万元), and none of
 * the rule's vetoes stands in the clause.
 */
function listContinued(sentence: Sentence, clause: Clause, quantity: Quantity, matches: Match[]): Match | null {
  const lead = clause.text.slice(0, quantity.start);
  const yearItem = YEAR_ITEM.test(lead);
  if (!(yearItem || BARE_ITEM_BEFORE.test(lead)) || !NOTHING_AFTER.test(clause.text.slice(quantity.end))) return null;
  // (新建独立党组织8个，联合党支部50家: another measure word of the same rule's counts goes on with the list too.)
  const last = matches.at(-1);
  const before = last && last.rule.measureWords.has(quantity.baseMeasureWord) && kindOf(last.quantity.baseMeasureWord) === kindOf(quantity.baseMeasureWord) ? last : undefined;
  if (!before || !ITEM_JOINT.test(sentence.text.slice(before.quantity.end - sentence.start, clause.start - sentence.start))) return null;
  const { rule } = before;
  const thing = clause.text.slice(0, quantity.start).trim();
  // …，共计22.5万元 (…，总额达到156万元): the total that closes the list counts what its items count.
  const total = LIST_TOTAL.test(thing);
  // (A rule that names no objects names its kind by its context words: 召开“大工委”会议27次，“大党委”会议585次.)
  const kinds = rule.objects.length > 0 ? rule.objects : rule.context;
  if ((!total && !yearItem && !kinds.some((o) => thing.endsWith(o))) || vetoedIn(rule, clause.text)) return null;
  return clauseMatch(rule, clause, quantity, clause.start);
}
/**
 * 村集体经济收入2015年不到1万元，2017年达到2万元，2018年突破16万元: an item that is a year of the series the
 * clause before began, perhaps with a verb of how far it reached, goes on with it. (不到, 突破 and the other
 * qualifiers are the quantity's own: they stand inside it, not before it.)
 */
const YEAR_ITEM = /^[\s\u3000]*(?:19|20)\d{2}年(?:底|末|度)?(?:达到|达|为|增至|增加到|增长到|提高到|提升到|跃升到|升至)?$/;
/**
 * Words of a total closing a list: 共计, 合计, 总计, and a sum's 总额达到. (Not 总数: after a deed's
 * figure, 新建党支部120个，总数达860个, it is the standing stock.)
 */
const LIST_TOTAL = /^(?:(?:共计|合计|总计)|总额(?:达到|达|为)?)$/;

/**
 * 转立案75件，其中产业奖补问题23件: a part after 其中 is a part of the figure before it that counts
 * its measure word, so a rule vetoed in that figure's clause (problems solved, vetoed by 立案)
 * takes no part of it; the whole's own rule may (see `listedPart`). `matches`: the sentence's so far.
 */
function withoutVetoedByWhole(rules: CompiledRule[] | undefined, sentence: Sentence, clause: Clause, quantity: Quantity, matches: Match[]): CompiledRule[] | undefined {
  if (!rules || matches.length === 0 || !sentence.text.includes('其中')) return rules;
  const marker = sentence.text.lastIndexOf('其中', clause.start - sentence.start + quantity.start);
  const whole = marker < 0 ? undefined : wholeBefore(matches, sentence.start + marker, quantity);
  const wholeClause = whole && [...sentence.clauses].reverse().find((c) => c.start <= whole.quantity.start);
  if (!whole || !wholeClause) return rules;
  return rules.filter((rule) => rule.metric === whole.rule.metric || !vetoedIn(rule, wholeClause.text));
}

/** Whether a rule's vetoes, of its window or of its clause, stand in a clause that borrows the rule of a figure before it. */
const vetoedIn = (rule: CompiledRule, clause: string) => Boolean(rule.anyWithout?.test(clause) || rule.anyWithoutInClause?.test(clause));

/** A figure that opens its line before a dash and what it counts: 3个——新组建商户联合党支部 (一组数据). */
const DASH_AFTER = /^[ \u3000]*(?:——|—|－－|--)[ \u3000]*/;
const NOTHING_BEFORE = new RegExp(`^[\\s\\u3000]*(?:[${BULLETS}][\\s\\u3000]*)?$`);

/** A figure read with the words after its dash, as if they stood before it. */
function dashedLabel(rules: CompiledRule[], clause: Clause, quantity: Quantity, heading: string, segmenter: Segmenter): Match | null {
  const dash = DASH_AFTER.exec(clause.text.slice(quantity.end));
  if (!dash || !NOTHING_BEFORE.test(clause.text.slice(0, quantity.start))) return null;
  const label = clause.text.slice(quantity.end + dash[0].length);
  const match = label ? matchAfterLead(rules, label, clause.text.slice(quantity.start, quantity.end), heading, segmenter) : null;
  return match && clauseMatch(match.rule, clause, quantity, clause.start + quantity.start, clause.start + clause.text.length);
}

/** A later level of a series after its verb (…，增加到2019年的75万元，再到2022年的180万元). */
const LATER_LEVEL_OPENING = /^[\s\u3000]*(?:再|又|并)?(?:增加|增长|提高|提升|跃升|上升|攀升|发展|增)?(?:到|至)(?:19|20)\d{2}年(?:底|末)?的$/;
/** A clause or list item that opens with a year and gives its level (2021年为510万元, 2022年增至23.5万元, …、2023年达150万元), also after a colon or an arrow. */
const YEAR_LEVEL_OPENING = /(?:^|[:：→、])[\s\u3000]*(?:19|20)\d{2}年(?:底|末)?(?:更是|又|再|则|已)?(?:为|是|达到|达|有|增至|增长到|增长至|增加到|增加至|提高到|提升到|提升至|上升到|跃升到|突破|实现)$|[:：→、][\s\u3000]*(?:19|20)\d{2}年$/;
/** How a lead tells of growth before its series (村集体收入逐年提升：…): no part of what it counts. */
const GROWTH_TAIL = /(?:逐年|稳步|持续|不断|大幅|逐步)?(?:提升|增长|提高|上升|增加|攀升|壮大)[:：]?$/;

/**
 * A level in a series of years (村集体收入逐年提升：2020年为420万元，2021年为510万元…; 2020年村集体经济收入8.6万元，
 * 2021年增至15.2万元): the metric of the figure before it in the sentence that counts its measure word, or,
 * for the first, the one the lead before the colon names. Its year is its own (see `recordYear`).
 */
function yearOfSeries(rules: CompiledRule[], sentence: Sentence, clause: Clause, quantity: Quantity, matches: Match[], heading: string, segmenter: Segmenter): Match | null {
  const opening = YEAR_LEVEL_OPENING.exec(clause.text.slice(0, quantity.start)) ?? LATER_LEVEL_OPENING.exec(clause.text.slice(0, quantity.start));
  if (!opening) return null;
  // The year opens the clause, or follows the colon after the series' lead (a colon before a digit parts no clause),
  // an arrow from the level before (年度发展党员：2022年11名→2023年16名) or the 、 after it.
  const yearAt = opening.index + (/^[:：→、]/.test(opening[0]) ? 1 : 0);
  if (matches.length > 0) {
    const before = sameMeasureBefore(matches, quantity);
    return before ? clauseMatch(before.rule, clause, quantity, clause.start + yearAt) : null;
  }
  if (yearAt === 0) return null;
  const lead = sentence.text.slice(0, clause.start - sentence.start + yearAt - 1).replace(GROWTH_TAIL, '');
  const match = lead ? matchAfterLead(rules, lead, clause.text.slice(quantity.start, quantity.end), heading, segmenter) : null;
  return match && clauseMatch(match.rule, clause, quantity, sentence.start + Math.min(match.evidence.start, lead.length));
}

/** The numeral of a count of units (11, 十二, 一百). */
const UNITS_COUNTED = '[0-9零一二两三四五六七八九十百]+';
/** A count of villages (11个村, 8个行政村, 195条村; not 村民 or 村道), the source of the patterns below. */
const COUNT_OF_VILLAGES = `${UNITS_COUNTED}[个条](?:行政)?村(?![民道])`;
/** Villages counted in the clause (有11个村, 8个行政村), and words that make the count all of them. */
const VILLAGES_COUNTED = new RegExp(COUNT_OF_VILLAGES);
/** Villages counted as a part of those before (其中195条村超过100万元): a band, however many levels the text gives. */
const SOME_OF_THE_VILLAGES = new RegExp(`其中${COUNT_OF_VILLAGES}`);
const ALL_OF_THEM = /[均都]|全部|全面|所有|全体/;
/** A level passed or not reached (超过10万元, 6万元及以上), not a sum. */
const isBound = (quantity: Quantity, clause: string) => quantity.qualifier !== 'exact' || /^及?以[上下]/.test(clause.slice(quantity.end));
/** A count of villages and then, in its clause, a sum: one band of a distribution of villages over levels of income (counted over the sentences ； joins). */
const VILLAGES_AT_LEVEL = new RegExp(`${COUNT_OF_VILLAGES}[^，,；;。\\d]{0,16}?[0-9零一二两三四五六七八九十百.]+[万亿]?元`, 'g');
const incomeBands = (sentence: string) => sentence.match(VILLAGES_AT_LEVEL)?.length ?? 0;
/** Villages counted right after a level of income (…10万元的139个, …50万元以上的村有8个): a band of a distribution. */
const VILLAGES_OF_LEVEL_AFTER = new RegExp(`^(?:及?以[上下])?的(?:村(?:有|共)?|村\\(社区\\)|村（社区）)?${UNITS_COUNTED}个`);
/** What follows the whole a share is taken of (占12个村党组织的40%). */
const BASE_OF_SHARE = /^[^，,；;。]{0,20}?的(?:\d+(?:\.\d+)?%|百分之)/;
/** A share right after a figure (来信17件，占30%; 来信235件、占55%; 来访24件，20.9%). */
const SHARE_AFTER = /^(?:[(（]次[)）])?[，,、；;]?[\s\u3000]*(?:占|所占|\d+(?:\.\d+)?%)/;
/** The kind an item names, alone before its figure (来信, 反映违反工作纪律的, 农村): no digit, no clause break. */
const SHARE_ITEM_LEAD = /([^，,、；;:：。\d\s\u3000]{1,24})$/;
/** How far after its total a breakdown may run: over the next few paragraphs. */
const SHARE_REACH = 1500;
/** A sentence that tells what a total is made of: 从举报方式看，…, 按问题类型分，…, 具体从…来看，… */
const BREAKDOWN_OPENING = /(?:^|[。；;！？!?])[\s\u3000]*(?:具体)?(?:从|按照|按)[^，,。；;：:\n\d]{1,16}?(?:来看|看|分析|划分|统计|分)[，,：:]/;

/**
 * 共受理信访举报96件…从举报方式看，来信17件，占30%；来访20件，占35%: in a paragraph that breaks a total down (or
 * after 其中), a figure followed by its share is a part by source, type or level, which the catalog records, under
 * the rule of the last count before it of its measure word. Not of people: their parts are by status, not recorded.
 */
function shareItem(sentence: Sentence, clause: Clause, quantity: Quantity, before: readonly (readonly Match[])[], paragraphBefore: string): Match | null {
  if (PEOPLE_WORDS.has(quantity.baseMeasureWord)) return null;
  const inSentence = clause.start - sentence.start + quantity.start;
  const at = inSentence + quantity.end - quantity.start;
  if (!SHARE_AFTER.test(sentence.text.slice(at, at + 8))) return null;
  // The parts stand in a paragraph where a sentence says so, before this one or opening it, or after 其中 in the sentence.
  if (!BREAKDOWN_OPENING.test(paragraphBefore + sentence.text.slice(0, inSentence)) && sentence.text.lastIndexOf('其中', inSentence) < 0) return null;
  const whole = countBefore(before, quantity, clause.start + quantity.start - SHARE_REACH);
  const lead = SHARE_ITEM_LEAD.exec(clause.text.slice(0, quantity.start));
  if (!whole || !lead || untakenBetween(sentence, whole.quantity.end, clause.start + quantity.start, quantity.baseMeasureWord, before.flat())) return null;
  return clauseMatch(whole.rule, clause, quantity, clause.start + lead.index);
}

/** The last count before, of the quantity's measure word, ending after `from` (the lists in order, the later last). */
function countBefore(lists: readonly (readonly Match[])[], quantity: Quantity, from: number): Match | undefined {
  for (let l = lists.length - 1; l >= 0; l--) {
    const list = lists[l]!;
    for (let i = list.length - 1; i >= 0 && list[i]!.quantity.end >= from; i--) {
      const m = list[i]!;
      if (m.rule.measure === 'count' && m.rule.measureWords.has(quantity.baseMeasureWord)) return m;
    }
  }
  return undefined;
}

/** 分别 and what may follow it before the figures of its list. */
const RESPECTIVE_AT = /分别(?:为|是|达到|达|有)?/;

/**
 * The figures after 分别 where the clause lists, before it, what each of them counts (发展党员、选派
 * 党建指导员分别为9名、6名): each figure read with the item in its place, as if the item stood right
 * before it. Null unless the items and figures agree in number and every item reads as a rule's.
 */
function respectiveItems(index: RuleIndex, clause: Clause, quantities: Quantity[], heading: string, segmenter: Segmenter): Map<Quantity, Match> | null {
  const at = RESPECTIVE_AT.exec(clause.text);
  if (!at) return null;
  const figures = quantities.filter((q) => q.start >= at.index + at[0].length);
  const items = clause.text.slice(0, at.index).split('、');
  if (items.length < 2 || items.length !== figures.length) return null;
  if (figures.some((q, k) => k > 0 && clause.text.slice(figures[k - 1]!.end, q.start) !== '、')) return null;
  const read = new Map<Quantity, Match>();
  const readItem = (item: string, figure: Quantity) =>
    matchAfterLead(index.get(figure.baseMeasureWord), item, clause.text.slice(figure.start, figure.end), heading, segmenter);
  // The first item's words before what it counts (新建 in 新建党支部、党群服务站分别为3个、5个) go for the items after it.
  let lead = '';
  let itemStart = 0;
  for (const [k, item] of items.entries()) {
    const figure = figures[k]!;
    const own = readItem(item, figure);
    const match = own ?? (k > 0 && lead ? readItem(lead + item, figure) : null);
    if (!match) return null;
    const inItem = own ? match.evidence.start : match.evidence.start - lead.length;
    if (k === 0) lead = item.slice(0, Math.max(0, ...match.rule.objects.map((o) => item.lastIndexOf(o))));
    const evidenceStart = clause.start + itemStart + Math.max(0, Math.min(inItem, item.length));
    read.set(figure, clauseMatch(match.rule, clause, figure, evidenceStart));
    itemStart += item.length + 1;
  }
  return read;
}

/** How far a sentence opening with 其中 may stand from the number before it, the end of the sentence before: 覆盖率达到98.6%。其中，… */
const PREVIOUS_REACH = 12;

/** A unit leading an item of a list, right before its number: 甲镇99.2%, 、乙村4名, 丙镇为12名. */
/** The longest lead PART_LEAD can match: ten characters of name, its level word, a link word. */
const PART_LEAD_REACH = 14;
const PART_LEAD = new RegExp(`\\p{Script=Han}{1,10}?${UNIT_WORD}(?:为|达到|达|有)?$`, 'u');
/** The kind of an item after 其中, perhaps after items before it: 其中省级以上13篇, …、集体经济薄弱的9个 (group 1 the kind). */
const KIND_PART = /其中[，,]?(?:[^，,；;。、:：\d]{1,10}?[\d.]+[^\d、，,；;。]{0,3}、)*([^，,；;。、:：\d]{1,10})$/;
/** Words of a deed or a change, which make a clause of its own rather than a kind: 其中已转化…, 其中新增…. */
const KIND_VETO = /已|完成|转化|整改|整顿|销号|验收|达标|提升|晋升|评为|获评|新建|新增|计划|将|超过|突破|占|比|较|增|减/;
const PEOPLE_WORDS = new Set(['人', '名', '位', '人次']);
/** (The list's first part may name the sending alone: 其中，省级选派9名、市级11名; or the level that sent them: 其中市派68人.) */
const SENT_BY = /选派|派驻|下派|选聘|[省市州盟县区旗乡镇]级?派/;
/** A kind that names people (党员, 贫困户, 青年, 工作人员): who took part, not the topic of the part. */
const PEOPLE_KIND_END = /(?:党员|干部|群众|村民|居民|妇女|青年|学生|儿童|老人|户|者|工|员|人|民|士|生|家)$/;
const OPENS_WITH_OF_WHICH = /^[\s\u3000]*其中/;
const DESCRIBED_UNITS = new RegExp(`的${UNIT_WORD}(?:为|达到|达|有|超过|突破)?$`);
const COUNT_OF_UNITS = new RegExp(`[\\d零〇一二两三四五六七八九十]个${UNIT_WORD}(?:为|达到|达|有|超过|突破)?$`);
/** 分别为 and the figures of the list before this one: 分别为9名、7名、 */
const RESPECTIVE_LEAD = /分别(?:为|是|达到|达|有)?(?:[\d.]+[^\d、，,；;。]{0,3}、)*$/;

/** Whether the sentence holds, between two offsets of the whole text, a figure of the measure word given that no match took. */
function untakenBetween(sentence: Sentence, from: number, to: number, measureWord: string, matches: readonly Match[]): boolean {
  const start = Math.max(0, from - sentence.start);
  if (to - sentence.start <= start) return false;
  const taken = new Set(matches.map((m) => m.quantity.start));
  return scanQuantities(sentence.text.slice(start, to - sentence.start)).some((q) => q.baseMeasureWord === measureWord && !taken.has(sentence.start + start + q.start));
}

/**
 * A number after 其中 that a unit leads and no rule takes (全区覆盖率达到98.6%，其中甲镇99.2%、乙镇97.6%;
 * 发展党员9名，其中甲村5名、乙村4名): a part of the last number before 其中 whose rule counts its
 * measure word, recorded under that rule; `matches` hold the sentence's, and perhaps the last of the
 * sentence before (…达到98.6%。其中，甲镇99.2%).
 */
function listedPart(sentence: Sentence, clause: Clause, quantity: Quantity, matches: Match[]): Match | null {
  if (matches.length === 0 || sentence.text.lastIndexOf('其中', clause.start - sentence.start + quantity.start) < 0) return null;
  const from = Math.max(0, quantity.start - PART_LEAD_REACH);
  // 其中5个村超过20万元: a count of units, no unit, leads a band, not a part.
  // …超过50万元的村有16个: villages described, not named, lead no part either.
  const leadText = clause.text.slice(from, quantity.start);
  const lead = COUNT_OF_UNITS.test(leadText) || DESCRIBED_UNITS.test(leadText) ? null : PART_LEAD.exec(leadText);
  // 其中甲镇、乙镇分别为9名、7名: the units stand before 分别, the figures after it in their order.
  const respective = lead ? null : RESPECTIVE_LEAD.exec(clause.text.slice(0, quantity.start));
  const before = clause.text.slice(0, quantity.start);
  // 其中省级以上13篇, 其中班子不团结的4个、集体经济薄弱的9个: the kind a part is of, a few words with no deed of their own.
  // (其中 may stand in a clause of its own: 其中，省级选派9名.)
  const partAt = clause.start - sentence.start + quantity.start;
  const kind = lead || respective ? null : KIND_PART.exec(sentence.text.slice(sentence.text.lastIndexOf('其中', partAt), partAt));
  // (Not of people: 其中农村党员78名, 其中乡科级干部23人 break people down by their status, which is not recorded;
  // by who sent them they are parts, 其中自治区选派9名.)
  // (Person-times by topic are parts, 其中棉花3800人次、畜牧业2700人次; by who took part, 其中党员3000人次, they are not.)
  const ofKind =
    kind !== null &&
    !KIND_VETO.test(kind[1]!) &&
    (!PEOPLE_WORDS.has(quantity.baseMeasureWord) || SENT_BY.test(kind[0]) || (quantity.baseMeasureWord === '人次' && !PEOPLE_KIND_END.test(kind[1]!)));
  // Otherwise the whole's own object right before the number (新组建党组织56个，其中社会组织党组织18个): its verb is the whole's.
  // Its vetoes hold for the part's clause (其中农村党员194人: a breakdown the whole's rule leaves out).
  const objectOf = (rule: CompiledRule) =>
    lead || respective ? '' : vetoedIn(rule, clause.text) ? null : (rule.objects.find((o) => before.endsWith(o)) ?? (ofKind ? '' : null));
  const leadStart = lead ? from + lead.index : respective ? respective.index : quantity.start;
  const marker = sentence.text.lastIndexOf('其中', clause.start - sentence.start + leadStart);
  if (marker < 0) return null;
  // Before 其中 in this sentence, or (where the sentence opens with it) at the end of the one before.
  const whole = wholeBefore(matches, sentence.start + marker, quantity);
  // A whole of the sentence before only where this one opens with 其中.
  if (!whole || (whole.quantity.end <= sentence.start && !OPENS_WITH_OF_WHICH.test(sentence.text))) return null;
  // 组建业委会28个，其中红色业委会23个: a figure no rule took, nearer 其中 and of the same measure word, is the whole.
  if (untakenBetween(sentence, whole.quantity.end, sentence.start + marker, quantity.baseMeasureWord, matches)) return null;
  const object = objectOf(whole.rule);
  if (object === null) return null;
  // The evidence runs from the part's own object, or else from its kind (省级以上13篇).
  return clauseMatch(whole.rule, clause, quantity, clause.start + (lead || respective || object !== '' ? leadStart - object.length : quantity.start - kind![1]!.length));
}

/** The whole a part after 其中 (at `markerAt`) is of: the last match ending by the marker whose rule counts the part's measure word. */
function wholeBefore(matches: Match[], markerAt: number, quantity: Quantity): Match | undefined {
  for (let i = matches.length - 1; i >= 0; i--) {
    const whole = matches[i]!;
    if (whole.quantity.end <= markerAt && whole.rule.measureWords.has(quantity.baseMeasureWord)) return whole;
  }
  return undefined;
}

/** What a list's lead says of the list rather than of the metric: 各乡镇（街道）, 情况为, 排名前五的是, 从…看, a quoted title (“领跑榜”). */
const LIST_WORDS = /“[^”\n]{1,8}”|从|看|[，,]|各(?:乡镇|镇街|街道|镇|乡|村|社区|区县|县区|县市区|单位)(?:[（(][^）)]{1,6}[)）])?|(?:排名|位?居)(?:前|后)[一二三四五六七八九十两\d]+(?:位|名)?的?(?:是|为|依次为)?|情况(?:为|如下)?|如下|分别(?:是|为)|依次(?:是|为)|的是/g;

/**
 * An item a unit leads in a list after a colon that no rule takes (各乡镇发展党员情况为：甲镇45名、乙镇38名;
 * 从参学率看，排名前三的是：甲镇99.1%、…): read with the metric its lead names, as if the lead stood
 * right before its number. The evidence runs from the lead's cue to the number.
 */
function itemUnderLead(rules: CompiledRule[], sentence: Sentence, clause: Clause, quantity: Quantity, heading: string, segmenter: Segmenter): Match | null {
  const at = clause.start - sentence.start + quantity.start;
  const leadAt =
    leadEnd(sentence.text, at) ?? topicLeadEnd(sentence.text, at) ?? respectiveLeadEnd(sentence.text, at) ?? rankingLeadEnd(sentence.text, at, clause.text.slice(quantity.end, quantity.end + 24));
  if (leadAt === null) return null;
  const leadText = sentence.text.slice(0, leadAt);
  const lead = leadText.replace(LIST_WORDS, '');
  if (!lead) return null;
  const match = matchAfterLead(rules, lead, clause.text.slice(quantity.start, quantity.end), heading, segmenter, false);
  if (!match) return null;
  const cue = leadText.lastIndexOf(lead.slice(match.evidence.start, Math.min(match.evidence.end, lead.length)));
  return clauseMatch(match.rule, clause, quantity, sentence.start + (cue >= 0 ? cue : leadAt + 1));
}

/** Where the lead of a list ends, at its colon, when a unit leads the item at `at` (甲镇45名). */
function leadEnd(text: string, at: number): number | null {
  return unitItemAfter(text, at, Math.max(text.lastIndexOf('：', at), text.lastIndexOf(':', at)), 1);
}

/** `end` when it is no more than a clause away from `at` and a unit leads the item at `at`, after the lead's `markLength` characters at `end`. */
function unitItemAfter(text: string, at: number, end: number, markLength: number): number | null {
  if (end < 0 || /[；;。]/.test(text.slice(end, at)) || !PART_LEAD.test(text.slice(Math.max(end + markLength, at - PART_LEAD_REACH), at))) return null;
  return end;
}

/** 从参学率看，…: the topic a sentence opens with, what its lists of units count. */
const TOPIC = /^[\s\u3000]*从([^，,。；;：:]{1,16})看[，,]/;

/**
 * Where the topic ends (从参学率看，甲区、乙区分别为99.3%、98.8%), when the figure at `at` is an item a
 * unit leads or one of a list after 分别; null where the topic names no metric (从各街道看).
 */
function topicLeadEnd(text: string, at: number): number | null {
  const topic = TOPIC.exec(text);
  if (!topic || at < topic[0].length || !topic[1]!.replace(LIST_WORDS, '')) return null;
  const before = text.slice(topic[0].length, at);
  return PART_LEAD.test(before.slice(-PART_LEAD_REACH)) || RESPECTIVE_LEAD.test(before) ? topic[0].length - 1 : null;
}

/** 上稿量排名前三的分别是花园街道62篇、…: the lead ends where 分别是 opens a list of items units lead. */
const RESPECTIVE_WORDS = ['分别是', '分别为', '依次是', '依次为'];

function respectiveLeadEnd(text: string, at: number): number | null {
  // The last of the words that ends by `at` (no two of them can overlap).
  let end = -1;
  for (const word of RESPECTIVE_WORDS) if (at >= word.length) end = Math.max(end, text.lastIndexOf(word, at - word.length));
  return unitItemAfter(text, at, end, 0);
}

/** 以98万元位居第一, 分别以98万元、87万元位列第二、第三: a figure a unit ranks by. */
const RANKED_BY = /(?:以|分别以|[\d.]+\p{Script=Han}{0,2}、)$/u;
/** What follows the figure: the rank, perhaps after the list's other figures (、87万元位列…). */
const RANK_AFTER = /^(?:、[\d.]+\p{Script=Han}{0,2})*(?:位居|位列|居|排名|排在|列)/u;
/** The ranking a sentence opens with: 在全县村级集体经济收入排名中, 全市参学率排名 … */
const RANKING = /(?:排名|排行|排位)中?[，,]/;

/** Where the lead of a ranking ends (在全县…收入排名中，甲村以126万元位居第一), before 排名; null without one. */
function rankingLeadEnd(text: string, at: number, after: string): number | null {
  if (!RANK_AFTER.test(after) || !RANKED_BY.test(text.slice(Math.max(0, at - 12), at))) return null;
  const ranking = RANKING.exec(text.slice(0, at));
  return ranking && !/[；;。]/.test(text.slice(ranking.index, at)) ? ranking.index : null;
}

function lastWhole(kept: Match[], part: Match, markerAt: number): Match | undefined {
  for (let i = kept.length - 1; i >= 0; i--) {
    const w = kept[i]!;
    if (w.rule.metric === part.rule.metric && w.rule.measure === part.rule.measure && w.quantity.end <= markerAt) return w;
  }
  return undefined;
}

/** Words after a whole that open its parts: 完成税收3.52亿元，其中非公企业1.2亿元. */
const PART_MARKERS = ['其中', '包括', '分别'];
/**
 * A part of a count of people by sex, age, education, ethnicity (少数民族, 回族党员), status (在职, 直管, 流动) or
 * sector (其中农村党支部25个、党员726名, 机关单位…): not recorded at all.
 */
const PERSONAL_BREAKDOWN =
  /女|男性|男党员|岁|学历|大专|本科|研究生|硕士|博士|高中|初中|少数民族|族党员|妇女|青年党员|老党员|农民|退役军人|预备党员|正式党员|学生党员|教职工党员|教师党员|离退休|退休|干部|工人|渔民|一线|在职|直管|流动|失联|农村|机关|企业|非公|事业单位|学校|两新|社会组织|城镇|国企/;

/**
 * Marks each match that stands after a part marker as a part of the last match of the same metric
 * and measure before that marker, and drops parts of a count of people that break it down by person.
 */
function linkParts(sentence: Sentence, matches: Match[]): Match[] {
  if (matches.length < 2 || !PART_MARKERS.some((m) => sentence.text.includes(m))) return matches;
  const kept: Match[] = [];
  for (const match of matches) {
    const at = match.quantity.start - sentence.start;
    const marker = Math.max(...PART_MARKERS.map((m) => sentence.text.lastIndexOf(m, at)));
    const whole = marker < 0 ? undefined : lastWhole(kept, match, marker + sentence.start);
    if (!whole) {
      kept.push(match);
      continue;
    }
    const isPeople = match.rule.measure === 'people' || match.rule.measure === 'person_times';
    if (isPeople && PERSONAL_BREAKDOWN.test(sentence.text.slice(marker, at))) continue;
    kept.push({ ...match, partOf: whole.partOf ?? whole });
  }
  return kept;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * A Chinese numeral inside a word (两个维护, 千家万户), opening a quoted name (“百名干部”计划) or
 * run together with digits (“四个100”) is part of a name, not a count.
 */
function standsAlone(quantity: Quantity, text: string, segmenter: Segmenter): boolean {
  if (!quantity.chineseNumeral) return true;
  if (/[“"「『《]/.test(text[quantity.start - 1] ?? '') || /\d/.test(text[quantity.end] ?? '')) return false;
  const from = Math.max(0, quantity.numberStart - 6);
  const words = segmenter.words(text.slice(from, quantity.end + 6));
  const cuts = (at: number) => words.some((t) => t.start + from < at && at < t.end + from);
  // A qualifier before the numeral (近百起) is the quantity's own: jieba's 近百 is no word around it.
  return !cuts(quantity.start) && !cuts(quantity.end);
}

function isPlan(sentence: Sentence, clause: Clause, quantity: Quantity, words: () => Word[]): boolean {
  if (PLAN_OPENING.test(sentence.text)) return true;
  // 力争新建…，再选派…: an aim an earlier clause states governs the rest of the sentence (将 may be a preposition: 将…作为).
  if (AIM_EARLIER.test(sentence.text.slice(sentenceWindowStart(sentence, clause), clause.start - sentence.start))) return true;
  if (!PLAN_HINT.test(clause.text.slice(0, quantity.start))) return false;
  const tokens = words();
  const secured = (t: Word) => securesFunds(clause.text.slice(t.end, quantity.start), clause.text.slice(quantity.end, quantity.end + 8));
  const named = (t: Word) =>
    isProgrammeName(clause.text.slice(Math.max(0, t.start - 2), t.start), clause.text.slice(t.end, t.end + 3)) || DRAWN_UP_BEFORE.test(clause.text.slice(Math.max(0, t.start - 16), t.start));
  // (The deed may stand before the figure too: 将215名党员编成12支服务队.)
  const disposed = (t: Word) => DISPOSED_AFTER.test(clause.text.slice(quantity.end)) || DISPOSED_BEFORE.test(clause.text.slice(t.end, quantity.start));
  return tokens.some(
    (t) => t.end <= quantity.start && PLAN_WORDS.has(t.word) && !(t.word === '争取' && secured(t)) && !(t.word === '计划' && named(t)) && !(t.word === '将' && !clause.text.startsWith('把', t.end) && disposed(t)),
  );
}

/** 将收集的210个问题纳入议题, 将86名党员编成6支服务队: 将 that puts its object somewhere or makes something of it (把) tells what was done, not what will be. */
const DISPOSAL = '纳入|列入|作为|列为|转化为|转为|交由|移交|整合为|用于|组成|编成|编入|组建成';
const DISPOSED_AFTER = new RegExp(`^[^，,。；;]{0,12}?(?:${DISPOSAL})`);
/** …and where the deed stands before the figure, its object between (将组成10支服务队 is an aim: no object between). */
const DISPOSED_BEFORE = new RegExp(`^[^，,。；;]{2,24}?(?:${DISPOSAL})`);

/**
 * 计划 naming a programme (“头雁”计划已选派…, 该计划实施以来…) is no plan: its verb tells what was done.
 */
const PROGRAMME_BEFORE = /(?:[”"』」》]|该|此|这一|本)$/;
const PROGRAMME_AFTER = /^(?:已|实施(?:以来|后|中|期间|过程|[一二两三四五六七八九十\d]+年)|启动|推行|开展以来|自)/;
/** 制定…学习计划并召开…: a plan drawn up is a document the clause tells of, no aim of its figures. */
const DRAWN_UP_BEFORE = /(?:制定|制订|编制|印发|出台|下发)[^，,。；;：:]{0,12}$/;
const isProgrammeName = (before: string, after: string) => PROGRAMME_BEFORE.test(before) || PROGRAMME_AFTER.test(after);

/**
 * 争取 that has got what it names (争取到…, 争取资金85万元, 争取…项目12个、资金300万元, 争取85万元资金,
 * 争取85万元扶贫资金, 争取280万元实施…项目, 争取5万元新建健身广场) reports a result; 争取 before a deed or a
 * time (争取年内建成…) is a plan.
 */
const SECURED = /^(?:到|回)|^.{0,16}?(?:资金|经费|党费|项目|款|基金)/;
const FUNDS_AFTER = /^(?:的?\p{Script=Han}{0,4}?(?:资金|经费|党费|项目|款|基金)|用于|实施|新建|修建|建设|硬化|改造|购置|安装)/u;
/** (争取落实帮扶资金2860万元 has got its funds: 落实 there is put in place, not a deed ahead.) */
const DEED_OR_TIME = /^(?:在|于|年|月|本年|今年|明年|早日|尽快|完成|实现|达到|建成|落实(?!\p{Script=Han}{0,4}(?:资金|经费|党费)))/u;
function securesFunds(between: string, after: string): boolean {
  if (between === '') return FUNDS_AFTER.test(after);
  return SECURED.test(between) && !DEED_OR_TIME.test(between);
}

function bestMatch(
  rules: CompiledRule[],
  sentence: Sentence,
  clause: Clause,
  quantity: Quantity,
  quantities: Quantity[],
  tags: () => Token[],
  windows: ClauseWindows,
  numbersInSentence: () => SentenceNumber[],
): Match | null {
  let best: { rule: CompiledRule; cue: Cue; verb: number } | null = null;
  // A figure inside a breakdown in brackets keeps its own vetoes; one outside it does not take the breakdown's.
  const outsideAsides = !inAside(clause.text, quantity.start);
  for (const rule of rules) {
    if (!appliesToClause(rule, windows, outsideAsides)) continue;
    // (A figure in a breakdown is named inside it, never by a word after the bracket closes.)
    if (!outsideAsides && rule.objects.length === 0 && rule.objects_after.length > 0) continue;
    // The verb may be the number's own qualifier (收入从8万元突破50万元: 突破 both reaches the level and qualifies it).
    const verb = rule.verbs.length ? lastIndexOfAny(clause.text, quantity.numberStart, rule.verbs) : -1;
    if (rule.verbs.length && (verb < 0 || itemOfOwnVerb(clause.text, verb, quantity, rule, tags))) continue;
    // The clause holds a context word (see appliesToClause), so there is a nearest one.
    const context = rule.context.length ? nearestContext(rule, windows, quantity) : null;
    const cue = rule.objects.length || rule.objects_after.length ? nearestObject(rule, sentence, clause, quantity, quantities, tags, numbersInSentence) : context;
    if (!cue || (cue === context && ownItemBefore(clause.text, cue.end, quantity, quantities))) continue;
    if (!best || isBetter(rule, cue, best.rule, best.cue)) best = { rule, cue, verb };
  }
  if (!best) return null;
  const evidence = evidenceOf(best.cue, best.verb, quantity, clause);
  return clauseMatch(best.rule, clause, quantity, evidence.start, evidence.end);
}

/**
 * 培训12期800人次、主题党日活动60场3000人次: a figure right after another in a list item that opens,
 * after the context word, with its own object (活动60场) counts that object, not the context's.
 */
function ownItemBefore(text: string, cueEnd: number, quantity: Quantity, quantities: Quantity[]): boolean {
  const item = text.lastIndexOf('、', quantity.start - 1);
  if (item < 0 || item < cueEnd) return false;
  const first = quantities.find((q) => q.start > item && q.end <= quantity.start);
  return first !== undefined && quantities.some((q) => q.end === quantity.start) && ITEM_OBJECT.test(text.slice(item + 1, first.start));
}
const ITEM_OBJECT = /\p{Script=Han}{2}/u;

/**
 * 解决问题26件、排查安全隐患25次: a figure in a later item of a list, where the item opens with a verb
 * of its own that the rule does not know, counts that verb's deed, not the deed of the rule's verb
 * before the list.
 */
function itemOfOwnVerb(text: string, verb: number, quantity: Quantity, rule: CompiledRule, tags: () => Token[]): boolean {
  const item = text.lastIndexOf('、', quantity.start - 1);
  if (item < verb) return false;
  const opening = tags().find((t) => t.start > item && t.word.trim() !== '');
  return opening !== undefined && opening.start < quantity.start && VERB_TAG.test(opening.tag) && !rule.verbs.some((v) => v.startsWith(opening.word) || opening.word.startsWith(v));
}
const VERB_TAG = /^v/;

interface SentenceNumber {
  /** Offset in the sentence. */
  at: number;
  measureWord: string;
}

/**
 * The texts a rule's context and without words are looked for in: the clause; the sentence up to
 * the end of the clause; that under its heading; or that after the sentences of its paragraph
 * before it. Made once per clause, when first needed.
 */
interface ClauseWindows {
  sentence: Sentence;
  clause: Clause;
  heading: string;
  /** The paragraph's text before the sentence. */
  paragraphBefore: string;
  upToClause: string | null;
  underHeading: string | null;
  inParagraph: string | null;
}

/**
 * Whether a rule can take any number of the clause at all: the conditions that depend on the
 * clause alone, the cheap word lists before the rule's pattern. (Not kept per clause: a clause
 * with numbers mostly has just one.)
 */
function appliesToClause(rule: CompiledRule, w: ClauseWindows, outsideAsides = false): boolean {
  const clause = w.clause.text;
  // Without objects_after, a rule with objects needs one in the clause.
  if (rule.anyObject !== null && rule.objects_after.length === 0 && !rule.anyObject.test(clause)) return false;
  if (rule.anyVerb !== null && !rule.anyVerb.test(clause)) return false;
  if (rule.anyContext !== null && !rule.anyContext.test(windowText(rule, w))) return false;
  if (rule.anyWithout !== null && rule.anyWithout.test(vetoable(windowText(rule, w), outsideAsides))) return false;
  if (rule.anyWithoutInClause !== null && rule.anyWithoutInClause.test(vetoable(clause, outsideAsides))) return false;
  return rule.patternRegex === null || rule.patternRegex.test(hasBracket(clause) ? clause.replace(CURRENCY_NOTE, '') : clause);
}

/** The text a rule's vetoes are looked for in: outside a figure's breakdown, without the breakdown's words. */
const vetoable = (text: string, outsideAsides: boolean) => (outsideAsides ? withoutBreakdowns(text) : text);

/** A breakdown in brackets after a total (党员1378名（其中女党员246名…）, （含离退休党员2716名）, (女党员5人), 【女党员80名】): its words veto nothing. */
const BREAKDOWN_ASIDE = new RegExp(`[（(【[]${BREAKDOWN_WORDS}[^（）()【】[\\]]*[)）】\\]]`, 'g');
const hasBracket = (text: string) => text.includes('（') || text.includes('(') || text.includes('【') || text.includes('[');
const withoutBreakdowns = (text: string) => (hasBracket(text) ? text.replace(BREAKDOWN_ASIDE, '') : text);
/** Whether `at` falls inside such a breakdown. */
function inAside(text: string, at: number): boolean {
  if (!hasBracket(text)) return false;
  for (const m of text.matchAll(BREAKDOWN_ASIDE)) if (at >= m.index! && at < m.index! + m[0].length) return true;
  return false;
}

/**
 * Where the sentence's part of a window starts: the sentence's start, or at most SENTENCE_WINDOW characters
 * before the clause's end (never inside the clause), so that a text without full stops is not read whole for
 * every figure.
 */
function sentenceWindowStart(sentence: Sentence, clause: Clause): number {
  const clauseStart = clause.start - sentence.start;
  return Math.min(clauseStart, Math.max(0, clauseStart + clause.text.length - SENTENCE_WINDOW));
}
const SENTENCE_WINDOW = 1000;

/** The text of a rule's window (see ClauseWindows). */
function windowText(rule: CompiledRule, w: ClauseWindows): string {
  if (rule.window === 'clause') return w.clause.text;
  w.upToClause ??= w.sentence.text.slice(sentenceWindowStart(w.sentence, w.clause), w.clause.start - w.sentence.start + w.clause.text.length);
  if (rule.window === 'paragraph') return (w.inParagraph ??= w.paragraphBefore + w.upToClause);
  if (rule.window === 'sentence' || !w.heading) return w.upToClause;
  w.underHeading ??= `${w.heading}\n${w.upToClause}`;
  return w.underHeading;
}

/** Where the clause starts in a rule's window. */
function clauseInWindow(rule: CompiledRule, w: ClauseWindows): number {
  if (rule.window === 'clause') return 0;
  const inSentence = w.clause.start - w.sentence.start - sentenceWindowStart(w.sentence, w.clause);
  if (rule.window === 'paragraph') return w.paragraphBefore.length + inSentence;
  return rule.window === 'sentence' || !w.heading ? inSentence : inSentence + w.heading.length + 1;
}

/** The context word nearest the quantity, its offsets in the clause. */
function nearestContext(rule: CompiledRule, w: ClauseWindows, quantity: Quantity): Cue | null {
  const offset = -clauseInWindow(rule, w);
  return nearest(windowText(rule, w), rule.context, quantity.start - offset, offset);
}

/**
 * Nearest cue wins; then the longer (more specific) cue; then a rule with objects; then the rule with more conditions
 * (trigger verbs, context words, objects, pattern); then metric and rule id, so file order never decides.
 */
function isBetter(rule: CompiledRule, cue: Cue, bestRule: CompiledRule, bestCue: Cue): boolean {
  if (cue.distance !== bestCue.distance) return cue.distance < bestCue.distance;
  if (cue.length !== bestCue.length) return cue.length > bestCue.length;
  // An object beside the number says more than a context word at the same place.
  const objects = rule.objects.length > 0;
  if (objects !== bestRule.objects.length > 0) return objects;
  if (conditions(rule) !== conditions(bestRule)) return conditions(rule) > conditions(bestRule);
  if (rule.metric !== bestRule.metric) return rule.metric < bestRule.metric;
  return rule.id < bestRule.id;
}

const conditions = (rule: CompiledRule) =>
  Number(rule.verbs.length > 0) + Number(rule.context.length > 0) + Number(rule.objects.length + rule.objects_after.length > 0) + Number(rule.patternRegex !== null);

/** A head noun after a list: 120场政策宣讲、文艺演出等志愿服务 counts 志愿服务. Its cue beats any nearer one. */
const HEAD_DISTANCE = -1;
const LIST_HEAD = /等(?:各类|各项|多种|多项|方面的?)?$/;
/** A head noun with its own figure after it (…、某研讨会等党课20余场) heads that figure's item, not the list before. */
const OWN_FIGURE_AFTER = /^(?:共|近|约|达|计)?\d/;

/**
 * The object nearest the number: right before it (only link words between), just after its
 * measure word, as the head noun of a list after it (…等志愿服务), or an `objects_after` word further on.
 */
function nearestObject(
  rule: CompiledRule,
  sentence: Sentence,
  clause: Clause,
  quantity: Quantity,
  quantities: Quantity[],
  tags: () => Token[],
  numbersInSentence: () => SentenceNumber[],
): Cue | null {
  const text = clause.text;
  let best: Cue | null = null;
  const objects = rule.anyObject && rule.anyObject.test(text) ? rule.objects : [];
  for (const word of objects) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      let distance = NaN;
      if (end <= quantity.start && isObjectGap(withoutItemLead(withoutQuantities(text, end, quantity.start, quantities, rule, quantity)), rule.linkWords)) distance = quantity.start - end;
      // (Not one inside a breakdown in brackets after the figure: 244名党员（含预备党员25名）.)
      else if (
        at >= quantity.end &&
        isNounGap(text, quantity.end, at, rule.max_gap, tags) &&
        !inAside(text, at) &&
        !PLACE_AFTER_OBJECT.test(text.slice(end, end + 4)) &&
        !HOLDER_AFTER_OBJECT.test(text.slice(end, end + 12)) &&
        !(countedAfter(quantities, end, rule) && verbRightBefore(tags, quantity.end, at))
      )
        distance = at - quantity.end;
      else if (at > quantity.end && text.lastIndexOf('等', at) > quantity.end && isListHead(text.slice(quantity.end, at)) && !OWN_FIGURE_AFTER.test(text.slice(end, end + 4)) && !PLACES_COUNTED.test(text.slice(quantity.end)))
        distance = HEAD_DISTANCE;
      if (!Number.isNaN(distance) && (!best || distance < best.distance || (distance === best.distance && word.length > best.length)))
        best = { distance, length: word.length, start: at, end };
    }
  }
  if (rule.objects_after.length) {
    const from = clause.start - sentence.start + quantity.end;
    for (const word of rule.objects_after) {
      const at = sentence.text.indexOf(word, from) - from;
      if (at < 0 || at > rule.reach || GAP_BREAK_HARD.test(sentence.text.slice(from, from + at))) continue;
      // 培育人才649人，组建党员志愿者服务队…: a later clause's deed takes the word for its own object, another group.
      if (LATER_DEED.test(sentence.text.slice(from, from + at))) continue;
      if (numbersInSentence().some((n) => n.at >= from && n.at < from + at && rule.measureWords.has(n.measureWord))) continue;
      // …居民2万人，社区的志愿者只有三百人: a word followed by a count of its own is counted by that count.
      const wordEnd = from + at + word.length;
      if (numbersInSentence().some((n) => n.at >= wordEnd && n.at <= wordEnd + OWN_COUNT_REACH && rule.measureWords.has(n.measureWord) && !CLAUSE_MARK.test(sentence.text.slice(wordEnd, n.at)))) continue;
      if (!best || at < best.distance || (at === best.distance && word.length > best.length))
        best = { distance: at, length: word.length, start: quantity.end + at, end: quantity.end + at + word.length };
    }
  }
  return best;
}

/**
 * 8个现场教学点, 3个培训基地, 7个软弱涣散村阵地: a word after the figure that runs on into a word of
 * place names the kind of the places counted; the figure counts no deed or body of its own.
 */
const PLACE_AFTER_OBJECT = /^(?:工作|服务)?(?:点|站|基地|阵地|场所|中心|室|馆)/;

/**
 * 6个村党组织书记, 6个软弱涣散村（社区）党组织书记: a word after the figure that runs on into the people who
 * hold a post in it counts those people, not the bodies.
 */
const HOLDER_AFTER_OBJECT = /^(?:[（(][^（）()]{1,6}[)）])?(?:党组织|党支部|党总支|党委|两委)?(?:副?书记|委员|主任)/;

/**
 * 20个乡镇已开展集中培训23场: an object after the figure and a verb, with a count of its own right after
 * it, is the verb's object and counted by that count; the figure counts who did it. (Without a verb
 * before it, 15支志愿服务队18支突击队, the object is the figure's.)
 */
const countedAfter = (quantities: Quantity[], objectEnd: number, rule: CompiledRule) =>
  quantities.some((q) => q.start >= objectEnd && q.start <= objectEnd + OWN_COUNT_REACH && rule.measureWords.has(q.baseMeasureWord));
const verbRightBefore = (tags: () => Token[], from: number, at: number) => tags().some((t) => t.end === at && t.start >= from && VERB_TAGS.has(t.tag));

/** How far after an `objects_after` word its own count may stand (志愿者只有三百人, 志愿者共120名). */
const OWN_COUNT_REACH = 3;
const CLAUSE_MARK = /[，,、；;：:。]/;

const LATER_DEED = /[，,][^，,]{0,4}?(?:组建|成立|带动|组织|引导|发动|动员|招募|培育|打造)[^，,]*$/;

/** 涉及5个村(社区)就业、养老等方面的意见: a figure that counts places does not count the head noun of the list after them. */
const PLACES_COUNTED = /^(?:乡[（(]镇[)）]|镇[（(]街道?[)）]|村[（(]社区[)）]|乡镇|镇街|街道|社区|乡|镇|村)(?!级|集体|民|干部|两委|党|委)/;

/** A gap before a head noun: list items joined by 、 和 及 与, ended by 等, with no clause break. */
function isListHead(gap: string): boolean {
  return LIST_HEAD.test(gap) && /[、及和与]/.test(gap) && !GAP_BREAK_HARD.test(gap);
}
const GAP_BREAK_HARD = /[；;。：:]/;

/**
 * The object first, then how it was done (培训班全年共举办9期, 志愿服务活动累计开展200余场, 志愿服务活动开展63次):
 * a verb of doing, perhaps after a word of totalling.
 */
const TOTALLED_DEED = /^(?:(?:全年|今年|年内|当年)?(?:共|累计|先后|共计|总共|已|已经))?(?:举办|开展|召开|组织开展|组织|举行|讲授|开设|发布|推送|刊发|办理|办结|解决|化解|调解|调处|完成|建成|成立|组建|建立|新建|发展|走访|接收|收集|受理|处置)了?$/;

/** An aside in brackets says more of the object (第一书记（农村指导员）22名): the gap goes on after it. */
const ASIDE = /[（(][^（）()]{1,12}[)）]/g;

const isObjectGap = (gap: string, words: string[]) => {
  const bare = gap.includes('（') || gap.includes('(') ? gap.replace(ASIDE, '') : gap;
  const afterYear = bare.replace(YEAR_OF_LEVEL, '').replace(RUN_OF_YEARS, '').replace(GOODS_BESIDE, '');
  return LEVEL_OF_YEAR.test(bare) || isLinkGap(afterYear, words) || TOTALLED_DEED.test(afterYear);
};
/** Goods given with the money, both in the one figure (发放慰问资金及物资3万元, 兑现分红资金和物资82万元): no word of the gap. */
const GOODS_BESIDE = /^[及和与、](?:物资|实物|物品)/;
/** The level of a year a figure starts from (集体经济收入从2016年的5.6万元…): no word between object and figure. */
const LEVEL_OF_YEAR = /^(?:从|由)(?:19|20)\d{2}年(?:底|末)?的$/;
/** Years in a row a level held, between the object and the figure (收入连续三年突破百万元): no word of the gap. */
const RUN_OF_YEARS = /^连续(?:[两二三四五六七八九十]|\d{1,2})个?年/;
/** The year a level was reached, between the object and the figure (集体经济收入于2021年达86万元): no word of the gap. */
const YEAR_OF_LEVEL = /^(?:于|在|到)?(?:19|20)\d{2}年(?:底|末)?/;

/**
 * Whether a gap can be read as a run of link words and quotation marks. Done by marking reachable
 * positions, in time linear in the gap: a regular expression (共|共计|计)* could backtrack
 * exponentially on a long gap that fails.
 */
export function isLinkGap(gap: string, words: string[]): boolean {
  const reachable = new Uint8Array(gap.length + 1);
  reachable[0] = 1;
  for (let i = 0; i < gap.length; i++) {
    if (!reachable[i]) continue;
    if (LINK_MARKS.test(gap[i]!)) reachable[i + 1] = 1;
    for (const word of words) if (gap.startsWith(word, i)) reachable[i + word.length] = 1;
  }
  return reachable[gap.length] === 1;
}

/**
 * The gap text with other quantities of the clause taken out, so one object serves a second number:
 * 廉政谈话67次1333人次, 志愿者队伍120支3000余人, 立案2件3人 (a number that counts another kind:
 * things, people, person-times), and 新建服务中心6个、改建9个 or 46场和39场 (an item of a list, with its 、 or 和).
 * 服务中心3座40间 keeps its 3座: both count things.
 */
/** What joins the items of a list of numbers: 新建6个、改建9个, 46场和39场. */
const LIST_AFTER = /^[、和及与]$/;

function withoutQuantities(text: string, from: number, to: number, quantities: Quantity[], rule: CompiledRule, quantity: Quantity): string {
  let gap = '';
  let i = from;
  for (const q of quantities) {
    if (q.start < i || q.end > to) continue;
    const listed = LIST_AFTER.test(text[q.end] ?? '');
    if (!listed && rule.measureWords.has(q.baseMeasureWord) && kindOf(q.baseMeasureWord) === kindOf(quantity.baseMeasureWord)) continue;
    gap += text.slice(i, q.start);
    i = listed ? q.end + 1 : q.end;
  }
  return gap + text.slice(i, to);
}

/** The gap without the unit that opens the number's list item, if it ends with one (see ITEM_LEAD). */
function withoutItemLead(gap: string): string {
  const lead = ITEM_LEAD.exec(gap);
  return lead ? gap.slice(0, lead.index + (lead[0].startsWith('、') ? 1 : 0)) : gap;
}

/**
 * Between a measure word and its object there are at most `maxGap` characters (a quoted name
 * counting one), no break and no predicate: 78个小区党支部, but not 47家企业建立了党支部. A verb right
 * before the object is a modifier (5个联合党委) and may stay.
 */
function isNounGap(text: string, from: number, to: number, maxGap: number, tags: () => Token[]): boolean {
  if (from === to) return true;
  const names = quotedNames(text, from, to);
  if (names.reduce((length, [start, end]) => length - (end - start) + 1, to - from) > maxGap) return false;
  const gap = text.slice(from, to);
  // Another number between (14个村的党员代表180人参加培训) counts something else: the object is its.
  if (/\d/.test(gap)) return false;
  // (Works listed before 的 may hold a 、 of their own: 6个新建、改扩建的活动场所.)
  let describedUpTo: number | undefined;
  const described = () => (describedUpTo ??= worksDescribedUpTo(tags(), from, to));
  if (GAP_BREAK.test(gap) && GAP_BREAK.test(text.slice(described(), to))) return false;
  const named = (t: Token) => names.some(([start, end]) => t.start >= start && t.end <= end);
  // 13个乡镇对软弱涣散村党组织…: a preposition opens another phrase, whose object is no object of the figure.
  // (A word jieba tags a verb that opens the gap before a noun names a kind of the noun: 3个快递企业党支部, 外卖骑手.)
  const tokens = tags();
  // (Other modifiers may stand between: 6家独立非公企业党组织.)
  const modifiesNoun = (t: Token, i: number) => t.start === from && t.word.length === 2 && tokens[i + 1]?.start === t.end && nounBefore(tokens, i + 1, to);
  // 49个单位开展问题自查: a verb of doing right before the object, after a noun the figure counts, makes the object that noun's deed's.
  // (Any verb but one that may name a kind, where the figure counts places or bodies, written as a word of their own:
  // 9个社区同步发出需求, 21个村解决矛盾纠纷; not 631个村级组织活动场所, 2个企业独立党支部.)
  const countsBodies = () => tokens.some((n) => n.start === from && BODIES_COUNTED.has(n.word));
  const afterCountedNoun = (t: Token) =>
    t.end === to &&
    (DEEDS_OF_COUNTED.has(t.word) || (!KIND_NAMING_VERBS.has(t.word) && countsBodies())) &&
    tokens.some((n) => n.start >= from && n.end <= t.start && NOUN_TAG.test(n.tag ?? '') && !named(n));
  return !tokens.some(
    (t, i) =>
      t.start < to &&
      t.end > from &&
      !named(t) &&
      ((VERB_TAGS.has(t.tag) && ((t.end !== to && t.end > described() && !modifiesNoun(t, i)) || afterCountedNoun(t))) || (t.tag === 'p' && OBJECT_PREPOSITIONS.has(t.word))),
  );
}

/** Places and bodies a figure may count before their deed (9个社区同步发出…). */
const BODIES_COUNTED = new Set(['村', '行政村', '社区', '单位', '部门', '乡镇', '镇街', '街道', '镇', '乡', '企业', '学校', '机关', '家庭']);
/** Verbs that may name a kind of the object after them (企业独立党支部, 村联合党委, 新建党支部). */
const KIND_NAMING_VERBS = new Set(['独立', '联合', '组织', '新建', '综合', '统一', '共建', '示范', '挂牌']);
/** Verbs of doing that never name a kind of their object (as 新建 or 联合 may: 4个非公企业联合支部). */
const DEEDS_OF_COUNTED = new Set(['开展', '进行', '实施', '举办', '召开', '参加', '参与', '完成', '落实']);

/** Whether the tokens from index `first` are a noun, perhaps after words that qualify it (非公 is an adverb to jieba), ending by `to`. */
function nounBefore(tokens: Token[], first: number, to: number): boolean {
  for (let j = first; j < tokens.length && tokens[j]!.end <= to; j++) {
    if (NOUN_TAG.test(tokens[j]!.tag ?? '')) return true;
    if (!NOUN_QUALIFIER_TAGS.has(tokens[j]!.tag ?? '')) return false;
  }
  return false;
}
const NOUN_QUALIFIER_TAGS = new Set(['d', 'b']);

/**
 * Where the works done to the objects end, when the gap opens with them: 36个新建和改造的党群服务中心,
 * 5个新建、改扩建的活动场所 (verbs joined by 和 or 、, then 的, describe the objects counted and are no
 * predicate of the clause). `from` where the gap opens otherwise.
 */
function worksDescribedUpTo(tokens: Token[], from: number, to: number): number {
  // A verb, then a joiner and a verb as often as written (用于开展活动的 is a clause of its own, no list of works).
  let verbNext = true;
  for (const t of tokens) {
    if (t.end <= from) continue;
    if (t.start >= to || t.start < from) return from;
    if (t.word === '的') return verbNext ? from : t.end;
    // jieba tags some works as abbreviations (改扩建) or places (新建, a district's name too).
    const verb = VERB_TAGS.has(t.tag) || t.tag === 'vn' || t.tag === 'j' || (t.tag === 'ns' && t.word.length === 2);
    if (verbNext ? !verb : !WORKS_JOINERS.has(t.word)) return from;
    verbNext = !verbNext;
  }
  return from;
}
const WORKS_JOINERS = new Set(['和', '、', '及', '与', '或']);
const OBJECT_PREPOSITIONS = new Set(['对', '向', '把', '将', '给', '针对']);
const NOUN_TAG = /^n[a-z]?$/;

/**
 * A quoted name or a title between a number and its object (6个“红色先锋”功能型党支部, 3支“党建引领”志愿服务队,
 * 18期《某某》微视频) names the object: it stands for one character of the gap, and its words are no verbs of the clause.
 */
const QUOTED_NAME = /“[^“”\n]{1,12}”|《[^《》\n]{1,12}》/g;
function quotedNames(text: string, from: number, to: number): [number, number][] {
  const gap = text.slice(from, to);
  if (!gap.includes('“') && !gap.includes('《')) return [];
  return [...gap.matchAll(QUOTED_NAME)].map((m) => [from + m.index!, from + m.index! + m[0].length]);
}

function nearest(window: string, words: string[], position: number, windowOffset: number): Cue | null {
  let best: Cue | null = null;
  for (const word of words) {
    // Only the last occurrence ending by the position and the first one after it can be nearest (the earlier of two
    // as near): a long sentence is not searched from its start for every figure.
    best = closer(best, word, position >= word.length ? window.lastIndexOf(word, position - word.length) : -1, position, windowOffset);
    best = closer(best, word, window.indexOf(word, Math.max(0, position - word.length)), position, windowOffset);
  }
  return best;
}

/** The cue nearer the position: the best so far, or `word` at `at` (-1: nowhere) where it is nearer, or as near and longer. */
function closer(best: Cue | null, word: string, at: number, position: number, windowOffset: number): Cue | null {
  if (at < 0) return best;
  const distance = at + word.length <= position ? position - (at + word.length) : Math.max(0, at - position);
  if (best && (distance > best.distance || (distance === best.distance && word.length <= best.length))) return best;
  return { distance, length: word.length, start: at + windowOffset, end: at + word.length + windowOffset };
}

/** Where the last of the words that end before a position starts; of words ending at the same place, the longest (新成立 over 成立). */
function lastIndexOfAny(text: string, position: number, words: string[]): number {
  let best = -1;
  let bestEnd = -1;
  for (const word of words) {
    if (position < word.length) continue;
    const at = text.lastIndexOf(word, position - word.length);
    if (at < 0) continue;
    const end = at + word.length;
    if (end > bestEnd || (end === bestEnd && at < best)) [best, bestEnd] = [at, end];
  }
  return best;
}

/** A match of `rule` for a quantity of the clause, its evidence from `start` (in the whole text) to the quantity's end, or to `end`. */
function clauseMatch(rule: CompiledRule, clause: Clause, quantity: Quantity, start: number, end = clause.start + quantity.end): Match {
  return { rule, partOf: null, quantity: shift(quantity, clause.start), evidence: { start, end } };
}

/** The match before this quantity in its sentence, where it counts the same measure word: the metric a level or a comparison goes on with. */
const sameMeasureBefore = (matches: Match[], quantity: Quantity) => {
  const before = matches.at(-1);
  return before && before.quantity.baseMeasureWord === quantity.baseMeasureWord ? before : undefined;
};

function shift(quantity: Quantity, offset: number): Quantity {
  return { ...quantity, start: quantity.start + offset, end: quantity.end + offset, numberStart: quantity.numberStart + offset, numberEnd: quantity.numberEnd + offset };
}

/** The evidence: the number with its cue and trigger verb, kept inside the clause. */
function evidenceOf(cue: Cue, verb: number, quantity: Quantity, clause: Clause): { start: number; end: number } {
  const inClause = (i: number) => i >= 0 && i <= clause.text.length;
  let start = quantity.start;
  let end = quantity.end;
  if (inClause(cue.start)) start = Math.min(start, cue.start);
  if (inClause(cue.end)) end = Math.max(end, cue.end);
  if (verb >= 0) start = Math.min(start, verb);
  return { start: clause.start + start, end: clause.start + end };
}
