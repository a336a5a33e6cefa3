import type { Span } from '../normalize/index.js';
import { codeTable } from '../normalize/code-table.js';
import { digitsOf, parseChineseNumeral } from '../numbers/index.js';

/** Where an article's year comes from, in the order it is looked for. */
export type YearSource = 'title' | 'body' | 'dateline' | 'flag' | 'none';

/** A year in a title: 2021年度…, 二〇二二年…, 2023年3月份工作小结; a full date (2024年05月14日) is a dateline, not a title year. */
const TITLE_YEARS = /((?:19|20)\d{2}|[一二][〇零九][〇零一二三四五六七八九]{2})[ \u3000]?年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/g;

/** A unit (浏阳市, 某某村党支部, 镇里), or a list of them (甲村、乙村), before its year or 去年. */
const UNIT_LEAD = String.raw`(?:\p{Script=Han}{1,10}?(?:市|县|区|旗|镇|乡|街道|社区|村)(?:党委|党工委|党总支|党支部)?|(?:街道|镇|乡|县|区|村)里)`;
/**
 * What may stand before a sentence's year or 去年: 据悉，/ 据某某统计，/ 记者从某某获悉，/ 会议指出，/
 * 某某介绍，, and the sentence's units (浏阳市2022年新建…, 甲村、乙村去年…).
 */
const SPEECH_LEAD = String.raw`(?:[^，,。\n]{0,16}?[讯电](?:[(（][^()（）\n]{0,30}[)）])?[ \t\u3000]*|【[^】\n]{1,12}】)?(?:\d{1,2}月\d{1,2}日[，,])?(?:(?:近日|日前|近期)[，,]?)?(?:据[^，,。\n]{0,20}?(?:悉|了解|统计|介绍|显示)[，,]|记者(?:从[^，,。\n]{1,20})?(?:获悉|了解到)[，,]|[^，,。\n]{0,24}?(?:指出|介绍|表示|强调|透露|通报|披露|提到)[，,：:])`;
const LEAD_IN = String.raw`${SPEECH_LEAD}?(?:${UNIT_LEAD}(?:[、和及与]${UNIT_LEAD})*)?`;
/** Before a year that states the results: a lead-in or the sentence's unit, one of them (据了解，某县2022年… ties the year to its sentence alone). */
const YEAR_LEAD_IN = String.raw`(?:${SPEECH_LEAD}|${UNIT_LEAD})`;

/** A numbered heading run into its paragraph where a page lost its line breaks: …材料 一、总体情况 2024年，… */
const RUN_IN_HEADING = String.raw`[一二三四五六七八九十]+[、.．]\p{Script=Han}{2,8}[ \t\u3000]+(?=(?:19|20)\d{2})`;

/**
 * Years the body states for the results it reports: 截至2022年底, 2022年度, 2016年以来, 现将2022年…, 总结2022年…,
 * a line opening with its year (2022年, … / 一、2022年工作), and document numbers (X党发[2014]25号).
 */
