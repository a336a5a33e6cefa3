import { BULLETS, codeTable, ITEM_MARKERS } from '../normalize/code-table.js';
import type { Span } from '../normalize/index.js';
import type { Segmenter } from '../segment/index.js';
import { articleYear, textForYears, type YearSource } from './years.js';

export { textForYears, grewFromLastYear, paragraphYear, recordYear, saysEarlierTime, saysLastYear, saysThisYear } from './years.js';
export { articleEnd } from './article-end.js';
import { DEPARTMENT_LINE, findMainUnit, namesForSubjects, townshipOfBareStem, unitOfBareStem, unitOfHeadlineOpening, unitOfHeadlineStem, unitOfSiteName, unitOfYearbook, YOU_ARE_HERE } from './main-unit.js';
import { namesWithin, officialsNamed, SPEAKER_AFTER_NAME, subjectSpans, type SubjectSpan } from './subjects.js';
import { autonomousFullForms, communityForms, isListed, isPlaceName, levelRank, PARTY_BEFORE_NAME, placeNamesIn, stemOf, UNIT_SUFFIXES, zoneListedForms, zoneLongForms, type PlaceName } from './place-names.js';

/** A stretch of normalized text reported by one unit (UTF-16 offsets into the normalized text). */
export interface Section {
  unit: string | null;
  start: number;
  end: number;
  /** How the unit was found: a heading line, a news item led by its unit, a lower unit leading its paragraph or sentence, or the file's main unit. */
  source: 'heading' | 'news' | 'subject' | 'main';
  /** Other units each of which reports the section's figures too (甲镇、乙镇各发展党员15名). */
  shared?: string[];
}

export interface Layout {
  /** Sections in text order, covering the whole text. */
  sections: Section[];
  year: number | null;
  /** Why the year is what it is, for warnings and debugging. */
  yearSource: YearSource;
  /** The year of the file's dateline, whether or not it is the article's. */
  dateline: number | null;
  /** The title's year is that of an event held in it (see `ArticleYear`). */
  eventOfYear: boolean;
  /** Plan sections (工作打算, 下一步 …): nothing in them is a result. */
  plans: Span[];
}

interface Line {
  text: string;
  start: number;
  end: number;
}

