import { codeTable, holdsAny, ITEM_MARKERS } from '../normalize/code-table.js';
import { NUMERAL_START } from '../numbers/index.js';
import { lookup, upperStem } from './divisions/index.js';
import { cityAmongCounties, continuesPath, FEDERATION_WRITTEN_SHORT, isOfLevel, lastNamedBefore, levelRank, MASS_ORGANISATIONS, stemOf, VILLAGE_RANK, type PlaceName } from './place-names.js';

/** A stretch of text (UTF-16 offsets) whose subject is a unit other than its section's. */
export interface SubjectSpan {
  /** Null for figures of a province the file never names (全省, 我省). */
  unit: string | null;
  start: number;
  end: number;
  /** Other units each of which reports the same figures (甲镇、乙镇各发展党员15名). */
  shared?: string[];
}

interface Paragraph {
  text: string;
  start: number;
  end: number;
  /** The unit that opens the figureless paragraph right before, whose story this one may tell on. */
  ledBefore?: string | null;
}

/** (An ellipsis ends a list of examples: 某社区开办…场所……全区各社区共列出…: what follows is a sentence of its own.) */
const SENTENCE_END = codeTable('。！？!?…');
/** Clauses of a sentence: parallel clauses joined by ； often change subject (甲村…；乙村…), and a colon opens one (某镇：甲村…). */
const CLAUSE_END = codeTable('，,；;：:');
const ITEM_END = codeTable('，,、；;：:');
const LIST_MARK = codeTable('、');
/** A news item's lead before its text: 本报讯 (通讯员 某某), 某某网讯（记者 某某）, 某县融媒体讯 . */
const NEWS_LEAD = String.raw`\p{Script=Han}{1,10}讯(?:[\s\u3000]*[（(][^（）()\n]{1,30}[)）]|[\s\u3000]+)`;
/** What opens a paragraph before its subject: a list's marker, a bracket, a table row's bar or rank (| 某村 | …, 1    某村    …), a news lead. */
const LEAD = new RegExp(`^[\\s\\u3000]*(?:${ITEM_MARKERS.join('|')}|【|[|｜]|\\d{1,3}(?=\\t|[ \\u3000]{2,})|${NEWS_LEAD})?[\\s\\u3000]*`, 'u');
const BACK_REFERENCE = /本村|该村|全村|村里|本社区|该社区|全社区|该镇|全镇|本镇|该街道/;
/** A sentence that opens with a pronoun (某社区的网格员…。他们面向…) goes on with the subject of the one before. */
const PRONOUN_OPENING = /^[\s\u3000]*(?:他们|她们|他|她)/;
/** The close of a quotation, its speaker and their speaking, then what they go on to say in their own words (”某某说，村里…). */
const REPORTED_SPEECH = /^”[^，,。“”：:]{1,24}?(?:说|表示|介绍|告诉记者)[，,]/;
/** A sentence that opens with its deed (投入8.5万元…, 先后建成…): no subject of its own. */
const DEED_OPENING = /^(?:共|累计|先后|已|还|又|并|同时|大力|积极|着力)?(?:投入|投资|出资|新建|建成|建立|成立|组建|开展|组织|举办|召开|发展|走访|收集|解决|办理|化解|争取|筹集|发放|选派|新增)/;
const PRONOUN_AFTER_STOP = /(?:^|[。！？!?；;])[\s\u3000]*(?:他们|她们|他|她)/;
/**
 * What may stand in a clause before its subject: list markers, connectives (其中, 例如, 同时)
 * and time words (今年以来, 截至目前, 2022年底, 7月30日). Anything else before a name (a verb,
 * 在, 从, 与) makes it an object, a venue or a source.
 */
const OPENING_WORDS =
  '(?:[\\s\\u3000:：”’"」』“]|\\p{Script=Han}{2,12}[讯电](?=[\\s\\u3000“])|[一二三四五六七八九十]+[、.．]|\\d+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]' +
  '|其中|例如|比如|如|另外|此外|同时|而|目前|当前|现在|截至|截止|至|到|今年|去年|全年|上半年|下半年|年初|年底|近年|近期|近日|日前|一年来|以来|来|底|末|初|度|份' +
  '|据悉|同期|年内|年底前|前几年|几年前|早些年|过去' +
  '|\\d{4}年|\\d{1,2}月|\\d{1,2}日|[一二三四五六七八九十]+月)*';
/** Before a name that opens its clause, the level the article speaks from may stand too: 我县七里坪镇…, 该县中川镇…; and 这是 (这是某村采取…). */
const BEFORE_SUBJECT = new RegExp(`^${OPENING_WORDS}(?:这(?:就|正|便)?是)?(?:[我该本](?:市|州|盟|县|区|旗|镇|乡|街道))?$`, 'u');
const CLAUSE_OPENING = new RegExp(`^${OPENING_WORDS}`, 'u');
/**
 * A clause of time (今年以来，…; a span, 到村大半年间，…, 任职三年来，…), of purpose (为方便居民议事，…; 针对牧户居住分散的特点，…)
 * or of cause (因场所年久失修，…), or two of them (因…，前几年，…), before a paragraph's subject.
 */
