import { findGarbled, normalize, type Normalized, type Span } from './normalize/index.js';
import type { Record } from './record.js';
import type { FileResult, UnitCoding, UnitYear, Warning } from './result.js';
import type { Source } from './read/index.js';
import { matchText, type Match, type RuleSet } from './rules/index.js';
import { fingerprint } from './panel/fingerprint.js';
import { createSegmenter } from './segment/index.js';
import { unitCoder } from './units/divisions/index.js';
import { articleEnd, grewFromLastYear, layOut, paragraphYear, recordYear, saysEarlierTime, saysLastYear, saysThisYear, spanAt, textForYears, type Layout } from './units/index.js';

export interface ExtractOptions {
  /** The year to use when an article states none. */
  fallbackYear?: number | null;
}

export interface Extractor {
  extract(source: Source): FileResult;
}

/** Builds the pipeline once (dictionaries, converters, compiled rules); then extracts file after file. */
export function createExtractor(ruleSet: RuleSet, options: ExtractOptions = {}): Extractor {
  const segmenter = createSegmenter(ruleSet.dictionary);
  return {
    extract(source) {
      const normalized = normalize(source.text);
      // A saved page's related-article lists and footer are no part of the article: nothing after its end is read.
      const article = normalized.text.slice(0, articleEnd(normalized.text));
      const taken = matchText(ruleSet, article, segmenter);
      const pageTitle = source.pageTitle ? normalize(source.pageTitle).text : null;
      const yearText = textForYears(article);
      const layout = layOut(article, segmenter, { fallbackYear: options.fallbackYear ?? null, figures: taken.map((m) => m.quantity.start), pageTitle, yearText });
      const garbled = findGarbled(normalized.text, segmenter);
      const found = taken.filter((m) => !inPlan(layout, m));
      const matches = found.filter(withinBounds);
      // A homonym's parents may be named only in the page's <title> (某某街道… - 某某区人民政府网).
      const coder = unitCoder(pageTitle ? `${article}\n${pageTitle}` : article);
      const recordOf = new Map<Match, Record>();
      const figureAt = new Map<Record, number>();
      const records = matches.flatMap((match) => {
        const { start, end } = match.evidence;
        const inText = normalized.toOriginal(start, end);
        // Touching counts: a garbled mark right before a number (党员?32名) makes the number doubtful too.
        const overlapsGarbled = garbled.some((g) => g.start <= end && start <= g.end);
        const section = layout.sections[spanAt(layout.sections, match.quantity.start)];
        const year =
          match.year ??
          recordYear(yearText, match.quantity.start, garbled) ??
          (saysEarlierTime(yearText, match.quantity.start, garbled)
            ? null
            : (paragraphYear(yearText, match.quantity.start, garbled) ?? datedYear(layout, yearText, match.quantity.start, garbled)));
        const evidence = {
          text: normalized.originalSlice(inText.start, inText.end),
          ...source.toFile(inText.start, inText.end),
          warning: overlapsGarbled ? 'garbled text in the evidence' : null,
        };
        // 甲镇、乙镇各发展党员15名: one record for each unit that reports the figure.
        const units = [section?.unit ?? null, ...(section?.shared ?? [])];
        const unitRecords = units.map((unit) => toRecord(source.path, unit, coder.code(unit), year, match, evidence));
        // A part points at its whole's record: the whole stands earlier in the sentence, so it is built already.
        const whole = match.partOf && recordOf.get(match.partOf);
        if (whole) for (const record of unitRecords) record.part_of = whole.start;
        recordOf.set(match, unitRecords[0]!);
        for (const record of unitRecords) figureAt.set(record, match.quantity.start);
        return unitRecords;
      });
      // Paragraphs are found only for a file with a figure that may restate another: most have none.
      let paragraphStart: ((at: number) => number) | undefined;
      const paragraphOf = (r: Record) => (paragraphStart ??= paragraphStarts(article))(figureAt.get(r)!);
      const kept = withoutRoundedRestatements(withoutRestatements(records, paragraphOf), paragraphOf);
      return {
        file: source.path,
        encoding: source.encoding,
        format: source.format,
        units: reportedUnits(layout, kept, coder.code),
        records: kept,
        warnings: [
          ...source.warnings.map((message) => ({ file: source.path, message })),
          ...garbled.map((span) => garbledWarning(source, normalized, span)),
          ...found.filter((m) => !withinBounds(m)).map((m) => outOfBoundsWarning(source, normalized, m)),
          ...yearWarnings(source.path, layout, kept),
          ...unitWarnings(source.path, layout),
          ...coder.ambiguities().map((message) => ({ file: source.path, message })),
        ],
        fingerprint: fingerprint(normalized.text),
        duplicate_of: null,
      };
    },
  };
}