const PARTY_BODY = '(?:党工委|党委|党总支|党支部|委组织部|工委)';
const SUFFIX = `(?:${UNIT_SUFFIXES.join('|')})`;
const LIST_MARKER = new RegExp(`^(?:${ITEM_MARKERS.join('|')})\\s*`, 'u');
const MARKER_RANKS = ITEM_MARKERS.map((marker) => new RegExp(`^${marker}`, 'u'));
/** The characters a list marker or a bracketed lead opens with: a line opening with any other is tried as it is. */
const MARKER_FIRST = codeTable(`一二三四五六七八九十0-9（(${BULLETS}【`);
/** A unit in brackets opening a news item (【东风镇】今年以来…): read as 东风镇：今年以来… */
const BRACKETED_LEAD = /^【(\p{Script=Han}[\p{Script=Han} \u3000]{1,24})】\s*/u;
/** 【某街道 某社区】: the unit's path, read as one (某街道某社区), whose last name is the unit. */
const asLead = (_: string, path: string) => `${path.replace(/[ \u3000]/g, '')}：`;
/** What a compilation's heading may add after the unit or its secretary: 述职（摘要）, 工作情况, 经验做法. */
const HEADING_TAIL = '(?:(?:述职(?:报告)?|工作(?:情况|总结|汇报)?|情况汇报|交流发言|典型发言|经验做法|经验交流)(?:[（(](?:摘要|节选|摘编)[)）])?)';
// 泰山路街道党工委, 三门镇党委书记 张三, 雷打石镇：, 某村党支部书记述职（摘要）
const UNIT_HEADING = new RegExp(`^(\\p{Script=Han}{1,10}?${SUFFIX})(?:${PARTY_BODY}(?:副?书记)?(?:[ \\u3000]*\\p{Script=Han}{2,4})?)?${HEADING_TAIL}?[:：]?$`, 'u');
// 德化街街道 召开…, 五里堡街道：打造…, 白水镇党委：打造…
const NEWS_LEAD = new RegExp(`^(\\p{Script=Han}{1,10}?${SUFFIX})${PARTY_BODY}?(?:[ \\u3000\\t]+|[:：]\\s*)\\S.{1,60}$`, 'u');
const BRACKETED_NEWS_LEAD = new RegExp(`^(\\p{Script=Han}{1,10}?${SUFFIX})${PARTY_BODY}?[:：]`, 'u');
/** Separates a news lead's unit (at most 19 characters) from its text. */
const NEWS_SEPARATOR = /[ \u3000\t:：]/;
const BYLINE = /^(?:记者|通讯员|责编|责任编辑|编辑|来源|作者|供稿|审核|发布时间|发布日期|发布者)/;
/** Lines of a page that are no headline: bylines and datelines (a signature's month too: 某镇人民政府  2024年3月), a site's name (某某县人民政府门户网站), its menus and breadcrumbs. */
const NOT_TITLE = new RegExp(
  String.raw`来源|编辑|作者|发布|日期|浏览|记者|通讯员|\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|^[(（]?\d{4}年\d{1,2}月[)）]?$|[ \u3000\t]\d{4}年\d{1,2}月$|^第\S{1,6}版|[ \u3000\t]\d{4}年第?\d{1,3}期$|(?:人民政府|政府网|门户网站|网站|新闻网)$|${YOU_ARE_HERE}|首页|[»>]|[|｜][^|｜]*[|｜]|^\s*[|｜]|[|｜]\s*$`,
);
const PLAN_HEADING = /^.{0,8}(?:工作打算|工作计划|工作思路|工作设想|努力方向|下一步|下步|明年|今后)/;
/** A plan heading that runs on into its plan on the same line: 四、下一步打算。发展党员10名…, 2022年工作打算：一是… */
const INLINE_PLAN_HEADING = /^.{0,8}(?:工作打算|工作计划|工作思路|工作设想|努力方向|下一步|下步|明年|今后)[^。：:，,]{0,8}[。：:]/;

export interface LayoutOptions {
  /** The year to use when an article states none (`--year`). */
  fallbackYear?: number | null;
  /** The offsets of the figures that need a unit: only the paragraphs holding one are read for the subjects of their clauses (the rest change no record). Every paragraph when not given. */
  figures?: readonly number[];
  /** An HTML page's <title>, normalized: it may name the unit when nothing else does. */
  pageTitle?: string | null;
  /** The text as the year patterns read it (see `textForYears`), when the caller has made it already. */
  yearText?: string;
}