const RESULT_YEAR = new RegExp(
  [
    // (达到2020年全年的7成, 增长到2019年的两倍: a level compared with that year's, not a date; 时针拨回到2022年5月1日: a scene
    // told back in time; 从2010年挂牌成立…，到2015年跻身…: a history from a founding, background)
    String.raw`(?:截至|截止|截止到|(?<![达长加升高回])(?<!从(?:19|20)\d{2}年[^。！？\n]{0,30}(?:成立|挂牌|建立|设立|组建|创建)[^。！？\n]{0,30})到)[ \u3000]?((?:19|20)\d{2})[ \u3000]?年`,
    String.raw`((?:19|20)\d{2})[ \u3000]?年度`,
    String.raw`((?:19|20)\d{2})[ \u3000]?年(?:\d{1,2}月(?:份)?)?以来`,
    // 2021以来, written without 年
    String.raw`(?<![\d.])((?:19|20)\d{2})以来`,
    // 从2015年7月开始，先后…, 自2019年起累计…: the same as 以来 where what follows adds up since (not a founding told as background);
    // 在过去的2024年: the year a report looks back on
    String.raw`[从自]((?:19|20)\d{2})[ \u3000]?年(?:\d{1,2}月(?:份)?)?(?:开始|起)[,，]?[^。！？\n]{0,10}?(?:先后|累计|陆续)`,
    String.raw`过去的((?:19|20)\d{2})[ \u3000]?年`,
    String.raw`(?:现将|总结)((?:19|20)\d{2})年`,
    // (自2008年社区居委会成立以来: a founding told as background, the span since it no results' year)
    String.raw`自((?:19|20)\d{2})年[^。！？\n]{0,30}(?<!成立|建立|组建|创建|设立|挂牌|建成)以来`,
    // 自2016年至今, 从2019年到现在: the same as 以来
    String.raw`[自从]((?:19|20)\d{2})[ \u3000]?年(?:\d{1,2}月(?:份)?)?(?:至今|到现在|至现在|到今天)`,
    // a sentence opening with its year, perhaps inside a quotation, after a byline or after a lead's list run out in ……: 2022年,全区… / 2012年10月,在… / 。2022年全区收入… /
    // “2023年，我们… / 某某报道（记者 某某）：2021年，… / a yearbook's entry: 【组织工作概况】 2023年，… / a run-in heading's; with a
    // span of years (2017年至2021年，… / 2019—2021年，…), the year it runs to
    String.raw`(?:^|\n|[。！？!?…]|[,，；;](?=(?:19|20)\d{2}年[,，])|[讯电]|[讯电]?[(（][^()（）\n]{1,40}[)）][:：]?|【[^【】\n]{1,20}】|[ \t\u3000](?=${RUN_IN_HEADING}))[ \t\u3000“"]*(?:${RUN_IN_HEADING}|[一二三四五六七八九十]+[、.．]\s*)?${YEAR_LEAD_IN}?(?:(?:19|20)\d{2}年?(?:至|到|—|–|-|~|～)(?<spanEnd>(?:19|20)\d{2})年|(?<opening>(?:19|20)\d{2})[ \u3000]?年(?:\d{1,2}(?:(?:至|到|—|–|-|~|～)\d{1,2})?月(?:份)?|底|末|上半年|下半年)?[,，、\p{Script=Han}])`,
    // the year of the work a sentence opens by saying it is done for: 为切实做好2019年春节走访慰问工作，…
    String.raw`(?:^|\n|[。！？!?])[ \t\u3000]*为(?:切实|进一步|全面|扎实)?做好((?:19|20)\d{2})年[^。！？\n，,]{0,16}?工作[,，]`,
    // the year in the name of a meeting or an event the article reports: 召开2024年上半年党建工作推进会, 新闻办召开的2022年某市…新闻发布会,
    // 举行“温暖进万家”2023年…公益活动, 记者从2022年全市组织工作会议上获悉; and of an election round whose outcome it reports: 在2021年村“两委”换届中
    // (开展了2016年…宣传周活动, 举办2011年…培训班: an activity or a course held under its year's name, too)
    String.raw`(?:召开|举办|举行|开展)(?:的|了)?[ \u3000]?(?:“[^“”\n]{1,20}”)?((?:19|20)\d{2})[ \u3000]?年[^。！？\n，,；;]{0,24}?(?:会|活动|培训班)`,
    // … or of the document it follows: 印发了《关于做好2016年…整顿工作的通知》
    String.raw`(?:印发|下发|出台|制定)(?:了)?《[^》\n]{0,20}?((?:19|20)\d{2})[ \u3000]?年[^》\n]{0,40}》`,
    String.raw`[从在]((?:19|20)\d{2})[ \u3000]?年[^。！？\n，,；;]{0,30}?(?:会议|大会|发布会)上`,
    // … or as the subject of its own holding: 2024年某市学雷锋志愿服务示范观摩活动在这里举行, 某市2022年学雷锋志愿服务月活动启动
    String.raw`((?:19|20)\d{2})[ \u3000]?年[^。！？\n，,；;]{0,48}?(?:活动|大会|会议|仪式)(?:在[^。！？\n，,；;]{1,16}?)?(?:举行|举办|召开|开幕|启动)`,
    String.raw`在((?:19|20)\d{2})[ \u3000]?年[^。！？\n，,；;]{0,12}?换届`,
    // the year of the results' report card the article calls itself: 这是2020年某市村社巡察成绩单, 交出2022年党建答卷
    String.raw`((?:19|20)\d{2})[ \u3000]?年度?[^。！？\n，,；;]{0,16}?(?:成绩单|答卷)`,
    // the year in the name of an award round, campaign or day: 2015年“四星社区”…, 2022年“3·5”学雷锋纪念日 (a disaster's date is
    // background: 2010年“7·23”水灾后)
    String.raw`((?:19|20)\d{2})年[“"《](?![\d·.]+[”"][^。，,；;]{0,6}?(?:灾|洪水|洪涝|暴雨|地震|台风|事故))`,
    // … and of a designation round the article's work answers: 19个2015年新确定的软弱涣散村, 2021年度认定的示范村
    String.raw`((?:19|20)\d{2})[ \u3000]?年度?新?(?:确定|认定|评定|命名)的`,
    // … and of an award given in it: 荣获2025年全省民族团结进步先进集体称号 (曾荣获…: a past award, background)
    String.raw`(?<=(?:荣获|获评|被评为|被授予|被命名为)[ \u3000]?)((?:19|20)\d{2})[ \u3000]?年度?[^。！？\n，,；;\d]{2,30}?(?:称号|荣誉|表彰)`,
    // the year of a work plan the body names (制定《某街纪工委2019年接待群众来访工作计划》)
    String.raw`《[^《》\n]{0,20}?((?:19|20)\d{2})[ \u3000]?年(?:度)?[^《》\n\d]{0,20}?工作(?:计划|要点|安排)》`,
    String.raw`(?:^|\n)[ \t\u3000]*[一二三四五六七八九十]+[、.．]\s*((?:19|20)\d{2})年`,
    String.raw`[\[〔［【(（]((?:19|20)\d{2})[\]〕］】)）]\s*\d{1,4}\s*号`,
  ].join('|'),
  'gu',
);

/** A month or a day in digits or in Chinese numerals (二〇一二年十月十五日 reads 2012年十月十五日 to these patterns). */
const MONTH = String.raw`(?:\d{1,2}|十[一二]?|[一二三四五六七八九])`;
const DAY = String.raw`(?:\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])`;

/**
 * Datelines as pages write them: 2022-02-21 23:09, 2022/02/21, 2022.02.21, 【2022-02-21】, and
 * 2022年2月21日 after 发布时间: / 时间: / 日期: or a news lead (本报讯), in brackets, closing a short source or signature
 * line, or opening a line of its own, perhaps with the weekday, the time and the source
 * (2022年02月21日09:31  来源：某某网), never a sentence.
 */
const DATELINE = new RegExp(
  [
    String.raw`(?:^|[\s:：【\[(（])((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)`,
    // right after a byline or an account's name, with its time: 通讯员 某某2023-12-28 10:05, 组工信息2023-07-03 08:20
    String.raw`((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})[ \t\u3000]+\d{1,2}:\d{2}`,
    String.raw`(?:发布于?|发表于|日期|时间)\s*[:：]?\s*((?:19|20)\d{2})\s*年\s*${MONTH}\s*月`,
    String.raw`(?:^|\n)[ \t\u3000]*((?:19|20)\d{2})年${MONTH}月${DAY}日[ \t\u3000]*(?:星期.)?[ \t\u3000]*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[ \t\u3000]*)?(?:(?:[|丨｜/]|来源|作者|编辑|责任编辑|记者|通讯员|浏览|点击|字号|放大|打印|上一篇)[^\n]*|[^\n。，,！？；;：:]{1,20})?(?:\n|$)`,
    // the year, then month/day and the time, on a line of its own: 2023 11/27 18:23:29
    String.raw`(?:^|\n)[ \t\u3000]*((?:19|20)\d{2})[ \t\u3000]+\d{1,2}\/\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}`,
    // day, month and year with its time, on a line of its own: 18.06.2015  12:44
    String.raw`(?:^|\n)[ \t\u3000]*\d{1,2}\.\d{1,2}\.((?:19|20)\d{2})[ \t\u3000]+\d{1,2}:\d{2}`,
    // after a news lead: 本报讯 2022年3月5日，记者从…获悉
    String.raw`[讯电][ \t\u3000]*((?:19|20)\d{2})年${MONTH}月${DAY}日`,
    // in brackets: 本报讯（记者 某某）（2022年3月5日）, 【2022年3月5日】, （2021年12月）
    String.raw`[【\[(（][ \t\u3000]*((?:19|20)\d{2})年${MONTH}月(?:${DAY}日)?[^\n()（）【】\[\]。，,]{0,20}[)）\]】]`,
    // a place's news lead: 永胜县程海镇 2023年5月30日讯
    String.raw`((?:19|20)\d{2})年${MONTH}月${DAY}日(?:电|讯)`,
    // a month alone on a short line of its own, perhaps after its source: 2021年11月, 某某融媒体中心 2021年11月
    String.raw`(?:^|\n)(?:[^\n。，,！？；;]{1,30}?[ \t\u3000])?((?:19|20)\d{2})年${MONTH}月[ \t\u3000]*(?:\n|$)`,
    // closing a short line after a source or a signature, perhaps with its time, or before more of the byline or the paper's page: 来源：某某日报 2022年3月5日 | 作者：某某, 某某日报 2017年12月05日 第09版,
    // 某某日报　2022年3月5日　记者 某某, 某某日报数字报　2022年3月5日　星期六　往期回顾
    String.raw`(?:^|\n)[^\n。，,！？；;]{1,30}?[ \t\u3000]((?:19|20)\d{2})年${MONTH}月${DAY}日[)）]?[ \t\u3000]*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[ \t\u3000]*)?(?:(?:[|丨｜/]|记者|作者|通讯员|编辑|来源)[^\n]*|星期[一二三四五六日天][^\n。，,！？；;：:]{0,8}|第[\d一二三四五六七八九十]{1,3}版[^\n。，,！？；;]{0,20})?(?:\n|$)`,
  ].join('|'),
);
const THIS_YEAR = /今年|本年|全年|年内/;