const FRAMING_CLAUSE = new RegExp(
  `^(?:(?:${OPENING_WORDS}|[^，,。；;：:！？!?\\n“”"]{1,10}?(?:期间|年间|月间|以来|之际|之初|年来|以后|之后)|为[^，,。；;：:！？!?\\n]{2,30}|针对[^，,。；;：:！？!?\\n]{2,30}|(?:因|由于)[^，,。；;：:！？!?\\n]{2,20})[，,]){1,2}`,
  'u',
);
/** 近年来，今年以来，2021年以来，: the stretch of time up to now a paragraph may open with, perhaps after spaces. */
const PERIOD_UP_TO_NOW = /^[\s\u3000]*(?:(?:近年来|近几年来|近年|多年来|长期以来|一直以来|今年以来|去年以来|(?:19|20)\d{2}年以来)[，,])?/;
/** A run-in heading that opens a paragraph, one or two short phrases closed by a full stop (突出能人带动。某村党支部…; 拓宽渠道，推动富民。…). */
const RUN_IN_HEADING = /^[^。，,；;：:！？!?\n\d“”"]{2,12}(?:[，,][^。，,；;：:！？!?\n\d“”"]{2,12})?。/u;
/** Where the paragraph's subject may stand after such a clause or heading (`lead`) at `at`; -1 where none opens it. */
function afterLeadIn(paragraph: Paragraph, at: number, lead: RegExp): number {
  const m = lead.exec(paragraph.text.slice(at - paragraph.start));
  return m && m[0].length > 1 ? at + m[0].length : -1;
}
/** 该县某街道…, 我市某区…: the level the article speaks from, before the name that leads the paragraph. */
const OWN_LEVEL_LEAD = /^[该我本](?:市|州|盟|县|区|旗)/;
/** After a run-in heading and then a clause of time (拓宽渠道，推动富民。到村大半年间，某村…); -1 where they do not open the paragraph. */
function afterHeadingAndFraming(paragraph: Paragraph, leadEnd: number): number {
  const afterHeading = afterLeadIn(paragraph, leadEnd, RUN_IN_HEADING);
  return afterHeading < 0 ? -1 : afterLeadIn(paragraph, afterHeading, FRAMING_CLAUSE);
}
/** A description before a paragraph's subject set apart by a comma (坐落在山岭之间的某村，…; 位于县城东部的某社区，…). */
const DESCRIPTION_LEAD = /^[^。，,；;：:！？!?\n\d“”"]{2,16}的/u;
function describedLead(paragraph: Paragraph, inParagraph: PlaceName[], leadEnd: number): PlaceName | null {
  const chain = leadingChain(paragraph, inParagraph, afterLeadIn(paragraph, leadEnd, DESCRIPTION_LEAD));
  return chain && /^[，,]/.test(paragraph.text.slice(chain.end - paragraph.start)) ? chain : null;
}
/** A clause (or part of one) after its opening connectives and time words. */
const afterOpening = (text: string) => text.slice(CLAUSE_OPENING.exec(text)![0].length);
/** 在该镇某村，…: the place's parent may be told by the level the text speaks of. */
const OWN_PARENT_WORDS = '(?:该|本|我)(?:镇|乡|街道|县|区|市)';
const OWN_PARENT = new RegExp(`^${OWN_PARENT_WORDS}`);
/** 在某县，…: a clause of nothing but 在 and a place frames the sentence after it, which tells what that place did. */
const VENUE_FRAME_BEFORE = new RegExp(`^${OPENING_WORDS}在(?:${OWN_PARENT_WORDS})?$`, 'u');
const VENUE_FRAME_AFTER = /^[，,]$/;
/** 从某街道了解到, 在某村, 与某社区: a source, a venue or a partner, not the object of a verb. */
const NOT_AN_OBJECT_BEFORE = /[在于从据赴到至向对与和同跟由自]/;
/**
 * 我市, 全县, 该村 opening a clause: the unit of that level the article (or, for 该, the text just
 * before) names; 全省 and 我省 where the file names no province: figures without a unit.
 */
const OWN_LEVEL_SUBJECT = /^(我|全|本|该)(省|市|州|盟|县|区|旗|镇|乡|苏木|街道|村|社区|嘎查)/;
/** 个别村集体经济总量超过100万元, 15个村…: unnamed units of the section, some or all of them, report for the section (not 20个村民小组, groups inside a village). */
const SOME_UNITS_OPENING = /^(?:个别|部分|少数|多数|大多数|所有|[0-9零〇一二两三四五六七八九十百]+个)(?:行政)?(?:村(?![民组])|社区|嘎查)/;
/** 等6个重点村, 等12个社区: after a name, a group of units it is one example of. */
const EXAMPLE_OF_GROUP_AFTER = /^等[0-9零〇一二两三四五六七八九十百]+个/;
/** 在全镇11个村建立…: the whole of a level as the clause's venue speaks of that level's unit, as 全镇 opening it does. */
const WHOLE_LEVEL_VENUE = /^在(全)(省|市|州|盟|县|区|旗|镇|乡|苏木|街道|村|社区|嘎查)/;
/** 这个村, 这个昔日的“空壳村”: the village (or community) named last before it, as 该村. */
const THIS_ONE_SUBJECT = /^这(?:个|一)[^，,。；;：:\n]{0,14}?(村|社区)(?![级民委干组务规])/;
/** What follows 全市 in a time phrase: 全市抗击疫情期间, 全县脱贫攻坚时期. */
const CAMPAIGN_TIME = /^[^，,。；;：:\d]{1,10}?(?:期间|时期)/;
/** 镇党委, 县委, 村党支部 (or 村支部) opening a clause: the body of the unit of that level. */
const OWN_BODY_SUBJECT = /^(市|州|盟|县|区|旗|镇|乡|苏木|街道|村|社区|嘎查)(?:党工委|党委|党总支|党支部|纪委|委|支部|总支)/;
/**
 * 某县财政局驻某村…, 某区人民医院, 某区融媒体中心讯, 某镇的某某有限公司, 某市总工会 (written short, 某市总投入…), 某县某某4A级景区: one of
 * the unit's departments, institutions, mass organisations, news outlets, firms or scenic areas acts or reports, not the unit (a first
 * secretary it stations works for the village).
 */
const AN_ORGANISATION_AFTER = new RegExp(
  '^(?:\\p{Script=Han}{0,6}?(?:局|厅|医院|卫生院|卫生服务中心|卫生服务站|卫生室|法院|检察院|派出所|公司|银行|学校|融媒体|新闻|日报|电视台|报社|农技站|农机站|林业站|水利站|财政所|司法所|' +
    `${MASS_ORGANISATIONS})|${FEDERATION_WRITTEN_SHORT}|的\\p{Script=Han}{2,16}?(?:有限公司|公司|厂)|[\\p{Script=Han}\\dA-Z]{1,10}?(?:景区|度假区|旅游区))`,
  'u',
);
/** What a described unit does right after its name (…的某村将…, 通过…): the act of a subject, not a noun the name qualifies. */
const DESCRIBED_SUBJECT_ACTS = /^(?:将|把|通过|以|坚持|围绕|积极|持续|先后|累计|共)/;
/** The last name of the path that opens the clause's names (某镇某村: 某村). */
function pathEndIn(clause: Paragraph, names: PlaceName[]): PlaceName {
  const { chain } = chainAt(clause, names, names[0]!.start);
  return chain[chain.length - 1]!;
}
/** The end of a clause that is a name and what leads to it (获评先进的某社区党委，): its party body, then the clause's mark. */
const NAME_PHRASE_END = /^(?:党工委|党委|党总支|党支部)?[，,：:]$/;
/** 街道全年共开展…, 镇里新建…, 社区已有…: the level word alone, or with 里, for the unit of that level. */
const OWN_BARE_SUBJECT = /^(街道|社区|镇|乡|县|区|村)里?(?=全年|今年|共|累计|先后|新|已|还|又|积极|持续|组织|开展|举办|召开)/;
/** What follows a bare stem that stands for its unit (天台有…, 天台已…, 天台投入…). */
const STEM_AS_SUBJECT = /^(?:[有将已共累全先还积今目现新]|投入|争取|开展|组织|举办|召开|建成|打造|实施|推进|推动|坚持|通过)/;

/**
 * Units the article reports as units of their own: a paragraph led by a village, community or
 * town below or beside the unit of its section (某村：党员21名…), and clauses whose subject is a
 * named unit (今年，某村新发展党员3名；某社区收集问题65个). The subject is a name that opens its
 * clause (after connectives and time words only), a bare stem of a named unit (某某有3000多名),
 * or 我市 / 全县 for the unit of that level; it holds until another clause names its own. A
 * venue (在某村), a source (从某街道了解到) or an object (投入某村项目) is never a subject, nor is
 * a name of the same level that opens a clause after such an object (a list of recipients).
 * 本村 and 该村 in the same paragraph refer back to the subject of a sentence before.
 */
export function subjectSpans(
  paragraphs: Paragraph[],
  names: PlaceName[],
  unitAt: (offset: number) => string | null,
  figures: readonly number[] = [],
  officials: ReadonlyMap<string, PlaceName> = new Map(),
): SubjectSpan[] {
  const spans: SubjectSpan[] = [];
  const properNames = names.filter((n) => !n.commonStem);
  const stems = stemsOf(properNames);
  const mostNamedOf = mostNamedByLevel(properNames);
  let next = 0; // the first name not before the paragraph (names and paragraphs are in text order)
  for (const paragraph of paragraphs) {
    // Null where the article names no unit of its own: its named units may still report.
    const outer = unitAt(paragraph.start);
    const outerRank = outer === null ? 0 : levelRank(outer);
    const lower = (n: PlaceName) => outer === null || (n.name !== outer && levelRank(n.name) >= outerRank && !outer.endsWith(n.name) && !n.name.endsWith(outer));
    while (next < properNames.length && properNames[next]!.start < paragraph.start) next++;
    const inParagraph: PlaceName[] = [];
    for (let i = next; i < properNames.length && properNames[i]!.start < paragraph.end; i++)
      if (properNames[i]!.end <= paragraph.end) inParagraph.push(properNames[i]!);
    const quotes = attributedQuotes(paragraph, inParagraph.filter(lower), inParagraph, officials, lower);
    const leadEnd = paragraph.start + (LEAD.exec(paragraph.text)?.[0].length ?? 0);
    const chain =
      leadingChain(paragraph, inParagraph, leadEnd) ??
      leadingChain(paragraph, inParagraph, afterLeadIn(paragraph, leadEnd, OWN_LEVEL_LEAD)) ??
      framingChain(paragraph, inParagraph, leadEnd) ??
      leadingChain(paragraph, inParagraph, afterLeadIn(paragraph, leadEnd, FRAMING_CLAUSE)) ??
      framingChain(paragraph, inParagraph, afterLeadIn(paragraph, leadEnd, FRAMING_CLAUSE)) ??
      leadingChain(paragraph, inParagraph, afterLeadIn(paragraph, leadEnd, RUN_IN_HEADING)) ??
      leadingChain(paragraph, inParagraph, afterHeadingAndFraming(paragraph, leadEnd)) ??
      describedLead(paragraph, inParagraph, leadEnd) ??
      informantLead(paragraph, inParagraph, leadEnd);
    const leading = chain && !AN_ORGANISATION_AFTER.test(paragraph.text.slice(chain.end - paragraph.start)) ? chain : null;
    // A lower unit leading the paragraph (某村：…, 某镇新建…) is the subject of its sentences that name none of their own;
    // so is a unit above the section's that opens the paragraph itself (某镇积极探索… in a village's story; not 3月2日，某市出现…后).
    // (近年来，某镇积极扶持…: a stretch of time up to now may come first; a day's event may not.)
    const aboveOpening = (n: PlaceName) =>
      outer !== null && n.name !== outer && levelRank(n.name) > 0 && paragraph.text.slice(PERIOD_UP_TO_NOW.exec(paragraph.text)![0].length).startsWith(n.name);
    const ledByName = leading && (lower(leading) || aboveOpening(leading)) ? leading.name : null;
    const ownLevel: OwnLevel = (word, level, at) => {
      // (In a paragraph a peer of the unit leads, 在乙村，村党支部领办…, its body is the leader's.)
      if (word !== '该' && outer !== null && isOfLevel(outer, level)) return ledByName && isOfLevel(ledByName, level) ? ledByName : outer;
      if (level === '省') return mostNamedOf(level);
      // 甲镇…；乙镇依托…，全镇发展党员18名: the unit of that level named last in the paragraph, else the one named most;
      // 全市 in a sub-district's text, where the file names no city: the figures of a unit it never names.
      if (word !== '该' && !/村|社区/.test(level))
        return lastNamedBefore(inParagraph, level, at) ?? mostNamedOf(level) ?? (outer !== null && levelRank(level) < outerRank ? null : undefined);
      // 该村, or 全村 in a town's text: the village named last before it.
      // (Where the paragraph names none, the one the text named last before it: a town's article on one of its villages.)
      return lastNamedBefore(inParagraph, level, at) ?? (outer !== null && isOfLevel(outer, level) ? outer : lastNamedBefore(properNames, level, at));
    };
    // …来到某镇某村。\n该村共有…: a paragraph opened by 该村 is led by the lower unit it refers back to.
    const paragraphUnit =
      ledByName ??
      referredLead(paragraph.text.slice(leadEnd - paragraph.start), leadEnd, ownLevel, (unit) => unit !== outer && levelRank(unit) > outerRank) ??
      storyToldOn(paragraph, inParagraph, outer, outerRank);
    // The lower unit an item of a list opens with (乙区 in 乙区97.6%, 其中乙区发展党员765名).
    // (An item of a list of peers may be led by the section's own unit: 其中甲区…47件、乙县…32件 in 甲区's text.)
    const ledBy = (item: Paragraph, orOwn = false) => {
      const opening = item.start + (ITEM_OPENING.exec(item.text)?.[0].length ?? 0);
      return inParagraph.find((x) => x.start === opening && (lower(x) || (orOwn && x.name === outer)));
    };
    let last: string | null = null;
    // The names the sentence holds.
    const namesWithin = (sentence: { start: number; end: number }) => inParagraph.filter((n) => n.start >= sentence.start && n.end <= sentence.end);
    // The lower unit of the sentence named last with what `follows` it (and, where given, the character `before` it).
    const lastLowerIn = (sentence: { start: number; end: number }, follows: RegExp, before?: string) =>
      namesWithin(sentence).filter(
        (n) =>
          lower(n) &&
          (before === undefined || paragraph.text[n.start - paragraph.start - 1] === before) &&
          follows.test(paragraph.text.slice(n.end - paragraph.start, n.end - paragraph.start + PERSON_REACH)),
      ).at(-1)?.name;
    // The lower unit whose official (某村第一书记王平) the sentence names last.
    const officialIn = (sentence: { start: number; end: number }) => lastLowerIn(sentence, PERSON_AFTER_TITLE);
    // The lower unit the sentence says someone is of (张某是某村的致富能手, 李某是某村党支部书记), for a pronoun after it.
    const identifiedIn = (sentence: { start: number; end: number }) => lastLowerIn(sentence, OF_THE_UNIT, '是');
    // The unit a sentence of the paragraph last named, which goes on where the next names none (in place of the paragraph's lead).
    let named: string | null | undefined;
    // The last subject of the sentence before (one with a figure), for a sentence that goes on without one.
    let previousSubject: string | null = null;
    const refersBack = BACK_REFERENCE.test(paragraph.text) || PRONOUN_AFTER_STOP.test(paragraph.text);
    for (const sentence of sentencesOf(paragraph, SENTENCE_END)) {
      if (!holdsAny(NUMERAL_START, sentence.text)) {
        // 某村老党员…。在他的带动下，本村又有5名…
        if (refersBack || paragraphUnit) {
          const subject = clauseSubjects(sentence, sentencesOf(sentence, CLAUSE_END), inParagraph, stems, ownLevel, outer).pop();
          if (subject) named = subject.unit;
          else if (paragraphUnit && voicesUnit(sentence.text, outer)) named = outer;
          // (…派驻到某村第一书记某某的助力。他通过…: a pronoun after an official's name goes on with the official's unit.)
          if (refersBack) last = subject?.unit ?? officialIn(sentence) ?? identifiedIn(sentence) ?? last;
        }
        continue;
      }
      const clauses = sentencesOf(sentence, CLAUSE_END);
      const subjects = clauseSubjects(sentence, clauses, inParagraph, stems, ownLevel, outer);
      // 某社区…，得益于某县推行的制度。该制度由全县…: a sentence in the voice of the section's unit turns the paragraph back to it.
      if (subjects.length === 0 && paragraphUnit && voicesUnit(sentence.text, outer)) named = outer;
      const lastNamed = subjects.length ? subjects[subjects.length - 1]!.unit : named;
      if (subjects[0]?.start !== sentence.start && last && (BACK_REFERENCE.test(sentence.text) || PRONOUN_OPENING.test(sentence.text))) subjects.unshift({ unit: last, start: sentence.start });
      // …乡党委立即做出决定，…。投入8.5万元…: a sentence that opens with its deed, no subject named, goes on with the lower unit
      // that did the deed of the sentence before.
      else if (subjects[0]?.start !== sentence.start && !paragraphUnit && previousSubject && previousSubject !== outer && DEED_OPENING.test(afterOpening(sentence.text)))
        subjects.unshift({ unit: previousSubject, start: sentence.start });
      // “我们村今年…” 某村党支部书记某某说: a quotation speaks for the unit of whoever said it.
      // The sentence ends inside the quotation (it may open with the close of the one before: ”某村书记某某说：“…。),
      // or opens with it (“…21653元……”这是某镇纪委书记…晒出的成绩单。).
      // (So does what the speaker goes on to say in their own words: ”某某说，村里25名党员….)
      const speaker = quotes.find(
        (q) => (sentence.end > q.start && sentence.end <= q.end + 1) || q.start === sentence.start || (q.end - 1 === sentence.start && REPORTED_SPEECH.test(sentence.text)),
      )?.unit;
      // (Where the quotation names no place, its 全村, 我们村 and 村里 are the speaker's too.)
      const within = namesWithin(sentence);
      if (speaker && within.length === 0) subjects.splice(0, subjects.length, { unit: speaker, start: sentence.start });
      else if (subjects[0]?.start !== sentence.start && speaker) subjects.unshift({ unit: speaker, start: sentence.start });
      // 某村党总支书记周某…。今年年初上任以来，周某带着村两委…: an official the article introduced with a lower unit, as the
      // sentence's subject, acts for that unit.
      const actor = subjects[0]?.start !== sentence.start ? officialOpening(sentence.text, officials, lower) : undefined;
      if (actor) subjects.unshift({ unit: actor.name, start: sentence.start });
      // 某街道某社区…。某街道通过…。目前，5个社区…: the sentence goes on with the unit the one before named.
      if (subjects[0]?.start !== sentence.start && paragraphUnit) subjects.unshift({ unit: named !== undefined ? named : paragraphUnit, start: sentence.start });
      named = lastNamed;
      const pieces: SubjectSpan[] = subjects.map((s, i) => ({ unit: s.unit, start: s.start, end: subjects[i + 1]?.start ?? sentence.end }));
      // A list of subdivisions each with its own figure: 甲区99.2%、乙区97.6%.
      const namesInside = within.some((n) => n.start > sentence.start);
      for (const item of namesInside ? sentencesOf(sentence, ITEM_END) : []) {
        const name = item.start > sentence.start ? ledBy(item) : undefined;
        if (name && BARE_FIGURE.test(item.text.slice(name.end - item.start))) cutInto(pieces, { unit: name.name, start: item.start, end: item.end });
      }
      // A ranking of counties by their bare stems, each with its own figure: …的区县有顺义9589小时、密云4404小时.
      for (const item of stemRanking(sentence)) cutInto(pieces, item);
      // A clause whose subject opens a list of reports: 甲区发展党员812名、乙区发展党员765名.
      for (const clause of namesInside ? clauses : []) {
        const [first, ...rest] = parallelItems(sentencesOf(clause, LIST_MARK).map((item) => ({ item, name: ledBy(item, true) })));
        if (!first || pieces.find((p) => first.item.start >= p.start && first.item.start < p.end)?.unit !== first.name.name) continue;
        for (const { item, name } of rest) cutInto(pieces, { unit: name.name, start: item.start, end: item.end });
      }
      // 甲街道、乙镇分别发展党员32名、18名: each figure after 分别 is the unit's in the same place of the list;
      // 甲镇、乙镇各发展党员15名: the figures are each unit's.
      let lastEach = null as SubjectSpan | null;
      for (const clause of namesInside ? clauses : []) {
        for (const span of respectively(clause, inParagraph, figures, sentence)) cutInto(pieces, span);
        const each = eachOf(clause, inParagraph) ?? eachGoesOn(lastEach, clause);
        if (each) cutInto(pieces, each);
        lastEach = each;
      }
      spans.push(...pieces);
      previousSubject = subjects[subjects.length - 1]?.unit ?? null;
      last = subjects[subjects.length - 1]?.unit ?? officialIn(sentence) ?? last;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * A lower unit whose story the paragraph before opened and this one tells on, naming no unit nor
 * speaking from any level itself (…。\n党员们积极响应…，提供服务32场次).
 */
function storyToldOn(paragraph: Paragraph, inParagraph: PlaceName[], outer: string | null, outerRank: number): string | null {
  const unit = paragraph.ledBefore;
  if (!unit || unit === outer || levelRank(unit) <= outerRank || inParagraph.length > 0 || voicesOtherLevel(paragraph.text, unit) || GENERALISING_OPENING.test(paragraph.text)) return null;
  return unit;
}

/** The levels the text speaks from (全镇, 我县, 镇党委), each with the few characters after it. */
const voicesOf = (text: string) => [...text.matchAll(OWN_VOICE)].map((v) => ({ rank: levelRank(`某${v[1] ?? v[2]}`), after: text.slice(v.index! + v[0].length, v.index! + v[0].length + 4) }));
/** Whether the text speaks from a level other than the unit's (全镇 in a village's story; its own 全村 goes on with the story). */
const voicesOtherLevel = (text: string, unit: string) => voicesOf(text).some((v) => v.rank !== levelRank(unit));
/** Whether the text speaks in the voice of the unit's level (全县, 我县, 该县 for a county), not only ranks by it (全县第一). */
const voicesUnit = (text: string, unit: string | null) => unit !== null && voicesOf(text).some((v) => v.rank === levelRank(unit) && !RANKED_BY_LEVEL.test(v.after));
/** 全县第一, 全县首家, 全县最…: a rank within the level's scope, no voice of it. */
const RANKED_BY_LEVEL = /^(?:的)?(?:第一|首个|首家|唯一|最|前列|领先|排名|排头)/;

/** 这样的服务站还有很多, 像某村这样的…: a paragraph that turns from the one unit to the many like it. */
const GENERALISING_OPENING = /^\s*(?:这样的|像|类似)/;
/** 全镇, 我县, 镇党委: the text speaks from a level of its own. */
const OWN_VOICE = /[我全本该](省|市|州|县|区|旗|镇|乡|街道|村|社区)|(?:^|[，,。])\s*(省|市|县|区|镇|乡|街道)(?:委|党委|党工委|政府)/g;

/** The unit a paragraph's opening 该村 or 本社区 refers back to, where `isLower`. */
function referredLead(opening: string, at: number, ownLevel: OwnLevel, isLower: (unit: string) => boolean): string | null {
  const reference = REFERENCE_OPENING.exec(opening);
  const unit = reference ? ownLevel(reference[1]!, reference[2]!, at) : null;
  return unit && isLower(unit) ? unit : null;
}
const REFERENCE_OPENING = /^(该|本)(村|社区|嘎查)/;

/** What may open an item of a list before its unit: 其中, 分别为 … */
const ITEM_OPENING = /^[\s\u3000]*(?:其中|分别为|分别是|依次为)?[:：]?/;
/** What follows the name in an item that is a name and its figure, nothing else (乙区97.6%). */
const BARE_FIGURE = /^[\s\u3000]*(?:为|达|是|有)?[\s\u3000]*[\d.]+[%％]?\p{Script=Han}{0,2}[\s\u3000]*[，,、；;。]?$/u;

/**
 * The items of a ranking that each open with the bare stem of a county or a district and hold its figure alone
 * (…的区县有顺义9589.68小时、密云4404.47小时、大兴3612.03小时): two or more, each stem naming one county-level
 * name, all of one province.
 */
function stemRanking(sentence: Paragraph): SubjectSpan[] {
  if (!STEM_BEFORE_DIGIT.test(sentence.text)) return [];
  const items: SubjectSpan[] = [];
  const provincesOfItems: Set<string>[] = [];
  for (const item of sentencesOf(sentence, ITEM_END)) {
    const m = STEM_OPENING_ITEM.exec(item.text);
    if (!m || !BARE_FIGURE.test(item.text.slice(m[0].length))) continue;
    const counties = upperStem(m[1]!).filter((d) => d.level === 'county');
    const names = new Set(counties.map((d) => d.name));
    if (names.size !== 1) continue;
    provincesOfItems.push(new Set(counties.map((d) => d.code.slice(0, 2))));
    items.push({ unit: [...names][0]!, start: item.start, end: item.end });
  }
  const shared = (province: string) => provincesOfItems.every((provinces) => provinces.has(province));
  return items.length >= 2 && [...provincesOfItems[0]!].some(shared) ? items : [];
}
const STEM_BEFORE_DIGIT = /\p{Script=Han}{2}\d/u;
/** An item that opens with a stem right before its figure, at its start or after the ranking's verb (…的区县有顺义9589小时). */
const STEM_OPENING_ITEM = /^[\s\u3000]*(?:[^、，,；;：:\d]*?[有是为])?(\p{Script=Han}{2})(?=\d)/u;

/**
 * The items of a clause (parted by 、) that each open with a unit of one level and hold a figure,
 * when two or more do (甲区发展党员812名、乙区发展党员765名): parallel reports, each of its own
 * unit. A single such item (甲区、乙区共发展党员300名) makes none.
 */
function parallelItems(items: { item: Paragraph; name: PlaceName | undefined }[]): { item: Paragraph; name: PlaceName }[] {
  const led = items.filter((x): x is { item: Paragraph; name: PlaceName } => x.name !== undefined && holdsAny(NUMERAL_START, x.item.text.slice(x.name.end - x.item.start)));
  const level = led[0] && levelRank(led[0].name.name);
  return led.length >= 2 && led.every(({ name }) => levelRank(name.name) === level) ? led : [];
}

/** What an official who speaks for a unit is called after its name, and how the article says they spoke. */
// (The title may stand in quotation marks: 某村“第一书记”某某.)
const SPEAKER_TITLE = '(?:党委|党工委|党总支部?|党支部|纪委|纪工委|委员会|村委会|居委会)?[“"]?(?:副?书记|主任|负责人|第一书记|[镇乡区县村]长)[”"]?';
// (perhaps with how: 激动地公布, 笑着说, or what they did and to whom: 指着蔬菜大棚向游人介绍道)
const SPOKE = '(?:\\p{Script=Han}{1,3}[地着]|[^，,。；;！？“”\\n]{0,12}?向[^，,。；;！？“”\\n]{1,8}?)?(?:说|表示|介绍|告诉记者|告诉笔者|谈到|公布|坦言|感慨|讲述|对[^，,。；;！？“”\\n]{1,30}?(?:说|表示|介绍))';
/** After a closing quotation mark: 会上，某村党支部书记李华说; 5月12日，某村…说. */
const SPEAKER_AFTER = /^[，,]?\s*(?:会上|座谈中|采访中|\d{1,2}月\d{1,2}日|近日|日前)?[，,]?\s*$/;
/** Before an opening one: 某村党支部书记李华说：“ */
// (A colon after the official's name and how they looked opens their words too: 某村党支部书记李华喜笑颜开：“)
const SPEAKER_BEFORE = new RegExp(`^${SPEAKER_TITLE}\\p{Script=Han}{2,4}(?:${SPOKE}[:：，,]?|[^，,。；;！？“”\\n]{0,8}[:：])\\s*$`, 'u');
/** After a unit's name: its official's title, perhaps their name, and their speaking (某村党支部书记李华说). */
export const SPEAKER_AFTER_NAME = new RegExp(`^${SPEAKER_TITLE}(?:\\p{Script=Han}{2,4})?${SPOKE}`, 'u');
/** A quotation that opens and is then owned: “…”这是某镇纪委书记某某在…晒出的成绩单. */
const OWNED_AFTER = /^\s*这是\s*$/;
const SPEAKER_TITLE_AFTER_NAME = new RegExp(`^${SPEAKER_TITLE}`, 'u');
/** After 据 and a unit's name: its official or its staff, perhaps named, telling (据某社区党委书记李华介绍，). */
const INFORMANT_AFTER_NAME = new RegExp(`^(?:${SPEAKER_TITLE}|工作人员|相关负责人)(?:\\p{Script=Han}{2,4})?介绍[，,]?$`, 'u');

/** Quotations (“…”) of a paragraph that an official of one of its units (`names`) is said to have spoken, each with that unit; `allNames` are the paragraph's. */
function attributedQuotes(
  paragraph: Paragraph,
  names: PlaceName[],
  allNames: PlaceName[],
  officials: ReadonlyMap<string, PlaceName>,
  lower: (n: PlaceName) => boolean,
): { unit: string; start: number; end: number }[] {
  const quotes: { unit: string; start: number; end: number }[] = [];
  const { text } = paragraph;
  for (const [open, close] of quotationsIn(text)) {
    const start = paragraph.start + open;
    const end = paragraph.start + close + 1;
    // The speaker's unit may follow its parents (会上，某镇某村党总支书记…, 湖南某州某县…): names between are no words, nor is a province's stem.
    const gapBefore = (n: PlaceName) => withoutProvinceStem(withoutNames(text.slice(close + 1, n.start - paragraph.start), allNames, end, n.start));
    const spokeAfter = (n: PlaceName) => {
      const gap = gapBefore(n);
      const title = text.slice(n.end - paragraph.start);
      return (SPEAKER_AFTER.test(gap) && SPEAKER_AFTER_NAME.test(title)) || (OWNED_AFTER.test(gap) && SPEAKER_TITLE_AFTER_NAME.test(title));
    };
    const after = names.find((n) => n.start >= end && n.start - end <= 20 && spokeAfter(n));
    const before = names.find((n) => n.end <= start && start - n.end <= 16 && SPEAKER_BEFORE.test(text.slice(n.end - paragraph.start, open)));
    // 某村书记某某说：“…” binds its quotation more closely than a speaker after it, who may open the next one.
    const speaker =
      before ??
      after ??
      introducedSpeaker(paragraph, open, close, names) ??
      officialNamedAfter(text.slice(close + 1), officials, lower) ??
      speakerAtOwnEvent(paragraph, close, names) ??
      referredSpeaker(text.slice(close + 1), names.filter((n) => n.end <= start));
    if (speaker) quotes.push({ unit: speaker.name, start, end });
  }
  return quotes;
}

/** “…”该村党总支书记李学初说: an official of the unit of that level the paragraph named last before the quotation. */
function referredSpeaker(after: string, namesBefore: PlaceName[]): PlaceName | undefined {
  const referred = REFERRED_SPEAKER.exec(after);
  if (!referred || !SPEAKER_AFTER_NAME.test(after.slice(referred[0].length))) return undefined;
  return namesBefore.filter((n) => n.name.endsWith(referred[1]!)).at(-1);
}
const REFERRED_SPEAKER = /^[，,]?\s*该(村|社区|嘎查|镇|乡|街道)/;

/**
 * 记者见到某村党支部书记周明华时…。“…”…周明华信心满满: a quotation that opens a sentence, in a
 * paragraph that has introduced one unit's official by name before it, speaks for that unit where
 * the official's name comes back after it.
 */
function introducedSpeaker(paragraph: Paragraph, open: number, close: number, names: PlaceName[]): PlaceName | undefined {
  const { text } = paragraph;
  const lead = text.slice(0, open).trimEnd();
  if (lead !== '' && SENTENCE_END[lead.charCodeAt(lead.length - 1)] !== 1) return undefined;
  const officials = names.flatMap((n) => {
    const person = n.end - paragraph.start <= open ? PERSON_AFTER_TITLE.exec(text.slice(n.end - paragraph.start, open)) : null;
    return person && !SPOKE_OPENING.test(person[1]!) ? [{ name: n, person: person[1]! }] : [];
  });
  if (officials.length !== 1) return undefined;
  const { name, person } = officials[0]!;
  const after = text.slice(close + 1);
  return after.includes(person.slice(0, 3)) || after.includes(person.slice(0, 2)) ? name : undefined;
}
const PERSON_AFTER_TITLE = new RegExp(`^${SPEAKER_TITLE}(\\p{Script=Han}{2,3})`, 'u');

/**
 * “…”近日，在某乡某村党支部的主题党日活动中，支部书记某某…介绍: the unit whose own event the quotation
 * was spoken at, by its official (a title without the unit's name again).
 */
function speakerAtOwnEvent(paragraph: Paragraph, close: number, names: PlaceName[]): PlaceName | undefined {
  const { text } = paragraph;
  // (Down a path, 某镇某村党支部的…, the last name is the host.)
  return names
    .filter(
      (n) =>
        n.start - paragraph.start > close &&
        EVENT_VENUE_BEFORE.test(text.slice(close + 1, n.start - paragraph.start)) &&
        OWN_EVENT_SPEAKER_AFTER.test(text.slice(n.end - paragraph.start)),
    )
    .at(-1);
}
/** What stands between the quotation and the host: the day, 在, and the host's parents (names, taken as characters). */
const EVENT_VENUE_BEFORE = /^[，,]?\s*(?:近日|日前|\d{1,2}月\d{1,2}日)?[，,]?\s*在\p{Script=Han}{0,12}$/u;
/** …党支部的主题党日活动中，支部书记某某…说: the host's event, then its official speaking. */
const OWN_EVENT_SPEAKER_AFTER = new RegExp(
  `^(?:党支部|党委|党总支|党工委)?的?[^，,。；;！？“”\\n]{0,14}?(?:活动|会议|大会|仪式)(?:中|上|现场)[，,]\\s*(?:村|社区)?(?:党支部|支部|党委|党总支)?(?:副?书记|主任)\\p{Script=Han}{2,4}${SPOKE}`,
  'u',
);

/**
 * The officials the article introduces by name after their unit and title (某社区党委书记林凯), each
 * with that unit; a name introduced for two units is left out.
 */
export function officialsNamed(text: string, names: PlaceName[]): Map<string, PlaceName> {
  const officials = new Map<string, PlaceName | null>();
  for (const n of names) {
    if (n.commonStem) continue;
    const person = PERSON_AFTER_TITLE.exec(text.slice(n.end, n.end + PERSON_REACH))?.[1];
    if (!person || SPOKE_OPENING.test(person)) continue;
    const known = officials.get(person);
    officials.set(person, known === undefined || known?.name === n.name ? n : null);
  }
  return new Map([...officials].filter((e): e is [string, PlaceName] => e[1] !== null));
}
/** How far after a unit's name its official's title and name may run (党总支部副书记 and a name of three). */
const PERSON_REACH = 12;
/** What follows a unit someone is said to be of: 的, or an official's title (是某村的能人, 是某村党支部书记). */
const OF_THE_UNIT = new RegExp(`^(?:的|${SPEAKER_TITLE})`, 'u');

/** “…”林凯告诉笔者: a quotation its speaker claims right after it, by the name the article introduced with a lower unit. */
function officialNamedAfter(after: string, officials: ReadonlyMap<string, PlaceName>, lower: (n: PlaceName) => boolean): PlaceName | undefined {
  if (officials.size === 0) return undefined;
  const person = NAME_THEN_SPOKE.exec(after)?.[1];
  if (person === undefined) return undefined;
  // Introduced as 林凯介绍…: the name was read with the verb's first character; it starts with the name.
  return soleOfficialUnit(officials, (name) => name.startsWith(person), lower);
}
/** The one lower unit of the officials whose names `picks` takes; none where it takes none, or officials of several units. */
function soleOfficialUnit(officials: ReadonlyMap<string, PlaceName>, picks: (person: string) => boolean, lower: (n: PlaceName) => boolean): PlaceName | undefined {
  const units = [...officials].filter(([person]) => picks(person)).map(([, unit]) => unit);
  return new Set(units.map((n) => n.name)).size === 1 && lower(units[0]!) ? units[0] : undefined;
}
/** The official the article introduced with a lower unit whose name opens the sentence, perhaps after a framing clause (上任以来，周某…). */
function officialOpening(sentence: string, officials: ReadonlyMap<string, PlaceName>, lower: (n: PlaceName) => boolean): PlaceName | undefined {
  // (Most sentences name no official at all: nothing more is read in them.)
  if (officials.size === 0 || ![...officials.keys()].some((person) => sentence.includes(person.slice(0, 2)))) return undefined;
  const opening = sentence.slice(FRAMING_CLAUSE.exec(sentence)?.[0].length ?? 0).trimStart();
  // (A name of two may have been read with the character after it: 王平格外忙碌 gives 王平格.)
  return soleOfficialUnit(officials, (person) => opening.startsWith(person.length === 3 ? person.slice(0, 2) : person), lower);
}
const NAME_THEN_SPOKE = new RegExp(`^[，,]?\\s*(\\p{Script=Han}{2,3}?)${SPOKE}`, 'u');
const SPOKE_OPENING = new RegExp(`^${SPOKE}`);

/** The quotations of a text as [open, close] offsets: “…”, and "…" where pages write straight quotes, in pairs. */
function quotationsIn(text: string): [number, number][] {
  const pairs: [number, number][] = [];
  for (const [opening, closing] of QUOTATION_MARKS)
    for (let open = text.indexOf(opening); open >= 0; ) {
      const close = text.indexOf(closing, open + 1);
      // A quotation that runs on into the next paragraph (or past where a page was cut) is not closed in this one: it runs to its end.
      if (close < 0) {
        if (opening === '“') pairs.push([open, text.length - 1]);
        break;
      }
      pairs.push([open, close]);
      open = text.indexOf(opening, close + 1);
    }
  return pairs.length > 1 ? pairs.sort((a, b) => a[0] - b[0]) : pairs;
}
const QUOTATION_MARKS = [['“', '”'], ['"', '"']] as const;

/** A stretch of text (from offset `from` to `to`) with the names inside it taken out. */
/** A stretch without the province's stem it ends with (湖南 in 湖南湘西州…, the names after it taken out already). */
function withoutProvinceStem(stretch: string): string {
  const stem = PROVINCE_STEM_AT_END.exec(stretch)?.[1];
  return stem && upperStem(stem).some((d) => d.level === 'province') ? stretch.slice(0, -stem.length) : stretch;
}
const PROVINCE_STEM_AT_END = /(?:^|[^\p{Script=Han}])(\p{Script=Han}{2,3})$/u;

function withoutNames(stretch: string, names: PlaceName[], from: number, to: number): string {
  let kept = stretch;
  for (const n of names) if (n.start >= from && n.end <= to) kept = kept.replace(n.name, '');
  return kept;
}

/**
 * The unit 我市, 全县 or 该村 (word 我/全/本/该, level 市/县/村 …) stands for at an offset:
 * undefined when the article does not name it, null for a province it does not name.
 */
type OwnLevel = (word: string, level: string, at: number) => string | null | undefined;

interface ClauseSubject {
  unit: string | null;
  start: number;
}

/** Where the sentence's clauses (`sentencesOf(sentence, CLAUSE_END)`) name their own subject, in order (see subjectSpans). */
function clauseSubjects(sentence: Paragraph, clauses: Paragraph[], names: PlaceName[], stems: Stems, ownLevel: OwnLevel, outer: string | null): ClauseSubject[] {
  const subjects: ClauseSubject[] = [];
  const objectLevels = new Set<number>();
  clauses.forEach((clause, i) => {
    // A clause after ； is parallel to the one before, not its continuation: its names are subjects again.
    if (/[；;]/.test(sentence.text[clause.start - sentence.start - 1] ?? '')) objectLevels.clear();
    const inClause = namesWithin(names, clause);
    const first = inClause[0];
    const last = inClause[inClause.length - 1];
    const gap = first ? clause.text.slice(0, first.start - clause.start) : '';
    let unit: string | null | undefined;
    let from = clause.start;
    const ownAct = first && !AN_ORGANISATION_AFTER.test(clause.text.slice(first.end - clause.start));
    const framed = first && framesVenue(gap, first.name) && VENUE_FRAME_AFTER.test(clause.text.slice(last!.end - clause.start));
    // 道桥镇共星村等6个重点村，…: a name given as the example of a group of units speaks for none of them alone.
    if (last && EXAMPLE_OF_GROUP_AFTER.test(clause.text.slice(last.end - clause.start))) unit = outer;
    else if (first && ((ownAct && (BEFORE_SUBJECT.test(gap) || parentStemBefore(gap, first.name) || unlistedTownshipBefore(gap, first.name) || stationedTeamOf(gap, clause.text.slice(first.end - clause.start)))) || framed) && !objectLevels.has(levelRank(first.name))) {
      unit = subjectOfChain(clause, inClause, outer);
      if (sendsDown(clause, inClause, unit, outer)) unit = outer;
    }
    // 获评先进的兰山街道，全年新成立…: a sentence opening with a name its modifier leads to (…的某街道，) is that unit's, also where
    // the modifier runs over clauses before it (2019年集体收入只有5万元，还是贫困村的某村，如今…), which then are the unit's too.
    else if (subjects.length === 0 && last && sentence.text[last.start - sentence.start - 1] === '的' && NAME_PHRASE_END.test(clause.text.slice(last.end - clause.start))) {
      unit = last.name;
      from = sentence.start;
    }
    // 此次集中分红的某镇某村将…: a name its modifier leads to (…的某村), then its deed, is the subject of the sentence.
    else if (subjects.length === 0 && first && gap.endsWith('的') && DESCRIBED_SUBJECT_ACTS.test(clause.text.slice(pathEndIn(clause, inClause).end - clause.start))) {
      unit = subjectOfChain(clause, inClause, outer);
      from = sentence.start;
    }
    // …每年可为某乡某村带来8万元的集体经济收入: the unit an income is brought to is the clause's, whose income it is.
    else if (last && BROUGHT_FOR_BEFORE.test(gap) && INCOME_BROUGHT_AFTER.test(clause.text.slice(last.end - clause.start))) unit = last.name;
    // 公司所在的某镇某村党支部书记某某说，…: a speaker described by what lies in their unit speaks for it.
    else if (last && gap.endsWith('的') && SPEAKER_AFTER_NAME.test(clause.text.slice(last.end - clause.start))) unit = last.name;
    // 据某社区工作人员介绍，…: what the unit's own official or staff tell is the unit's.
    else if (first && gap === '据' && INFORMANT_AFTER_NAME.test(clause.text.slice(first.end - clause.start))) unit = first.name;
    // 连续两届的“擂主”——某镇某村党支部书记某某…: an official named after a dash, in apposition, does the clause's work for the unit.
    else if (last && /——\s*$/.test(gap) && SPEAKER_TITLE_AFTER_NAME.test(clause.text.slice(last.end - clause.start))) unit = last.name;
    // 合计 9 88.3: a table's total row is the whole's, the section's unit; so is 另有8个村… after a named unit's clause.
    else if (TOTAL_ROW.test(clause.text) || OTHERS_OPENING.test(clause.text)) unit = outer;
    // 全镇有…，6个村集体经济收入均突破…: after a town's clause in the sentence, its villages report for the town.
    else if (SOME_UNITS_OPENING.test(afterOpening(clause.text))) unit = holderOfUnits(subjects) ?? holderAbove(outer, ownLevel, clause.start);
    else {
      unit = sameLevelBefore(clause, subjects) ?? subjectWithoutName(clause, stems, ownLevel);
      if (unit !== undefined && upperBodySendsDown(clause, outer)) unit = outer;
    }
    // Names in a clause without a subject are objects or venues (投入甲村…项目20万元，乙村…项目30万元).
    if (unit === undefined) for (const n of inClause) if (!NOT_AN_OBJECT_BEFORE.test(sentence.text[n.start - sentence.start - 1] ?? '')) objectLevels.add(levelRank(n.name));
    if (unit !== undefined) subjects.push({ unit, start: from });
  });
  return subjects;
}

/** The unit of the sentence's last subject where it holds villages and communities (a town, a county), as the units a clause counts are its own. */
function holderOfUnits(subjects: ClauseSubject[]): string | null | undefined {
  const last = subjects[subjects.length - 1]?.unit;
  return last && levelRank(last) > 0 && levelRank(last) < VILLAGE_RANK ? last : undefined;
}

/**
 * The section's unit, which the villages or communities a clause counts belong to; under a village's or
 * community's section (a secretary's words, then 12个社区已经组建…) the unit above that the article
 * names for its own level (全镇), as no village holds villages.
 */
function holderAbove(outer: string | null, ownLevel: OwnLevel, at: number): string | null {
  if (outer === null || levelRank(outer) < VILLAGE_RANK) return outer;
  for (const level of LEVELS_HOLDING_VILLAGES) {
    const unit = ownLevel('全', level, at);
    if (unit) return unit;
  }
  return outer;
}
/** The levels right above villages and communities first. */
const LEVELS_HOLDING_VILLAGES = ['街道', '镇', '乡', '苏木', '区', '县', '旗', '市'];

/** 为某村带来…收入, 为某村增收…: an income brought to the unit named between. */
const BROUGHT_FOR_BEFORE = /为$/;
const INCOME_BROUGHT_AFTER = /^(?:带来|增收|创收|增加收入)/;

/**
 * 其中某市选派第一书记6人 in a town's text: a unit above the section's that sends people down to it
 * is their sender; those it sends serve in the section's unit, whose figures they are.
 */
function sendsDown(clause: Paragraph, names: PlaceName[], unit: string | null, outer: string | null): boolean {
  const sender = unit === null ? undefined : names.find((n) => n.name === unit);
  return outer !== null && sender !== undefined && levelRank(sender.name) < levelRank(outer) && SENT_DOWN.test(clause.text.slice(sender.end - clause.start));
}
/** What follows the sender's name: the sending itself (某市选派…), perhaps through its bodies and departments (某县委组织部、政数局等挂点单位派出…). */
const SENT_DOWN_WORDS = '(?:共|先后|累计|已|还|又)?(?:选派|下派|派驻|委派|选聘|派出)';
const SENT_DOWN = new RegExp(`^(?:[^，,。；;：:]{0,20}?(?:部|局|委|办|中心|单位))?${SENT_DOWN_WORDS}`);

/**
 * 县委组织部选派到某镇…的第一书记5名 in a town's text: the body of a level above the section's,
 * named or not, sends people down as `sendsDown` has it; they serve in the section's unit.
 */
function upperBodySendsDown(clause: Paragraph, outer: string | null): boolean {
  const sender = UPPER_BODY_SENDING.exec(afterOpening(clause.text));
  return outer !== null && sender !== null && levelRank(sender[1]!) < levelRank(outer);
}
const UPPER_BODY_SENDING = new RegExp(`^(?:中共)?(?:我|全|本)?(省|市|州|盟|县|区|旗)(?:委|政府)?(?:组织部|人社局)?${SENT_DOWN_WORDS}`);

/** 某村已是…，2020年，全村实现…: 全村 after a clause of the sentence whose subject is a village is that village, whatever the section's. */
function sameLevelBefore(clause: Paragraph, subjects: ClauseSubject[]): string | undefined {
  const whole = WHOLE_LEVEL_OPENING.exec(afterOpening(clause.text));
  const before = subjects[subjects.length - 1]?.unit;
  return whole && before?.endsWith(whole[1]!) ? before : undefined;
}
const WHOLE_LEVEL_OPENING = /^全(村|社区|镇|乡|街道)/;

/**
 * 在某县，…, also after the quotation the sentence before closed (…”在某县，…, a mark the opening words allow) and with
 * the bare stem of the name's parent (在潍坊某区某村，…): the scene of the sentence, a venue that frames it.
 */
function framesVenue(gap: string, name: string): boolean {
  if (VENUE_FRAME_BEFORE.test(gap)) return true;
  const stem = STEM_AFTER_IN.exec(gap);
  return stem !== null && VENUE_FRAME_BEFORE.test(gap.slice(0, -stem[1]!.length)) && parentStemBefore(stem[1]!, name);
}
const STEM_AFTER_IN = /在(\p{Script=Han}{2,3})$/u;

/** 长泰武安镇在…: the bare stem of the name's own parent, as the list has it, before the name that opens the clause. */
function parentStemBefore(gap: string, name: string): boolean {
  const stem = afterOpening(gap);
  if (!PARENT_STEM.test(stem)) return false;
  const parents = new Set(upperStem(stem).map((d) => d.code));
  return parents.size > 0 && lookup(name).some((d) => d.parentCode !== null && parents.has(d.parentCode));
}
const PARENT_STEM = /^\p{Script=Han}{2,3}$/u;

/** 驻某村工作队…, 派驻某村“访惠聚”工作队…: the team stationed in a village, opening its clause, works for that village. */
const stationedTeamOf = (gap: string, after: string): boolean => STATIONED_BEFORE.test(afterOpening(gap)) && STATIONED_TEAM_AFTER.test(after);
const STATIONED_BEFORE = /^(?:派驻|驻)$/;
const STATIONED_TEAM_AFTER = /^(?:[“"][^”"]{1,8}[”"])?(?:驻村)?(?:工作队|工作组)/;

/**
 * 某某镇延陵村党总支组织…: a township the list lacks (merged or renamed since) written right before a village's or a
 * community's name that opens the clause is that name's parent, as a listed one would be.
 */
const unlistedTownshipBefore = (gap: string, name: string): boolean => levelRank(name) === VILLAGE_RANK && UNLISTED_TOWNSHIP.test(afterOpening(gap));
const UNLISTED_TOWNSHIP = /^(?![我该本全这各每])\p{Script=Han}{2,3}(?:镇|乡|街道)$/u;

/** The names (in text order) that lie inside a part of the text: found from the first that starts in it, not by a look at every name of a long paragraph. */
export function namesWithin(names: PlaceName[], part: Paragraph): PlaceName[] {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (names[middle]!.start < part.start) low = middle + 1;
    else high = middle;
  }
  const within: PlaceName[] = [];
  for (let i = low; i < names.length && names[i]!.start < part.end; i++) if (names[i]!.end <= part.end) within.push(names[i]!);
  return within;
}

/**
 * The last of the names that follow each other from the clause's first (某镇某村 → 某村); their
 * parent when a list of several follows (某镇甲村、乙村的45名), or the section's unit when the list
 * has no parent before it.
 */
function subjectOfChain(clause: Paragraph, names: PlaceName[], outer: string | null): string | null {
  const { chain, joint } = chainAt(clause, names, names[0]!.start);
  if (!joint) return chain[chain.length - 1]!.name;
  // 甲街道、乙街道共…: a joint figure of units listed without their parent is the section's.
  return chain.length > 1 ? chain[chain.length - 2]!.name : outer;
}

/** A clause opened by 我市 / 全县 (the named unit of that level) or by a named unit's bare stem (某某有…); undefined when neither. */
function subjectWithoutName(clause: Paragraph, stems: Stems, ownLevel: OwnLevel): string | null | undefined {
  const rest = afterOpening(clause.text);
  const own = OWN_LEVEL_SUBJECT.exec(rest) ?? WHOLE_LEVEL_VENUE.exec(rest);
  // 全市抗击疫情期间，…: the time of a campaign of the whole level frames the clause; it names no subject.
  if (own && CAMPAIGN_TIME.test(rest.slice(own[0].length))) return undefined;
  // 该市鼓楼办…: a unit of the level's, by its stem, after the level's word.
  if (own) return stemSubject(rest.slice(own[0].length), stems) ?? ownLevel(own[1]!, own[2]!, clause.start);
  const thisOne = THIS_ONE_SUBJECT.exec(rest);
  if (thisOne) return ownLevel('该', thisOne[1]!, clause.start);
  const body = OWN_BODY_SUBJECT.exec(rest) ?? OWN_BARE_SUBJECT.exec(rest);
  if (body) return ownLevel('本', body[1]!, clause.start);
  return stemSubject(rest, stems);
}

/** A named unit's bare stem opening the text as its subject (天台有…, 天台已…), or a sub-district's office (鼓楼办 for 鼓楼街道). */
function stemSubject(rest: string, stems: Stems): string | undefined {
  for (const [stem, name] of stems.get(rest.charCodeAt(0)) ?? []) {
    if (!rest.startsWith(stem)) continue;
    const next = rest.slice(stem.length, stem.length + 2);
    if (STEM_AS_SUBJECT.test(next) || (next.startsWith('办') && name.endsWith('街道'))) return name;
  }
  return undefined;
}

/** Stems of the names found by their first character's code, longest first, each with the one name it stands for. */
type Stems = Map<number, [stem: string, name: string][]>;

/** Stems (two or more characters) of the names found; a stem shared by two names stands for neither. */
function stemsOf(names: PlaceName[]): Stems {
  const byStem = new Map<string, Set<string>>();
  for (const n of names) {
    const stem = stemOf(n.name);
    if (stem) byStem.set(stem, (byStem.get(stem) ?? new Set()).add(n.name));
  }
  const stems: Stems = new Map();
  for (const [stem, set] of byStem) {
    if (set.size !== 1) continue;
    const first = stem.charCodeAt(0);
    const list = stems.get(first);
    if (list) list.push([stem, [...set][0]!]);
    else stems.set(first, [[stem, [...set][0]!]]);
  }
  for (const list of stems.values()) list.sort((a, b) => b[0].length - a[0].length);
  return stems;
}

/** `mostNamed` of the names, found once for each level asked (paragraph after paragraph asks again). */
function mostNamedByLevel(names: PlaceName[]): (level: string) => string | null {
  const found = new Map<string, string | null>();
  return (level) => {
    let name = found.get(level);
    if (name === undefined) found.set(level, (name = mostNamed(names, level)));
    return name;
  };
}

/** The name of the given level (市, 县 …) mentioned most often, if any. */
function mostNamed(names: PlaceName[], level: string): string | null {
  const counts = new Map<string, number>();
  for (const n of names) if (isOfLevel(n.name, level)) counts.set(n.name, (counts.get(n.name) ?? 0) + 1);
  const all = level === '市' ? [...new Set(names.map((m) => m.name))] : [];
  return [...counts].filter(([name]) => !(level === '市' && cityAmongCounties(name, all))).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Names joined into a list: 甲村、乙村, 甲村和乙村, 甲镇及乙镇. */
const LIST_JOINT = /^(?:、|和|及|与)$/;

/**
 * The figures of a clause that follow 分别, one for each unit of the list before it, in order (甲街道、
 * 乙镇、丙镇分别发展党员32名、18名、15名; 甲村和乙村村集体经济收入分别达到120万元、86万元):
 * a span for each, from its figure to the next. None where the counts differ.
 */
function respectively(clause: Paragraph, names: PlaceName[], figures: readonly number[], sentence: Paragraph): SubjectSpan[] {
  const at = clause.text.indexOf('分别');
  if (at < 0) return [];
  // The list may close an earlier clause of the sentence: 甲镇、乙镇、丙镇排名前三，发展党员分别为32名、28名、25名.
  const inClause = listBefore(clause, names, clause.start + at);
  const list = inClause.length >= 2 ? inClause : listBefore(sentence, names, clause.start);
  const after = figures.filter((f) => f >= clause.start + at && f < clause.end);
  if (list.length < 2 || after.length !== list.length) return [];
  // 帮助甲村、乙村分别争取…: the units a verb helps are recipients, not the ones that did it.
  const home = list[0]!.start >= clause.start ? clause : sentence;
  if (HELPED_BEFORE.test(home.text.slice(Math.max(0, list[0]!.start - home.start - 2), list[0]!.start - home.start))) return [];
  return after.map((f, k) => ({ unit: list[k]!.name, start: f, end: after[k + 1] ?? clause.end }));
}

/** Verbs whose objects are helped, not doers: 帮助, 指导, 为, 给 … */
const HELPED_BEFORE = /(?:帮助|帮|为|给|向|替|指导|支持|协助|带领|带动)$/;

/** The units a list names (甲村、乙村, 甲村和乙村; 甲镇丙村、乙镇丁村 by the last of each path) right before `at`, where they join. */
function listBefore(clause: Paragraph, names: PlaceName[], at: number): PlaceName[] {
  let list: PlaceName[] = [];
  for (const n of names) {
    if (n.start < clause.start || n.end > at) continue;
    const previous = list[list.length - 1];
    const gap = previous ? clause.text.slice(previous.end - clause.start, n.start - clause.start) : null;
    if (previous && gap === '' && levelRank(n.name) > levelRank(previous.name)) list = [...list.slice(0, -1), n];
    else list = previous && LIST_JOINT.test(gap!) ? [...list, n] : [n];
  }
  return list;
}

const TOTAL_ROW = /^[ \t\u3000]*(?:合计|总计|小计|全镇合计|全乡合计)[ \t\u3000|｜:：]/;
/** 另有8个村…, 其余5个社区…: a clause counting other units than the one named before it. */
const OTHERS_OPENING = /^[\s\u3000]*(?:另有|另外有|还有|其余|其他)[\d零〇一二两三四五六七八九十百]/;

/** …，各开展志愿服务活动60余场: a clause that opens with 各 right after one the listed units each report goes on for each of them. */
function eachGoesOn(previous: SubjectSpan | null, clause: Paragraph): SubjectSpan | null {
  return previous && /^[各均]/.test(clause.text) ? { ...previous, start: clause.start, end: clause.end } : null;
}

/** 各 or 均 right after a list of units (its party bodies between), or 均, 都 or 全部 a few words on: each of them reports the figures after. */
const EACH_AFTER = /^(?:党委|党支部|党总支)?(?:各|均)/;
const EACH_LATER = /^[^，,；;。\d]{0,10}?(?:均|都(?![市会])|全部|全都)/;

/** 甲镇、乙镇各发展党员15名; 甲村、乙村集体经济收入均突破50万元, 甲村、乙村的稳定性收入都超过1000万元: a span from the list to the clause's end that all its units report. */
function eachOf(clause: Paragraph, names: PlaceName[]): SubjectSpan | null {
  for (let i = names.length - 1; i >= 0; i--) {
    const last = names[i]!;
    if (last.start < clause.start || last.end > clause.end) continue;
    const after = clause.text.slice(last.end - clause.start);
    const each = EACH_AFTER.exec(after) ?? EACH_LATER.exec(after);
    if (!each) continue;
    const list = listBefore(clause, names, last.end);
    // 向甲村、乙村各拨付…, 到甲村、乙村各开展…: recipients or venues, not the units that did it.
    if (list.length < 2 || NOT_AN_OBJECT_BEFORE.test(clause.text[list[0]!.start - clause.start - 1] ?? '') || /[为给]/.test(clause.text[list[0]!.start - clause.start - 1] ?? '')) return null;
    return { unit: list[0]!.name, start: list[0]!.start, end: clause.end, shared: list.slice(1).map((n) => n.name) };
  }
  return null;
}

/** Puts `piece` in place of what it covers among the sentence's pieces. */
function cutInto(pieces: SubjectSpan[], piece: SubjectSpan): void {
  const i = pieces.findIndex((p) => piece.start >= p.start && piece.start < p.end);
  if (i < 0) {
    pieces.push(piece);
    pieces.sort((a, b) => a.start - b.start);
    return;
  }
  const host = pieces[i]!;
  const replaced: SubjectSpan[] = [];
  if (host.start < piece.start) replaced.push({ unit: host.unit, start: host.start, end: piece.start });
  replaced.push(piece);
  if (piece.end < host.end) replaced.push({ unit: host.unit, start: piece.end, end: host.end });
  pieces.splice(i, 1, ...replaced);
}

/** The last of the names that follow each other from `at` (某镇某村 → 某村); their parent when a list of several follows (某镇甲村、乙村). */
function leadingChain(paragraph: Paragraph, names: PlaceName[], at: number): PlaceName | null {
  // (A clause before the subject may name places of its own: 针对甲村、乙村…的特点，乙村“两委”….)
  const first = names.findIndex((n) => n.start >= at);
  if (first < 0) return null;
  const { chain, joint } = chainAt(paragraph, first === 0 ? names : names.slice(first), at);
  if (chain.length === 0) return null;
  return joint ? (chain[chain.length - 2] ?? null) : chain[chain.length - 1]!;
}

/** 据某社区工作人员介绍，…: a paragraph opened by what a unit's official or staff tell is led by that unit. */
function informantLead(paragraph: Paragraph, names: PlaceName[], at: number): PlaceName | null {
  const name = names.find((n) => n.start === at + 1);
  if (!name || paragraph.text[at - paragraph.start] !== '据') return null;
  const after = paragraph.text.slice(name.end - paragraph.start);
  const clauseEnd = after.search(/[，,。；;]/);
  return clauseEnd >= 0 && INFORMANT_AFTER_NAME.test(after.slice(0, clauseEnd + 1)) ? name : null;
}

/** 在某镇，…: a paragraph opened by a place framed as its scene (a round-up's 在甲社区，…。\n在乙镇，…) is led by that place. */
function framingChain(paragraph: Paragraph, names: PlaceName[], at: number): PlaceName | null {
  if (paragraph.text[at - paragraph.start] !== '在') return null;
  const from = at + 1 - paragraph.start;
  const start = at + 1 + (OWN_PARENT.exec(paragraph.text.slice(from, from + 3))?.[0].length ?? 0);
  // (在潍坊某区某村，…: a parent's bare stem may come first.)
  const first = names.find((n) => n.start >= start);
  const afterStem = first && first.start > start && parentStemBefore(paragraph.text.slice(start - paragraph.start, first.start - paragraph.start), first.name);
  const framed = leadingChain(paragraph, names, afterStem ? first.start : start);
  return framed && VENUE_FRAME_AFTER.test(paragraph.text[framed.end - paragraph.start] ?? '') ? framed : null;
}

/**
 * The names (the first of `names` on) that follow each other from `at` (某镇某村), and whether
 * a list of several follows the last (某镇甲村、乙村).
 */
function chainAt(part: Paragraph, names: PlaceName[], at: number): { chain: PlaceName[]; joint: boolean } {
  const chain: PlaceName[] = [];
  for (const n of names) {
    const previous = chain[chain.length - 1];
    if (previous ? !continuesPath(part.text, shiftedBack(previous, part.start), shiftedBack(n, part.start)) : n.start !== at) break;
    chain.push(n);
  }
  const last = chain[chain.length - 1];
  const next = names[chain.length];
  // (A partner of another kind, 某区与某大学联合开展…, joins the deed but not the figure: the unit is the doer.)
  const joint = last !== undefined && next !== undefined && /^[、和及与]$/.test(part.text.slice(last.end - part.start, next.start - part.start)) && levelRank(next.name) === levelRank(last.name);
  return { chain, joint };
}

/** A name with offsets into a part of the text that starts at `by`. */
const shiftedBack = (n: PlaceName, by: number): PlaceName => ({ name: n.name, start: n.start - by, end: n.end - by });

/** The parts of a paragraph, each ending with one of the characters of `ends` (the last perhaps without). */
function sentencesOf(paragraph: Paragraph, ends: Uint8Array): Paragraph[] {
  const sentences: Paragraph[] = [];
  const { text } = paragraph;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (ends[text.charCodeAt(i)] !== 1) continue;
    sentences.push({ text: text.slice(start, i + 1), start: paragraph.start + start, end: paragraph.start + i + 1 });
    start = i + 1;
  }
  if (start < text.length) sentences.push({ text: text.slice(start), start: paragraph.start + start, end: paragraph.end });
  return sentences;
}