/** Splits a normalized article into units with their year, and finds its plan sections. */
export function layOut(text: string, segmenter: Segmenter, { fallbackYear = null, figures, pageTitle = null, yearText = textForYears(text) }: LayoutOptions = {}): Layout {
  const lines = splitLines(text);
  const title = titleLines(lines);
  const titleSpan = title.length ? { start: title[0]!.start, end: title[title.length - 1]!.end, lines: title } : { start: 0, end: 0, lines: [] };
  // The body a report is addressed to is named, but does no work of the report's.
  const addressees = addresseeLines(lines);
  const found = placeNamesIn(text, segmenter).filter((m) => !addressees.some((l) => m.start >= l.start && m.start < l.end));
  const longZones = zoneLongForms(found);
  const listedZones = zoneListedForms(found);
  const zones = (name: string) => listedZones(longZones(name));
  const autonomous = autonomousFullForms(found);
  const communities = communityForms(found);
  const inFull = (name: string) => communities(autonomous(zones(name)));
  const mentions = found.map((m) => (inFull(m.name) === m.name ? m : { name: inFull(m.name), start: m.start, end: m.end }));
  const yearbook = unitOfYearbook(text, titleSpan);
  const mainUnit =
    overYearbook(findMainUnit(text, titleSpan, mentions, unitOfHeadlineStem(text, titleSpan, segmenter)), yearbook) ??
    (pageTitle ? unitOfSiteName(text, pageTitle, segmenter) : null) ??
    unitOfHeadlineOpening(text, titleSpan, segmenter) ??
    yearbook ??
    unitOfBareStem(text, segmenter) ??
    townshipOfBareStem(text, segmenter);
  const { year, source, dateline, eventOfYear } = articleYear(yearText, title.map((l) => yearText.slice(l.start, l.end)), fallbackYear, titleSpan.start);
  // A zone written short in a heading and long in the body is one unit, named in full.
  const bodyLines = lines.filter((l) => !addressees.includes(l));
  const headings = headingsOf(bodyLines, segmenter);
  const sectionsUnder = (main: string | null) =>
    findSections(text, bodyLines, headings, main).map((s) => (s.unit === null || inFull(s.unit) === s.unit ? s : { unit: inFull(s.unit), start: s.start, end: s.end, source: s.source }));
  let sections = sectionsUnder(mainUnit);
  const publisher = roundUpPublisher(text, sections, mentions);
  if (publisher !== null && publisher !== mainUnit) sections = sectionsUnder(publisher);
  const unitAt = (offset: number) => sections[spanAt(sections, offset)]?.unit ?? null;
  const holdsFigure = figureLines(lines, figures);
  const paragraphs = lines.flatMap((l, i) =>
    l.start >= titleSpan.end && l.text && holdsFigure(i)
      ? paragraphsInLine(text, l).map((p, k) => ({ ...p, ledBefore: k === 0 ? storyLedBefore(text, lines, i, mentions, holdsFigure) : null }))
      : [],
  );
  const names = namesForSubjects(text, mentions);
  const subjects = subjectSpans(paragraphs, names, unitAt, figures, officialsNamed(text, names));
  return { sections: overlay(sections, subjects), year, yearSource: source, dateline, eventOfYear, plans: findPlans(lines) };
}

/**
 * A yearbook's place (某某年鉴2019) speaks for its entries over a unit at its level or above that the
 * body names in passing (a venue called after the city); an entry about a township in it is the township's.
 */
function overYearbook(scored: string | null, yearbook: string | null): string | null {
  if (scored === null || yearbook === null) return scored;
  const rank = levelRank(scored);
  return rank > 0 && rank <= levelRank(yearbook) ? yearbook : scored;
}

/** 中共某县委组织部编: the unit whose department publishes a round-up, named in its header. */
const PUBLISHER_BODY = /^(?:委|纪委)(?:组织部|宣传部|办公室)/;

/**
 * The unit a round-up of items led by lower units (【某镇】…, 【某村】…) speaks for outside its items:
 * the one whose department the header names as publisher (中共某县委组织部编, 某区委组织部 2021年6月28日),
 * where it is above every item's unit. Null for other articles.
 */
function roundUpPublisher(text: string, sections: Section[], mentions: PlaceName[]): string | null {
  const items = sections.filter((s) => s.source === 'news' || s.source === 'heading');
  if (new Set(items.map((s) => s.unit)).size < 2) return null;
  const header = items[0]!.start;
  const publisher = mentions.filter((m) => m.end <= header && PUBLISHER_BODY.test(text.slice(m.end, m.end + 5))).at(-1);
  if (!publisher) return null;
  const rank = levelRank(publisher.name);
  return rank > 0 && items.every((s) => s.unit !== null && levelRank(s.unit) > rank) ? publisher.name : null;
}

/**
 * The paragraphs of a line that a page ran together, each after a sentence's end and a run of spaces
 * (…常态化。   该县某街道…): the text a paragraph would have been.
 */