export interface ArticleYear {
  year: number | null;
  source: YearSource;
  /** The year of the file's dateline, whether or not it gave the article's year. */
  dateline: number | null;
  /** The title's year is that of an event held in it (举办2023年度培训班), whose 去年 is the year before. */
  eventOfYear: boolean;
}

/** Titles of an event held in their year (举办2023年度培训班, 召开2024年全市组织工作会议): their 去年 is the year before. */
/** A year alone in brackets closing the headline: 某街道社区党建工作亮点展示（2021）. */
const BRACKETED_TITLE_YEAR = /[（(]((?:19|20)\d{2})[)）]\s*$/;
const EVENT_TITLE = /召开|举办|举行|开展|启动|开班|会议|大会|培训班|活动/;
/** Titles of a meeting's report or speech (2020年某街道党工委工作报告, 在2023年党建工作会议上的讲话), which look back on the year before. */
const REVIEWING_TITLE = /会议|大会|工作报告|讲话/;
/** The heading of such a report's review: 一、2019年工作回顾, 一、2022年全区组织工作开展情况. */
const REVIEW_HEADING = /(?:^|\n|[一1][、.．][ \u3000]*)((?:19|20)\d{2})年[^。！？\n，,：:]{0,12}?(?:工作回顾|工作(?:开展|完成)?情况|工作总结)/;
/**
 * The year of an event's edition the article reports, written without 年 (参与2023首届社区文化节活动服务90余次,
 * “在社区·爱成都”2018成都社区志愿服务周):
 * the year of its results, as a meeting's; not one after the file's own dateline.
 */
function editionYear(text: string, dateline: number | null): number | null {
  const edition = EDITION_YEAR.exec(text);
  const year = edition ? Number(edition[1]) : null;
  return year !== null && (dateline === null || year <= dateline) ? year : null;
}
const EDITION_YEAR = new RegExp(
  String.raw`(?<![\d.\-/])((?:19|20)\d{2})(?:(?=首届|第[一二三四五六七八九十\d]{1,3}届)|(?![名个人元万千百次月日届期件项户家位支条场篇余多号字份页亩米吨台辆套本册年])(?=\p{Script=Han}{2,12}?(?:服务周|活动周|文化节|艺术节|运动会|大赛|论坛)))`,
  'u',
);

/** Whether `naming`, which names `year`, names a meeting's report or speech whose review heading is of the year before. */
function reviewsYearBefore(naming: string, year: number, text: string): boolean {
  const heading = REVIEWING_TITLE.test(naming) ? REVIEW_HEADING.exec(text) : null;
  return heading !== null && Number(heading[1]) === year - 1;
}
/** A year without 年 that a mark or a space sets apart in the headline: 回眸2022 某街道：…, 2023，我们… */
const BARE_TITLE_YEAR = /(?<![\d.\-/:：])((?:19|20)\d{2})(?=[ \u3000]*[|｜:：·•,，!！ \u3000])/;
/** A year without 年 opening the headline before its words (2018抓基层党建工作述职报告), not a count (2000名党员…, 2000字范文). */
const LEADING_TITLE_YEAR = /^((?:19|20)\d{2})(?=\p{Script=Han})(?![名个人元万千百次月日届期件项户家位支条场篇余多号字份页亩米吨台辆套本册])/u;

/**
 * The year of the work, in the catalog's order: title, the body's result year, 今年 with a
 * dateline, the flag. `titleStart`: where the headline starts (see `datelineYear`).
 */
export function articleYear(text: string, titleLines: string[], fallbackYear: number | null, titleStart = 0): ArticleYear {
  const dateline = datelineYear(text, titleStart);
  for (const line of titleLines) {
    // (A dateline among the headline's lines, 2023 11/27 18:23:29, dates the page, not the work.)
    if (DATELINE.test(line)) continue;
    const m = titleYearAt(line) ?? BRACKETED_TITLE_YEAR.exec(line) ?? BARE_TITLE_YEAR.exec(line) ?? LEADING_TITLE_YEAR.exec(line);
    if (!m) continue;
    const year = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
    if (year !== null && reviewsYearBefore(line, year, text)) return { year: year - 1, source: 'body', dateline, eventOfYear: false };
    return { year, source: 'title', dateline, eventOfYear: EVENT_TITLE.test(line) };
  }
  const stated = resultYear(text, dateline) ?? editionYear(text, dateline);
  // 在全区2023年党建工作会议上的讲话…一、2022年全区组织工作开展情况: the meeting's year opens a speech on the year before.
  const statedAt = stated === null ? -1 : text.indexOf(`${stated}年`);
  if (stated !== null && statedAt >= 0 && reviewsYearBefore(text.slice(statedAt, statedAt + 20), stated, text))
    return { year: stated - 1, source: 'body', dateline, eventOfYear: false };
  if (stated !== null) return { year: stated, source: 'body', dateline, eventOfYear: false };
  if (dateline !== null && speaksOfThisYear(text)) return { year: dateline, source: 'dateline', dateline, eventOfYear: false };
  // A news item on one day's event, dated where the body opens its account of it.
  const opened = openingDateYear(text, dateline);
  if (opened !== null) return { year: opened, source: 'body', dateline, eventOfYear: false };
  if (fallbackYear !== null) return { year: fallbackYear, source: 'flag', dateline, eventOfYear: false };
  return { year: null, source: 'none', dateline, eventOfYear: false };
}