/**
 * The article's year for a record. Where that is the dateline's, a figure the sentence puts in 去年
 * takes the year before the dateline's (where the article has none, a dateline with 去年 alone gives
 * none: the catalog dates by a dateline only what the body puts in this year);
 * under the year of an event the headline names (举办2023年度培训班), one put in 去年 itself (not
 * 去年以来) the year before that (a report on a year, 2022年工作总结, may mean that year by 去年);
 * where the body's year is not the dateline's, one put in 今年 the dateline's year, and one put in 去年
 * the year before it. The level a figure grew from, last year's (从去年的20万元增长到…), is of the year before
 * the article's, whatever dates the article.
 */
function datedYear(layout: Layout, text: string, at: number, garbled: readonly Span[]): number | null {
  if (layout.year !== null && grewFromLastYear(text, at)) return layout.year - 1;
  const byDateline = layout.yearSource === 'dateline';
  if (layout.dateline !== null && byDateline && saysLastYear(text, at, garbled)) return layout.dateline - 1;
  if (layout.dateline !== null && layout.yearSource === 'body' && layout.year !== layout.dateline && saysThisYear(text, at, garbled)) return layout.dateline;
  if (layout.dateline !== null && layout.yearSource === 'body' && layout.year !== layout.dateline - 1 && saysLastYear(text, at, garbled)) return layout.dateline - 1;
  if (layout.year !== null && layout.yearSource === 'title' && layout.eventOfYear && saysLastYear(text, at, garbled, false)) return layout.year - 1;
  return layout.year;
}

/**
 * Two rates of one value are one rate restated only where they name it alike: 党组织覆盖率100% and
 * 党的工作覆盖率100% are two rates, as are 办结率 and 参学率 of 100%. Their evidence opens with the
 * rate's name.
 */
const sameRate = (a: Record, b: Record) => a.measure !== 'percent' || a.text.slice(0, RATE_NAME_START) === b.text.slice(0, RATE_NAME_START);
const RATE_NAME_START = 3;

/** Two figures of one list given respectively (覆盖率分别达100%、100%) share their evidence: the second restates nothing. */
const respectiveItems = (a: Record, b: Record) => a.start < b.end && b.start < a.end && b.text.includes('分别');

/**
 * A restatement names what it counts with a word of the figure it restates (新发展党员120名 and 全年发展
 * 党员120名); two figures of one value whose evidence shares no two characters outside the number
 * (解决困难诉求20余件, 化解矛盾纠纷20余件) count two things.
 */
function sameObject(a: string, b: string): boolean {
  const words = objectBigrams(a);
  const others = objectBigrams(b);
  // 注册志愿者人数：320人 read as 人数：320人: evidence that names nothing but a count (人数, 总数), or nothing, tells no other object.
  if (onlyCountWords(words) || onlyCountWords(others)) return true;
  for (const bigram of others) if (words.has(bigram)) return true;
  return false;
}
const COUNT_WORDS = new Set(['人数', '总数', '数量', '合计', '共计', '总计', '累计']);
const onlyCountWords = (bigrams: Set<string>) => [...bigrams].every((b) => COUNT_WORDS.has(b));

/** The pairs of neighbouring Han characters of an evidence text, none of them part of its number. */
function objectBigrams(text: string): Set<string> {
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++)
    if (HAN_BIGRAM.test(text.slice(i, i + 2)) && !NUMBER_CHAR.test(text[i]!) && !NUMBER_CHAR.test(text[i + 1]!)) bigrams.add(text.slice(i, i + 2));
  return bigrams;
}
/**
 * Two figures of one value restate each other only where they share a word other than a measure word of two
 * characters (专题宣讲26场次 and 面对面交流26场次 count two things); a rounded figure and its exact value may
 * share no more than that (接种48万余人次, later 疫苗48.6万人次).
 */
const sameValueObject = (a: Record, b: Record) => sameObject(withoutMeasureWord(a.text), withoutMeasureWord(b.text));
const withoutMeasureWord = (text: string) => text.replace(MEASURE_WORD_END, '');
const MEASURE_WORD_END = /(?:场次|人次|户次|批次|班次|课时|学时|小时)$/;
const HAN_BIGRAM = /^\p{Script=Han}{2}$/u;
const NUMBER_CHAR = /[零〇一二两三四五六七八九十百千万亿余多]/;