function paragraphsInLine(text: string, line: Line): { text: string; start: number; end: number }[] {
  const pieces: { text: string; start: number; end: number }[] = [];
  let start = line.start;
  for (const m of text.slice(line.start, line.end).matchAll(RUN_TOGETHER_BREAK)) {
    const end = line.start + m.index! + 1;
    pieces.push({ text: text.slice(start, end), start, end });
    start = end;
  }
  pieces.push({ text: text.slice(start, line.end), start, end: line.end });
  return pieces;
}
/** A sentence's end, then two spaces or more before more text: a paragraph break a page lost. */
const RUN_TOGETHER_BREAK = /[。！？!?”](?=[ \u3000]{2,}\S)/g;

/**
 * The unit that opens the paragraph right before line i, where that paragraph holds no figure: a unit's
 * story told on (某社区举办…展览，招募志愿者。\n党员们积极响应…，提供服务32场次).
 */
function storyLedBefore(text: string, lines: Line[], i: number, mentions: PlaceName[], holdsFigure: (i: number) => boolean): string | null {
  let k = i - 1;
  while (k >= 0 && !lines[k]!.text.trim()) k--;
  if (k < 0 || holdsFigure(k) || !/[，,]/.test(lines[k]!.text)) return null;
  const line = lines[k]!;
  // (Found by a search over the names in text order: a long compilation has thousands of names and paragraphs.)
  const lead = namesWithin(mentions, line)[0];
  // (整治社区环境，…: a name whose stem is a verb is the line's phrase.)
  if (!lead || lead.commonStem === 'verb' || text.slice(line.start, lead.start).trim()) return null;
  // (A speaker's line, 某社区党委书记说，…, is the speaker's words: quotations are read for their speaker elsewhere.)
  return SPEAKER_AFTER_NAME.test(text.slice(lead.end, line.end)) ? null : lead.name;
}

/** Whether line i holds one of the figures (every line does when none are given). */
function figureLines(lines: Line[], figures: readonly number[] | undefined): (i: number) => boolean {
  if (!figures) return () => true;
  const holding = new Uint8Array(lines.length);
  for (const at of figures) {
    const i = spanAt(lines, at);
    if (i >= 0) holding[i] = 1;
  }
  return (i) => holding[i] === 1;
}

/** The index of the span holding `at`, among spans in text order that do not overlap; -1 when none does. */
export function spanAt(spans: readonly { start: number; end: number }[], at: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (spans[middle]!.start <= at) low = middle;
    else high = middle - 1;
  }
  const span = spans[low];
  return span && at >= span.start && at < span.end ? low : -1;
}

/**
 * A section's unit and source over another stretch. Objects are written field by field here and
 * in the other unit modules: objects made by spreading another were promoted to the old
 * generation by the thousand, and a worker's old generation doubled.
 */
const sectionOf = (section: Section, start: number, end: number): Section => ({ unit: section.unit, start, end, source: section.source });

/** Cuts the subject spans into the sections they fall in. */
function overlay(sections: Section[], subjects: SubjectSpan[]): Section[] {
  const result: Section[] = [];
  for (const section of sections) {
    let at = section.start;
    for (const span of subjects) {
      if (span.start < section.start || span.end > section.end) continue;
      if (span.start > at) result.push(sectionOf(section, at, span.start));
      result.push(span.shared ? { unit: span.unit, start: span.start, end: span.end, source: 'subject', shared: span.shared } : { unit: span.unit, start: span.start, end: span.end, source: 'subject' });
      at = span.end;
    }
    if (at < section.end || result.length === 0) result.push(sectionOf(section, at, section.end));
  }
  return result;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const end = start + raw.length;
    lines.push({ text: raw.trim(), start, end });
    start = end + 1;
  }
  return lines;
}

/** A page title's site name after a separator: 某文 - 某某区人民政府网, 某文_某某网, 某文 | 某某新闻. */
const SITE_SUFFIX = /(?:\s+[-－—–]+\s*|\s*[_|｜]\s*)[^-－—–_|｜]*(?:网|网站|政府|门户|新闻|在线|频道|官网|平台|中心)\s*$/;