/** The headline's year, not one a figure is compared with (…比1979年增长66.7%, 较2012年翻了一番). */
function titleYearAt(line: string): RegExpExecArray | null {
  for (const m of line.matchAll(TITLE_YEARS)) if (!COMPARED_WITH_BEFORE.test(line.slice(Math.max(0, m.index! - 3), m.index!))) return m as RegExpExecArray;
  return null;
}
const COMPARED_WITH_BEFORE = /(?:比|较|相比|同比|对比)$/;

/**
 * 2014年，某村被确定为贫困村。: a sentence that opens with a year and tells, without a figure, what was done to the unit is
 * background; not an award (2021年某镇党委被授予…称号), the year of the award round the article reports.
 */
const isBackground = (rest: string) => BACKGROUND_AFTER.test(rest) && !AWARDED.test(rest.split(/[。！？\n]/, 1)[0]!);
const BACKGROUND_AFTER = /^[^。！？\n\d]{0,20}?被[^。！？\n\d]*[。！？]/;
const AWARDED = /被(?:授予|评为|评选为|命名为|表彰为)/;
/**
 * 2013年11月，某领导来到某村…。: a sentence that opens with a month of a year and holds no figure
 * dates an event (a visit, a founding), not the results the article reports; one that runs from
 * that month on (2020年7月以来，…) is the span of the results.
 */
const isEventDate = (opening: string, rest: string) =>
  /年\d{1,2}月/.test(opening) && !MONTH_SINCE.test(rest) && (/^[^。！？\n\d]*(?:[。！？\n]|$)/.test(rest) || FOUNDED_THEN_NOW.test(rest));
/** 2020年3月，某平台建立，截至目前，… : a founding the figures that follow are counted from, up to now. */
const FOUNDED_THEN_NOW = /^[，,]?[^。！？\n\d，,]*(?:成立|建立|组建|设立|挂牌|上线|启动|建成|创建|开通)[，,][ \u3000]*(?:截至|截止到?|到)?(?:目前|至今|现在|如今)/;
/** What follows such a month where it opens a span (the rest starts at the match's last character: 以来, 至今). */
const MONTH_SINCE = /^(?:以来|至今)/;
/** 2015年，某村还是薄弱村；如今，…, 1998年，某支部成立，当时党员17名，至今…: the year of the state before, set against today's. */
const THEN_AND_NOW = /^[^。！？\n]*?[，,；;]\s*(?:如今|现如今|而今|至今)/;
/**
 * 2024年，我村将继续…, 二、2023年重点任务, 2023年是…开局之年: a sentence or heading that opens with a
 * year and looks ahead names a plan's year, not the results' (将 that puts its object somewhere, 将…作为重点, 将…纳入,
 * tells what was done; 即将, 2019年清明节即将到来, tells the time now; the 要 of the slogan 党要管党 looks nowhere;
 * 根据…统一安排 tells whose arrangement the work followed, no plan of the year's).
 */
const PLAN_AFTER = /^(?:是|[^。！？\n]{0,12}?(?:(?<!即)将(?![^。！？\n，,；;]{1,60}?(?:作为|纳入|列入|列为))|计划|力争|拟|争取|(?<!党)要|打算|任务|(?<!(?:根据|按照|遵照|依据)[^。！？\n，,]{0,10})(?:安排|部署)|思路|要点))/;
/** 2020年是…收官之年，我街道…较好完成…: a year the sentence says was closed with work done, and no aim in it, is the results'. */
const DONE_IN_SENTENCE = /^是[^。！？\n]*?(?:完成|取得|实现了|获得)/;
// (Not AIM_WORDS: a year closed by 完成年初确定的主要目标 names its aims as met; nor 主要, 重要, 需要 for 要.)
const AIM_IN_YEAR_SENTENCE = /^[^。！？\n]*?(?:将|计划|力争|争取|确保|(?<![党主重需])要)/;
const looksAhead = (rest: string) => PLAN_AFTER.test(rest) && !(DONE_IN_SENTENCE.test(rest) && !AIM_IN_YEAR_SENTENCE.test(rest));
/** 2023年是…开局之年 in a page dated after that year: the year the page looks back on, not ahead to. */
const reviewedYear = (year: number, rest: string, dateline: number | null) =>
  dateline !== null && year < dateline && YEAR_NAMED.test(rest) && !AIM_IN_YEAR_SENTENCE.test(rest);