/** Two records of one unit, year, metric and measure: one may restate the other. */
const sameSeries = (a: Record, b: Record) => a.unit === b.unit && a.year === b.year && a.metric === b.metric && a.measure === b.measure;

/** Below this a value repeats by chance (培训班1期 twice, 处分1人 twice): such records all stand. */
const RESTATED_FROM = 10;

/**
 * A figure restated in the same file (a headline and the body, a lead and a closing sentence) is
 * recorded once: the first record of the same unit, year, metric, measure and value (from 10 up) stands.
 * In one paragraph, two like figures with a figure of another metric between them belong to two items
 * (受理事项86件，办结率100%；受理投诉40件，办结率100%): both stand.
 */
function withoutRestatements(records: Record[], paragraphOf: (record: Record) => number): Record[] {
  const itemsApart = (a: Record, b: Record) => paragraphOf(a) === paragraphOf(b) && records.some((x) => x.start >= a.end && x.end <= b.start && x.metric !== b.metric);
  // The records kept so far, by value: few share one, so comparing fields beats building a key for each record.
  const keptByValue = new Map<number, Record[]>();
  return records.filter((r) => {
    if (r.value < RESTATED_FROM) return true;
    const kept = keptByValue.get(r.value);
    if (!kept) {
      keptByValue.set(r.value, [r]);
      return true;
    }
    const restates = (k: Record) => sameSeries(k, r) && sameRate(k, r) && !respectiveItems(k, r) && sameValueObject(k, r) && !itemsApart(k, r);
    if (kept.some(restates)) return false;
    kept.push(r);
    return true;
  });
}

/**
 * A figure rounded off (现场分红160余万元, in a headline or a lead) that a later paragraph gives exactly
 * (分红161.02万元) is that figure restated: the exact one stands. The rounded one covers the values
 * from it up to its last written digit's next step (160余万: 160万 to 170万; 200余名: 200 to 300), and
 * a figure written in whole 万 or 亿 (21万志愿者, later 211258名志愿者) up to its next 万 or 亿.
 */
function withoutRoundedRestatements(records: Record[], paragraphOf: (record: Record) => number): Record[] {
  const steps = new Map<Record, number>();
  for (const r of records) {
    const step = r.value >= RESTATED_FROM ? roundedStep(r) : null;
    if (step !== null) steps.set(r, step);
  }
  if (steps.size === 0) return records;
  const givenExactly = (r: Record, step: number) =>
    records.some(
      (x) =>
        x !== r &&
        x.qualifier === 'exact' &&
        x.start > r.end &&
        x.value >= r.value &&
        x.value < r.value + step &&
        sameSeries(x, r) &&
        x.measure !== 'percent' &&
        paragraphOf(x) !== paragraphOf(r) &&
        sameObject(r.text, x.text),
    );
  return records.filter((r) => !(steps.has(r) && givenExactly(r, steps.get(r)!)));
}

/** How far a rounded figure reaches above its value: its last written digit's step (160余万), or its 万 or 亿 (21万); null for an exact figure. */
function roundedStep(r: Record): number | null {
  if (r.qualifier === 'over') return roundingStep(r.value);
  if (r.qualifier !== 'exact') return null;
  const written = WHOLE_SCALE.exec(r.text);
  const scale = written && SCALE_OF[written[2]!]!;
  return scale && Number(written[1]) * scale === r.value ? scale : null;
}
/** (The evidence is the file's own text: 萬 and 億 as traditional reposts write them.) */
const WHOLE_SCALE = /(?<![\d.])(\d+)[ \u00A0]?([万亿萬億])/;
const SCALE_OF: { [char: string]: number } = { 万: 1e4, 亿: 1e8, 萬: 1e4, 億: 1e8 };

/** The place of a value's last digit that is not zero: 1600000 → 100000, 200 → 100, 35 → 1. */
function roundingStep(value: number): number {
  if (!Number.isInteger(value)) return 1;
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

/** Where the paragraph holding an offset starts: after the line break before it. The breaks are found once (a text may have thousands of figures). */
function paragraphStarts(text: string): (at: number) => number {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (at) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return starts[low]!;
  };
}