/** The line without the site name the page title adds after its text. */
function withoutSiteName(line: Line): Line {
  let text = line.text;
  for (let m = SITE_SUFFIX.exec(text); m && m.index > 0; m = SITE_SUFFIX.exec(text)) text = text.slice(0, m.index);
  if (text === line.text) return line;
  const start = line.start + (text.length ? line.text.indexOf(text) : 0);
  return { text, start, end: start + text.length };
}

/** A first line of at most 40 characters with no full stop or semicolon: a headline, though a comma parts it. */
const HEADLINE_WITH_COMMA = /^[^。；;]{1,40}$/;

/** A headline followed on its line by its dateline and source: 某某镇吹响集结号 2022-02-23 13:37:06  来源:某县人民政府. */
const DATELINE_AFTER_HEADLINE = /[ \u3000\t]+(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:[ \u3000\t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \u3000\t]+(?:来源|作者|编辑|发布)/;

/** The headline part of a line that runs on into its dateline and source, else the line. */
function withoutDatelineAfter(line: Line): Line {
  const m = DATELINE_AFTER_HEADLINE.exec(line.text);
  return m && m.index >= 4 ? { text: line.text.slice(0, m.index), start: line.start, end: line.start + m.index } : line;
}

/** The headline block: the first short lines, without bylines and datelines; a page title loses its site name. */
function titleLines(lines: Line[]): Line[] {
  const title: Line[] = [];
  for (let i = afterPageNavigation(lines); i < lines.length; i++) {
    const whole = lines[i]!;
    if (!whole.text || inMenu(lines, i)) continue;
    const line = withoutDatelineAfter(whole);
    if (line.text.length > 60 || title.length === 3) break;
    // A headline may hold a comma (某社区2024年志愿服务盘点，满满都是温暖！), prose lines after it do.
    if (/[。，,]/.test(line.text) && !(title.length === 0 && HEADLINE_WITH_COMMA.test(line.text))) break;
    if (!NOT_TITLE.test(line.text)) title.push(withoutSiteName(line));
  }
  return title;
}

/** A place's name alone on a line (甲镇, 乙苏木), as a site's menu lists them. */
const MENU_ITEM = /^[ \t\u3000]*\p{Script=Han}{1,8}(?:镇|乡|苏木|街道|村|社区|嘎查|区|县|旗|市)[ \t\u3000]*$/u;
/** Whether the line is an item of such a menu: a place alone on its line, next to another. */
const inMenu = (lines: Line[], i: number) =>
  MENU_ITEM.test(lines[i]!.text) && (MENU_ITEM.test(lines[i - 1]?.text ?? '') || MENU_ITEM.test(lines[i + 1]?.text ?? ''));

/**
 * A newspaper page's navigation (版面导航, 标题导航, 上一篇  下一篇, 放大 缩小), and the record of a government's
 * disclosure page (索引号:, 主题词:, 【打印】): its sections' names and its fields are no headline.
 */
const PAGE_NAVIGATION = /版面导航|标题导航|上一[篇版].{0,8}下一[篇版]|放大[ \u3000]*缩小|^[ \t\u3000]*(?:索引号|主题词|文号|成文日期)[ \t\u3000]*[:：]|【打印】/;

/** Where the headline may start: after the last line of a page's navigation that stands before the article's first paragraph. */
function afterPageNavigation(lines: Line[]): number {
  let after = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length > 60 || text.includes('。')) break;
    if (PAGE_NAVIGATION.test(text)) after = i + 1;
  }
  return after;
}

/** A line's unit heading, if it is one, and the depth of the list item it opens, if any. */
interface LineHeading {
  heading: { unit: string; source: 'heading' | 'news' } | null;
  rank: number | null;
}

/**
 * The heading and item rank of each line, which do not depend on the article's unit: read once,
 * though the sections may be laid out twice (see `roundUpPublisher`).
 */