const YEAR_NAMED = /^是[^。！？\n]*?(?:之年|的一年)[。，,；;]/;
/** Words of aim: right before a year (力争2025年), or anywhere in a sentence whose year 到 reaches (要 not in 党要…). */
const AIM_WORDS = '力争|计划|争取|预计|确保|目标|将';
const AIM_BEFORE = new RegExp(`(?:${AIM_WORDS}|要)[ \u3000]*$`);
const AIM_IN_SENTENCE = new RegExp(`${AIM_WORDS}|(?<!党)要`);
/** The sentence of a line around an offset. */
function sentenceAround(line: string, at: number): string {
  const end = line.slice(at).search(/[。！？]/);
  return sentenceBefore(line, at, []) + line.slice(at, end < 0 ? line.length : at + end);
}
/** 曾荣获, 曾被评为: an award won before, which tells of the unit, not of the year reported. */
const PAST_AWARD_BEFORE = /曾经?(?:先后)?(?:荣获|获得|获评|获|被评为|被授予|被命名为)[ \u3000]*$/;
/** 继2015年…之后: what a deed follows on. */
const FOLLOWING_BEFORE = /继$/;
/** Words of this year's work under a later dateline (今年以来, 全年, 年内): a year that opens a sentence before it is that sentence's own. */
const THIS_YEARS_WORK = /今年以来|全年|年内/;
/** 以来首次, 以来最好: the first or best since a year; 以来，就再没有…: nothing done since a year. */
const FIRST_SINCE_AFTER = /^(?:首次|第一次|头一次|最|[，,]?[^。！？\n，,]{0,3}?(?:没有|没|未曾|从未|未))/;
/** 对2017年以来受理的…: a span after a deed's object marker, describing the things the deed is done to. */
const OBJECT_BEFORE = /[对将把]$/;
/** A deed's object opened by 对 earlier in the clause, not closed by a verb's mark yet. */
const DEED_OBJECT_OPENED = /[对将把][^，,。；;！？\n]{0,20}$/;
const DESCRIBES_AFTER = /^[^，,。；;！？\n]{1,8}的/;
const FOUND_THEN_AFTER = /^(?:度|底|末)?(?:查摆|发现|排查|梳理|反馈|巡察|检查|审计|考核|评议)(?:出|到)?的/;
/** 针对2020年度查摆的问题: the year things were found in that a deed now deals with (`before` and `after` the year). */
const foundThen = (before: string, after: string) => OBJECT_BEFORE.test(before) && FOUND_THEN_AFTER.test(after);
const THIS_YEAR_WORD = /今年|全年|年内/g;
/** The first year whose span up to now (以来, 至今) may be the period of the results reported. */
const HISTORY_BEFORE = 2000;
/** Years before this one are history, whatever the words around them. */
const HISTORY_ONLY_BEFORE = 1990;
/** How many years before its dateline a narrative year (one whose sentence holds no figure) tells a story's past. */
const STORY_PAST = 5;
const SPAN_SINCE = /以来|至今|到现在|至现在|到今天/;
/** Marks before a year that opens a clause inside a sentence (…，2021年，…). */
const MID_SENTENCE_MARKS = new Set([...',，；;']);
/** A figure in the rest of a sentence: a digit before its end, not one of a year. */
const FIGURE_IN_SENTENCE = /^[^。！？\n]*?\d(?!\d{0,3}年)/;
/** 今年将…, 今年要…: an article written as the year begins, looking ahead. */
const THIS_YEAR_AHEAD = /今年[^。！？\n，,]{0,6}?(?:将|要|计划|力争|拟|有望|预计|争取)/;
const THIS_YEAR_AHEAD_ALL = new RegExp(THIS_YEAR_AHEAD.source, 'g');
const THIS_YEAR_ALL = new RegExp(THIS_YEAR.source, 'g');

/** Whether the article speaks of this year's work (今年以来, 全年, 年内 …), not only of its plans (今年将…, 今年计划…). */
const speaksOfThisYear = (text: string) => (text.match(THIS_YEAR_ALL)?.length ?? 0) > (text.match(THIS_YEAR_AHEAD_ALL)?.length ?? 0);

/**
 * The result year the body states most often (the latest on a tie), never after the file's
 * `dateline` when it has one. Where the article looks
 * ahead to 今年 (今年将…) before it, or besides reporting this year's work, a sentence opening with a year (2009年，…) reports the past year's
 * work: that year is the sentence's own, not the article's; so it is, when earlier than the
 * dateline's, where the article reports 今年以来 at least as often as it opens sentences with such
 * years. One that looks ahead itself
 * (2024年，我村将…) counts for nothing, and one whose sentence holds no figure counts only where no
 * sentence that opens with a year holds one.
 */
export function resultYear(text: string, dateline: number | null = null): number | null {
  const counts = new Map<number, number>();
  // An article that looks ahead to 今年 (今年将…) before a year opens a sentence, or besides reporting this year's work too:
  // that year is the sentence's. (A report of the past year that closes on this year's plans keeps it.)
  const aheadAt = text.search(THIS_YEAR_AHEAD);
  const alsoThisYear = aheadAt >= 0 && speaksOfThisYear(text);
  const lookingAheadBefore = (at: number) => aheadAt >= 0 && (aheadAt < at || alsoThisYear);
  // Years before the dateline's that open a sentence, where the article also reports this year's work (今年以来, 全年, 年内).
  const earlier: number[] = [];
  // Years that open a sentence without a figure in it (2018年，新一届班子上任后…): narrative, where other such sentences report figures.
  const bare = new Map<number, number>();
  let openedWithFigure = false;
  for (const { line, start } of linesWithYears(text)) {
    for (const m of line.matchAll(RESULT_YEAR)) {
      // From the character after 年, which the match takes (2023年是…).
      const rest = line.slice(m.index! + m[0].length - 1);
      if (m.groups?.opening !== undefined && (lookingAheadBefore(start + m.index!) || (looksAhead(rest) && !reviewedYear(Number(m.groups.opening), rest, dateline)) || isBackground(rest) || THEN_AND_NOW.test(rest) || isEventDate(m[0], rest))) continue;
      // 力争到2025年, 计划2024年度…: a target's year; 曾荣获2019年度…: a past award's, background.
      const before = line.slice(Math.max(0, m.index! - 6), m.index!);
      // 继2015年…荣获…后，再一次…: the earlier time a deed follows on, background too.
      if (AIM_BEFORE.test(before) || PAST_AWARD_BEFORE.test(before) || FOLLOWING_BEFORE.test(before)) continue;
      // …，到2018年，四成要实现脱贫，其余到2020年实现脱贫: a year reached by 到 in a sentence of aims is a target's.
      if (m[0].startsWith('到') && AIM_IN_SENTENCE.test(sentenceAround(line, m.index!))) continue;
      // 自2017年以来首次…: a record compared with the years since, not the years the results are of; nor is 2004年以来再没有…
      if (m[0].endsWith('以来') && FIRST_SINCE_AFTER.test(line.slice(m.index! + m[0].length))) continue;
      // 对2017年以来受理的591件信访件进行复查: a span that describes the things a deed is done to, not the results' years.
      if (m[0].endsWith('以来') && OBJECT_BEFORE.test(before) && DESCRIBES_AFTER.test(line.slice(m.index! + m[0].length))) continue;
      // 对全县各村2014年以来的涉农资金进行检查: so is one that qualifies the object of such a deed further on in its clause.
      if (m[0].endsWith('以来') && line[m.index! + m[0].length] === '的' && DEED_OBJECT_OPENED.test(line.slice(Math.max(0, m.index! - 24), m.index!))) continue;
      // 针对2020年度查摆的问题: so is the year things were found in, that the deed now deals with.
      if (foundThen(before, line.slice(m.index! + m[0].length))) continue;
      const year = Number(m.slice(1).find((g) => g !== undefined));
      // 自1969年以来，坚持…: a span since the last century tells a unit's history, not the year of the results reported;
      // so does any year before the reform era (1923年8月，…, 1977年冬，…): no party-building summary reports on it.
      if ((year < HISTORY_BEFORE && SPAN_SINCE.test(m[0])) || year < HISTORY_ONLY_BEFORE) continue;
      // 按照规划，到2025年…, in a page dated 2022: a year after the file's own date is a target's, whatever the words before it.
      if (dateline !== null && year > dateline) continue;
      // 2022年，某村集体经济收入达到58万元 in a page of a later year that reports 今年以来 or 全年: that sentence's year, not the
      // article's. (截至2021年底 stays the article's: the catalog names it a year stated for the results.)
      if (m.groups?.opening !== undefined && dateline !== null && year < dateline && THIS_YEARS_WORK.test(text)) earlier.push(year);
      else if (m.groups?.opening !== undefined && !FIGURE_IN_SENTENCE.test(rest)) {
        // …，2014年，某集团落户: a year opening a clause mid-sentence without a figure is narrative, never the article's.
        if (!MID_SENTENCE_MARKS.has(line[m.index!]!)) bare.set(year, (bare.get(year) ?? 0) + 1);
      }
      else {
        if (m.groups?.opening !== undefined) openedWithFigure = true;
        counts.set(year, (counts.get(year) ?? 0) + 1);
      }
    }
  }
  // They are the article's only where they outnumber its 今年 (2022年，… twice beside one 今年以来):
  // a report of the year before with a word on the new one, not a report of this year with a word on the last.
  if (earlier.length > (text.match(THIS_YEAR_WORD) ?? []).length) for (const year of earlier) counts.set(year, (counts.get(year) ?? 0) + 1);
  // A bare year long before the page's own date (2012年，在得知… in a page of 2022) tells a story's past, not the results' year.
  if (!openedWithFigure) for (const [year, count] of bare) if (dateline === null || dateline - year < STORY_PAST) counts.set(year, (counts.get(year) ?? 0) + count);
  let best: number | null = null;
  for (const [year, count] of counts) {
    const bestCount = best === null ? 0 : counts.get(best)!;
    if (count > bestCount || (count === bestCount && year > best!)) best = year;
  }
  return best;
}