function garbledWarning(source: Source, normalized: Normalized, span: Span): Warning {
  const inText = normalized.toOriginal(span.start, span.end);
  const offset = source.toFile(inText.start, inText.end).start;
  return { file: source.path, offset, message: `garbled text «${normalized.originalSlice(inText.start, inText.end)}»` };
}

/**
 * The largest value a measure can sensibly take: no count or headcount beyond ten billion, no sum
 * beyond a quadrillion yuan. A value past it (309 digits make Infinity) is a mistake or an attack:
 * refused with a warning, never written.
 */
const VALUE_BOUNDS: { [measure in Match['rule']['measure']]: number } = { count: 1e10, people: 1e10, person_times: 1e10, hours: 1e10, percent: 1e4, cny: 1e15 };

const withinBounds = (match: Match) => Number.isFinite(match.quantity.value) && Math.abs(match.quantity.value) <= VALUE_BOUNDS[match.rule.measure];

function outOfBoundsWarning(source: Source, normalized: Normalized, match: Match): Warning {
  const inText = normalized.toOriginal(match.quantity.start, match.quantity.end);
  const offset = source.toFile(inText.start, inText.end).start;
  const text = normalized.originalSlice(inText.start, inText.end);
  return { file: source.path, offset, message: `number out of range for ${match.rule.measure}, not recorded «${text.length > 40 ? text.slice(0, 20) + '…' + text.slice(-20) : text}»` };
}

function inPlan(layout: Layout, match: Match): boolean {
  return layout.plans.some((p) => match.quantity.start >= p.start && match.quantity.start < p.end);
}

interface Evidence {
  text: string;
  start: number;
  end: number;
  warning: string | null;
}

function toRecord(file: string, unit: string | null, coding: UnitCoding, year: number | null, match: Match, evidence: Evidence): Record {
  const { quantity, rule } = match;
  return {
    file,
    unit,
    // Each field named: a spread here made every record a slower, dictionary-backed object.
    unit_code: coding.unit_code,
    unit_level: coding.unit_level,
    unit_path: coding.unit_path,
    year,
    metric: rule.metric,
    value: quantity.value,
    measure: rule.measure,
    measure_word: quantity.measureWord,
    qualifier: quantity.qualifier,
    part_of: null,
    text: evidence.text,
    start: evidence.start,
    end: evidence.end,
    rule: rule.id,
    warning: evidence.warning,
    duplicate_of: null,
  };
}

/**
 * Units found by headings are always reported with the article's year; the file's main unit when it
 * has records or is the only one; then each other unit and year that records have.
 */
function reportedUnits(layout: Layout, records: Record[], code: (unit: string | null) => UnitCoding): UnitYear[] {
  const units: UnitYear[] = [];
  const added = new Set<string>();
  const add = (unit: string | null, year: number | null) => {
    // Called for every record: a plain key, the null unit apart from any name.
    const key = `${unit === null ? '\u0000' : unit}\t${year}`;
    if (added.has(key)) return;
    added.add(key);
    units.push({ unit, ...code(unit), year });
  };
  // A long compilation has thousands of sections and records: each section's records are not sought anew.
  const recordsOf = new Map<string | null, Record[]>();
  for (const record of records) {
    const own = recordsOf.get(record.unit);
    if (own) own.push(record);
    else recordsOf.set(record.unit, [record]);
  }
  const hasHeadings = layout.sections.some((s) => s.source === 'heading' || s.source === 'news');
  for (const section of layout.sections) {
    if (section.source === 'subject') continue; // reported when it has records
    const own = recordsOf.get(section.unit) ?? [];
    // Without an article year, a unit with records is reported under the years they have (2020年…，2021年…).
    if (layout.year === null && own.length > 0) own.forEach((r) => add(r.unit, r.year));
    else if (section.source !== 'main' || !hasHeadings || own.length > 0) add(section.unit, layout.year);
  }
  for (const record of records) add(record.unit, record.year);
  return units;
}

function yearWarnings(file: string, layout: Layout, records: Record[]): Warning[] {
  // Records that each have a year of their own need no article year.
  if (layout.year !== null || (records.length > 0 && records.every((r) => r.year !== null))) return [];
  return [{ file, message: 'no year: the title states none, no dateline goes with 今年/全年, and the body names no year (use --year)' }];
}

function unitWarnings(file: string, layout: Layout): Warning[] {
  if (layout.sections.every((s) => s.unit !== null || s.source === 'subject')) return [];
  return [{ file, message: 'no unit: the title, body and source lines do not name the unit the article speaks for (我市/全县 alone name no unit)' }];
}