function headingsOf(lines: Line[], segmenter: Segmenter): LineHeading[] {
  let prose = false;
  const headline = lines.find((line) => line.text);
  return lines.map((line, i) => {
    // 某区委组织部 under the headline, before any prose: the author's department, no section of its own.
    const byline = !prose && DEPARTMENT_LINE.test(line.text);
    // A headline may hold a comma (某街道：坚持…，激活…) and is no prose.
    prose ||= PROSE.test(line.text) && !(line === headline && HEADLINE_WITH_COMMA.test(line.text));
    const heading = byline ? null : unitHeading(line.text, segmenter);
    // A site's menu of its towns (甲镇\n乙镇\n丙苏木) heads no sections: a section's heading has its text under it.
    return { heading: heading && !inMenu(lines, i) ? heading : null, rank: markerRank(line.text) };
  });
}

/**
 * Heading lines open a unit's section until the next heading; a news item also ends at its byline,
 * and at the next item of its list or of a list above it (see `newsItemRank`), which speaks for the
 * article's unit again. `headings` are the lines' (see `headingsOf`).
 */
function findSections(text: string, lines: Line[], headings: LineHeading[], mainUnit: string | null): Section[] {
  const sections: Section[] = [];
  let current: Section = { unit: mainUnit, start: 0, end: text.length, source: 'main' };
  let itemRank: number | null = null;
  const open = (next: Section, rank: number | null = null) => {
    if (next.start > current.start) sections.push(sectionOf(current, current.start, next.start));
    current = next;
    itemRank = rank;
  };
  const headline = lines.findIndex((line) => line.text);
  lines.forEach((line, i) => {
    const { heading, rank } = headings[i]!;
    // 某县某镇：… as the headline of a story the body tells of one of the town's villages (某镇某村委会…): the village's.
    if (heading && i === headline && heading.source === 'news' && mainUnit && inPathBelow(text, heading.unit, mainUnit)) return;
    if (heading) open({ unit: heading.unit, start: line.start, end: text.length, source: heading.source }, heading.source === 'news' ? newsItemRank(line.text, rank) : null);
    else if (current.source === 'news' && BYLINE.test(line.text)) open({ unit: mainUnit, start: line.end, end: text.length, source: 'main' });
    // 【县委组织部】…, 区委组织部：…: an item a department of the article's own level leads speaks for the article's unit again.
    else if (current.source !== 'main' && current.source !== 'subject' && DEPARTMENT_ITEM.test(line.text)) open({ unit: mainUnit, start: line.start, end: text.length, source: 'main' });
    else if (current.source === 'news' && itemRank !== null && rank !== null && rank <= itemRank) open({ unit: mainUnit, start: line.start, end: text.length, source: 'main' });
  });
  sections.push(sectionOf(current, current.start, text.length));
  return sections;
}

/** A line a department of a county, district or city leads, as an item of a round-up: 【县委组织部】, （四）县纪委监委：…, ●区委组织部：…. */
const DEPARTMENT_ITEM = new RegExp(
  `^[\\s\\u3000]*(?:${ITEM_MARKERS.join('|')})?[\\s\\u3000]*【?(?:中共)?(?:县|区|市|旗|州|盟)(?:委|纪委|人民政府|政府)?\\p{Script=Han}{0,8}?(?:部|局|办|办公室|监委|党校|中心|工委|法院|检察院)(?:】|[:：]|[ \\u3000])`,
  'u',
);

const PROSE = /[。，,]/;

/**
 * The depth of list at which a news item ends: its own list's (（二）某村：… ends at （三）); a section's
 * (某村：… ends at 二、… or （二）…) for an item led by its unit and a colon alone; none for one in
 * brackets, whose numbered lines are its own (【某镇】 then 1. 2. …).
 */
const newsItemRank = (line: string, rank: number | null) => rank ?? (line.startsWith('【') ? null : SECTION_RANK);
const SECTION_RANK = 1;

/** How deep a list the line's item stands in (0 the outermost), or null for no item. */
function markerRank(line: string): number | null {
  const rank = MARKER_RANKS.findIndex((marker) => marker.test(line));
  return rank < 0 ? null : rank;
}