/**
 * A sentence opening with the full date of what it tells: 2022年3月8日，某村…, or run straight on into its words (perhaps after
 * a news lead or the unit; not a dateline), or a span of days (2012年11月19日——24日，…); a scene's words closed by …… may come before it.
 */
const OPENING_DATE = new RegExp(String.raw`(?:^|\n|[。！？!?…])[ \t\u3000“"]*${YEAR_LEAD_IN}?((?:19|20)\d{2})年${MONTH}月${DAY}日(?:[—–\-~～至到]{1,2}${DAY}日)?(?:上午|下午|晚上|晚|早上|中午)?(?:[,，]|(?=\p{Script=Han}))`, 'u');

function openingDateYear(text: string, dateline: number | null): number | null {
  for (const { line } of linesWithYears(text)) {
    const m = OPENING_DATE.exec(line);
    if (!m) continue;
    const year = Number(m[1]);
    if (LEADER_RECALLED.test(line.slice(m.index + m[0].length).split(/[。！？]/, 1)[0]!)) continue;
    if (year >= HISTORY_BEFORE && (dateline === null || year <= dateline)) return year;
  }
  return null;
}
/** 2004年6月8日，总书记在某社区考察时指出…: the day a national leader visited or spoke, recalled as background, is not the item's. */
const LEADER_RECALLED = /习近平|总书记|国家主席|国务院总理|委员长/;

/** Words that label a dateline as the article's own: 发布时间, 日期, 来源, 发表于, 原创. */
const LABELLED = /发布|日期|时间|来源|发表|原创/;

/** A forum page's footer: the time the page was made for the reader (GMT+8, 2024-11-3 21:07), not the post's date. */
const RENDER_TIME = /GMT[+-]\d{1,2}\s*[,，]\s*(?:19|20)\d{2}-/;

/**
 * The year of the file's dateline: the first labelled one (发布时间：…, 来源：… 2022年3月5日); else
 * the first after the headline's start; else one before it (a newspaper's date line, but perhaps a
 * portal's top bar with the day the page was saved).
 */
export function datelineYear(text: string, titleStart = 0): number | null {
  let afterTitle: number | null = null;
  let beforeTitle: number | null = null;
  for (const { line, start } of linesWithYears(text)) {
    const m = DATELINE.exec(line);
    if (!m || RENDER_TIME.test(line)) continue;
    // the first group of the form that matched is its year
    const year = Number(m.slice(1).find((g) => g !== undefined));
    if (LABELLED.test(line)) return year;
    if (start + line.length >= titleStart) afterTitle ??= year;
    else beforeTitle ??= year;
  }
  return afterTitle ?? beforeTitle;
}

const YEAR_DIGITS = /(?:19|20)\d{2}/g;

/** 二〇二二年, also with the circles pages put for 〇 (○ ◯ Ｏ O, or a full-width zero folded to 0). */
const CHINESE_YEAR = /[一二][〇零○◯ＯO0九][〇零○◯ＯO0一二三四五六七八九]{2}(?=年)/g;
const ZERO_OF_A_YEAR = /[〇零○◯ＯO0]/;
/** Full-width separators of a date (２０２２－０３－０５ once its digits are folded): read as - and /. */
const WIDE_SEPARATOR = /[－／]/g;
const ASCII_OF: { [wide: string]: string } = { '－': '-', '／': '/' };

/**
 * The text as the year patterns read it, character for character, so that every offset holds:
 * years written in Chinese numerals (二〇二二年) in digits (2022年), full-width date separators
 * (－, ／) in ASCII. Text with none of them is returned as it is.
 */
export function textForYears(text: string): string {
  let read = text;
  if (ZERO_OF_A_YEAR.test(read)) read = read.replace(CHINESE_YEAR, digitsOf);
  if (read.includes('－') || read.includes('／')) read = read.replace(WIDE_SEPARATOR, (wide) => ASCII_OF[wide]!);
  return read;
}

/**
 * The lines that hold a year's digits, in order, with their offsets: the result and dateline
 * patterns, which start at a line's start (^), are tried on these alone rather than on the whole text.
 */