/** A report's opening words to the body it is addressed to: 现将…报告如下, 在镇党委的领导下. */
const REPORT_TO = /如下|领导下/;
const PARTY_BODY_AND_COLON = new RegExp(`${PARTY_BODY}[:：]$`);

/**
 * The lines that name the body a report is addressed to (its salutation: 某镇党委：, then 某村…在镇党委的
 * 领导下…现将…报告如下), not a unit whose section opens.
 */
function addresseeLines(lines: Line[]): Line[] {
  return lines.filter((line, i) => PARTY_BODY_AND_COLON.test(line.text) && REPORT_TO.test(lines.slice(i + 1).find((l) => l.text)?.text ?? ''));
}

/** Whether the text writes `lower` right after `upper` as a path down to it (某镇某村), `lower` being of a deeper level. */
const inPathBelow = (text: string, upper: string, lower: string): boolean => levelRank(lower) > levelRank(upper) && text.includes(upper + lower);

/** The stop of a visit that a heading names: 第一站：, 第二站: */
const VISIT_STOP = /^第[一二三四五六七八九十]+站[:：][ \u3000]*/;

function unitHeading(line: string, segmenter: Segmenter): { unit: string; source: 'heading' | 'news' } | null {
  const marked = MARKER_FIRST[line.charCodeAt(0)] === 1;
  // 第一站：高山村。: a visit's stop, named as a heading is.
  const stop = !marked && line.startsWith('第') ? VISIT_STOP.exec(line) : null;
  const bare = marked ? line.replace(LIST_MARKER, '').replace(BRACKETED_LEAD, asLead) : stop ? line.slice(stop[0].length).replace(/。$/, '') : line;
  // Longer than a heading, and no separator where a news lead has one: no need to try either.
  if (bare.length > 24 && !NEWS_SEPARATOR.test(bare.slice(0, 20))) return null;
  const heading = bare.length > 24 ? null : UNIT_HEADING.exec(bare);
  // A unit in brackets, or after a list's marker and before a colon, leads its item however long the item's line
  // (【某村】…, 4. 某镇：… a whole paragraph); unmarked, a long paragraph led by its unit is a subject's, not a news item.
  const news = heading ? null : ((marked && BRACKETED_NEWS_LEAD.exec(bare)) || NEWS_LEAD.exec(bare));
  const name = (heading ?? news)?.[1];
  if (!name) return null;
  // 荷源村      2      25.6: a table's row, not a news item it leads.
  if (news && TABLE_ROW_REST.test(bare.slice(name.length))) return null;
  // The names are read in the line itself: what follows a name (a colon, a party body) bears on whether it is one.
  const names = placeNamesIn(bare, segmenter);
  const bracketed = news !== null && line.startsWith(`【${name}】`);
  const unit = leadingUnit(names) ?? longerThanListed(names, name, segmenter) ?? (heading ? bodyHeadingName(bare, name) : null) ?? (bracketed ? bracketedName(name) : null);
  return unit && unit.end === name.length ? { unit: unit.name, source: heading ? 'heading' : 'news' } : null;
}

/**
 * 本寺村党支部书记述职（摘要）: a heading that is a name and its party body names that unit, though its
 * first character elsewhere opens a phrase (本村, 该镇); not where the rest is a level word (本镇村).
 */
function bodyHeadingName(line: string, name: string): PlaceName | null {
  if (!HEADING_BODY_AFTER.test(line.slice(name.length)) || !isMarkedName(name, true)) return null;
  const stem = stemOf(name);
  if (!stem || stem.length < 2 || LEVEL_ONLY.test(stem.slice(1))) return null;
  return { name, start: 0, end: name.length };
}
const HEADING_BODY_AFTER = new RegExp(`^${PARTY_BODY}`);
/** 二〇二三年度村党支部…: a date, not a name. */
const DATE_IN_NAME = /[\d〇零○一二三四五六七八九十](?:年|月|日)/;

/** Whether a heading's or a bracket's name the list may lack is one: a place's, neither the party's (中共某县) nor a date. */
const isMarkedName = (name: string, anyFirstChar = false) => !PARTY_BEFORE_NAME.test(name) && !DATE_IN_NAME.test(name) && isPlaceName(name, anyFirstChar);

/** 【嗣同社区】…: the brackets mark the whole of a name, whatever jieba makes of its characters (同 as a preposition). */
const bracketedName = (name: string): PlaceName | null => (isMarkedName(name) ? { name, start: 0, end: name.length } : null);
const LEVEL_ONLY = /^(?:省|市|区|县|镇|乡|村|街道|社区)$/;

const TABLE_ROW_REST = /^(?:\t|[ \u3000]{2,}|\s*[|｜]\s*)[\d.%]+(?:\t|[ \u3000]{2,}|\s*[|｜]\s*|$)/;

/** Tags of words that make a heading's opening a phrase (走进某村：…), not a name. */
const VERB_TAG = /^(?:v|vd|vn|vi|p|c|d|r)$/;

/** A level word closing a heading's prefix: its parent, written short (新右旗). */
const PARENT_LEVEL_AT_END = /(?:省|市|县|区|旗|州|盟)$/;

/**
 * 宝格达乌拉嘎查：…: a heading whose first name (乌拉嘎查, listed) ends its leading name but
 * starts inside it is that longer name, which the list lacks, where no verb or other word of a
 * sentence opens it.
 */
function longerThanListed(names: PlaceName[], name: string, segmenter: Segmenter): PlaceName | null {
  const first = names[0];
  if (!first || first.end !== name.length || first.start === 0 || !isPlaceName(name)) return null;
  // A listed name a word runs into (西十四道街社区 holds 四道街社区, after 十四) is doubtful alone, not as the end of
  // the heading's name, unless what runs into it is a path (某县某镇白果村).
  const prefix = name.slice(0, first.start);
  if (first.commonStem && (!isListed(first.name) || UNIT_SUFFIXES.some((s) => prefix.includes(s)))) return null;
  // 新右旗克尔伦苏木：…: a prefix ending in a level word is the parent, written short (新巴尔虎右旗 as 新右旗).
  if (PARTY_BEFORE_NAME.test(name) || PARENT_LEVEL_AT_END.test(prefix)) return null;
  const opening = segmenter.tokens(prefix);
  // 南京鼓楼区：…: a place before a listed name is its parent.
  return opening.every((t) => !VERB_TAG.test(t.tag) && !(t.tag === 'ns' && t.word.length > 1)) ? { name, start: 0, end: name.length } : null;
}

/**
 * The unit a text starts with: the last of the names that follow each other from its first
 * character (平凉市崆峒区 → 崆峒区), when none of them is doubtful.
 */
function leadingUnit(names: PlaceName[]): PlaceName | null {
  let unit: PlaceName | null = null;
  for (const name of names) {
    if (name.start !== (unit?.end ?? 0) || name.commonStem === 'verb') break;
    unit = name;
  }
  return unit;
}

/** A plan heading (工作打算 …) opens a plan section that ends at the next short heading line. */
function findPlans(lines: Line[]): Span[] {
  const plans: Span[] = [];
  let open: Span | null = null;
  for (const line of lines) {
    const bare = line.text.replace(LIST_MARKER, '');
    const inlinePlan = INLINE_PLAN_HEADING.test(bare);
    const isHeading = inlinePlan || (line.text.length > 0 && line.text.length <= 20 && !/[。，,；;]/.test(line.text));
    if (!isHeading) continue;
    const isPlan = inlinePlan || PLAN_HEADING.test(bare);
    if (open && !isPlan) {
      plans.push({ start: open.start, end: line.start });
      open = null;
    }
    if (!open && isPlan) open = { start: line.start, end: line.end };
  }
  const last = lines[lines.length - 1];
  if (open && last) plans.push({ start: open.start, end: last.end });
  return plans;
}