function linesWithYears(text: string): { line: string; start: number }[] {
  const lines: { line: string; start: number }[] = [];
  let lineEnd = -1;
  for (const m of text.matchAll(YEAR_DIGITS)) {
    if (m.index! < lineEnd) continue;
    const newline = text.indexOf('\n', m.index!);
    lineEnd = newline < 0 ? text.length : newline;
    const start = text.lastIndexOf('\n', m.index!) + 1;
    lines.push({ line: text.slice(start, lineEnd), start });
  }
  return lines;
}

const STATED_YEAR = /((?:19|20)\d{2})[ \u3000]?年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/g;
/**
 * Words that set a figure in a time of its own, after the year stated before it: 如今, 目前 …
 * (2016年成立…，如今已有200人), and 去年 or 上年 (2020年底成立合作社…，去年收入22万元: the year
 * before the dateline's).
 */
const NOW = /如今|目前|现在|现有|至今|今年|当前|眼下|去年|上年|前年/;
const SENTENCE_END_CODES = codeTable('。！？!?\n');

/**
 * The year a sentence ties a number to: the nearest year before it in the same sentence
 * (截至2019年底,全镇共有党员1234名 → 2019; 从2010年的2000多元增长到2018年的15万元 → 2010, 2018),
 * unless 如今/目前 … stands between them. Null when the sentence states none. A full stop inside
 * a garbled run ends no sentence.
 */
export function recordYear(text: string, offset: number, garbled: readonly Span[] = []): number | null {
  const before = sentenceBefore(text, offset, garbled);
  const listed = respectiveYear(before, text.slice(offset, offset + MAX_LIST_AFTER));
  if (listed !== null) return listed;
  let year: number | null = null;
  let yearStart = 0;
  let yearEnd = 0;
  for (const m of before.matchAll(STATED_YEAR)) {
    // 曾获评2022年度先进街道的某街道，…: an award won before ties no figure to its year; nor does a founding (某社区成立于2019年，现有…).
    const lead = before.slice(Math.max(0, m.index! - 6), m.index!);
    // 针对2020年度查摆的问题，组建…: the year things were found in, not the deed's.
    if (PAST_AWARD_BEFORE.test(lead) || FOUNDED_IN.test(lead) || foundThen(lead, before.slice(m.index! + m[0].length))) continue;
    year = Number(m[1]);
    yearStart = m.index!;
    yearEnd = m.index! + m[0].length;
  }
  if (year === null || NOW.test(before.slice(yearEnd))) return null;
  // 从2021年的3万元增长至24万元: the year is the starting level's; the level reached takes the article's.
  if (FROM_BEFORE_YEAR.test(before.slice(Math.max(0, yearStart - 1), yearStart)) && REACHED.test(before.slice(yearEnd))) return null;
  // 立案72件，较2022年的58件增长24.1%；处分65人: a year compared against is its own figure's, not the clauses' after it.
  if (COMPARED_YEAR_BEFORE.test(before.slice(Math.max(0, yearStart - 2), yearStart)) && CLAUSE_BREAK.test(before.slice(yearEnd))) return null;
  return year;
}

/**
 * Whether the figure at `offset` tells a level of a time before, with no year given (过去，村集体收入不足2万元，
 * 如今…; 4年前，…): a clause opening with that time dates the figures after it in its sentence, up to a
 * word of now. Such a figure has no year of its own and takes not the article's.
 */
export function saysEarlierTime(text: string, offset: number, garbled: readonly Span[] = []): boolean {
  const before = sentenceBefore(text, offset, garbled);
  const earlier = [...before.matchAll(EARLIER_TIME)].at(-1);
  return earlier !== undefined && !NOW.test(before.slice(earlier.index! + earlier[0].length)) && !A_YEAR.test(before.slice(earlier.index!));
}
const EARLIER_TIME = /(?:^|[，,；;])[\s\u3000“"]*(?:过去|以前|从前|此前|\d{1,2}年前|[一二两三四五六七八九十几]年前)[，,]/g;

/**
 * The year the figure's paragraph gives it where its sentence states none: a sentence of 当年 (that
 * year: `2021年，某村成立联村党委。当年，争取资金300万元`) takes the last year stated before it, in the
 * paragraph or the one before; a paragraph that opens with a year (`2022年，某模式再度升级。某村…带来收入33万元。`)
 * dates the figures of its later sentences, up to another year or a word of now. Null otherwise.
 */
export function paragraphYear(text: string, offset: number, garbled: readonly Span[] = []): number | null {
  const sentence = sentenceBefore(text, offset, garbled);
  if (A_YEAR.test(sentence)) return null;
  if (THAT_YEAR.test(sentence)) {
    // (当年 may open a paragraph that goes on from the year the one before stated.)
    const before = text.slice(Math.max(0, offset - sentence.length - THAT_YEAR_REACH), offset - sentence.length);
    const stated = [...before.matchAll(STATED_YEAR)].at(-1);
    return stated && !NOW.test(before.slice(stated.index! + stated[0].length)) ? Number(stated[1]) : null;
  }
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const paragraph = text.slice(Math.max(lineStart, offset - SENTENCE_REACH), offset);
  const earlier = paragraph.slice(0, paragraph.length - sentence.length);
  if (earlier === '') return null;
  const opening = PARAGRAPH_YEAR_OPENING.exec(paragraph);
  if (!opening || opening[0].length > earlier.length) return null;
  const after = paragraph.slice(opening[0].length);
  return A_YEAR.test(after) || NOW.test(after) || LOOKS_AHEAD_WORDS.test(after) ? null : Number(opening[1]);
}
const THAT_YEAR = /(?:^|[，,；;])[\s\u3000]*当年[，,]?/;
/** How far back 当年 looks for the year it refers to. */
const THAT_YEAR_REACH = 300;
const PARAGRAPH_YEAR_OPENING = /^[\s\u3000]*((?:19|20)\d{2})年[，,]/;
const LOOKS_AHEAD_WORDS = /将|计划|力争|预计|目标/;

/** How far back a figure's sentence is read for its year. */
const SENTENCE_REACH = 1000;

/** A list of years (2020年、2021年和2022年), each year's digits captured by YEAR_IN_LIST. */
const YEAR_LIST = /(?:19|20)\d{2}年(?:[、和及与](?:19|20)\d{2}年)+/g;
const YEAR_IN_LIST = /(?:19|20)\d{2}(?=年)/g;
/** A span of years (2010年至2012年, 从 2010 年到 2012 年), its first and last year captured. */
const YEAR_SPAN = /((?:19|20)\d{2})[ \u3000]?年[ \u3000]?(?:至|到|—|-|～|~)[ \u3000]?((?:19|20)\d{2})[ \u3000]?年/g;
/** The most years a span lists, one for each figure after 分别. */
const MAX_SPAN_YEARS = 10;
const yearsOfSpan = (first: number, last: number): number[] =>
  last > first && last - first < MAX_SPAN_YEARS ? Array.from({ length: last - first + 1 }, (_, k) => first + k) : [];
/** From 分别 to a figure of its list: the figures before it and the words before the first, in one clause. */
const RESPECTIVE_FIGURES = /分别[^，,；;。]*$/;
/** How far the figures of a list may run after one of them. */
const MAX_LIST_AFTER = 80;
const A_YEAR = /(?:19|20)\d{2}[ \u3000]?年/;

/**
 * The year of a figure after 分别 when a list or a span of years stands before it (2020年、2021年、2022年，某村
 * 分别发展党员2名、3名、2名; 2020年至2022年，…): the year in the same place of its list as the figure in its own. Null
 * where no such list goes before, or the figures and the years differ in number. `after` is the
 * text from the figure on.
 */
function respectiveYear(before: string, after: string): number | null {
  const respective = RESPECTIVE_FIGURES.exec(before);
  if (!respective) return null;
  const opening = before.slice(0, respective.index);
  const list = [...opening.matchAll(YEAR_LIST)].at(-1);
  const span = [...opening.matchAll(YEAR_SPAN)].at(-1);
  // (从2010年到2012年…分别…: a span of years lists each year in it.)
  const last = span && (!list || span.index! > list.index!) ? span : list;
  if (!last || A_YEAR.test(opening.slice(last.index! + last[0].length))) return null;
  const years = last === span ? yearsOfSpan(Number(span[1]), Number(span[2])) : last[0].match(YEAR_IN_LIST)!.map(Number);
  const place = respective[0].split('、').length - 1;
  const figures = place + after.split(/[，,；;。\n]/)[0]!.split('、').length;
  return figures === years.length ? years[place]! : null;
}

const COMPARED_YEAR_BEFORE = /(?:较|比|相比|同比)$/;
/** 成立于, 始建于: the date a unit was founded, background to its figures now. */
const FOUNDED_IN = /(?:成立|组建|设立|始建|创建|创立|建成|落成|挂牌|建)于$/;
const CLAUSE_BREAK = /[，,；;]/;

const FROM_BEFORE_YEAR = /[从由]$/;
/** A verb of growing to a level, after the starting level and its year. */
const REACHED = /^[底末]?的[^，,；;。]*(?:增长|增加|增|提高|提升|跃升|上升|发展|达)(?:到|至)/;

/** 去年 (or 上年, 上年度, 上一年度, 过去的一年; perhaps alone, 仅去年就投入…) opening the sentence, or opening the figure's own clause. */
const LAST_YEAR = '(?:仅仅|仅|光是|单是)?(?:去年|上一?年度?|过去(?:的)?一年)';
/** The sentence opens with it, or with its unit and then it (某村去年…), or 据悉，去年…. */
const SENTENCE_IN_LAST_YEAR = new RegExp(`^[\\s\\u3000“"]*(?:${LEAD_IN})?${LAST_YEAR}`, 'u');
const CLAUSE_IN_LAST_YEAR = new RegExp(`[，,；;][\\s\\u3000]*${LAST_YEAR}[^，,；;]*$`);

const SENTENCE_IN_THIS_YEAR = new RegExp(`^[\\s\\u3000“"]*(?:${LEAD_IN})?今年`, 'u');
const CLAUSE_IN_THIS_YEAR = /[，,；;][\s\u3000]*今年[^，,；;]*$/;
/** …，今年以来，村党总支开展…45次，帮助…90件: a clause of 今年 alone dates the clauses after it, up to another year or a ；. */
const THIS_YEAR_LEAD_CLAUSE = /[，,；;][\s\u3000]*今年(?:以来|上半年|下半年|初|底)?[，,](?:(?!去年|(?:19|20)\d{2}年)[^；;。])*$/;

/** Whether the sentence, or the figure's own clause or a clause of 今年 before it, opens with 今年 (今年以来，…; 今年上半年，…). */
export function saysThisYear(text: string, offset: number, garbled: readonly Span[] = []): boolean {
  const before = sentenceBefore(text, offset, garbled);
  return SENTENCE_IN_THIS_YEAR.test(before) || CLAUSE_IN_THIS_YEAR.test(before) || THIS_YEAR_LEAD_CLAUSE.test(before);
}

/**
 * Whether the sentence puts the figure at `offset` in 去年: the sentence opens with it and no 今年
 * follows (去年，某镇新发展党员15名，…), or the figure's own clause does. 去年 inside a phrase
 * (整改完成去年述职反馈的问题) dates the phrase, not the figure. With an article dated by its
 * dateline, that is the year before the dateline's; `underDateline` false: the year before a
 * headline's, where 去年以来 and 过去一年 do not count.
 */
export function saysLastYear(text: string, offset: number, garbled: readonly Span[] = [], underDateline = true): boolean {
  const before = sentenceBefore(text, offset, garbled);
  // Under a headline's year, 去年以来 runs from last year on and 过去一年 is that year itself.
  if (!underDateline && /去年以来|过去(?:的)?一年/.test(before)) return false;
  return (SENTENCE_IN_LAST_YEAR.test(before) && !before.includes('今年')) || CLAUSE_IN_LAST_YEAR.test(before);
}

/** Whether the figure at `offset` is the level a figure grew from, last year's (收入从去年的20万元增长到…). */
export function grewFromLastYear(text: string, offset: number): boolean {
  return FROM_LAST_YEAR.test(text.slice(Math.max(0, offset - 6), offset));
}
const FROM_LAST_YEAR = /[从由](?:去年|上年)(?:底|末)?的$/;

/** The sentence's text up to `offset`. A 。 inside garbled text is a decoding accident, not the end of a sentence. */
function sentenceBefore(text: string, offset: number, garbled: readonly Span[]): string {
  let start = offset;
  // (A "sentence" longer than that is a text without full stops: nothing so far back ties a figure to its year.)
  for (; start > 0 && offset - start < SENTENCE_REACH; start--) {
    const at = start - 1;
    if (SENTENCE_END_CODES[text.charCodeAt(at)] === 1 && !garbled.some((g) => at >= g.start && at < g.end)) break;
  }
  return text.slice(start, offset);
}
