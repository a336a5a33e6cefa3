import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize/index.js';
import { layOut, recordYear } from '../src/units/index.js';
import { levelRank, placeNamesIn, stemOf, zoneListedForms } from '../src/units/place-names.js';
import { article, extractText, SEEDS, segmenter } from './helpers.js';

const unitsOf = (name: string) => extractText(article(name), name).units.map(({ unit, year }) => ({ unit, year }));
/** The article's own unit: that of its first section. */
const mainUnit = (text: string) => layOut(normalize(text).text, segmenter).sections[0]!.unit;

/** The unit of the section holding each figure's first occurrence in the normalized text. */
function unitsAt(text: string, figures: string[]) {
  const normalized = normalize(text).text;
  const layout = layOut(normalized, segmenter);
  return figures.map((figure) => {
    const at = normalized.indexOf(figure);
    return layout.sections.find((s) => at >= s.start && at < s.end)?.unit;
  });
}

describe('units and years of the seeds', () => {
  it('000: seven section headings, 2021 from the title', () => {
    expect(unitsOf(SEEDS[0]!)).toEqual(
      ['泰山路街道', '嵩山路街道', '栗雨街道', '马家河街道', '群丰镇', '雷打石镇', '三门镇'].map((unit) => ({ unit, year: 2021 })),
    );
  });

  it('001: 崆峒区 2024 although the title is garbled', () => {
    expect(unitsOf(SEEDS[1]!)).toEqual([{ unit: '崆峒区', year: 2024 }]);
  });

  it('002: 芦淞区 2019 from the subtitle', () => {
    expect(unitsOf(SEEDS[2]!)).toEqual([{ unit: '芦淞区', year: 2019 }]);
  });

  it('003: the title unit and two news items led by their unit, no year', () => {
    expect(unitsOf(SEEDS[3]!)).toEqual([
      { unit: '二七区', year: null },
      { unit: '德化街街道', year: null },
      { unit: '五里堡街道', year: null },
    ]);
  });

  it('004: 大桥街道 from its party committee, no year, with a warning', () => {
    const result = extractText(article(SEEDS[4]!), SEEDS[4]!);
    expect(result.units).toMatchObject([{ unit: '大桥街道', year: null }]);
    expect(result.warnings.map((w) => w.message).join()).toMatch(/no year/);
  });
});

describe('layout rules', () => {
  const lay = (text: string, year: number | null = null) => layOut(normalize(text).text, segmenter, { fallbackYear: year });

  it('takes the year of a dateline when the body speaks of 今年', () => {
    expect(lay('某镇党建工作综述\n发布日期:2023-04-11\n今年以来，东风镇新建党支部3个。').year).toBe(2023);
  });

  it('takes a title year written in Chinese numerals', () => {
    expect(lay('二〇二二年度东风镇党建工作总结\n正文。').year).toBe(2022);
  });

  it('uses the fallback year only when the article states none', () => {
    expect(lay('东风镇党建工作\n新建党支部3个。', 2020)).toMatchObject({ year: 2020, yearSource: 'flag' });
    expect(lay('2019年东风镇党建工作\n新建党支部3个。', 2020).year).toBe(2019);
  });

  it('reads headings with list markers, secretaries and colons', () => {
    const text = '全县述职综述\n一、东风镇党委\n新建党支部3个。\n红旗街道党工委书记 张明\n新建党支部2个。\n幸福社区：\n新建党支部1个，打造和谐社区。';
    const units = lay(text).sections.map((s) => s.unit);
    expect(units).toContain('东风镇');
    expect(units).toContain('红旗街道');
    // A listed community heading its section is a unit, though its name sounds like a slogan; a slogan in a sentence is none.
    expect(units).toContain('幸福社区');
    expect(units).not.toContain('和谐社区');
  });

  it('never makes a verb part of a name', () => {
    const sections = lay('2023年度全县抓基层党建工作综述\n组织开展县委理论学习中心组学习24次。县委常委会召开会议8次。').sections;
    expect(sections.map((s) => s.unit)).toEqual([null]);
  });

  it('does not take slogans for units', () => {
    const sections = lay('东风镇党建综述\n打造红色美丽乡村\n建强基层社区\n正文。').sections;
    expect(sections.map((s) => s.unit)).toEqual(['东风镇']);
  });

  it('marks a plan heading that runs on into its plan on the same line', () => {
    const records = (text: string) => extractText(text).records.map((r) => r.value);
    expect(records('青山乡2023年述职报告\n全乡新发展党员7名。\n四、下一步打算。发展党员10名，新建党群服务站2个。')).toEqual([7]);
    expect(records('青山乡2022年工作总结\n全乡新发展党员7名。\n2023年工作打算：一是新建党群服务中心10个；二是培训党员1200人次。')).toEqual([7]);
  });

  it('marks 工作打算 sections as plans until the next heading', () => {
    const text = '东风镇党委\n主要做法\n新建党支部3个。\n工作打算\n计划新建党支部5个。\n红旗镇党委\n新建党支部2个。';
    const layout = lay(text);
    const plan = layout.plans[0]!;
    const n = normalize(text).text;
    expect(n.slice(plan.start, plan.end)).toContain('计划新建党支部5个');
    expect(n.slice(plan.start, plan.end)).not.toContain('红旗镇');
  });
});

describe('unit names', () => {
  const unitsOf = (text: string) => extractText(text).units.map(({ unit, year }) => ({ unit, year }));

  it('never takes a fragment of a sentence for a unit', () => {
    expect(mainUnit('全县驻村工作队员和村党组织书记述职评议会召开\n按照市委部署，各镇共排查问题30个。')).toBeNull();
    expect(mainUnit('日前，三类村整顿转化工作推进会召开\n全县共整顿三类村12个。')).toBeNull();
    // A slogan with a level word alone inside it (巡乡带村: inspecting townships, leading villages) names no village.
    expect(placeNamesIn('“对巡乡带村中发现的问题，各乡镇要抓好整改。”', segmenter).map((n) => n.name)).toEqual([]);
  });

  it('takes the most specific unit of a path', () => {
    expect(mainUnit('浙江省湖州市吴兴区月河街道党工委抓实党员教育\n街道共组织学习15次。')).toBe('月河街道');
  });

  it('takes the longest listed name ending at a suffix, not a shorter one inside it', () => {
    expect(mainUnit('走进大王庄村\n大王庄村党支部今年发展党员2名。')).toBe('大王庄村');
  });

  it('accepts real districts whose endings look generic', () => {
    for (const name of ['西城区', '中山区', '青山区']) expect(mainUnit(`${name}委组织部召开会议\n全区新建党支部8个。`)).toBe(name);
  });

  it('takes no mountain, reservoir or forest region for a district the list lacks (秦岭山区, 沂蒙山区), and keeps listed ones', () => {
    const names = (text: string) => placeNamesIn(text, segmenter).map((n) => n.name);
    expect(names('5月8日，秦岭山区驻村第一书记培训班开班。')).toEqual([]);
    // Nor a listed county's or city's stem before 山区, read as one made a district since (沂蒙山区, 井冈山区).
    expect(names('5月8日，沂蒙山区驻村第一书记培训班开班。')).toEqual([]);
    expect(names('来自井冈山区的学员')).toEqual([]);
    expect(names('3月2日，三峡库区党建工作现场会召开。')).toEqual([]);
    expect(names('3月2日，神农架林区党建现场会召开。')).toEqual(['神农架林区']);
    expect(extractText('培训班开班\n5月8日，秦岭山区驻村第一书记培训班在东风县开班，培训学员120名。').records.map((r) => r.unit)).toEqual([null]);
  });

  it('takes an ethnic township as the article writes it where the list writes it without its people or 族, and no 民族乡 alone', () => {
    const names = (text: string) => placeNamesIn(text, segmenter).map((n) => n.name);
    // The list has 乌拉街镇, 胡家回族乡 and 禾木哈纳斯蒙古族乡.
    expect(names('乌拉街满族镇党委新建党支部3个。')).toEqual(['乌拉街满族镇']);
    expect(names('禾木哈纳斯蒙古民族乡党委组织党员志愿者开展巡护。')).toEqual(['禾木哈纳斯蒙古民族乡']);
    expect(names('胡家回族乡党委召开会议。')).toEqual(['胡家回族乡']);
    expect(names('全县各民族乡镇党委书记参加培训。')).toEqual([]);
  });

  it('takes the home of a person (家住某镇某村的…) or the place someone moved to (搬到了某村) for no unit at work', () => {
    const text = '“路修好了！”家住东风县西湖镇柳树村的村民老李说。去年他从山上搬到了柳树村柳树组。\n今年以来，东风县干部走访群众1200户，收集意见320条。';
    expect(mainUnit(text)).toBe('东风县');
  });

  it('counts nothing for the city in a headline path written short (济南历下某街道…)', () => {
    const text = '杭州上城湖滨街道党建引领网格治理\n通讯员 王平 杭州报道\n杭州市上城区湖滨街道坚持党建引领，收集居民意见47条，办理民生事项80余件。';
    expect(mainUnit(text)).toBe('湖滨街道');
  });

  it('takes the one township an article speaks as (该乡…, 全乡…) over the county that launched the campaign', () => {
    const text = '本报讯 自东风县开展“大走访”活动以来，柳林乡迅速行动。\n东风县活动开展后，该乡成立了领导小组。该乡干部走访群众1200户，该乡收集意见320条，全乡发放慰问金8万元。';
    expect(mainUnit(text)).toBe('柳林乡');
    // A county's round-up that names two townships speaks for neither.
    expect(mainUnit(text.replace('柳林乡迅速行动', '柳林乡、石门乡迅速行动'))).not.toBe('柳林乡');
  });

  it('takes the county a scene is set in by its stem (青川乔庄镇某社区…) where the body then speaks as the county (该县…)', () => {
    const scene =
      '网格连民心 服务零距离\n“以前办个证要跑好几趟，现在打个电话就有人上门。”3月12日，青川乔庄镇河口社区居民王大姐拿着刚办好的证件高兴地说。\n据了解，该县在主题教育中将城区社区划分为12个网格，逐户建立民情台账。目前，该县已配置网格员46人，累计收集群众诉求1380多件，办结1296件。';
    expect(mainUnit(scene)).toBe('青川县');
    // An article about the community, its party secretary quoted and its figures its own, stays the community's.
    const own = '河口社区：网格连民心\n青川乔庄镇河口社区党委书记李明说，社区把党小组建在网格上。今年以来，河口社区收集居民诉求138件，办结129件。';
    expect(mainUnit(own)).toBe('河口社区');
    // 该县 as a modifier (是该县海拔最高的村之一) speaks of the village, not as the county.
    const village = [
      '某某网讯(通讯员 王明)海拔800多米的青川县乔庄镇河口村，是该县海拔最高的村之一，也是青川县茶园最多的村。“为群众办事，就得多跑腿。”这是驻村工作队员常说的一句话。',
      '转眼又到年底，回顾该村一年的变化，工作队员与村“两委”班子一起想办法、办实事。',
      '固本强基筑牢组织堡垒',
      '村党支部严格落实三会一课制度，全年组织党员集中学习12次，把党课搬到田间地头。',
      '村里注重培养年轻党员，全年发展预备党员2名。',
    ].join('\n');
    expect(extractText(village).records.map((r) => [r.unit, r.value])).toEqual([['河口村', 12], ['河口村', 2]]);
  });

  it('reads a headline after its column\'s tag and a bar (专栏|…), and counts the headline\'s own voice (我县…) twice', () => {
    const voiced =
      '专栏|我县加强农村基层组织工作纪实\n仲夏时节，山村里一幢幢村办公楼拔地而起。\n多方投入，把阵地建起来\n“从我当村支书开始，就想有一处像样的办公场所……”谈起阵地建设，张庄村支书王平感慨万千。和张庄一样，许多村过去办公无地。今年上半年，新建村级活动场所80个。';
    expect(mainUnit(voiced)).toBe(null);
    const headlineYear = (text: string) => layOut(normalize(text).text, segmenter).year;
    expect(headlineYear('专栏|东风镇2022年党建工作总结\n镇党委新建党支部3个。')).toBe(2022);
    // A menu or a breadcrumb with bars is no headline.
    expect(headlineYear('首页 | 新闻 | 东风镇2022年党建工作总结 | 通知\n镇党委新建党支部3个。')).toBe(null);
  });

  it("counts 全区 for no community (a name ending in 区), and a rank within the district's scope (增速全区第6) for no voice", () => {
    const text = '红色管家进小区\n东湖街道党工委推行“红色管家”。柳岸社区成立小区党支部5个，柳岸社区还成立志愿服务队3支。全区推广这一做法，全区已有36个小区成立业委会，全区物业投诉下降三成。';
    expect(mainUnit(text)).toBe('东湖街道');
    const ranked =
      '今年以来，东湖街道在区委的领导下聚焦发展大局，着力建设“活力街区、现代社区共富单元”两个样板，街道整体实力稳步提升。\n上半年主要做了三方面工作：\n经济稳中有进。1-6月街道财政收入3.2亿元，同比增长8.1%，增速全区第6；税收1.8亿元，增速全区第5；新增企业260家，总量全区第4。街道党工委新建党支部6个。';
    expect(mainUnit(ranked)).toBe('东湖街道');
  });

  it('takes a university named in an article that never speaks as a school for a visitor, not the unit', () => {
    const text = '上半年工作小结\n一、宣传思想工作\n全镇先后12次邀请党校教授、校镇共建的东湖理工大学各学院教授来镇下村辅导。上半年全镇共组织中心组学习6次，我镇干部参学率100%。';
    expect(mainUnit(text)).toBe(null);
    expect(mainUnit('东湖理工大学党委召开会议\n东湖理工大学党委今年举办培训班3期。')).toBe('东湖理工大学');
    // An article that speaks of the school as 该校 is the school's.
    const news = '学子上了新闻\n这群东湖理工大学的学子登上了新闻。东湖理工大学的学生常年在车站服务。据统计，该校组织志愿服务活动300余次。';
    expect(mainUnit(news)).toBe('东湖理工大学');
    expect(mainUnit(news.replace('该校', '他们'))).toBeNull();
  });

  it('takes the town before a list of its villages in the headline for the unit (某镇甲村、乙村党群服务中心揭牌)', () => {
    const text = '全新启用！柳林镇东岗村、西岗村党群服务中心揭牌\n柳林镇党委政府多方筹措资金280万元，东岗村、西岗村新建党群服务中心2个。东岗村党支部书记说……';
    expect(mainUnit(text)).toBe('柳林镇');
  });

  it('gives no unit of its own to a ranking of peers (甲区100%、乙县95.24%… twice over)', () => {
    const text = '网上学习平台使用情况\n截至11月底，平台实名注册用户5.2万人。\n参学率较高的区县是顺义区100%、密云县98.78%、大兴区60.14%；社区站点参学率较高的是顺义区100%、密云县95.24%、西城区38.04%。';
    expect(mainUnit(text)).toBe(null);
  });

  it('gives no unit to a report whose headline names only its level (社区2017年工作总结) where the body names only a place of another level', () => {
    const text = '社区2017年工作总结\n2017年，**社区在街道党工委的领导下开展工作。就郊区张庄村山庄1栋东面围墙外有人养猪的情况进行整治，调处矛盾纠纷26起。';
    expect(mainUnit(text)).toBe(null);
    expect(mainUnit('社区2017年工作总结\n2017年，东湖社区党委调处矛盾纠纷26起。')).toBe('东湖社区');
  });

  it('gives no unit to an article in a city\'s or county\'s voice that names only its province', () => {
    const text = '农村党员培训工作总结\n按照《2021-2025年浙江省农村党员培训规划》，我市共举办培训班210期。全市培训党员1.2万人次，我市还建成实训基地12个，全市……';
    expect(mainUnit(text)).toBe(null);
    // Where the article speaks as the province, the province it names is its unit.
    expect(mainUnit('浙江省农村党员培训工作\n浙江省委组织部部署培训。全省共举办培训班210期，全省培训党员1.2万人次。')).toBe('浙江省');
  });

  it('takes a place in a quoted award\'s title (“某省文明社区”) and 居住地社区 for no unit', () => {
    const text = '社区简介\n社区有党员143名，志愿者队伍5支。社区先后创建为“浙江省民主法治示范社区”、“浙江省充分就业社区”、“浙江省和谐社区”。';
    expect(mainUnit(text)).toBe(null);
    expect(placeNamesIn('在职党员到居住地社区报到86名。', segmenter).map((n) => n.name)).toEqual([]);
  });

  it('takes the county or city whose yearbook a page is, named by its stem (江宁年鉴 → 江宁区), for the unit', () => {
    expect(mainUnit('第86页 - 江宁年鉴2020\n组织工作\n全年组织开展党员冬训，全区发展党员310名。\n')).toBe('江宁区');
    // A stem several places share (朝阳区, 朝阳县, 朝阳市): the one of the level the body speaks from.
    expect(mainUnit('朝阳年鉴2021\n组织工作\n全县发展党员210名，全县新建党支部12个。\n')).toBe('朝阳县');
    expect(mainUnit('朝阳年鉴2021\n组织工作\n发展党员210名。\n')).toBeNull();
    // The city above, named in passing (a hall called after it), speaks for no entry; a township's entry is the township's own.
    expect(mainUnit('江宁年鉴2020\n宣传工作\n全区举办讲座24场，发稿40篇。区科普基地南京市江南民俗馆，年接待群众3000人次。选拔选手到市里比赛，获得市比赛一等奖；三名选手参加全市宣讲比赛。')).toBe('江宁区');
    expect(mainUnit('江宁年鉴2020\n秣陵街道\n秣陵街道党工委全年发展党员32名，新建党支部5个。\n')).toBe('秣陵街道');
  });

  it('takes a village whose stem reads as a verb for a name right after the township the list has it under (望龙镇永定村利用…)', () => {
    expect(placeNamesIn('望龙镇永定村利用扶持资金发展居家就业项目', segmenter).map((n) => [n.name, n.commonStem ?? null])).toEqual([
      ['望龙镇', null],
      ['永定村', null],
    ]);
    // … and one that shares its stem with the township the text named before, where the list has it under that township.
    const text = '近年来，团结镇党委坚持一村一策，全镇发展党员12名。\n干部强不强，要看带头人。团结村坚持试点先行，村集体经济收入达到18万元。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['团结镇', 12], ['团结村', 180000]]);
  });

  it('takes a village of one character after a comma for a name where the list has it under the township before it (某镇，焦村…)', () => {
    expect(placeNamesIn('黄河边的东平县斑鸠店镇，焦村迎来了丰收。', segmenter).map((n) => [n.name, n.commonStem ?? null])).toEqual([
      ['东平县', null],
      ['斑鸠店镇', null],
      ['焦村', null],
    ]);
    // Not where the township before it is not its parent in the list.
    expect(placeNamesIn('黄河边的东平县斑鸠店镇，余村迎来了丰收。', segmenter).map((n) => n.name)).not.toContain('余村');
  });

  it('takes a word of office before 村 (现任村“两委”, 新任村党组织书记) for no village', () => {
    expect(placeNamesIn('全村常住人口2100人。现任村“两委”成员共9名，交叉任职达80%。', segmenter).map((n) => n.name)).toEqual([]);
    expect(placeNamesIn('新任村党组织书记集中培训。', segmenter).map((n) => n.name)).toEqual([]);
  });

  it('finds the names the words suggest alike in every text that holds the same words around a suffix, wherever they stand', () => {
    const found = (text: string) => placeNamesIn(text, segmenter).map((n) => [n.name, n.start]);
    const first = '柳岸湾社区：全年开展志愿服务12场。';
    expect(found(first)).toEqual([['柳岸湾社区', 0]]);
    expect(found(first)).toEqual([['柳岸湾社区', 0]]);
    expect(found(`会议纪要\n${first}`)).toEqual([['柳岸湾社区', 5]]);
  });

  it('finds a unit by its former level where a shorter listed name ends there too, and a prefecture written 地区 that is a city now', () => {
    const names = (text: string) => placeNamesIn(text, segmenter).map((n) => n.name);
    expect(names('拉萨市堆龙德庆县有关部门投资57万元。')).toEqual(['拉萨市', '堆龙德庆县']);
    expect(names('肇庆市德庆县委组织部召开会议。')).toEqual(['肇庆市', '德庆县']);
    expect(names('山南地区抽调干部组成工作组。')).toEqual(['山南地区']);
    expect(names('今年以来，全地区共抽调干部600名。')).toEqual([]);
    // After its county, also where the stem ends in a character that elsewhere ends a word (大由乡 of 石城县, written 大由镇).
    expect(names('石城县大由镇党委书记到村调研。')).toEqual(['石城县', '大由镇']);
    expect(names('大由镇党委书记到村调研。')).toEqual([]);
  });

  it('takes no name from a slogan whose last characters are a verb and an adjective jieba did not join (选齐配强村党支部)', () => {
    expect(placeNamesIn('选齐配强村党支部，建强村级组织。', segmenter).map((n) => [n.name, n.commonStem ?? null])).toEqual([['选齐配强村', 'verb']]);
    // A village of two characters so cut stays a name.
    expect(placeNamesIn('今年，建丰村党支部发展党员3名', segmenter).map((n) => n.name)).toEqual(['建丰村']);
    // 好 after a verb of one character is the result it brings (绘好, 管好), as 实 is in 做实: a verb's phrase.
    expect(placeNamesIn('“邻里服务”绘好社区治理新画卷', segmenter).map((n) => [n.name, n.commonStem ?? null])).toEqual([['绘好社区', 'verb']]);
  });

  it('hears no voice of a level in an award that level gives (被评为全省首批…示范村)', () => {
    const profile =
      '本报讯 东风县青山乡柳林村是有名的红色教育基地。村内纪念馆是山东省爱国主义教育基地。柳林村四面环山，全村有254户714人。2019年被评为全省首批“乡村旅游示范村”；2020年被评为全省“国防教育示范村”；2021年荣获全省“文明村”称号。\n' +
      '去年柳林村集体经济收入达到80余万元。';
    expect(mainUnit(profile)).toBe('柳林村');
    // …nor in a designation (被省委确定为全省…基地): the province is the giver, not the article's voice.
    const base = '培训基地红红火火\n11月末，东风村又迎来120名党员参加培训。\n目前，东风村已被省委确定为全省基层干部教育培训基地。2015年以来，共接待河南省委组织部示范培训班等50多期。';
    expect(mainUnit(base)).toBe('东风村');
  });

  it('finds a listed district whose stem ends in 新 (清新区), though 新区 is also the suffix of a zone', () => {
    const names = (text: string) => placeNamesIn(text, segmenter).map((n) => n.name);
    expect(names('近年来，清新区坚持党建引领志愿服务。')).toEqual(['清新区']);
    expect(names('今年，全新区新发展党员12名。')).toEqual([]);
    expect(names('浦东新区党建服务中心')).toEqual(['浦东新区']);
  });

  it('reads the long listed names of townships and villages whole, and a transliterated village after its township', () => {
    const names = (text: string) => placeNamesIn(text, segmenter).map((n) => n.name);
    expect(names('和静县协比乃尔布呼镇党委组织党员80名。')).toEqual(['和静县', '协比乃尔布呼镇']);
    // Three or four characters before a listed village that jieba reads as no word, or as a name, are the village's.
    expect(names('协比乃尔布呼镇阿依塔克孜勒村党支部')).toEqual(['协比乃尔布呼镇', '阿依塔克孜勒村']);
    expect(names('协比乃尔布呼镇乌斯图克孜勒村“两委”干部')).toEqual(['协比乃尔布呼镇', '乌斯图克孜勒村']);
    // Words of the sentence there are not.
    expect(names('协比乃尔布呼镇组织干部克孜勒村')).toEqual(['协比乃尔布呼镇', '克孜勒村']);
    expect(names('青松镇党员干部红旗村')).toEqual(['青松镇', '红旗村']);
    // A village the list lacks, after its township and before its quoted “两委”, is named.
    expect(placeNamesIn('石城县大由镇墩艾热克村“两委”联合工作队', segmenter).map((n) => [n.name, n.commonStem ?? null])).toEqual([['石城县', null], ['大由镇', null], ['墩艾热克村', null]]);
    // 双委 (双委会) is the village's two committees as 两委 is: a village whose stem reads as a verb is named before it.
    expect(placeNamesIn('疫情来袭，联集村双委会成员和志愿者坚守一线', segmenter).map((n) => [n.name, n.commonStem ?? null])).toEqual([['联集村', null]]);
  });

  it('finds a district the list lacks (merged since) right after its listed city, and again where the headline opens with it', () => {
    const names = (text: string) => placeNamesIn(text, segmenter).map((n) => n.name);
    expect(names('闸北区推进党建工作\n上海市闸北区组织党员干部走访群众。')).toEqual(['闸北区', '上海市', '闸北区']);
    expect(names('上海市各区组织党员干部走访群众。')).toEqual(['上海市']);
  });

  it('takes a district the list lacks (abolished since) that opens the headline and a paragraph, but no label on a line of its own', () => {
    const text = '下城区扎实推进楼宇党建\n2019-05-10 来源：某某日报\n下城区今年以来新建楼宇党组织12个，全区楼宇党组织覆盖率达到95%。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['下城区', 12], ['下城区', 95]]);
    // Once is not enough; nor is a menu's label written twice.
    expect(placeNamesIn('下城区扎实推进楼宇党建\n今年以来新建楼宇党组织12个。', segmenter).map((n) => n.name)).toEqual([]);
    expect(placeNamesIn('长者专区\n活动预告\n长者专区\n今年以来新建党组织12个。', segmenter).map((n) => n.name)).toEqual([]);
    // So is a town the list writes another way (a variant character in its stem), opening the headline and a paragraph.
    const town = '柳芬桥镇扎实开展为民办实事活动\n柳芬桥镇各村集中开展活动，收集群众意见建议56件。';
    expect(extractText(town).records.map((r) => [r.unit, r.value])).toEqual([['柳芬桥镇', 56]]);
  });

  it('takes no industrial park (工业园区) for a name, though the list holds some so named', () => {
    expect(placeNamesIn('全市在工业园区新建党组织12个。', segmenter).map((n) => n.name)).toEqual([]);
  });

  it('takes no verb or adjective of the sentence into a name cut short at its marked start (配齐配强村“两委” names no village)', () => {
    const proper = (text: string) => placeNamesIn(text, segmenter).filter((n) => !n.commonStem).map((n) => n.name);
    expect(proper('一是抓班子。配齐配强村“两委”成员，选好带头人。')).toEqual([]);
    expect(proper('二是强队伍。健全村党组织书记培养机制。')).toEqual([]);
  });

  it('reads a listed village whose stem is a verb and its complement (建强村) as the slogan it opens, not a unit', () => {
    const text = '某市抓党建促振兴\n去年以来，全市整顿提升软弱涣散村党组织9个。\n建强村党组织，凝聚振兴力量。各村今年新建党群服务站6个。';
    expect(extractText(text).records.map((r) => r.unit)).not.toContain('建强村');
    expect(placeNamesIn('建强村党组织，凝聚振兴力量。', segmenter).filter((n) => !n.commonStem)).toEqual([]);
  });

  it('takes a village for the subject of its paragraph where a run-in heading opens it (突出能人带动。某村党支部…)', () => {
    const text = '东风镇：党建引领产业兴\n近年来，东风镇党委以党建引领乡村振兴，全镇新建党支部3个。\n突出能人带动。石桥村党支部依托返乡人才创办的豆腐坊成立合作社。借助帮扶资金30万元入股，每年按资产分红1.8万元。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['东风镇', 3], ['石桥村', 300000], ['石桥村', 18000]]);
    // A heading that is a sentence of prose with a figure is no run-in heading.
    const prose = '东风镇：党建引领产业兴\n近年来，东风镇党委以党建引领乡村振兴。\n全镇新建党支部3个。石桥村党支部成立合作社，借助帮扶资金30万元入股。';
    expect(extractText(prose).records.map((r) => [r.unit, r.value])).toEqual([['东风镇', 3], ['石桥村', 300000]]);
  });

  it('takes a village for the subject of its paragraph after a span of time (驻村两年间，…) and after a heading of two phrases', () => {
    const city = '吕梁市：驻村干部助振兴\n去年以来，全市整顿软弱涣散村党组织9个。吕梁市人民医院派驻的第一书记也在村里。\n';
    const village = '驻村两年间，吕梁市东坪县石门镇桃溪村第一书记王五带领群众种植茶叶。村集体收入达到80余万元。';
    expect(extractText(city + village).records.map((r) => [r.unit, r.value])).toEqual([['吕梁市', 9], ['桃溪村', 800000]]);
    expect(extractText(city + '做强产业，带动增收。' + village).records.map((r) => [r.unit, r.value])).toEqual([['吕梁市', 9], ['桃溪村', 800000]]);
    // … and after what happened before (洪灾发生以后，…).
    const after = '洪灾发生以后，吕梁市东坪县石门镇桃溪村组织党员抢修道路。截至8月7日，共有志愿者120名参与。';
    expect(extractText(city + after).records.map((r) => [r.unit, r.value])).toEqual([['吕梁市', 9], ['桃溪村', 120]]);
  });

  it('takes a village for the subject of its paragraph where a description set apart by a comma opens it (位于…的某村，…)', () => {
    const text = '东风县推行党支部领办合作社\n近年来，东风县推行党支部领办合作社，全县新发展党员40名。\n地处深山腹地的石桥村，过去集体没有收入。这几年，村里种起香菇，去年村集体收入达到60万元。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['东风县', 40], ['石桥村', 600000]]);
    // Without the comma the name is part of a clause about something else.
    const object = '东风县推行党支部领办合作社\n近年来，东风县推行党支部领办合作社，全县新发展党员40名。\n县里帮扶深山腹地的石桥村发展香菇种植。这几年，全县村集体收入达到6000万元。';
    expect(extractText(object).records.map((r) => [r.unit, r.value])).toEqual([['东风县', 40], ['东风县', 60000000]]);
  });

  it("takes a community for the subject of its paragraph where a clause of time or purpose opens it (今年以来，甲社区…)", () => {
    const text = [
      '东风街道推行议事会制度',
      '东风街道指导各社区建立议事会制度。',
      '今年以来，东苑社区多次召开议事会，收集问题13项。组建志愿服务队，开展志愿服务活动20余次。',
      '为方便居民议事，西苑社区多次召开议事会，收集问题15项。组建志愿服务队，开展志愿服务活动30余次。',
      '为解决老旧小区居民“找不到人、说不上话、办不成事”的难题，南苑社区成立议事会。议事会收集问题17项。',
      '全年，街道开展志愿服务活动120次。',
    ].join('\n');
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([
      ['东苑社区', 13], ['东苑社区', 20], ['西苑社区', 15], ['西苑社区', 30], ['南苑社区', 17], ['东风街道', 120],
    ]);
  });

  it('finds no county in a list of party committees (省委、市委和县委)', () => {
    expect(placeNamesIn('我们认真落实省委、市委和县委的决策部署。', segmenter).map((n) => n.name)).toEqual([]);
    expect(placeNamesIn('中央和省委、市委和县委的部署要求', segmenter).map((n) => n.name)).toEqual([]);
  });

  it('drops a village cut short by the name it runs into (来自新村街道 is no 自新村)', () => {
    expect(placeNamesIn('来自新村街道志愿者协会的700多名志愿者欢聚一堂。', segmenter).map((n) => n.name)).toEqual(['新村街道']);
  });

  it('reads a sub-district written 某某街 right after its own county where it opens its deed (白云区京溪街依托…), not an address', () => {
    const names = (text: string) => placeNamesIn(text, segmenter).map((n) => n.name);
    expect(names('近年来，广州市白云区京溪街依托党建品牌，组建志愿服务队伍17支。')).toEqual(['广州市', '白云区', '京溪街']);
    expect(names('活动在广州市白云区京溪街12号举行。')).toEqual(['广州市', '白云区']);
  });

  it("reads a village the list lacks whose name opens with a family's (王家课庄村) whole after its township", () => {
    const names = (text: string) => placeNamesIn(text, segmenter).map((n) => n.name);
    expect(names('白沙镇王家课庄村的大棚里。')).toEqual(['白沙镇', '王家课庄村']);
    // Not 国家 or a count of families.
    const proper = (text: string) => placeNamesIn(text, segmenter).filter((n) => !n.commonStem).map((n) => n.name);
    expect(proper('白沙镇国家级村。')).toEqual(['白沙镇']);
    expect(names('白沙镇3家村企结对。')).toEqual(['白沙镇']);
    // A rarer family name, read by jieba as a person's.
    expect(names('白沙镇岩家山村的果园里。')).toEqual(['白沙镇', '岩家山村']);
  });

  it('finds an ethnic township written without its peoples (小碧乡), as the article writes it', () => {
    expect(placeNamesIn('近年来，贵阳市小碧乡坚持党建引领。', segmenter).map((n) => n.name)).toEqual(['贵阳市', '小碧乡']);
    expect(mainUnit('村集体经济壮大了\n近年来，小碧乡坚持党建引领，16个村集体经济收入达到5760万元。')).toBe('小碧乡');
  });

  it('finds an ethnic district written without its people after its city (郑州市管城区)', () => {
    expect(placeNamesIn('郑州市管城区由区委组织部牵头成立专项推进组5个。', segmenter).map((n) => n.name)).toEqual(['郑州市', '管城区']);
  });

  it('takes a place named in an institution\'s name (某市口腔医院, 某区第二幼儿园) for no unit at work', () => {
    const text = '“红色引擎”聚合力\n西安市雁塔区长延堡街道紫薇社区有党员120人，社区党委吸纳西安市口腔医院、西安市第三医院、雁塔区第二幼儿园、雁塔区实验小学党组织参与共建。';
    expect(mainUnit(text)).toBe('紫薇社区');
  });

  it('takes a sub-district written 某某街 before its party body or office, and leaves streets of that name alone', () => {
    const names = (text: string) => placeNamesIn(text, segmenter).map((n) => n.name);
    expect(names('渝中区解放碑街党工委组织党员开展义诊。')).toEqual(['渝中区', '解放碑街']);
    expect(names('万松街办事处联合辖区单位开展活动。')).toEqual(['万松街']);
    expect(names('党员们沿着解放碑街步行宣传。')).toEqual([]);
    // Where the list names it 某某街街道, opening a clause twice or more is enough (万松街宣传工作…).
    expect(names('今年以来，万松街宣传工作成效明显。万松街新闻报道组上稿120篇。')).toEqual(['万松街', '万松街']);
    expect(names('今年以来，万松街宣传工作成效明显。')).toEqual([]);
    // … and once is enough where the text names the county the list puts it under, but no other.
    expect(names('今年以来，万松街宣传工作成效明显。\n发布者：江汉区融媒体中心')).toEqual(['万松街', '江汉区']);
    expect(names('今年以来，万松街宣传工作成效明显。\n发布者：渝中区融媒体中心')).toEqual(['渝中区']);
    expect(mainUnit('万松街2023年度党建工作总结\n一年来，万松街党工委新建党支部8个。')).toBe('万松街');
  });

  it('takes the name after a listed one where jieba cuts a word across their border (东风街道士英社区: 道士 + 英社区)', () => {
    expect(placeNamesIn('近年来，长岭县东风街道士英社区推行党建联盟。', segmenter).map((n) => n.name)).toEqual(['长岭县', '东风街道', '士英社区']);
  });

  it('takes a sub-district written 某某街 in a path, after its own county and before a unit of its own (某区某某街某社区)', () => {
    const names = (text: string) => placeNamesIn(text, segmenter).map((n) => n.name);
    expect(names('重庆市渝中区解放碑街青年路社区有党员96名。')).toEqual(['重庆市', '渝中区', '解放碑街', '青年路社区']);
    // Not under that county in the list, or no unit after it: a street.
    expect(names('重庆市江北区解放碑街青年路社区有党员96名。')).not.toContain('解放碑街');
    expect(names('渝中区解放碑街步行宣传。')).toEqual(['渝中区']);
  });

  it('takes a state farm or forest farm the list lacks before its party body (翠岭林场党支部)', () => {
    expect(placeNamesIn('翠岭林场党支部书记2022年度述职报告', segmenter).map((n) => n.name)).toEqual(['翠岭林场']);
  });

  it('takes a listed village of one character before its collective economy at a marked start (其中，余村集体经济…), no word of aim', () => {
    const text = '天荒坪镇党建\n全镇8个村集体经济总收入达1260万元。其中，余村集体经济收入达到412万元。\n力争村集体经济收入再增一成。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['天荒坪镇', 12600000], ['余村', 4120000]]);
    // Not the end of a time word after a date (2024年底村集体…: 底村 is listed somewhere, but 年底 is the word here).
    expect(placeNamesIn('书记说，2024年底村集体经济收入达73.9万元；2023年初村集体经济收入仅5万元。', segmenter).map((n) => n.name)).toEqual([]);
  });

  it('takes no name whose stem is a level word or a generic name (街道社区, 乡镇社区)', () => {
    expect(placeNamesIn('全区街道社区书记、主任“一肩挑”比例达100%，乡镇社区党组织全覆盖。', segmenter).map((n) => n.name)).toEqual([]);
  });

  it('gives a clause counting other units (另有8个村…) to the section, not to the unit named before it', () => {
    const text = '东风镇：星级评定激发活力\n近日，东风镇石桥村党支部获评五星党支部，另有6个村党支部获评四星党支部。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['东风镇', 6]]);
  });

  it('reads a department\'s line with its date under the headline as the author (某区委组织部 2019年3月4日)', () => {
    const text = '石桥村：从“空壳村”到强村\n青山区委组织部 2019年3月4日\n\n乐平镇石桥村党总支带领群众发展产业。\n\n2018年，村合作社分红60万元。村党总支现有党员56名，当年新发展党员3名。';
    expect(extractText(text).records.map((r) => r.unit)).toEqual(['石桥村', '石桥村', '石桥村']);
  });

  it('reads a department\'s line under the headline as the author, not a section (某区委组织部)', () => {
    const text = '东湖街道：小区党建激发治理活力\n青山区委组织部\n2021-06-28 18:05\n今年以来，青山区东湖街道党工委新组建小区党支部27个。\n【队伍强起来】\n从辖区单位中选派党建指导员35名。';
    expect(extractText(text).records.map((r) => r.unit)).toEqual(['东湖街道', '东湖街道']);
  });

  it('reads places alone on lines next to each other (a site\'s menu of its towns) as no headline and no sections', () => {
    const text = '党建网站联盟\n东风镇\n西湖镇\n南山乡\n\n首页 >工作动态\n发布时间:2022-05-27 17:03\n党建引领 赋能乡村振兴\n——2021年青山县农村基层党建工作综述\n2021年以来，青山县农村基层党建工作稳步推进。\n在符合条件的村成立村级党委3个、党总支部20个。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['青山县', 3], ['青山县', 20]]);
  });

  it('reads a department\'s line as the author under a headline that holds a comma (某街道：坚持…，激活…)', () => {
    const text = '南湖市青山区东湖街道：抓住三个关键，点燃楼宇党建引擎\n青山区委组织部\n2021-06-28\n近年来，青山区东湖街道以楼宇为阵地推进党建。\n织密组织网络，夯实楼宇阵地。逐栋摸排楼宇企业，新组建楼宇党支部9个。';
    expect(extractText(text).records.map((r) => r.unit)).toEqual(['东湖街道']);
  });

  it('takes the more specific unit when two score alike', () => {
    expect(mainUnit('3月2日，湖州市出现强降雨后，吴兴区月河街道组织党员志愿者120名。\n月河街道组建志愿服务队15支。\n月河街道开展巡查20次。')).toBe('月河街道');
  });

  it('takes counties, cities and towns from the list, or under their former level, never from the words around them', () => {
    expect(mainUnit('沛县召开党建工作会议\n沛县新建党支部12个。')).toBe('沛县');
    // A county of one character right after its province's stem (安徽歙县, 陕西眉县), not after another province's.
    expect(placeNamesIn('安徽歙县坚持党建引领，新建党支部12个。', segmenter).map((n) => n.name)).toEqual(['歙县']);
    expect(placeNamesIn('山西歙县坚持党建引领。', segmenter).map((n) => n.name)).toEqual([]);
    // 长兴 is a county in the list: 长兴区 is found by its former level.
    // A town the list holds as a sub-district since (良渚街道) is found as the older text writes it.
    expect(mainUnit('基层党建见闻\n近年来，良渚镇新建党支部6个，在全区率先实现全覆盖。')).toBe('良渚镇');
    expect(mainUnit('长兴区委组织部召开会议\n长兴区新建党支部12个。')).toBe('长兴区');
    const names = placeNamesIn('东风镇居民区党支部开展整治镇容活动，活动区和住宅区焕然一新。', segmenter).map((n) => n.name);
    expect(names).toEqual(['东风镇']);
  });

  it('takes the units of minority regions: banners, sumu, leagues, prefectures and autonomous units, in full or in their short form', () => {
    expect(mainUnit('乌拉特前旗召开党建工作会议\n全旗新建党支部14个。')).toBe('乌拉特前旗');
    expect(mainUnit('察哈尔右翼后旗党员冬训综述\n全旗举办冬训班40期。')).toBe('察哈尔右翼后旗');
    expect(mainUnit('乌布尔宝力格苏木党委开展主题党日\n苏木党委组织党员学习6次。')).toBe('乌布尔宝力格苏木');
    expect(mainUnit('阿拉善盟强化基层组织建设\n全盟新建嘎查党群服务站21个。')).toBe('阿拉善盟');
    expect(mainUnit('甘孜藏族自治州党建工作综述\n全州新建党组织30个。')).toBe('甘孜藏族自治州');
    expect(mainUnit('甘孜州党建工作综述\n全州新建党组织30个。')).toBe('甘孜州');
    expect(mainUnit('双江拉祜族佤族布朗族傣族自治县召开会议\n全县新建党支部11个。')).toBe('双江拉祜族佤族布朗族傣族自治县');
    expect(mainUnit('峨边县召开基层党建推进会\n峨边县新建党支部11个。')).toBe('峨边县');
    expect(mainUnit('三家子蒙古族乡党委书记述职\n乡党委新发展党员5名。')).toBe('三家子蒙古族乡');
    expect(mainUnit('七星农场党委推进基层党建\n今年，七星农场新建党支部4个。')).toBe('七星农场');
    expect(mainUnit('一三一团党委开展志愿服务\n今年以来，一三一团组织党员志愿者320名。')).toBe('一三一团');
    expect(mainUnit('共青团工作会议召开\n今年，西湖区组建青年志愿服务团3个。')).toBe('西湖区');
    expect(mainUnit('广西壮族自治区基层党建综述\n2023年，全区新建党群服务中心240个，南宁市新建35个。')).toBe('广西壮族自治区');
    expect(mainUnit('昌吉州党建工作\n全州发展党员2600名。')).toBe('昌吉州');
    expect(mainUnit('博尔塔拉州党建工作\n全州发展党员2600名。')).toBe('博尔塔拉州');
    expect(mainUnit('木垒县党建工作\n今年，木垒县新建党支部9个。')).toBe('木垒县');
    // A county's one-character stem only where no longer name ends there: 丰宁县 is no 丰 + 宁县.
    expect(mainUnit('丰宁县党建工作\n今年，丰宁县新建党支部9个。')).toBe('丰宁县');
    expect(mainUnit('江苏沛县党建\n今年，沛县新建党支部12个。')).toBe('沛县');
    // Names of a level the unit had before the list was made, or has had since.
    expect(mainUnit('富阳市2015年基层党建工作总结\n富阳市委坚持抓党建，全市发展党员410名。')).toBe('富阳市');
    expect(mainUnit('阳泉市郊区党建\n今年，阳泉市郊区新建党支部8个。')).toBe('郊区');
    // 旗帜 and 红旗 are no banners, 全州县 is a county of Guangxi.
    expect(mainUnit('旗帜鲜明讲政治 红旗漫卷映初心\n今年以来，西湖区新建党支部8个。')).toBe('西湖区');
  });

  it('ranks a prefecture (地区, 州, 盟) above its counties, and a county-level city with them', () => {
    expect(['和田地区', '延边州', '兴安盟', '凯里市', '黄平县', '昆明市'].map(levelRank)).toEqual([2, 2, 2, 3, 3, 2]);
    const text = '黔南州2021年党员发展通报\n全州共发展党员3980名，其中都匀市发展党员520名、福泉市发展党员330名、荔波县发展党员160名。';
    expect(unitsAt(text, ['3980名', '520名', '330名', '160名'])).toEqual(['黔南州', '都匀市', '福泉市', '荔波县']);
  });

  it('takes a village whose stem is a common word where it follows its parent, a date, or opens a line before its party body', () => {
    expect(mainUnit('光明社区党委开展志愿服务\n宽城区光明社区党委今年发展党员3名，开展志愿服务活动28次。')).toBe('光明社区');
    expect(mainUnit('党建引领产业兴\n今年，新街镇胜利嘎查党支部发展党员2名。')).toBe('胜利嘎查');
    expect(mainUnit('2023年度前进村党支部书记述职报告\n一年来，在石桥镇党委的领导下，我村党支部发展党员2名。')).toBe('前进村');
    expect(mainUnit('先锋村党支部：党建引领产业兴\n今年以来，先锋村党支部发展党员2名。')).toBe('先锋村');
    // A verb stem after the parent is the verb of the sentence, unless the village's party body follows.
    expect(mainUnit('洪山区党建工作\n洪山区新建社区党群服务驿站18个。')).toBe('洪山区');
    expect(mainUnit('竞渡社区：小区党支部建在家门口\n2023年，蒋村街道竞渡社区在两个小区新建小区党支部2个。')).toBe('竞渡社区');
    // …or its profile (某镇建新村辖区面积…, …位于…).
    expect(extractText('先进事迹材料\n通辽市科尔沁区丰田镇建新村辖区面积9800亩，村民1800人，党员44名。').records.map((r) => r.unit)).toEqual(['建新村']);
    // Without its parent before it, 光明 stays a word of the sentence.
    expect(mainUnit('宽城区党建引领基层治理\n宽城区委推动共建美好光明社区建设，全区新建党支部8个。')).toBe('宽城区');
  });

  it('takes a listed village whose stem is a common noun as the subject of the clause it opens, never one whose stem is a verb', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);
    expect(records('新市镇党建工作\n城北村开展党课3次。\n港口村走访群众300户。')).toEqual([['城北村', 3], ['港口村', 300]]);
    expect(records('新市镇党建工作\n今年，新市镇党委发展党员12名。组织村党员开展志愿服务活动40次。')).toEqual([['新市镇', 12], ['新市镇', 40]]);
  });

  it('splits a town and its village where the town\'s last character and the village also spell a listed name', () => {
    expect(placeNamesIn('今年，正定县正定镇西街村党支部共有党员40名', segmenter).map((n) => n.name)).toEqual(['正定县', '正定镇', '西街村']);
    expect(placeNamesIn('宜宾市南溪区大观镇七星社区村党总支', segmenter).map((n) => n.name).pop()).toBe('七星社区村');
    expect(placeNamesIn('今年，梅陇镇万科城市花园第二社区党总支建成服务点6个', segmenter).map((n) => n.name).pop()).toBe('万科城市花园第二社区');
    expect(placeNamesIn('平度市古岘镇仁兆村民委员会', segmenter).map((n) => n.name).pop()).toBe('仁兆村');
    expect(placeNamesIn('延庆区永宁镇中心村党支部发展党员2名', segmenter).map((n) => n.name).pop()).toBe('中心村');
    expect(placeNamesIn('全镇示范村党支部发展党员2名', segmenter)).toEqual([]);
    // A verb before a list of levels (建设镇、村、组三级) names no town, where a town's name before one does (某镇、村两级).
    expect(placeNamesIn('全镇建设镇、村、组三级宣讲队伍，开展宣讲30余次', segmenter)).toEqual([]);
    expect(placeNamesIn('黄河镇、村两级干部参加宣讲', segmenter).map((n) => n.name)).toEqual(['黄河镇']);
    // 共富村 (a village of common prosperity) is a title villages are given, as 示范村 is, though a few villages are so named.
    expect(placeNamesIn('全县又有9个村入选第二批共富村，共富村总数达到21个', segmenter).map((n) => n.name)).toEqual([]);
    expect(placeNamesIn('东关村党支部成立合作社，今年上半年村集体经济收入达到26万元', segmenter).map((n) => n.name)).toEqual(['东关村']);
    // 联系村, 帮扶村, 结对村: the villages a body is tied to help, named by that tie, though a village or two is so named.
    expect(placeNamesIn('局机关党员干部走进社区和联系村，帮助联系村修建水渠2条', segmenter)).toEqual([]);
    expect(placeNamesIn('单位向结对村拨付帮扶资金5万元，为帮扶村办实事8件', segmenter)).toEqual([]);
    expect(mainUnit('机关党员服务群众\n局党组带领党员干部下沉联系村，向联系村捐赠资金3万元，协助联系村清理水沟。')).toBeNull();
  });

  it('takes no village or community named only by the resettlement it houses (易地搬迁社区, 移民村), unless after its parent', () => {
    const names = (text: string) => placeNamesIn(text, segmenter).map((n) => n.name);
    expect(names('全县在易地搬迁社区建立党支部15个，各移民村新建活动室8个')).toEqual([]);
    expect(names('南湖镇移民村党支部书记王平介绍')).toEqual(['南湖镇', '移民村']);
    expect(names('同福移民社区党支部新发展党员2名')).toEqual(['同福移民社区']);
  });

  it('takes the unit that counts its villages in the lead over a village visited paragraphs later', () => {
    const lead = '强村富民的新路子\n全县126个村(社区)中有58个集体经济收入超过50万元，村均收入达到86万元。2021年，浙江省平阳县村级集体经济实现新突破。\n记者近日进行了走访。\n';
    const visit = '在平阳县鳌江镇红星社区，居民在社区食堂吃上了实惠的午饭。\n红星社区把闲置厂房改成了商铺，每年收取租金40万元。\n红星社区党委书记说，红星社区还将继续努力。';
    expect(mainUnit(lead + visit)).toBe('平阳县');
    // A village named in the counting paragraph itself is what that paragraph tells of.
    expect(mainUnit('强村富民的新路子\n全县有58个村集体经济收入超过50万元，其中平阳县鳌江镇红星社区最多。\n' + visit)).toBe('红星社区');
    // Villagers' groups counted are no villages counted: the paragraph speaks of the village found.
    expect(mainUnit(lead.replace('126个村(社区)', '126个村民小组') + visit)).toBe('红星社区');
  });

  it('gives no lead\'s bonus to a place the lead names as the object of a deed done (新建了某社区的大棚)', () => {
    const text = '党员干部办实事\n■通讯员 王艳\n建成300余平方米的政务服务大厅；花费近60万元新建了东门社区的大棚。\n碑林区红旗街道从群众最关心的问题入手，解决问题13件。碑林区红旗街道领导班子率先垂范。';
    expect(mainUnit(text)).toBe('红旗街道');
    expect(mainUnit(text.replace('花费近60万元新建了东门社区的大棚', '东门社区花费近60万元新建了大棚'))).toBe('东门社区');
  });

  it('takes no visiting unit whose officials come to the article\'s own (某市委常委率队来我市调研), and gives the voice to its host', () => {
    const text = '调研组肯定我市党建工作\n东阳新闻网讯 4月9日，南湖市委常委、组织部部长王刚率队来我市调研基层党建工作。调研组先后来到东阳市城南街道党群服务中心、江口镇新时代文明实践所。\n据悉，我市今年已建成党群服务中心36个，我市共有志愿服务队280支。';
    expect(mainUnit(text)).toBe('东阳市');
    // Named at work elsewhere in the article, the unit is no mere visitor.
    expect(mainUnit(text.replace('据悉，我市今年', '据悉，南湖市今年'))).toBe('南湖市');
  });

  it('takes every place of a list after a venue word for a place visited (到甲社区和乙社区周边)', () => {
    expect(mainUnit('文明城市创建志愿活动\n7月28日，县委统战部组织志愿者到东门社区和红旗社区周边开展环境清理，共组成5支志愿服务队。')).toBeNull();
    expect(mainUnit('文明城市创建志愿活动\n7月28日，东门社区和红旗社区组织志愿者开展环境清理，共组成5支志愿服务队。')).toBe('东门社区');
  });

  it('takes no county whose bureau stations a first secretary for the village that did the work', () => {
    const text = '东关村：第一书记带来新变化\n2023年以来，青城县财政局驻东关村第一书记王刚带领村两委班子，发展党员2名。';
    expect(extractText(text).records.map((r) => r.unit)).toEqual(['东关村']);
  });

  it("takes no city whose federation of trade unions, written short (某市总), puts money into the village it helps", () => {
    const text = '驻村帮扶结硕果\n2020年，芜湖市总工会选派干部到东塘镇青竹村驻村帮扶。\n几年来，芜湖市总投入50万元用于青竹村党建阵地建设。青竹村集体经济突破40万元。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['青竹村', 500000], ['青竹村', 400000]]);
  });

  it('takes the village a report speaks for in its own voice (我村) from its signature, over the town that leads it', () => {
    const text = '2023年度抓基层党建工作述职报告\n各位领导、同志们：\n2023年，我村党支部在青城镇党委的领导下扎实工作，发展党员1名。\n东关村党支部书记 王强';
    expect(extractText(text).records.map((r) => r.unit)).toEqual(['东关村']);
  });

  it('gives 全镇 the town named last before it in the paragraph', () => {
    expect(extractText('泾川县党建工作\n丰台镇新建产业党支部6个；玉都镇依托果业资源，全镇发展党员18名。').records.map((r) => [r.unit, r.value])).toEqual([
      ['丰台镇', 6], ['玉都镇', 18],
    ]);
  });

  it('takes a listed name with a one-character stem where its start is marked and its party body follows', () => {
    expect(mainUnit('2022年度余村党支部书记述职报告\n一年来，在天荒坪镇党委的领导下，我村党支部发展党员3名。')).toBe('余村');
    expect(mainUnit('绿水青山就是金山银山\n今年，天荒坪镇余村党支部发展党员3名。')).toBe('余村');
    // 乡镇, 进村: a word of the sentence.
    expect(mainUnit('乡镇党委书记述职会召开\n今年，各乡镇党委新发展党员200名，干部进村入户3000人次。')).toBeNull();
  });

  it('takes a unit named only in the source line where the body speaks in its voice', () => {
    expect(mainUnit('党员志愿服务暖人心\n来源：丁公路社区\n今年以来，我社区组织党员志愿者开展服务48次。')).toBe('丁公路社区');
    expect(mainUnit('党员志愿服务暖人心\n来源：丁公路社区\n今年以来，党员志愿者开展服务48次。')).toBeNull();
  });

  it('takes the unit from the title when the body never names it', () => {
    expect(unitsOf('青山镇2022年党建工作总结\n一年来，镇党委新发展党员12名。')).toEqual([{ unit: '青山镇', year: 2022 }]);
  });

  it('finds development zones and universities, which the national list lacks', () => {
    expect(mainUnit('洛阳高新区党工委召开党建工作会议\n全区新建党支部6个。')).toBe('洛阳高新区');
    // Zones whose kind jieba cuts into several words, or abbreviates.
    expect(mainUnit('园区党建工作综述\n今年，南昌经济技术开发区党工委新建非公企业党组织12个。')).toBe('南昌经济技术开发区');
    expect(mainUnit('园区党建工作综述\n今年，武汉高新技术产业开发区党工委新建党组织12个。')).toBe('武汉高新技术产业开发区');
    expect(mainUnit('园区党建工作综述\n今年，南昌经开区新建党组织12个。')).toBe('南昌经开区');
    expect(mainUnit('新区党建工作综述\n今年，贵安新区党工委新建党组织12个。')).toBe('贵安新区');
    // A zone's place may open with a character that opens phrases (两, as in 两个新区) where jieba reads the place as one word.
    expect(mainUnit('看两江新区如何做实社区治理\n今年，两江新区新建党组织12个。')).toBe('两江新区');
    expect(mainUnit('园区党建工作综述\n今年，两个新区新建党组织12个。')).toBe(null);
    // A listed county's stem before the zone names it, however jieba cuts the stem (沿/滩).
    expect(mainUnit('园区党建工作综述\n今年，沿滩高新技术产业园区党工委新建党组织12个。')).toBe('沿滩高新技术产业园区');
    // …and where jieba joins the zone's first character to the stem's last (肥/东经/开/区).
    expect(mainUnit('园区党建工作综述\n今年，肥东经开区党工委新建党组织12个。')).toBe('肥东经开区');
    // An industrial park with its own party committee is a unit, below the zone that holds it.
    expect(mainUnit('园区党建纪实\n今年以来，南昌经济技术开发区金沙工业园区党委举办党员培训班4期。\n东坑镇党委也举办培训班2期。')).toBe('金沙工业园区');
    // A zone written 经济发展区 is a zone too, and a path through it leads on to the village in it.
    expect(mainUnit('驻村纪实\n4月25日，潍坊市坊子经济发展区岔子官庄村，第一书记为村里争取扶贫资金30万元。')).toBe('岔子官庄村');
    // A zone written short and long is one unit, named in full.
    const zone = extractText('昌邑经开区：党建赋能营商环境\n2023年，吉林昌邑经济开发区党工委新建企业党组织6个，昌邑经开区选派党建指导员12名。');
    expect(zone.records.map((r) => r.unit)).toEqual(['昌邑经济开发区', '昌邑经济开发区']);
    expect(mainUnit('我校召开干部培训工作会议\n本文来源：江汉师范大学\n江汉师范大学党委今年举办培训班3期。')).toBe('江汉师范大学');
    // A school that speaks as 我校 and never writes its name: a partner's district or the province its graduates go to is
    // named in passing, and the unit is none.
    const partner = '校地携手共建\n我校团委与静安区团委签订志愿服务合作协议，我校今年组织志愿者86名。';
    expect(mainUnit(partner)).toBe(null);
    expect(mainUnit('毕业生奔赴基层\n今年我校32名毕业生赴甘肃省服务，我校已连续五年选派毕业生。')).toBe(null);
    // (Where it is named, the school is the unit.)
    expect(mainUnit(partner.replace('我校团委', '上海纺织学院团委'))).toBe('上海纺织学院');
  });

  it('adds the level the article speaks from to a news source named for its place', () => {
    expect(mainUnit('我市召开非公党建推进会\n来源：临渭新闻网\n全市新建非公企业党组织20个，我市党组织覆盖率达90%。')).toBe('临渭市');
    // Only a source whose place the list holds at that level, or as a county: a city's paper names none of its counties.
    expect(mainUnit('村级阵地建设提速\n梅州日报讯 我县今年新建村级党群服务中心86个，全县实现全覆盖。\n来源：五华新闻网')).toBe('五华县');
    // A prefecture speaks as 我区; a paper named in book marks only carried the work (被《光明日报》刊发), it is no source.
    const prefecture = '我区党建工作综述\n来源：阿勒泰日报\n我区今年新建党支部12个，相关做法被《光明日报》刊发，全区党组织覆盖率达98%。';
    expect(mainUnit(prefecture)).toBe('阿勒泰地区');
    // An outlet opening the news as its own (某某新闻网讯) needs the level's voice but once; as a mere source, twice.
    const lead = '荆门新闻网讯（记者 李明）3月2日，市委办公室、市委组织部开展爱心捐款活动。\n我市今年的活动以扶贫为主题，当天共募集善款2.6万元。';
    expect(mainUnit(lead)).toBe('荆门市');
    expect(mainUnit('爱心捐款活动\n3月2日，市委办公室开展爱心捐款活动。我市今年共募集善款2.6万元。\n来源：荆门新闻网')).toBeNull();
  });

  it('never takes a residential compound or a grid for a unit', () => {
    const units = unitsOf('东风镇党委开展志愿服务\n阳光小区党支部组织党员志愿者30名。\n第三网格党支部组织党员志愿者12名。').map((u) => u.unit);
    expect(units).toEqual(['东风镇']);
  });

  it('gives villages that lead a paragraph or a sentence with their own figures a unit of their own', () => {
    const text = '东风镇抓党建促振兴\n东风镇党委今年新发展党员20名。\n王家坪村：现有党员35名。\n今年，石门坎村新发展党员3名，本村党员达到41名。';
    const records = extractText(text).records.map((r) => [r.unit, r.value]);
    expect(records).toContainEqual(['东风镇', 20]);
    expect(records).toContainEqual(['王家坪村', 35]);
    expect(records).toContainEqual(['石门坎村', 3]);
  });

  it('refers 本村 back to the village a sentence without figures named, and gives a joint figure of two villages to their town', () => {
    const text = '东风镇党员冬训综述\n王家坪村老党员坚持每天值班。在他的带动下，本村又有5名党员报名。\n东风镇王家坪村、石门坎村的40名党员参加志愿服务。';
    expect(unitsAt(text, ['5名', '40名'])).toEqual(['王家坪村', '东风镇']);
  });

  it.each([
    ['takes 全村 after a clause of the sentence whose subject is another village for that village, in a village\'s article', '王家坪村：从薄弱村到示范村\n王家坪村位于东风镇东部，2019年村集体收入仅6万元。\n为帮扶王家坪村，东风镇引导石门坎村结对。彼时，石门坎村已是省级文明村，2020年，全村村集体收入68万元。', ['6万元', '68万元'], ['王家坪村', '石门坎村']],
    ['gives each item of a list of peers its unit, where the first is the section\'s own (其中甲区…47件、乙县…32件 in 甲区\'s text)', '吴兴区纪检工作综述\n吴兴区纪委全年处置问题线索90件。全市乡镇纪委初核问题线索138件，其中吴兴区乡镇纪委初核47件、德清县乡镇纪委初核32件、长兴县乡镇纪委初核15件。', ['47件', '32件', '15件'], ['吴兴区', '德清县', '长兴县']],
    ['takes 村支部 opening a clause for the village named last, as 村党支部', '德清县抗疫纪实\n王家坪村党支部发起爱心捐赠：湖州市纪委捐赠口罩1000个，村支部8名党员带头捐款1.5万元。', ['1.5万元'], ['王家坪村']],
    ['takes a sub-district\'s office by its stem (该市月河办…) for the sub-district', '吴兴启动志愿服务月\n吴兴区月河街道办事处组织各支部开展主题党日活动。\n截至目前，该区月河办累计组织志愿者800余人次。', ['800余人次'], ['月河街道']],
    ['goes on, in a paragraph a unit leads, with the unit the sentence before named, not the leading one', '东风县统战工作纪实\n月河街道王家坪社区是大型安置社区，居民自治难度大，社区党委主动作为，打造“共治小菜园”。月河街道通过党委引领、统战聚力，凝聚社会力量。目前，辖区社区党委引进社会组织12家，组成志愿服务队伍18支。', ['12家', '18支'], ['月河街道', '月河街道']],
    ['refers 这个村 (这个昔日的“穷村”) back to the village named last, where it was only a venue', '东风县壮大集体经济\n东风讯 在东风县王家坪村的分红会上，村民笑开了颜。谁能想到，这个昔日的“穷村”，如今村集体经济收入达到48万元。\n全县村级集体经济收入达到3000万元。', ['48万元', '3000万元'], ['王家坪村', '东风县']],
  ])('%s', (_, text, figures, units) => {
    expect(unitsAt(text, figures)).toEqual(units);
  });

  it('takes a town after the bare stem of its own parent (德清乾元镇在…) as its clause\'s subject, under a headline of that parent', () => {
    const text = '德清：筑起防疫一线“红色堡垒”\n连日来，德清乾元镇在疫情防控最前沿，先后建立起9个临时党支部，120名党员志愿者闻令而动。';
    expect(unitsAt(text, ['9个', '120名'])).toEqual(['乾元镇', '乾元镇']);
    // Not after the stem of another county.
    expect(unitsAt(text.replace('连日来，德清乾元镇', '连日来，吴兴乾元镇'), ['9个'])).not.toContain('乾元镇');
  });

  it('ranks a community as a village-level unit, though 社区 ends in 区', () => {
    expect([levelRank('东湖社区'), levelRank('红旗街道'), levelRank('平谷区'), levelRank('湘西高新区')]).toEqual([5, 4, 3, 3]);
    // On equal scores the more specific unit wins: the community, not its sub-district.
    expect(mainUnit('党群服务暖人心\n红旗街道东湖社区党委组织志愿服务。东湖社区党委、红旗街道党工委共同推进。')).toBe('东湖社区');
  });

  it('takes a town whose name holds a village name whole', () => {
    expect(mainUnit('杨村镇党委开展志愿服务\n杨村镇组织党员志愿者60名。')).toBe('杨村镇');
  });

  it('lets later sentences of a paragraph led by a lower unit name their own subjects', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);
    expect(records('泾川县党建工作情况\n丰台镇发展党员30名。全县共开展党课240场。')).toEqual([['丰台镇', 30], ['泾川县', 240]]);
    expect(records('泾川县党建工作情况\n丰台镇新建党组织5个。玉都镇选派党建指导员23名。')).toEqual([['丰台镇', 5], ['玉都镇', 23]]);
    // After a colon, a village opens its own clause.
    expect(records('丰台镇党建工作\n丰台镇：东王村发展党员3名，西王村开展党课12次。')).toEqual([['东王村', 3], ['西王村', 12]]);
  });

  it('takes no unit from the department that signs the article on a line of its own, above the unit it writes of', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);
    expect(records('东兴市江平镇：边海党建强基固边\n防城港市委组织部供稿\n全镇以党建为抓手，新组建渔船党支部6个。\n镇里组建志愿服务队伍23支。')).toEqual([['江平镇', 6], ['江平镇', 23]]);
  });

  it('takes a heading\'s listed name alone after its parent written short (新右旗克尔伦苏木：…)', () => {
    expect(mainUnit('新右旗克尔伦苏木：守边固边\n今年以来，克尔伦苏木党委新发展党员9名。')).toBe('克尔伦苏木');
    // An autonomous prefecture's short stem too (湘西 for 湘西州).
    expect(mainUnit('湘西十八洞村：2024年乡村振兴再上新台阶\n来源：花垣县融媒体中心　　2024-11-05\n2024年，十八洞村党支部发展党员2名。')).toBe('十八洞村');
  });

  it('gives a ranked table\'s rows to the unit after their rank', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);
    expect(records('五棵树镇集体经济排名\n排名  村名      集体经济收入（万元）  党员（名）\n1     永吉村    186.4                 73\n2     富国村    163.2                 58\n')).toEqual([
      ['永吉村', 1864000], ['永吉村', 73], ['富国村', 1632000], ['富国村', 58],
    ]);
  });

  it('reads a village after a closing quotation mark as its clause\'s subject, and a bar-separated table row as its unit\'s', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);
    expect(records('东风镇党建纪实\n东风镇新发展党员12名。\n在桃园村，村党支部书记说：“日子越过越好。”桃园村党支部现有党员41名。')).toEqual([['东风镇', 12], ['桃园村', 41]]);
    expect(records('湾岭镇党建数据\n| 村 | 党员（名） | 发展党员（名） |\n| 岭门村 | 72 | 3 |\n')).toEqual([['岭门村', 72], ['岭门村', 3]]);
  });

  it('takes no name from a slogan in quotation marks, nor one a conjunction runs through (李卫东和村干部)', () => {
    expect(placeNamesIn('坚持“党建引领、产业强村”，村集体经济稳步增长', segmenter).map((n) => n.name)).toEqual([]);
    expect(placeNamesIn('“要让群众听得懂。”李卫东和村干部一起走访群众', segmenter).map((n) => n.name)).not.toContain('李卫东和村');
  });

  it('gives a round-up\'s items led by a department of the publisher back to the publisher\'s unit', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);
    const roundUp = '组工信息\n2022年第3期\n中共东山县委组织部编　2022年5月10日\n【铜陵镇】铜陵镇党委新建党支部3个。\n【西埔镇】西埔镇党委新发展党员5名。\n【县委组织部】县委组织部举办党务干部培训班2期。\n（四）县纪委监委：开展专项督查7次。';
    expect(records(roundUp)).toEqual([['铜陵镇', 3], ['西埔镇', 5], ['东山县', 2], ['东山县', 7]]);
  });

  it('gives each figure after 分别 to the unit in the same place of the list before it', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);
    expect(records('泾川县党建工作\n2022年，丰台镇、玉都镇、高平镇分别发展党员32名、18名、15名。')).toEqual([['丰台镇', 32], ['玉都镇', 18], ['高平镇', 15]]);
    expect(records('丰台镇集体经济\n2022年，东王村和西王村村集体经济收入分别达到120万元、86万元。')).toEqual([['东王村', 1200000], ['西王村', 860000]]);
    expect(placeNamesIn('王村村党支部发展党员2名', segmenter).map((n) => n.name)).toEqual(['王村村']);
    // The list may close an earlier clause of the sentence.
    expect(records('泾川县党员发展\n丰台镇、玉都镇、高平镇排名前三，发展党员分别为32名、28名、25名。')).toEqual([['丰台镇', 32], ['玉都镇', 28], ['高平镇', 25]]);
    // A listed name that reads as a word (前进村) is a name among the others of its list.
    expect(records('丰台镇党员发展\n今年，前进村、胜利村、桃园村分别新发展党员3名、2名、1名。')).toEqual([['前进村', 3], ['胜利村', 2], ['桃园村', 1]]);
    expect(placeNamesIn('加强村级组织建设，前进村和胜利村', segmenter).every((n) => n.commonStem === 'verb')).toBe(true);
    // … also where each item has its figure, and the sentence names the metric after the list.
    expect(records('丰台镇集体经济\n前进村52万元、桃园村18万元……在镇里的分红会上，镇党委书记宣布各村集体经济收入均已超过10万元。')).toEqual([
      ['前进村', 520000],
      ['桃园村', 180000],
      ['丰台镇', 100000],
    ]);
    // Two names and three figures: no pairing.
    expect(records('泾川县党建工作\n2022年，丰台镇、玉都镇分别发展党员32名、18名、15名。').map(([unit]) => unit)).toEqual(['泾川县', '泾川县', '泾川县']);
  });

  it('reads a clause after ； as a subject again, and a bare 街道 or 镇里 as the unit of that level', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);
    expect(records('泾川县党建工作\n成绩最好的是丰台镇，达到96分；玉都镇发展党员12名。')).toEqual([['玉都镇', 12]]);
    const text = '城关街道2022年度述职报告\n东门社区：全年发展党员3名。\n西门社区：组建志愿服务队12支。\n街道全年共开展志愿服务活动520场。';
    expect(records(text)).toEqual([['东门社区', 3], ['西门社区', 12], ['城关街道', 520]]);
  });

  it('takes a listed village after 其中 whole, though jieba joins its first character to the word before', () => {
    expect(extractText('城关街道述职报告\n街道全年共开展志愿服务活动520场，其中龙泉社区86场、兰江社区64场。').records.map((r) => [r.unit, r.value])).toEqual([
      ['城关街道', 520], ['龙泉社区', 86], ['兰江社区', 64],
    ]);
  });

  it('gives a figure that several listed units each report (各, 均, 都) a record for each', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);
    expect(records('泾川县党员发展\n全年共发展党员298名。丰台镇、玉都镇各发展党员15名。')).toEqual([['泾川县', 298], ['丰台镇', 15], ['玉都镇', 15]]);
    expect(records('丰台镇集体经济\n2022年，东王村、西王村集体经济收入均突破50万元。')).toEqual([['东王村', 500000], ['西王村', 500000]]);
    expect(records('丰台镇集体经济\n2022年，东王村、西王村的经营性收入都超过80万元。')).toEqual([['东王村', 800000], ['西王村', 800000]]);
    // Recipients are no units that did the work; what each of them gets is no total at all.
    expect(records('丰台镇党建\n镇党委向东王村、西王村拨付党建经费共10万元。')).toEqual([['丰台镇', 100000]]);
    expect(records('丰台镇党建\n镇党委向东王村、西王村各拨付党建经费5万元。')).toEqual([]);
    // A clause that opens with 各 right after goes on for each of them.
    expect(records('安福县\n洲头镇、严田镇各组建党员志愿服务队8支，各开展志愿服务活动60余场。')).toEqual([['洲头镇', 8], ['严田镇', 8], ['洲头镇', 60], ['严田镇', 60]]);
    // 都 may gather a joint figure: no sharing.
    expect(records('丰台镇党建\n东王村和西王村的党员都参加了培训，共培训党员300人次。')).toEqual([['丰台镇', 300]]);
  });

  it('takes an unlisted community right after its parent and before its year as the unit, and no stem that ends in a word of the sentence (现将我县)', () => {
    expect(mainUnit('江岸区百步亭社区2021年党建工作总结\n2021年，社区党委新成立小区党支部6个。')).toBe('百步亭社区');
    expect(placeNamesIn('现将我县2022年党建工作总结如下', segmenter).map((n) => n.name)).toEqual([]);
  });

  it('takes a unit after the level the article speaks from (我县某镇) as its clause\'s subject, and no news outlet for a doer', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);
    expect(records('2023年泾川县党建工作总结\n我县丰台镇创新红色物业模式，新建小区党支部11个。')).toEqual([['丰台镇', 11]]);
    expect(records('丰台镇党建\n泾川县融媒体中心讯 年内丰台镇已组织开展党员培训班5期。')).toEqual([['丰台镇', 5]]);
    // A town's station or office at work is the town's institution, not a subject of the village's report.
    expect(records('上林村党支部书记述职报告\n一、履职情况\n丰台镇农技站举办种植技术培训班3期。')).toEqual([['上林村', 3]]);
    // Straight quotation marks, as some pages write them, quote a speaker alike.
    expect(records('东风县党建纪实\n东风县新发展党员120名。\n"村里现有党员41名，今年又发展党员2名。"东岭村党支部书记王平说。')).toEqual([['东风县', 120], ['东岭村', 41], ['东岭村', 2]]);
    // An official named after a dash, in apposition (连续两届的“擂主”——某村党支部书记某某), does the work for the unit.
    expect(records('东风县党建擂台赛\n东风县举办村支书擂台赛，17名村支书参赛。\n连续两届的“擂主”——城关镇东岭村党支部书记王平，去年带领群众办成了修路、建厂房等8件实事。')).toEqual([['东岭村', 8]]);
    // A unit's story, opened by a paragraph without figures, goes on into the next paragraph, which names no unit nor voice.
    const story = '东风镇党员双报到\n东风镇共有418名在职党员到社区报到。\n共建聚合力\n  东岭社区举办红色文化展览，招募展览服务志愿者。\n  机关在职党员积极响应。展览期间共有80余名党员志愿者参与值守。';
    expect(records(story)).toEqual([['东岭社区', 80]]);
    expect(records(story.replace('机关在职党员积极响应', '全镇机关在职党员积极响应'))).toEqual([['东风镇', 80]]);
    // The story's own voice (全村 in a village's story) goes on with it.
    const village = '东风县“村社合一”纪实\n东风县推行村社合一模式。\n东岭村地处深山，全村200多户人家靠天吃饭。\n2015年，王平当选为村委会主任。他争取项目资金12万元修建水渠，全村面貌一新。';
    expect(records(village)).toEqual([['东岭村', 120000]]);
    expect(records(village.replace('全村面貌一新', '全镇面貌一新'))).toEqual([['东风县', 120000]]);
    // A sentence in the voice of the section's unit (全县) turns a paragraph led by a lower unit back to it.
    const credited = '今年以来，东风县推行在职党员进社区双报到制度。\n东岭社区能及时办好居民的事，得益于东风县推行的双报到制度。该制度由全县12个社区党支部与80个单位党组织结对实施。截至目前，已完成居民微心愿60余个。';
    expect(records(credited)).toEqual([['东风县', 60]]);
    expect(records(credited.replace('该制度由全县12个', '该制度由12个'))).toEqual([['东岭社区', 60]]);
    // …and one who speaks after showing something to someone (指着大棚向游人介绍道).
    expect(records('东风县党建纪实\n东风县新发展党员120名。\n“这是我们村争取资金430万元建成的大棚。”近日，东岭村党支部书记王平指着大棚向游人介绍道。')).toEqual([['东风县', 120], ['东岭村', 4300000]]);
    // A partner of another kind (某区与某大学联合开展…) shares the deed, not the figure: the district is the doer.
    expect(records('东风县志愿服务周\n东风县开展志愿服务周活动。青山区为困难居民送去物资；龙泉区与西南大学、重庆文理学院联合开展志愿服务活动，发动500余名大学生志愿者参与。')).toEqual([['龙泉区', 500]]);
    // …and one whose words a colon opens after how they looked (某村党支部书记某某喜笑颜开：“…”).
    expect(records('东风县党建纪实\n东风县新发展党员120名。\n看着村民们领着分红款，东岭村党支部书记王平喜笑颜开：“花椒卖上了好价钱。今年，村集体收入26万元。”')).toEqual([['东风县', 120], ['东岭村', 260000]]);
    // A quotation not closed in its paragraph (it runs on into the next) is the speaker's to the paragraph's end.
    expect(records('东风县党建纪实\n东风县新发展党员120名。\n看着村民们领着分红款，东岭村党支部书记王平喜笑颜开：“花椒卖上了好价钱。今年，村集体收入26万元。\n“明年还要扩大种植。”')).toEqual([['东风县', 120], ['东岭村', 260000]]);
    // …and one who spoke at an event of their own unit's, named by title alone (在某村党支部的…活动中，支部书记某某…介绍).
    expect(records('东风县党建纪实\n东风县新发展党员120名。\n“今年村里又发展党员2名。”近日，在城关镇东岭村党支部的主题党日活动中，支部书记王平向全村党员介绍。')).toEqual([['东风县', 120], ['东岭村', 2]]);
    // …and one whose title the article quotes (据某村“第一书记”某某介绍，“…”).
    expect(records('东风县第一书记纪实\n截至2018年底，东风县第一书记共争取项目资金915万元。\n据城关乡东岭村“第一书记”王平介绍，“我们成立农机服务合作社，收入12万元。”')).toEqual([
      ['东风县', 9150000],
      ['东岭村', 120000],
    ]);
    // A speaker described by what lies in their unit (合作社所在的…) speaks for it.
    expect(records('东风县党建纪实\n东风县新发展党员120名。\n“村里发展起来了！”合作社所在的城关镇东岭村党支部书记王平说，村里现有党员41名。')).toEqual([['东风县', 120], ['东岭村', 41]]);
    // A quotation's speaker may go unnamed after the title.
    expect(records('泾川县党建\n“今年我们镇已发展党员15名。”丰台镇党委书记说。')).toEqual([['丰台镇', 15]]);
    // … or the day it was said, and the speaker be a 党总支部 secretary.
    expect(records('东风县党建纪实\n东风县新发展党员120名。\n“今年村里又发展党员2名。”6月3日，东风县城关镇东岭村党总支部书记王平说。')).toEqual([['东风县', 120], ['东岭村', 2]]);
    // … or the speaker's parents open with a province's stem, and the speech is told with its manner (激动地公布).
    expect(records('保靖县发展壮大村集体经济\n“我们村合作社今年种植高粱收入86万元。”湖南湘西州保靖县吕洞山镇排捧村党支部书记王平激动地公布这一消息。')).toEqual([['排捧村', 860000]]);
    // … or the speaker's unit be referred to by its level (该村), after the village was named as the scene.
    // … or the speaker go on in their own words after the quotation (”王平说，村里…).
    expect(records('东风县走访第一书记\n东风县选派第一书记48名。“最要紧的是组织建设。”这是城关镇东岭村党支部书记王平的心愿。“缺的是带头人。”王平说，村里28名党员，60岁以上的有15名。')).toEqual([
      ['东风县', 48],
      ['东岭村', 28],
    ]);
    expect(records('东风实现空壳村清零\n[东风新媒体]近日，记者来到东风县城关镇东岭村茶叶基地，看到村民们忙着采摘。“去年村里一次性投入3.2万元领办基地。”该村党总支书记王平说。\n东风县新发展党员120名。')).toEqual([
      ['东岭村', 32000],
      ['东风县', 120],
    ]);
  });

  it('gives what a unit\'s official or staff tell (据某社区工作人员介绍，…) to that unit, in the clause and in the paragraph it opens', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);
    const town = '王庄街道推行近邻屋模式\n近年来，王庄街道在小区设立了近邻屋，组建志愿服务队6支。\n';
    expect(records(town + '据松林社区党委书记李华介绍，近邻屋成立了3支志愿服务队。')).toEqual([['王庄街道', 6], ['松林社区', 3]]);
    expect(records(town + '据松林社区工作人员介绍，这里也是议事点。根据居民的需求，近邻屋成立了3支志愿服务队。')).toEqual([['王庄街道', 6], ['松林社区', 3]]);
    // Not a paragraph that only names the unit after 据 (据松林社区统计, no official telling).
    expect(records(town + '据松林社区统计，这里也是议事点。根据居民的需求，近邻屋成立了3支志愿服务队。')).toEqual([['王庄街道', 6], ['王庄街道', 3]]);
  });

  it('opens a section at a heading with a party body, a colon and a title', () => {
    const text = '泾川县党建综述\n（一）丰台镇党委：打造红色阵地\n新建党组织5个。\n（二）玉都镇党委：创建先锋驿站\n发展党员9名。\n全县共开展党课240场。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['丰台镇', 5], ['玉都镇', 9], ['泾川县', 240]]);
  });

  it('gives each subdivision of a ranked list its own figure', () => {
    const text = '青山区党员教育覆盖情况通报\n全区党组织覆盖率达到95%，其中红卫路街道99.2%、友谊路街道97.6%。';
    expect(unitsAt(text, ['95%', '99.2', '97.6'])).toEqual(['青山区', '红卫路街道', '友谊路街道']);
  });

  it('records each item of a list of reports that leaves out the verb after the first, under its own unit', () => {
    const result = extractText('东湖区党员发展通报\n2022年，全区共发展党员410名，其中东城街道发展党员62名、西城街道48名、南湖镇37名。');
    expect(result.records.map((r) => [r.unit, r.value])).toEqual([['东湖区', 410], ['东城街道', 62], ['西城街道', 48], ['南湖镇', 37]]);
  });

  it('gives each unit of a list of reports its own figure, where the clause opens with the first', () => {
    const text = '青山区党员发展工作通报\n今年全区发展党员360名，其中红卫路街道发展党员45名、友谊路街道发展党员38名。';
    expect(unitsAt(text, ['360名', '45名', '38名'])).toEqual(['青山区', '红卫路街道', '友谊路街道']);
    // One unit with a figure is no list of reports; units after a verb are its objects.
    const joint = '青山区党员发展工作通报\n红卫路街道、友谊路街道共发展党员83名。区委向红卫路街道拨付资金5万元、友谊路街道拨付资金3万元。';
    expect(unitsAt(joint, ['83名', '5万元', '3万元'])).toEqual(['青山区', '青山区', '青山区']);
  });

  it('gives no main unit to an article that speaks from a level above every unit it names, and lets those units report', () => {
    const text = '2021年全市党员发展情况\n全市共发展党员4210名。其中，红卫路街道发展党员45名、友谊路街道发展党员38名。全市党员总数继续增长。';
    expect(mainUnit(text)).toBeNull();
    expect(unitsAt(text, ['4210名', '45名', '38名'])).toEqual([null, '红卫路街道', '友谊路街道']);
    // An address to every town (各乡镇党委) is no town's voice.
    expect(mainUnit('2021年党员发展工作通报\n各乡镇党委：\n全县共发展党员856名。其中，城关镇发展党员62名，新华乡发展党员35名。全县党员队伍结构持续优化。')).toBeNull();
    // The unit's own voice (镇党委, 全镇) or the headline keeps it, whatever the article says of the county.
    expect(mainUnit('党建引领产业兴旺\n东风镇党委新发展党员8名，经验在全县推广，全县已有12个乡镇学习。')).toBe('东风镇');
    expect(mainUnit('党建引领产业兴旺\n石门坎村党支部新发展党员2名，在全县率先建成服务站，全县推广。')).toBe('石门坎村');
    expect(mainUnit('党建引领园区发展\n湘西高新区今年新建党组织9个，全区党员队伍壮大，在全市率先实现全覆盖，全市推广。')).toBe('湘西高新区');
    expect(mainUnit('东风镇党建引领产业兴旺\n东风镇新发展党员8名，经验在全县推广，全县已有12个乡镇学习。')).toBe('东风镇');
  });

  it('reads a news item led by its unit in brackets or after a bullet', () => {
    const text = '基层党建动态\n【东风镇】今年以来，东风镇发展党员16名。\n【石门镇】组织党员志愿服务活动48场次。\n▲清溪镇：开展党员冬训班6期。';
    expect(unitsAt(text, ['16名', '48场', '6期'])).toEqual(['东风镇', '石门镇', '清溪镇']);
  });

  it('reads a secretary\'s statement led by the town after any common bullet (◎, ➤, ♦)', () => {
    const text = '某县乡镇党委书记述职摘要\n◎东风镇党委书记：\n我镇发展党员16名。\n➤ 石门镇党委书记：\n我镇组织志愿服务48场次。\n♦清溪乡党委书记：\n我乡举办冬训班6期。';
    expect(unitsAt(text, ['16名', '48场', '6期'])).toEqual(['东风镇', '石门镇', '清溪乡']);
  });

  it('takes no town whose one-character name ends a word before it (部分乡镇 holds no 分乡镇), and keeps such a name where a word starts with it', () => {
    const proper = (text: string) => placeNamesIn(text, segmenter).filter((n) => !n.commonStem).map((n) => n.name);
    expect(proper('会上，部分乡镇党委书记作了交流发言。')).toEqual([]);
    expect(proper('北京市东城区党员志愿者参与社区服务。')).toEqual(['北京市', '东城区']);
    expect(proper('在东城区举办培训班。')).toEqual(['东城区']);
  });

  it('gives each figure after 分别 the last unit of its path in the list (甲镇丙村、乙镇丁村分别以…)', () => {
    const text = '某县党建工作综述\n在全县村集体经济收入排名中，龙门镇石桥村、白石乡清水村分别以61万元、52万元位列第一、第二。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['石桥村', 610000], ['清水村', 520000]]);
  });

  it('ends a news item a list\'s item opens at the next item of its list or of one above it', () => {
    const text =
      '东风镇2022年度党建工作总结\n一、建强基层组织\n（一）全镇新建党支部4个。\n' +
      '（二）石桥村：村党支部推行积分管理，全村党员参与志愿服务活动26场次，带动群众发展特色种植，村集体经济收入达到48万元，成为全镇的示范村。\n' +
      '（三）开展党员培训6期。\n二、服务群众\n石桥村党支部组织义诊3场。\n办实事120件。';
    expect(unitsAt(text, ['4个', '26场', '48万元', '6期', '120件'])).toEqual(['东风镇', '石桥村', '石桥村', '东风镇', '东风镇']);
  });

  it('ends a news item led by its unit and a colon at the next section heading', () => {
    const text = '东风镇整顿工作总结\n一、基本情况\n石桥村：现有党员21名。\n二、主要做法\n开展党员培训6期。';
    expect(unitsAt(text, ['21名', '6期'])).toEqual(['石桥村', '东风镇']);
  });

  it('keeps a news item in brackets over the numbered lines under it', () => {
    const text = '基层党建动态\n【东风镇】\n1. 发展党员16名。\n2. 开展志愿服务48场次。\n【石门镇】\n1. 举办培训班6期。';
    expect(unitsAt(text, ['16名', '48场', '6期'])).toEqual(['东风镇', '东风镇', '石门镇']);
  });

  it('gives each of two quotations in a paragraph the unit of the official who says it before it', () => {
    const text = '新市镇党建\n记者走访了两个村。城南村党支部书记李明说：“今年我们发展党员3名。”城西村党支部书记王刚说：“我们开展党课12次。”';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['城南村', 3], ['城西村', 12]]);
  });

  it('gives a quotation the unit of the official who said it, before or after it', () => {
    const text =
      '东川区党建工作巡礼\n今年以来，东川区新建党群服务中心21个。\n' +
      '“我们村今年新发展党员3名。”座谈中，乌龙镇王家坪村党支部书记李华说。\n' +
      '座谈会上，石门坎村党支部书记张敏表示：“村里今年发展党员2名。此外，还组建志愿服务队5支。”\n' +
      '区委书记王明说：“全区今年新增党员420名。”';
    expect(unitsAt(text, ['21个', '3名', '5支', '420名'])).toEqual(['东川区', '王家坪村', '石门坎村', '东川区']);
    // Also where the official speaks to someone (…书记王华对前来采访的记者说).
    const told = '东风镇：产业兴旺促振兴\n近年来，东风镇全镇新建党支部3个。\n“去年村集体经济收入达到16万元。”5月8日，东风镇石桥村党支部书记王华对前来采访的记者说。';
    expect(unitsAt(told, ['3个', '16万元'])).toEqual(['东风镇', '石桥村']);
  });

  it("gives 全村 inside a quotation that names no place to the village of the official who says it, not the article's village", () => {
    const text = '东风镇红旗村党建纪实\n红旗村党支部今年发展党员2名。\n“今年全村集体经济收入达到50万元。”南山县东风镇新平村党支部书记张成介绍，村里还建起了桃园。';
    expect(unitsAt(text, ['2名', '50万元'])).toEqual(['红旗村', '新平村']);
    // A place the quotation names itself is still its clause's subject.
    expect(unitsAt(text.replace('今年全村集体', '今年红旗村集体'), ['2名', '50万元'])).toEqual(['红旗村', '红旗村']);
  });

  it('takes a unit above the section as a subject only where it opens a clause and acts, never a source', () => {
    const text = '王家坪村志愿者服务群众\n王家坪村组织党员志愿者15名。\n据记者从月河街道了解到，吴兴区已组建志愿服务队伍120支。';
    expect(unitsAt(text, ['15名', '120支'])).toEqual(['王家坪村', '吴兴区']);
  });

  it('takes no county-level city named beside districts for the city an article\'s 全市 speaks for', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);
    const text = '我市党员发展工作综述\n全市共发展党员3890名。其中，鼓楼区发展党员610名，新吴区发展党员480名，宜兴市发展党员350名。\n全市开展志愿服务活动8600场。';
    expect(records(text)).toEqual([[null, 3890], ['鼓楼区', 610], ['新吴区', 480], ['宜兴市', 350], [null, 8600]]);
    expect(records('宜兴市党建工作\n全市共发展党员4210名，其中宜城街道发展党员120名。')).toEqual([['宜兴市', 4210], ['宜城街道', 120]]);
    // County-level cities only, named as parts of the whole of a city the file never names.
    const cities = '我市党员发展工作综述\n今年以来，全市共发展党员3890名。\n其中，宜兴市发展党员610名，江阴市发展党员480名。\n全市开展志愿服务活动8600场。';
    expect(records(cities)).toEqual([[null, 3890], ['宜兴市', 610], ['江阴市', 480], [null, 8600]]);
    // A name in doubt (a verb before a zone's word, 紧盯开发区) is no district beside the county-level city.
    const zone = '近日，汉川市纪委监委干部走访拆迁户。今年以来，汉川市纪委监委开展专项整治。该市纪委监委发现问题线索12条。\n“我们将继续紧盯开发区建设的关键环节。”';
    expect(mainUnit(zone)).toBe('汉川市');
  });

  it('takes the headline\'s unit of several units below it (某县5个村…) over the one village the body follows', () => {
    const text = '——宁海县5个“强村”同日举办集体经济分红会\n3月5日上午，宁海县桥头胡街道双林村分红现场热闹非凡。\n当天，双林村等5个村同步举办分红会。\n双林村村“两委”向村民通报了集体经济收支情况。\n据悉，双林村村集体经济收入突破120万元。';
    expect(mainUnit(text)).toBe('宁海县');
    // The village leads its own paragraph with its figure: a unit of its own.
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['双林村', 1200000]]);
  });

  it('takes a county-level city for its 全市 though the text names a county once as a place visited (到某县委党校)', () => {
    const text = '本报讯 5月20日，全市组织工作推进会召开。宜兴市委常委、组织部长出席会议。\n今年以来，宜兴市组织工作稳步推进，全市党建工作扎实开展。4月，市委组织部选派村党组织书记到长兴县委党校参加培训。';
    expect(mainUnit(text)).toBe('宜兴市');
  });

  it('gives 全市 no unit in a text that names no city, also when said once', () => {
    const result = extractText('党员发展工作通报\n2023年，全市共发展党员3890名。其中，红卫路街道发展党员45名，友谊路街道发展党员38名。');
    expect(result.records.map((r) => [r.unit, r.value])).toEqual([[null, 3890], ['红卫路街道', 45], ['友谊路街道', 38]]);
  });

  it('gives figures of a province the file never names no unit', () => {
    const text = '东风镇开展理论宣讲\n东风镇组建宣讲队12支。为庆祝建党100周年，我省共组建宣讲队伍3.1万支。';
    expect(unitsAt(text, ['12支', '3.1万'])).toEqual(['东风镇', null]);
  });

  it('leaves the unit null with a warning when the file names none', () => {
    const result = extractText('我市召开党建工作会议\n今年以来，全市新发展党员300名。');
    expect(result.units.map((u) => u.unit)).toEqual([null]);
    expect(result.warnings.map((w) => w.message).join()).toMatch(/no unit/);
  });

  it('adds the level suffix to a bare stem that opens the headline, where nothing else names a unit', () => {
    expect(mainUnit('余杭：党建引领共富路\n今年以来，余杭新建党群服务中心46个。')).toBe('余杭区');
    expect(mainUnit('【基层党建】余杭：党建引领共富路\n今年以来，余杭新建党群服务中心46个。')).toBe('余杭区');
    // Not a common word, nor a stem the body never writes again.
    expect(mainUnit('振兴：党建引领共富路\n今年以来，全面振兴新建党群服务中心46个。')).toBeNull();
    expect(mainUnit('余杭：党建引领共富路\n今年以来，新建党群服务中心46个。')).toBeNull();
    // A body in the voice of the stem's level names it too.
    expect(mainUnit('炎陵：党建引领共富路\n今年以来，全县新建党群服务中心46个。')).toBe('炎陵县');
    // The stem scores as a name in the headline, against a town the body names in passing.
    expect(mainUnit('肥城：党建引领乡村振兴\n今年以来，市委组织部举办培训班5期。\n潮泉镇党委书记在会上作了交流发言。')).toBe('肥城市');
    // An autonomous county's stem stands for its short form.
    expect(mainUnit('乐东：党建引领\n今年以来，全县新建党群服务中心12个。')).toBe('乐东县');
    // A stem with a level suffix of its own gets no other.
    expect(mainUnit('和平村：党建引领美丽乡村建设\n和平村党支部带领群众发展产业。')).toBe('和平村');
  });

  it('gives a tie between the headline\'s unit and a town\'s party body the body names to the headline\'s unit', () => {
    const roundup = '青川县2023年基层党建工作综述\n\n新建党组织9个。\n\n木鱼镇党委开展党课40场。\n\n乔庄镇党委开展党课12场。';
    expect(mainUnit(roundup)).toBe('青川县');
    expect(unitsAt(roundup, ['9个', '40场', '12场'])).toEqual(['青川县', '木鱼镇', '乔庄镇']);
  });

  it('takes no name from a date (2022年度村…) and reads a listed name that opens a line whole (向阳社区, not 向 + 阳社区)', () => {
    expect(mainUnit('2022年度村党组织书记述职报告\n述职人：王家坪村党支部书记 李强\n一年来，本村新发展党员2名。')).toBe('王家坪村');
    const briefs = '东风街道社区工作简报\n红旗社区：走访困难群众56户。\n向阳社区：组建志愿服务队3支。';
    expect(unitsAt(briefs, ['56户', '3支'])).toEqual(['红旗社区', '向阳社区']);
    // Whatever its stem means as a word (为民, to serve the people), a listed name before its party body or a colon at a line's start.
    expect(mainUnit('为民社区党委：打造便民服务圈\n今年以来，为民社区党委共为居民办实事45件。')).toBe('为民社区');
  });

  it('drops the site name of a page title', () => {
    expect(mainUnit('东风镇开展党员冬训 - 临渭区人民政府网\n东风镇党委今年组织党员冬训4次。')).toBe('东风镇');
  });

  it('takes the headline of an HTML page over its <title>', () => {
    const html =
      '<html><head><title>工作动态_某某区人民政府网</title></head><body><div class="nav">首页 通知公告</div>' +
      '<h1>东风镇2021年党建工作总结</h1><div class="content"><p>一年来，镇党委新发展党员12名。</p></div></body></html>';
    expect(extractText(html, 'page.html').units.map(({ unit, year }) => ({ unit, year }))).toEqual([{ unit: '东风镇', year: 2021 }]);
  });
});

describe('the subject of each clause', () => {
  it('gives each unit that opens a clause the figures up to the next one', () => {
    const text = '东风镇整顿软弱涣散村\n东风镇党委下沉指导两个村。截至目前，王家坪村调解纠纷17起，石门坎村收集群众诉求48个，已办结39件；镇党委回访群众80户。';
    expect(unitsAt(text, ['17起', '48个', '39件', '80户'])).toEqual(['王家坪村', '石门坎村', '石门坎村', '东风镇']);
  });

  it('takes a clause of nothing but a venue (在某县，…) for the subject of the sentence it opens, and a venue inside a clause for none', () => {
    const text = '固原市推进社区治理\n固原市推行“街乡吹哨”机制。在泾源县，12名领导干部包联社区，投入资金80万元。隆德县投入资金300万元。全市在泾源县召开现场会，投入资金50万元。';
    expect(unitsAt(text, ['80万元', '300万元', '50万元'])).toEqual(['泾源县', '隆德县', '固原市']);
  });

  it('gives figures written in Chinese numerals to their clause subjects too', () => {
    const text = '东风镇发展党员工作\n今年，石门坎村新发展党员三名，王家坪村发展党员两名。';
    expect(unitsAt(text, ['三名', '两名'])).toEqual(['石门坎村', '王家坪村']);
  });

  it('takes a unit after 其中 or 例如 for its own clause', () => {
    const text = '吴兴区志愿服务综述\n记者从月河街道了解到，吴兴区共组建志愿服务队伍120支，其中月河街道王家坪社区组建了“红马甲”等7支志愿服务队。';
    expect(unitsAt(text, ['120支', '7支'])).toEqual(['吴兴区', '王家坪社区']);
  });

  it('never takes a unit that a verb governs, nor the list of recipients after it', () => {
    const text = '东风镇第一书记服务队助力增收\n服务队先后投入王家坪村蔬菜大棚项目25万元，石门坎村光伏项目40万元。';
    expect(unitsAt(text, ['25万', '40万'])).toEqual(['东风镇', '东风镇']);
  });

  it('takes a unit above the section where it opens a clause after a time phrase', () => {
    const text = '东风镇纪委加强监督\n东风镇纪委今年立案3件。\n截至6月底，吴兴区各乡镇纪委共发现问题线索52件。';
    expect(unitsAt(text, ['3件', '52件'])).toEqual(['东风镇', '吴兴区']);
  });

  it('counts an autonomous county\'s bare place name (琼中 of 琼中黎族苗族自治县) for it, and a village named for a testing point as no unit', () => {
    expect(stemOf('琼中黎族苗族自治县')).toBe('琼中');
    expect(stemOf('小碧布依族苗族乡')).toBe('小碧');
    expect(stemOf('湾岭镇')).toBe('湾岭');
    const text = '志愿者助力核酸检测\n8月7日，在琼中黎族苗族自治县湾岭镇大平村委会村核酸采样点，志愿者们正在引导群众。琼中组建起1500余人的志愿者预备队。琼中各志愿服务大队积极参与。琼中还将扩大招募。';
    expect(mainUnit(text)).toBe('琼中黎族苗族自治县');
  });

  it('takes a headline opening with a bare stem and a count (重庆36万志愿者…) for that place, not a zone named with its stem', () => {
    const text = '重庆36万志愿者投身抗疫\n记者从市文明办获悉，全市共计36万志愿者投身抗疫。北碚区集结1000余名志愿者。\n重庆高新区招募机关志愿者4500余人。';
    expect(mainUnit(text)).toBe('重庆市');
    // A date after the stem is no count: 新疆1-10月… names no 新疆 of a lower level.
    expect(mainUnit('新疆1-10月查处问题319件\n新疆维吾尔自治区纪委把扶贫领域问题作为重点，全区查处问题319件。')).toBe('新疆维吾尔自治区');
    // So is the report's year right after the stem (洛阳2019年…), over a sub-district named once in the body.
    const yearly = '洛阳2019年党员志愿服务月启动\n5月4日，洛阳2019年党员志愿服务月启动。市直机关的60余名党员志愿者来到西工区金谷园街道清理小广告。';
    expect(mainUnit(yearly)).toBe('洛阳市');
  });

  it('takes a district\'s organisation department run into the name of a sub-district (某区委组织部某街道…) for the author, not the unit', () => {
    const text = '2019年12月11日 东城区委组织部龙潭街道创新实施“三键法”。2019年至今，街道接诉即办案件响应率100%，在全区13个街道排名第一。\n按下“红色键”，街道党工委多次召开专题工作会。';
    expect(layOut(normalize(text).text, segmenter).sections.find((s) => s.source === 'main')?.unit).toBe('龙潭街道');
    // (全区 as the scope of the ranking, up to its 第一, is no voice of the district.)
  });

  it('takes the last of stems sharing its level word (甲、乙、丙社区) for no unit, and a county counted by its people (守护60万某某人民) for one', () => {
    const text = '党员冲在防疫一线\n疫情发生以来，全县依托城区东门、南湖、北关、安乐社区成立4个临时党委，组建志愿服务队31支。县委号召党员守护60万德清人民的平安，县领导下沉一线。';
    expect(mainUnit(text)).toBe('德清县');
    // Without the county's people the list still names no unit.
    expect(mainUnit(text.replace('守护60万德清人民的平安', '守护群众平安'))).toBeNull();
  });

  it('reads a named unit\'s bare stem opening a clause as that unit', () => {
    const text = '王家坪社区开展志愿服务\n记者来到吴兴区王家坪社区。和他们一样，吴兴有2600多名机关党员常年参加志愿服务。王家坪社区党总支组织志愿者45名。';
    expect(unitsAt(text, ['2600', '45名'])).toEqual(['吴兴区', '王家坪社区']);
    // Before a deed the unit did, too (某某投入…, 某某争取…).
    const deed = '王家坪社区党群中心启用\n王家坪社区党总支争取多方支持。\n近年来，吴兴区重视社区阵地建设。今年，吴兴投入区级扶持资金58万元，争取市级共建基金90万元。';
    expect(unitsAt(deed, ['58万', '90万'])).toEqual(['吴兴区', '吴兴区']);
  });

  it('reads 我市 as the city the article names, and 全村 as the village it refers to', () => {
    const city = '王家坪社区获评四星党组织\n湖州市委组织部为王家坪社区授牌。目前，我市四星级社区党组织76个。';
    expect(unitsAt(city, ['76个'])).toEqual(['湖州市']);
    const town = '东风镇发展集体经济\n镇党委在交通便利的石门坎村建成农贸市场，全村集体经济收入超过150万元。';
    expect(unitsAt(town, ['150万'])).toEqual(['石门坎村']);
    const village = '王家坪村概况\n王家坪村东邻石门坎村，西接东风镇。全村现有党员52名。';
    expect(unitsAt(village, ['52名'])).toEqual(['王家坪村']);
  });

  it('gives 全省 no unit for its own clauses only, where the file names no province', () => {
    const text = '湖州市表彰星级党组织\n今年，全省共评出五星党组织120个，其中我市24个。按照全省统一部署，湖州市新建党群服务中心15个。';
    expect(unitsAt(text, ['120个', '24个', '15个'])).toEqual([null, '湖州市', '湖州市']);
  });

  it('does not take a verb that a gazetteer also lists as a place for a unit', () => {
    const text = '东风镇党建工作总结\n今年，镇党委新建社区党群服务中心3个。';
    expect(unitsAt(text, ['3个'])).toEqual(['东风镇']);
  });
});

describe("a page's breadcrumbs", () => {
  it('counts no name in a breadcrumb line (您现在的位置：首页 > 某区 > …) for the unit', () => {
    const text =
      '东方新闻网\n您现在的位置：首页 > 浦东新区 > 浦东新区要闻 > 图文\n宣传工作推进会召开\n11月5日，东明路街道召开浦东新区融媒体中心东明分中心建设推进会。今年以来，浦东新区融媒体中心东明分中心累计推送微信600余条。';
    expect(mainUnit(text)).toBe('东明路街道');
  });
});

describe('a lead that opens with a time clause', () => {
  it('gives no lead weight to the place whose clause tells what came before (某县指挥部发布通告以后，某街道…)', () => {
    const text = '【现场图片】\n\n平山县防汛指挥部7月3日发布紧急通知以后，北关街道迅速组织党员巡堤。北关街道先后组织党员志愿者86人，转移群众120户。';
    expect(mainUnit(text)).toBe('北关街道');
  });
});

describe('a pronoun going on with a subject', () => {
  it('gives a sentence that opens with 他们 the subject of the sentence before', () => {
    const text = '东风街道网格工作简报\n近日，东风街道桃源社区的网格员组成宣传小分队。他们走访居民320户，化解邻里纠纷6件。\n东风街道今年新建党支部4个。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['桃源社区', 320], ['桃源社区', 6], ['东风街道', 4]]);
  });
});

describe('a time phrase of the whole level', () => {
  it('reads 全盟抗击疫情期间 as the time of the clause, not a league that reports its figures', () => {
    const text = '东风镇党委新时代文明实践工作综述\n东风镇党委开展理论宣讲36场。全盟抗击疫情期间组织党员志愿者50余名。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['东风镇', 36], ['东风镇', 50]]);
  });
});

describe('a list of awards', () => {
  it('weighs every place that opens an award of a list after 荣获 as a venue, not only the first', () => {
    const text = '东风镇红旗村有党员48名，村党支部今年新发展党员2名。先后荣获湖南省先进基层党组织、湖南省文明村、湖南省卫生村等称号。\n今年共开展志愿服务活动36场。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['红旗村', 48], ['红旗村', 2], ['红旗村', 36]]);
  });
});

describe('the units of clauses in more forms', () => {
  it.each([
    [
      "gives the sentences after a town's own that name no unit, in a village's story, to the town",
      '屋场会开到家门口\n5月19日晚，南山县石门乡东岭村村民在院子里参加屋场会。东岭村党支部书记向大家宣讲政策。\n' +
        '石门乡积极探索基层治理新办法，今年举办屋场会156场。同时，各村建立问题台账。今年以来，共收集民情民意81条。',
      ['156场', '81条'],
      ['石门乡', '石门乡'],
    ],
    [
      "gives a town's paragraph in a village's story to the town where a stretch of time up to now opens it (近年来，某乡…)",
      '屋场会开到家门口\n5月19日晚，南山县石门乡东岭村村民在院子里参加屋场会。东岭村党支部书记向大家宣讲政策。\n' +
        '近年来，石门乡积极探索基层治理新办法。去年以来，投入治理资金35万元。',
      ['35万元'],
      ['石门乡'],
    ],
    [
      'opens a section at each stop a visit names (第一站：某村。)',
      '南山县老促会走访老区村\n南山县老促会一行到石门乡走访两个老区村。\n第一站：东岭村。\n村支书介绍，今年村财收入近20万元。\n第二站：西岭村。\n西岭村现有党员38人。',
      ['20万元', '38人'],
      ['东岭村', '西岭村'],
    ],
    [
      "keeps 20个村民小组 (groups inside a village) from opening a clause of unnamed villages, which would be the section's",
      '南山县老促会走访老区村\n南山县老促会一行到石门乡走访。在东岭村，村支书介绍：东岭村位于石门乡东部，全村有13个自然村，20个村民小组，党员38人。',
      ['38人'],
      ['东岭村'],
    ],
    [
      'gives a clause opened by a name given as the example of a group (某镇某村等6个重点村) to the section, not to that village',
      '南山县推进村级巡察\n今年以来，南山县分别对东岭镇新桥村等8个重点村，石门乡东岭村等5个重点村开展巡察，共发现问题线索19件。',
      ['19件'],
      ['南山县'],
    ],
    [
      'gives 全区 the district the article names, never the community (社区 ends in 区 but speaks as 全社区)',
      '月河社区党委开展志愿服务\n今年以来，吴兴区月河街道月河社区党委组织党员志愿者120名开展服务。\n在月河社区，楼宇党建也有了新进展，全区已建成楼宇综合党委36个。',
      ['120名', '36个'],
      ['月河社区', '吴兴区'],
    ],
  ])('%s', (_, text, figures, units) => {
    expect(unitsAt(text, figures)).toEqual(units);
  });

  it("reads 全省 in 作为全省面积最大的县级市 or 居全省前列 as no voice of the article, which stays the named city's", () => {
    const text =
      '今天上午，在桦甸市八道河子镇东岭村进行了党组织换届选举，这也拉开了我省村级换届的序幕。\n' +
      '桦甸市作为全省面积最大的县级市之一，坚持早谋划、早部署。桦甸市通过微信公众平台发布换届信息120条。';
    expect(mainUnit(text)).toBe('桦甸市');
  });
});

describe('a county named only by its stem in apposition to its level word', () => {
  it('takes 曾经的贫困县兴山 for 兴山县 where the article speaks as 全县 and a village it names lies in it', () => {
    const text =
      '从摆脱贫困到乡村振兴，曾经的省级贫困县兴山走出了新路。\n截至去年底，全县90个行政村集体经营收益全部超过8万元，全县村均收益12万元。\n' +
      '高岚村村委会的柜子里，存着一本账。高岚村的茶园连成了片。村民说，高岚村的路也修好了。';
    expect(mainUnit(text)).toBe('兴山县');
    // Not 全县 itself, nor a stem whose county holds none of the article's names.
    expect(mainUnit(text.replace('贫困县兴山', '贫困县秭归'))).not.toBe('秭归县');
  });
});

describe('a lone name of a common word', () => {
  it('takes no unit from a name the list lacks, of a common word, written once (部署街道…)', () => {
    expect(mainUnit('宣传思想工作总结\n今年以来，结合年度计划，部署街道宣传工作任务，开展理论宣讲24场。')).toBe(null);
    // Written again, or before its party body, it is the unit.
    expect(mainUnit('宣传思想工作总结\n今年以来，文儒坊社区党委开展理论宣讲24场。')).toBe('文儒坊社区');
  });
});

describe('the writer moved from one unit to another', () => {
  it('takes the unit a writer was transferred to (从某乡调至某镇工作) for theirs, not the one they left', () => {
    const text = '2021年抓基层党建工作述职报告\n今年3月我从罗坝乡调至东溪镇工作。罗坝乡村级活动场所已全部达标；到东溪镇后，我主持召开党建工作会议8次，新发展党员6名。';
    expect(mainUnit(text)).toBe('东溪镇');
  });
});

describe("Shanghai's residents' committees, written 某某居民区", () => {
  it('finds a 居民区 the list holds as 某某社区, long names too, and codes it as that community', () => {
    const names = (text: string) => placeNamesIn(text, segmenter).map((n) => n.name);
    expect(names('闵行区君莲新城第六居民区党总支组织志愿者42名，枫林新村居民区也组织志愿者18名。')).toEqual(['闵行区', '君莲新城第六居民区', '枫林新村居民区']);
    // The word alone, or a 居民区 the list has no community for, is no name.
    expect(names('在职党员到居民区报到，老旧居民区改造。')).toEqual([]);
    const record = extractText('枫林新村居民区开展志愿服务\n枫林新村居民区党总支今年组织志愿者56名。').records[0]!;
    expect([record.unit, record.unit_code, record.unit_level]).toEqual(['枫林新村居民区', '310104008022', 'village']);
  });

  it('names the community as the text does elsewhere, where it writes it 某某社区 too', () => {
    const text = '枫林新村社区的志愿者\n枫林新村社区党总支今年组织志愿者56名。居民们说，枫林新村居民区的志愿者随叫随到。';
    expect(extractText(text).units.map((u) => u.unit)).toEqual(['枫林新村社区']);
  });
});

describe('an article that opens on a scene in a village', () => {
  it("gives the scene's village no lead's weight: the county its first secretaries serve is the article's unit", () => {
    const text = [
      '本报讯 清晨，在河北保定清苑街道东闾村，村民李某来到村里的加工车间上班。在东闾村，60多位村民实现家门口就业。',
      '这得益于派驻到东闾村的第一书记。',
      '近年来，河北选派第一书记驻村帮扶。自2021年以来，96名河北保定清苑县第一书记扎根乡村，改扩建村级活动场所40处。',
      '清苑县冉庄镇西庄村曾是软弱涣散村，第一书记驻村后班子由弱变强。',
      '据统计，清苑县第一书记累计发展党员96名。',
    ].join('\n');
    expect(mainUnit(text)).toBe('清苑县');
  });
});

describe('a work team stationed in a village', () => {
  it('works for the village it is named for (派驻某镇某村工作组), not for the province whose programme sent it', () => {
    const text =
      '区卫健局：驻村工作组开展节前慰问\n春节前夕，河北省农村基层建设工作队派驻柳河镇西柳村工作组，协调爱心企业捐赠物资3万元，集中走访西柳村困难群众。\n（西柳村工作组 张某）';
    expect(mainUnit(text)).toBe('西柳村');
    // A team named for no village leaves the province as it was.
    expect(mainUnit(text.replaceAll('西柳村工作组', '驻村工作组'))).not.toBe('西柳村');
  });
});

describe('a village the list lacks, after its township', () => {
  const names = (text: string) => placeNamesIn(text, segmenter).map((n) => n.name);

  it('takes the two or three characters after a township for a village or community the list lacks (某镇西册村), however jieba cuts them', () => {
    expect(names('吉林某市一座营镇北册村，全村党员36名')).toContain('北册村');
    expect(names('一座营镇上黄塅社区党支部')).toContain('上黄塅社区');
  });

  it('takes no word of the sentence after a township for a village (某镇下辖村, 某镇各村)', () => {
    expect(names('一座营镇下辖村均已完成换届')).toEqual(['一座营镇']);
    expect(names('一座营镇党员村')).toEqual(['一座营镇']);
  });
});

describe('a phrase of manner before a unit word', () => {
  it('takes no name from a phrase of manner jieba tags a noun (充分发挥社区…作用)', () => {
    const names = (text: string) => placeNamesIn(text, segmenter).map((n) => n.name);
    expect(names('一座营镇河湾社区充分发挥社区党委作用')).toEqual(['一座营镇', '河湾社区']);
  });
});

describe('places named as what the work is aimed at', () => {
  it('takes no name from a count before a unit word (三个整村脱贫)', () => {
    expect(placeNamesIn('帮助三个整村脱贫的村建好阵地', segmenter).map((n) => n.name)).toEqual([]);
  });

  it('does not take the village a measure is aimed at (针对软弱涣散的某村) for the unit of a report that names no other', () => {
    expect(mainUnit('抓基层党建工作述职报告\n一是抓整改。针对软弱涣散的石门村，选派1名干部挂任副书记。二是新发展党员12名。')).toBe(null);
  });
});

describe('a place named only where the work went, or only as a news outlet', () => {
  it("weighs a village at the end of a visit's path (赴某旗某乡某村开展…) as the visit's destination, whatever the list knows of the path", () => {
    const text = '园区党工委抓实非公党建\n今年以来，园区党工委指导企业新建党支部3个。某公司党支部赴科左中旗敖包乡红星村开展主题党日活动。';
    expect(mainUnit(text)).toBeNull();
    // A scene set at the unit itself (在某市某区某社区，…) still names it.
    expect(mainUnit('社区里的核酸检测\n8月2日，在襄阳市樊城区米公街道汉江社区，居民有序排队检测。汉江社区组织志愿者40人。')).toBe('汉江社区');
  });

  it("gives a stem that names a news outlet (某某日报, 某某在线) no weight as the unit's bare stem", () => {
    const text = '首页 红星在线 党建\n开发区党工委抓实非公党建\n2019-03-06 红星日报\n今年以来，开发区党工委指导企业新建党支部3个。企业党员在红星村开展主题党日活动。';
    expect(mainUnit(text)).toBeNull();
  });
});

describe('a lead that opens with a path down to a township', () => {
  it('gives the lead to the township the path runs down to (今年以来，某旗某镇聚焦…), not to a group of levels (各苏木镇)', () => {
    const text = '今年以来，阿拉善右旗雅布赖镇聚焦党建引领乡村振兴，为民办实事26件。\n通过观摩学习，到周边旗区、苏木镇开展交流。\n投资60万元建设巴音嘎查活动室。';
    expect(mainUnit(text)).toBe('雅布赖镇');
  });
});

describe('a paragraph opened by the place it is set in', () => {
  it('takes 在某社区，… opening a paragraph of a round-up as the unit of its figures, though its next sentence names no subject', () => {
    const text =
      '在职党员进社区 服务群众到家门\n2023年11月2日 来源：城关日报\n今年以来，平阳县各乡镇组织在职党员到社区报到。\n' +
      '在城关镇东门社区，在职党员认领公益岗位。截至目前，在职党员共参加志愿活动9次。\n' +
      '在水头镇，在职党员建立服务档案。今年以来，在职党员进入南岙社区开展义诊，累计开展志愿服务活动16次。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['东门社区', 9], ['水头镇', 16]]);
  });

  it('takes 在该镇某村，… for the village, its parent told by the level the text speaks of', () => {
    const text = '石门镇开展志愿服务\n近日，石门镇各村开展志愿服务活动。\n在该镇柳溪村，志愿者们到茶园帮助村民采茶，30余名志愿者忙个不停。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['柳溪村', 30]]);
  });

  it('takes 在某区某村，… as the scene of its sentence after a parent\'s bare stem, and after a quotation the sentence before closed', () => {
    const text =
      '多地村民喜领分红\n东岭村集体经济收入达到120万元。东岭村党委书记说：“今年分红比去年多。”在洛阳伊川县鸣皋镇石桥村，126户村民共分红38万元。\n' +
      '在德阳中江县仓山镇，全镇新建党支部5个。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['东岭村', 1200000], ['石桥村', 380000], ['仓山镇', 5]]);
    // The scene of a paragraph's opening sentence leads the paragraph.
    const county = '中江县抓党建促振兴\n中江县新建党群服务中心12个。\n在德阳中江县仓山镇，镇党委扎实推进工作。今年新建党支部5个。';
    expect(extractText(county).records.map((r) => [r.unit, r.value])).toEqual([['中江县', 12], ['仓山镇', 5]]);
  });

  it("takes a village the paragraph's place leads for the body 村党支部 of its clauses, not the article's own village", () => {
    const text =
      '合江县发展村集体经济\n去年，高陵村村集体经济收入突破50万元。\n' +
      '在法王寺镇天池村，村党支部领办竹木专业合作社，去年村集体经济收入达118万元。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['高陵村', 500000], ['天池村', 1180000]]);
  });

  it('takes the village that opens a paragraph after a clause of purpose naming places of its own (针对甲村、乙村…，乙村“两委”…)', () => {
    const text =
      '西沟镇：流动宣讲进牧区\n西沟镇党委组织宣讲50余次。\n' +
      '针对上庄村、下庄村牧户居住分散的特点，下庄村“两委”组建流动宣讲队，深入牧场宣讲政策。截至目前，开展志愿服务活动30余次。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['西沟镇', 50], ['下庄村', 30]]);
  });

  it('takes the place after a news lead and a time word (本报讯 (通讯员 某某) 近日，在某乡某村，…) as the unit of its paragraph', () => {
    const text =
      '官庄乡为群众圆“微心愿”\n本报讯 (通讯员 王小明) 近日，在阳谷县官庄乡西李楼村，一场认领活动正在进行。村“两委”成员入户走访，共收集“微心愿”40余件。\n' +
      '官庄乡聚焦群众急难愁盼，全乡今年已解决问题150件。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['西李楼村', 40], ['官庄乡', 150]]);
  });
});

describe("an upper unit's department helping a village", () => {
  it('weighs a department other than the organisation department (某市委宣传部, 某县审计局) as a helper, not the unit at work', () => {
    const text =
      '驻青山县松林村工作队办实事\n9月3日，青山县松林村广场上热闹非凡，江州市委宣传部等单位组织的文艺演出正在进行。\n' +
      '今年以来，工作队在派出单位江州市委宣传部、青山县审计局支持下，争取资金86万元。\n9月3日，江州市委宣传部组织义诊。';
    expect(mainUnit(text)).toBe('松林村');
  });

  it('reads a scenic area named for its county (某县某某4A级景区) opening a sentence as no subject: the village it lies in goes on', () => {
    const text = '近年来，青山县石门镇松林村以党建为引领发展乡村旅游。青山县白云洞4A级旅游景区坐落在松林村，村集体投资80万元建设停车场。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['松林村', 800000]]);
  });
});

describe('a headline opening with a bare stem and no mark after it', () => {
  it("adds the level the body speaks from to the stem (鄞州党员…, 全区 twice), where nothing else names a unit", () => {
    expect(mainUnit('平湖党组织建设再上台阶\n记者从市委组织部获悉，全市共有党员2.1万名。全市新建党组织36个。')).toBe('平湖市');
    // Not where the body speaks as that level once only, nor with a stem jieba reads as a word of its own.
    expect(mainUnit('平湖党组织建设再上台阶\n记者从市委组织部获悉，全市共有党员2.1万名。')).toBeNull();
    expect(mainUnit('洞头党组织建设再上台阶\n记者从区委组织部获悉，全区共有党员2.1万名。全区新建党组织36个。')).toBeNull();
    expect(mainUnit('东方红色教育基地揭牌\n全市新建党组织36个，全市党员2.1万名。')).toBeNull();
  });

  it('takes the stem that opens the headline where the body opens a clause with it again, though it speaks from no level', () => {
    expect(mainUnit('平湖探索“邻里”党建模式\n秋日的小区格外整洁。作为全国基层党建示范市，平湖积极探索“邻里”党建，共收集群众诉求670余件。')).toBe('平湖市');
    // Not where the body writes it only inside a longer word, nor after a verb.
    expect(mainUnit('平湖探索“邻里”党建模式\n秋日的小区格外整洁。作为示范市，来到平湖的人都说好，共收集群众诉求670余件。')).toBeNull();
  });

  it('looks for the stem at the opening of each part of a headline set apart by spaces (严把入口 提升质量 2019年平湖发展党员…)', () => {
    expect(mainUnit('严把入口 提升质量 2019年平湖发展党员1260名\n记者从市委组织部获悉，2019年全市发展党员1260名。全市现有党员2.1万名。')).toBe('平湖市');
    expect(mainUnit('严把入口 提升质量 2019年发展党员1260名\n记者从市委组织部获悉，2019年全市发展党员1260名。全市现有党员2.1万名。')).toBeNull();
  });
});

describe('the source of a news item', () => {
  it('does not take the department a reporter learnt the news from (记者从某市委宣传部获悉) for the unit at work', () => {
    const text = '合作社分红了\n5月8日，记者从青川市委宣传部获悉，青川市柳河镇石台村党支部领办的合作社去年盈利80万元，村集体分红9万元。石台村党支部书记说……';
    expect(mainUnit(text)).toBe('石台村');
  });

  it('takes the unit whose party body a lead has at work, under the headline\'s unit as its parent (某街道：… / 某街道某社区党委…)', () => {
    const text = '月河街道：党建引领网格治理\n发布时间：2023-05-06 10:21 来源：本站\n今年以来，月河街道王家坪社区党委全面推行网格治理，组建网格党支部4个。';
    // The headline's own line is a news item of its unit; the file's unit takes over after the dateline.
    const fileUnit = (t: string) => layOut(normalize(t).text, segmenter).sections.find((s) => s.source === 'main')?.unit;
    expect(fileUnit(text)).toBe('王家坪社区');
    expect(extractText(text).records.map((r) => r.unit)).toEqual(['王家坪社区']);
    // Not where the lead's unit acts with no party body: the headline's unit stands.
    expect(fileUnit(text.replace('王家坪社区党委全面推行', '王家坪社区全面推行'))).toBe('月河街道');
    // A headline's bare stem (青田：…) is its unit too, anywhere along the lead's path, and the inner unit may open the deed itself (以…).
    const county = '青田：联建片区抱团发展\n2025年07月10日 17:54\n近年来，浙江省青田县温溪镇以党建联建破解发展难题。温溪镇引导各村成立强村公司4个。针对土地零散，温溪镇推行“三合”模式。';
    expect(fileUnit(county)).toBe('温溪镇');
    // Also where the lead opens with sentences that name no place before the path.
    const asked = county.replace('近年来，浙江省', '产业如何抱团？村庄如何共富？浙江省');
    expect(fileUnit(asked)).toBe('温溪镇');
    // So is a county's stem after its province's (浙江安吉：…), and the lead may follow a station's news lead (某某电视台讯).
    const province = '浙江安吉：党建引领 绘就共富新图景\n\n某某电视台讯 今年以来，浙江省湖州市安吉县天子湖镇坚持以党建为引领，新建党群服务站点12个。\n\n组织引领，开展志愿服务活动180余场。';
    expect(fileUnit(province)).toBe('天子湖镇');
  });

  it('reads a headline that runs on into its dateline and source, and a stem opening its second part as its doer (…！石横以…)', () => {
    const page =
      '首页>新闻>\n认领实事800余件!石横以“先锋实事”凝聚民心 2022-03-01 10:20:00  来源:肥城市人民政府\n' +
      '近日，在石横镇东付村举行的主题党日活动现场，党员纷纷认领实事。东付村党总支书记表示要带头干。\n这两天，认领活动也在石横镇各党支部举行。';
    const fileUnit = layOut(normalize(page).text, segmenter).sections.find((s) => s.source === 'main')?.unit;
    expect(fileUnit).toBe('石横镇');
  });

  it('takes the district a news site is named for where the article speaks as 我区 and names only communities and towns of it', () => {
    const page =
      '网站首页\n\n吴兴新闻网\n\n文明交通我先行\n\n    2019年04月02日 09:10  吴兴新闻网\n\n' +
      '吴兴新闻网讯 当日起，我区开展文明交通志愿服务，全区200余名机关干部走上路口。我区各街道也行动起来。\n' +
      '东园社区组织党员志愿者30名清理小广告。在东园社区，志愿者们还走访了辖区商户。东园社区的负责人说，今年社区党员人人参与。';
    expect(mainUnit(page)).toBe("吴兴区");
  });

  it.each([
    ['gives the lead\'s bonus to the end of the path that opens the lead (近年来，某市某街道某社区…)', '摘要\n近年来，湖州市月河街道王家坪社区积极推进“邻里议事”，先后荣获湖州市先进基层党组织称号。通过议事会解决居民诉求120件，办结率达98%。', '王家坪社区'],
    ['takes a city written short (苏州某经开区) as marking the start of the name after it', '开展核酸演练、开设暑托班、创建残疾人之家……\n自活动开展以来，苏州吴淞经开区各社区完成800余名在职党员的报到工作，开设惠民服务项目90个。\n“下沉党员帮了大忙。”月湖人家社区书记说。', '吴淞经开区'],
    ["does not weigh a stem in a column's bracketed label (【振兴路上看青川】) as the headline's unit", '【振兴路上看青川】柳河石台：合作社里分红忙\n青川日报青川5月8日电 记者走进青川市柳河镇石台村，满眼都是果树。石台村按照青川市委部署，发展特色产业，村集体去年分红9万元。', '石台村'],
  ])('%s', (_, text, unit) => {
    expect(mainUnit(text)).toBe(unit);
  });
});

describe('years', () => {
  const yearOf = (text: string) => layOut(normalize(text).text, segmenter).year;

  it('reads the day a news item opens its account with (2022年3月8日，…) where nothing else gives a year, but no dateline on a line of its own', () => {
    expect(yearOf('东风村开设接种点\n2022年3月8日，东风村党支部在村委会开设临时接种点。当天共接种疫苗170人。')).toBe(2022);
    expect(yearOf('东风社区志愿服务\n2024年05月14日 星期二\n社区组织志愿服务活动50余次。')).toBeNull();
    // …also a span of days (2019年10月8日——12日，…).
    expect(yearOf('支部书记培训班开班\n2019年10月8日——12日，全市第三期支部书记培训班在市委党校举办，120名支部书记参加。')).toBe(2019);
    // …also after a scene's quoted words closed by an ellipsis (“…！”……2021年6月5日，…).
    expect(yearOf('东风社区志愿服务纪实\n“阿姨，这边排队量血压！”……2021年6月5日，东风社区广场上人来人往。社区志愿者48名参加活动。')).toBe(2021);
    // The day a national leader's visit is recalled on is background, not the item's day.
    expect(yearOf('东风社区的红色引擎\n2013年7月22日，总书记来到东风社区考察。如今，社区党员志愿服务队开展活动300余次。')).toBeNull();
  });

  it("takes the year a meeting's report or speech reviews under its heading (一、2021年工作回顾), not the meeting's", () => {
    expect(yearOf('2022年东湖街道党工委工作报告\n一、2021年工作回顾\n这一年，街道新发展党员36名。\n二、2022年工作安排')).toBe(2021);
    expect(yearOf('在全县2024年组织工作会议上的讲话\n同志们：一、2023年全县组织工作开展情况 一年来，全县举办培训班45期。')).toBe(2023);
    // A summary of its own year, or a review of another year than the one before, keeps the title's.
    expect(yearOf('2022年东湖街道党建工作总结\n一、2021年工作回顾\n这一年，街道新发展党员36名。')).toBe(2022);
    expect(yearOf('2022年东湖街道党工委工作报告\n一、2019年以来工作回顾\n街道新发展党员36名。')).toBe(2022);
  });

  it('reads the year of an event edition the body names without 年 (参与2023首届…文化节), not one after the dateline', () => {
    expect(yearOf('机关党员进社区\n机关党员参与2022首届邻里节志愿服务60余次。')).toBe(2022);
    expect(yearOf('机关党员进社区\n发布时间：2021-05-06\n机关党员参与2022第三届邻里节筹备。')).toBeNull();
    // …or the event's name runs on after the year (“爱家园”2019东风社区志愿服务周), but never a count (2019名党员参加活动).
    expect(yearOf('志愿者情暖东风\n去年12月，“爱家园”2019东风社区志愿服务周在全区开展，8000余名志愿者参与。')).toBe(2019);
    expect(yearOf('志愿者情暖东风\n全区2019名党员参加志愿服务周活动。')).toBeNull();
    // A city's stem before 社区 that the list lacks is the city's communities at large, no community.
    expect(placeNamesIn('成都社区志愿服务周在4300多个社区开展', segmenter).map((n) => n.name)).toEqual([]);
  });

  it('reads a year that opens a clause inside a sentence (…建设，2020年，全县…) when the clause reports figures; not a figureless one, which narrates', () => {
    expect(yearOf('南山县抓实基层组织\n南山县持续加强支部建设，2020年，全县新建党群服务中心15个，培训党员900人次。')).toBe(2020);
    expect(yearOf('渡口村的变迁\n发布时间：2024-03-02\n渡口村早年只是渡口，2013年，一家物流公司落户于此。今年以来，村里新发展党员2名。')).toBe(2024);
  });

  it('reads a year that opens what a long-named meeting disclosed (3月2日召开的某市组织部长会议透露，2015年…)', () => {
    expect(yearOf('西岭组织工作\n西岭新闻网讯 3月2日召开的西岭市组织部长会议透露，2015年西岭扎实推进基层建设，基础进一步夯实。\n去年全市新建活动场所85个。')).toBe(2015);
  });

  it('reads the year of the work a sentence opens by saying it is done for (为切实做好2019年春节慰问工作，…)', () => {
    expect(yearOf('南山县送温暖\n为切实做好2019年春节慰问工作，县里组织干部走访困难户320户。')).toBe(2019);
    // Done for later in a sentence, it looks ahead: no year of the results.
    expect(yearOf('南山县送温暖\n县里组织干部走访困难户320户，为做好2019年工作打下基础。')).toBeNull();
  });

  it('reads the day a news item opens its account with where no comma follows the date (2020年3月5日县党员教育中心建成…)', () => {
    expect(yearOf('南山县阵地建设\n2020年3月5日县党员教育中心建成投用，6月底，全县12个乡镇中心全部建成。')).toBe(2020);
  });

  it('takes no year before the reform era for the results, whatever opens its sentence (1977年冬，…)', () => {
    expect(yearOf('北村的集体经济\n北村经济富裕。1977年冬，村委会5名成员贷款9000元买了拖拉机。如今村集体年收入80多万元。')).toBeNull();
  });

  it("reads the year of a work plan the body names (《某街纪工委2020年…工作计划》), as a meeting's or an award round's", () => {
    expect(yearOf('做好群众来访接待\n西湖街纪工委制定《西湖街纪工委2020年群众来访接待工作计划》，每周到社区接访。今年以来，共办理信访件9件。')).toBe(2020);
  });

  it('reads the year of an award the article reports (荣获2021年全省…称号), not of a past one (曾荣获…)', () => {
    const text = '东岭村党建结硕果\n近日，南山县东岭村党支部荣获2021年全省先进基层党组织称号。村党支部共有党员46名。';
    expect(yearOf(text)).toBe(2021);
    expect(yearOf(text.replace('近日，南山县东岭村党支部荣获', '南山县东岭村党支部曾荣获'))).toBeNull();
  });

  it('takes no headline year a figure is compared with (…比1985年增长一倍)', () => {
    expect(yearOf('南山县基层党组织达1200个，比1985年增长一倍\n记者获悉，截至2019年底，南山县共有基层党组织1200个。')).toBe(2019);
    expect(yearOf('南山县1985年基层党组织达600个\n当年全县新建党支部20个。')).toBe(1985);
  });

  it('takes no year of the state before, set against the count up to now (1998年，某支部成立，当时党员12名，至今…)', () => {
    const text = '渔业党建结硕果\n发布时间：2019-05-20\n1998年，东港镇渔业党支部成立，当时党员仅12名，至今共有党员60名。今年3月，镇党委新建渔船党小组5个。';
    expect(yearOf(text)).toBe(2019);
  });

  it('reads the year of a designation round the work answers (为2019年新确定的后进村选派…)', () => {
    expect(yearOf('南山县整顿后进村\n6月上旬，南山县为12个2019年新确定的后进村各选派1名第一书记，共选派干部12名。')).toBe(2019);
    expect(yearOf('南山县整顿后进村\n6月上旬，南山县为12个后进村各选派1名第一书记，共选派干部12名。')).toBeNull();
  });

  it('reads the year after a numbered heading run into its paragraph, where a page lost its line breaks (…材料 一、总体情况 2023年，…)', () => {
    expect(yearOf('村级党组织建设汇报材料 一、基本情况 2023 年，全镇抓实支部建设，新发展党员24名。')).toBe(2023);
    // A plan's heading run in the same way names the plan's year, not the results'.
    expect(yearOf('村级党组织建设汇报材料 三、下步打算 2024年，全镇将新发展党员30名。')).toBe(null);
  });

  it('takes no headline year from a signature\'s month (某镇人民政府  2024年3月)', () => {
    expect(yearOf('东风镇党建工作情况汇报\n某市某区东风镇人民政府  2024年3月\n\n2023年，东风镇党委新发展党员12名。')).toBe(2023);
  });

  it('reads a newspaper\'s dateline before its page (某某日报 2017年12月05日 第09版)', () => {
    expect(yearOf('东风县：红色沃土党旗红\n东海日报 2017年12月05日 第09版\n本报记者 王平\n今年以来，东风县新发展党员420名。')).toBe(2017);
  });

  it('reads a newspaper\'s dateline with its time before the reporter (某某日报　2023年09月14日 08:30　　记者 某某)', () => {
    expect(yearOf('东风村的新路\n凉城日报　2023年09月14日 08:30　　记者 王平\n2020年5月，村里84户搬进新居。今年以来，村党支部新发展党员2名。')).toBe(2023);
  });

  it('takes the year of a headline that a comma parts, that opens with an emoji, or that sets a bare year apart', () => {
    expect(yearOf('✨东湖社区2023年志愿服务回顾，温暖满满！\n\n社区党委新发展党员3名。')).toBe(2023);
    expect(yearOf('回眸2023丨东风镇：新发展党员3名\n\n镇党委新发展党员3名。')).toBe(2023);
    expect(yearOf('东风镇党建工作\n\n镇党委投入资金2023，新发展党员3名。')).toBe(null);
  });

  it("reads a yearbook entry's year after its bracketed heading (【组织工作概况】 2023年，…)", () => {
    expect(yearOf('组织工作\n\n【组织工作概况】 2022年，东山市有基层党组织860个。全年新发展党员1120名。')).toBe(2022);
  });

  it('takes no results year from a first since a year (自2016年以来首次…), nor from one since which nothing was done (2006年以来，就再没有…)', () => {
    expect(yearOf('组织工作\n\n年内，东山市自2016年以来首次获评全省基层党建先进市，新发展党员1120名。')).toBe(null);
    expect(yearOf('组织工作\n\n自2016年以来，东山市累计新发展党员1120名。')).toBe(2016);
    // A span since the last century tells the unit's history too.
    expect(yearOf('东山村简介\n东山村党支部自1978年以来，坚持每月开展主题党日。村集体年收入超百万元。')).toBe(null);
    // The span since a founding (自2009年社区党委成立以来) tells the unit's history, not the results' year.
    expect(yearOf('东山社区简介\n自2009年社区党委成立以来，社区注重服务居民，先后组建志愿服务队8支。')).toBe(null);
    expect(yearOf('东山社区简介\n自2009年社区党委换届以来，社区先后组建志愿服务队8支。')).toBe(2009);
    expect(yearOf('山村见闻\n“从2006年以来，就再没有发展过新党员。”老支书说。')).toBe(null);
    expect(yearOf('山村见闻\n2016年以来，全村新发展党员12名。')).toBe(2016);
    // Sentences opening with a year that tell a story without a figure weigh nothing beside one that reports figures.
    const story = '山村见闻\n2020年，新班子上任后，带领群众转变思路。2020年底，村里成立了合作社。2021年上半年，村集体经济收入增长到30万元。';
    expect(yearOf(story)).toBe(2021);
    expect(yearOf(story.replace('增长到30万元', '明显增长'))).toBe(2020);
  });

  it('takes a year without 年 that opens the headline before its words (2019抓党建述职), not a count there (2000名党员…)', () => {
    expect(yearOf('2019抓基层党建工作述职报告\n\n一年来，我镇新发展党员6名。')).toBe(2019);
    expect(yearOf('2000名党员下沉社区\n\n东风镇新发展党员6名。')).toBe(null);
    // A site's name that counts characters (某站2000字范文) is no year either.
    expect(yearOf('2000字范文，写作好帮手\n\n东风镇新发展党员6名。')).toBe(null);
  });

  it('reads the year of the report card the article calls its results (这是2020年某市村社巡察成绩单)', () => {
    expect(yearOf('对126个村社开展巡察，发现问题530个，立案审查15人。这是2020年西江市村社巡察交出的成绩单。\n近年来，西江市持续深化村社巡察。')).toBe(2020);
  });

  it('reads the year of an election round whose outcome the body reports (在2021年村“两委”换届中)', () => {
    expect(yearOf('选优配强村班子\n近年来，东风县着力选优配强村级班子。在2021年村“两委”换届中，全县选出35岁以下村干部86名，配齐第一书记40名。')).toBe(2021);
  });

  it('reads a year that opens a sentence after a half-width question or exclamation mark, or a stray ? of a garbled copy', () => {
    expect(yearOf('东风镇党建纪实\n什么是“红管家”?2022年,东风镇新发展党员6名。')).toBe(2022);
    expect(yearOf('东风镇党建纪实\n?2022年,东风镇新发展党员6名,开展志愿服务40场。')).toBe(2022);
  });

  it('reads a sentence that opens with its year and the slogan 党要管党 as the results\' year, not a plan\'s', () => {
    expect(yearOf('东风镇党风廉政建设情况汇报\n\n2021年，东风镇党委坚持党要管党、从严治党，统筹推进各项工作。全镇现有党员860名。')).toBe(2021);
    expect(yearOf('东风镇党建工作\n\n2024年，镇党委要继续抓好党建。全镇现有党员860名。')).toBe(null);
  });

  it('reads a dateline whose year, month and day are all written in Chinese numerals (二〇一三年三月八日)', () => {
    expect(yearOf('东风乡：服务群众零距离\n来源：某县委组织部　发布时间：二〇一三年三月八日　点击：120次\n今年以来，东风乡党委新建党员服务站5个。')).toBe(2013);
    expect(yearOf('东风镇开展创先争优\n二〇一一年十二月二十日\n今年以来，镇党委新发展党员9名。')).toBe(2011);
  });

  it('takes no dateline year from 今年 that only looks ahead, and reads then the year the body opens with (2015年，…)', () => {
    const report = '东风村党支部带领群众致富\n发布时间：2016年02月10日\n2015年，东风村党支部带领党员发展产业。全村新发展党员2名。\n村支书说，今年村里计划新建果园两处。';
    expect(yearOf(report)).toBe(2015);
    // With this year's work reported too, the dateline's year holds.
    expect(yearOf('东风村党建工作\n发布时间：2016年10月10日\n2015年，东风村党支部发展产业。今年以来，村里新发展党员2名，今年将再建果园。')).toBe(2016);
  });

  it('takes the year of a meeting the article reports, of 过去的 and of 从…开始 with results that add up since', () => {
    expect(yearOf('镇党委书记在推进会上的讲话\n6月8日，东风镇召开2023年上半年党建工作推进会。\n上半年，全镇新成立党支部4个。')).toBe(2023);
    // A sentence that opens with its year and a time 即将 brings (2021年清明节即将到来) tells the time now, no plan.
    expect(yearOf('东风市志愿者服务清明祭扫\n东风网4月2日讯（记者 王平）2021年清明节即将到来，各单位陆续预约祭扫。东风市组织志愿讲解培训5次。')).toBe(2021);
    expect(yearOf('东风市志愿服务计划\n东风网讯 2021年，东风市将组织志愿讲解培训5次。')).toBe(null);
    // … or of an event held under a slogan (举行“…”2023年…关爱公益活动).
    expect(yearOf('东风市春节志愿服务\n1月4日，东风县新时代文明实践中心举行“温暖进万家”2023年留守儿童关爱公益活动，志愿者为全县200名儿童送上礼物。')).toBe(2023);
    // … after 召开的, or as the meeting a reporter heard the figures at (记者从…会上获悉).
    expect(yearOf('东风市防疫志愿者在行动\n本报讯 3月2日，记者从东风市政府新闻办召开的2021年东风市防疫工作第12场新闻发布会上获悉，各行业志愿者奔赴一线。\n据介绍，全市共组建志愿服务队80支。')).toBe(2021);
    expect(yearOf('东风市防疫志愿者在行动\n本报讯 记者从2021年东风市组织工作会议上获悉，各行业志愿者奔赴一线。\n据介绍，全市共组建志愿服务队80支。')).toBe(2021);
    expect(yearOf('东风市防疫志愿者在行动\n本报讯 记者从东风市组织工作会议上获悉，各行业志愿者奔赴一线。\n据介绍，全市共组建志愿服务队80支。')).toBe(null);
    // … or an activity carried out, or a course held, under its year's name; or the document the work follows.
    expect(yearOf('东风镇政策宣传进景区\n当天，东风镇组织党员干部开展了2016年惠民政策宣传周活动，发放资料600份，解答咨询40人次。')).toBe(2016);
    expect(yearOf('东风市村书记培训\n本报讯 11月3日，东风市举办2011年村党组织书记示范培训班，分两期培训村党组织书记800名。')).toBe(2011);
    expect(yearOf('东风县整顿后进支部\n年初，县委组织部印发了《关于做好2016年后进村党组织整顿工作的通知》，全县排查后进村党组织12个。')).toBe(2016);
    expect(yearOf('东风镇政策宣传进景区\n当天，东风镇组织党员干部开展惠民政策宣传周活动，发放资料600份，解答咨询40人次。')).toBe(null);
    // … or named as the subject of its holding.
    expect(yearOf('志愿服务在行动\n当天，2023年东风县学雷锋志愿服务集中展示活动在县广场举行。全县组建志愿服务队46支。')).toBe(2023);
    expect(yearOf('志愿服务在行动\n当天，东风县学雷锋志愿服务集中展示活动在县广场举行。全县组建志愿服务队46支。')).toBe(null);
    // (… also with no venue: 东风县2023年学雷锋志愿服务月活动启动.)
    expect(yearOf('志愿服务在行动\n日前，东风县2023年学雷锋志愿服务月活动启动，各界志愿者走上街头。截至目前，全县注册志愿者达2.6万人。')).toBe(2023);
    expect(yearOf('东风乡党建工作综述\n2024-01-05 10:20\n在过去的2023年，东风乡全年新发展党员9名。')).toBe(2023);
    expect(yearOf('东风县选派第一书记\n据悉，从2016年3月开始，东风县先后选派35名干部到村任第一书记。')).toBe(2016);
    // A founding told as background, set against today's figures, states no year for them.
    expect(yearOf('东风社区志愿服务队\n自2016年起，老党员带头组建了一支不到20人的队伍。如今，志愿服务队已有9支。')).toBe(null);
    // So is a history from a founding (从2011年5月挂牌成立…，到2016年8月底升格为…): no year of the results reported.
    expect(yearOf('东风高新区党建工作\n从2011年5月挂牌成立，到2016年8月底升格为省级高新区，园区发展迅速。目前，园区共有党员2100名。')).toBe(null);
    expect(yearOf('东风高新区党建工作\n到2016年8月底，园区共有党员2100名。')).toBe(2016);
  });

  it('takes no headline year from a journal\'s issue line (某某杂志 2014年12期), but a bulletin\'s issue under its headline counts', () => {
    expect(yearOf('综合施治软弱涣散党组织\n\n党的建设杂志 2014年12期\n东风县整顿软弱涣散村党组织12个。')).toBe(null);
    expect(yearOf('东风镇党建动态\n（2022年第12期）\n东风镇党委整顿软弱涣散村党组织12个。')).toBe(2022);
  });

  it('reads a year that opens the lead after a byline and a colon (某某报道（记者 某某）：2021年，…)', () => {
    expect(yearOf('东风街道激活党建新动能\n2022-02-11 10:15 来源：某某网\n某某网报道（通讯员 王平）：2021年，东风街道党工委新建党支部8个。')).toBe(2021);
  });

  it('reads 自2016年至今 as a year the results are stated for, as 以来 is', () => {
    expect(yearOf('东风县群众贴心会\n2008年，东风县选派干部1284名联系群众。据统计，自2016年至今，全县收集意见建议3800余条。')).toBe(2016);
  });

  it('reads a dateline of year, month/day and time (2023 11/27 18:23:29), a page\'s date and no headline\'s year', () => {
    const page = '东风：志愿服务让文明新风进万家-某某网\n某某网 > 地方 > 正文\n2021 11/27 18:23:29\n来源:某某日报\n\n今年以来，东风区开展志愿服务活动2000余场次。';
    expect(layOut(normalize(page).text, segmenter)).toMatchObject({ year: 2021, yearSource: 'dateline' });
  });

  it('reads a dateline of day, month and year with its time (18.06.2015  12:44) and one before a page\'s tools (星期 放大 缩小 …)', () => {
    expect(yearOf('东风县提升基层党建水平\n\n18.06.2015  12:44\n今年以来，东风县整顿后进村党组织15个。')).toBe(2015);
    expect(yearOf('东风街道党建引领\n  2022年12月16日 星期 放大 缩小 默认 上一篇 下一篇 >>返回首页\n今年以来，东风街道收集问题212个。')).toBe(2022);
  });

  it('reads the year of a quoted day the article reports, but not that of a quoted disaster told as background', () => {
    expect(yearOf('东风县志愿服务启动\n3月5日，东风县2024年“3·5”学雷锋志愿服务月启动，新组建志愿服务队12支。')).toBe(2024);
    expect(yearOf('东风县干部走访\n东风县在2016年“7·19”特大暴雨后走访受灾群众，收集意见320条。')).toBe(null);
  });

  it('reads a year that opens a quoted sentence (“2023年，我们…) as one opening a sentence', () => {
    expect(yearOf('听村支书讲变化\n记者走进东风村。“2021年，我们村集体经济收入达到60万元。”村支书说。')).toBe(2021);
  });

  it('ties no figure to the year its unit was founded in (某社区成立于2019年，…)', () => {
    const text = normalize('东风社区志愿服务\n东风社区成立于2019年，社区注册志愿者602人。').text;
    expect(recordYear(text, text.indexOf('602'))).toBe(null);
    const stated = normalize('东风社区志愿服务\n2019年，社区注册志愿者602人。').text;
    expect(recordYear(stated, stated.indexOf('602'))).toBe(2019);
  });

  it('takes the year the body states for its results before a dateline', () => {
    expect(yearOf('东风镇党建工作\n发布时间：2023-01-05\n截至2022年底，全镇共有党员1234名，今年以来新发展党员12名。')).toBe(2022);
    expect(yearOf('东风镇党建工作\n2021年，东风镇党委新建党支部3个。')).toBe(2021);
    expect(yearOf('东风镇党建工作\n根据《实施方案》（东党发〔2019〕12号）要求，镇党委新建党支部3个。')).toBe(2019);
    expect(yearOf('东风镇党建工作\n镇党委荣获2020年“五好党委”称号，新建党支部3个。')).toBe(2020);
  });

  it('takes the year a span of years runs to, for the article and for a headline figure', () => {
    expect(yearOf('平安镇党建五年回顾\n2016年至2020年，平安镇党委累计新建党支部21个。')).toBe(2020);
    expect(yearOf('平安镇党建五年回顾\n2016—2020年，平安镇党委累计新建党支部21个。')).toBe(2020);
    const records = extractText('五年来平安镇新建党支部21个\n2016年到2020年，平安镇党委累计新建党支部21个。').records;
    expect(records.map((r) => r.year)).toEqual([2020]);
  });

  it('takes no year from a sentence that opens with a year and tells, without a figure, what was done to the unit', () => {
    expect(yearOf('东关村党建\n2021-07-09\n2014年，东关村被确定为市级贫困村。今年以来，全村新发展党员2名。')).toBe(2021);
    // An award is no such background: its round's year is the article's (the catalog's award round it reports).
    expect(yearOf('西岭镇党建纪实\n近年来，西岭镇狠抓基层党建。2022年西岭镇党委被授予“全省先进基层党组织”称号。全镇新建党支部9个。')).toBe(2022);
  });

  it('takes no year from a scene told back in time (时针拨回到2019年5月1日)', () => {
    expect(yearOf('某县抓党建\n时针拨回到2019年5月1日下午，第一书记走在入户的路上。全县培训党员干部3883人次。')).toBeNull();
    expect(yearOf('某县抓党建\n截至到2019年底，全县培训党员干部3883人次。')).toBe(2019);
  });

  it('takes no year from a sentence that opens with a year and looks ahead', () => {
    expect(yearOf('东关村述职报告\n现将2023年度履职情况报告如下。全村共有党员38名，发展党员1名。\n2024年，我村将继续加强班子建设。')).toBe(2023);
    // 将 that puts its object somewhere (将…作为, 将…纳入) tells what was done.
    expect(yearOf('东关村党建\n【学习教育】 2019年，村党支部将党史学习教育作为重点，开展专题学习8次。')).toBe(2019);
    expect(yearOf('东关村党建\n2019年，村党支部将继续开展专题学习8次。')).toBeNull();
  });

  it('takes a sentence-opening year for its own sentence only when the article looks ahead to 今年', () => {
    const text = '新华社杭州1月8日电 今年浙江将新建村级党群服务中心300个。\n2019年，省财政补助村级阵地建设资金2600万元。';
    expect(yearOf(text)).toBeNull();
    const normalized = normalize(text).text;
    expect(recordYear(normalized, normalized.indexOf('2600'))).toBe(2019);
    expect(yearOf('东风镇党建工作\n2019年，镇党委新建党支部3个。今年以来，全镇新发展党员12名。')).toBe(2019);
    // A page dated 2023 that reports 今年以来: a sentence opening with 2022年 keeps that year to itself.
    expect(yearOf('石桥村的示范棚\n2023-06-02 08:50　来源：某市委组织部\n石桥村现有党员41名。2022年，石桥村集体经济收入达到58万元。今年以来，村两委为群众办实事27件。')).toBe(2023);
    // But a report of the year before, which opens sentences with it more often than it says 今年, keeps it.
    expect(yearOf('石桥街道：红色引擎\n2023-03-20　来源：某区委组织部\n2022年，石桥街道新成立党支部5个。2022年，街道新发展党员23名。今年以来，街道开展宣讲26场。')).toBe(2022);
    // 今年有望… looks ahead as 今年将… does: the year before it opens a sentence of its own.
    expect(yearOf('石桥村见闻\n发布日期：2022-09-15\n今年以来，石桥村新发展党员2名。2021年村集体经济收入为12万元，今年有望突破20万元。')).toBe(2022);
  });

  it('takes no year from a full date standing as the first line', () => {
    expect(yearOf('2024年03月12日\n第A05版：要闻\n东风镇党员志愿者服务群众\n东风镇组织党员志愿者40名。')).toBeNull();
  });

  it('takes the dateline year only with 今年-type words, for each dateline form', () => {
    const datelines = [
      '2022-02-21 23:09', '2022/02/21', '2022年2月21日', '发布时间:2022-02-21', '时间：2022年2月21日', '日期:2022.02.21', '【2022-02-21】', '2022.02.21',
      '2022年02月21日 23:09  来源：东风融媒', '2022年02月21日09:31 来源：某某网', '2022年2月21日 星期一',
      '编辑：小李   发布于：2022年2月21日    字号：【大】【小】', '发表于 2022年2月21日',
    ];
    for (const dateline of datelines) {
      expect(yearOf(`东风镇开展党员冬训\n${dateline}\n今年以来，东风镇组织党员冬训4次。`)).toBe(2022);
      expect(yearOf(`东风镇开展党员冬训\n${dateline}\n近日，东风镇组织党员冬训4次。`)).toBeNull();
    }
  });

  it('takes a dateline written as a Chinese date in brackets, after a news lead, or closing a source or signature line', () => {
    const body = '今年以来，东风镇组织党员冬训4次。';
    expect(yearOf(`东风镇开展党员冬训\n本报讯（记者 刘洋 通讯员 陈静）（2022年4月9日）${body}`)).toBe(2022);
    expect(yearOf(`东风镇开展党员冬训\n【2022年4月9日】\n${body}`)).toBe(2022);
    expect(yearOf(`东风镇开展党员冬训\n本报讯 2022年4月9日，记者从东风镇获悉，${body}`)).toBe(2022);
    expect(yearOf(`东风镇开展党员冬训\n来源：东风日报 2022年4月9日\n${body}`)).toBe(2022);
    expect(yearOf(`东风镇开展党员冬训\n${body}\n东风镇党委 2022年4月9日`)).toBe(2022);
    expect(yearOf(`东风镇开展党员冬训\n${body}\n（东风镇党委 2022年4月9日）`)).toBe(2022);
    // A sentence that names a date is no dateline.
    expect(yearOf(`东风镇开展党员冬训\n党员们表示，将在 2022年4月9日前完成学习，${body}`)).toBeNull();
  });

  it('prefers a labelled dateline, then one after the headline, to a date line above it (a portal\'s top bar)', () => {
    expect(yearOf('2024年3月5日 星期二\n东风镇开展党员冬训\n发布时间：2021-12-30 10:21\n今年以来，东风镇组织党员冬训4次。')).toBe(2021);
    expect(yearOf('2024年3月5日 星期二\n东风镇开展党员冬训\n2021-12-30\n今年以来，东风镇组织党员冬训4次。')).toBe(2021);
    expect(yearOf('东风镇开展党员冬训\n2021年12月30日08:15 | 来源：东风日报\n今年以来，东风镇组织党员冬训4次。')).toBe(2021);
    expect(yearOf('东风镇开展党员冬训\n来源：东风日报 2021年12月30日 | 作者：李明\n今年以来，东风镇组织党员冬训4次。')).toBe(2021);
    expect(yearOf('东风镇开展党员冬训\n东风日报　2021年12月30日　记者 李明 通讯员 王芳\n今年以来，东风镇组织党员冬训4次。')).toBe(2021);
  });

  it('ends a saved page\'s article at its 上一篇, 相关阅读 or copyright lines', () => {
    const result = extractText('东风镇开展党员冬训\n今年以来，东风镇党委组织党员干部走访群众680户。\n上一篇：西岭镇2019年新发展党员37名\n相关阅读：\n· 南山镇举办培训班10期\n2019-12-30');
    expect(result.records.map((r) => [r.unit, r.value, r.year])).toEqual([['东风镇', 680, null]]);
  });

  it('reads a site\'s slogan over the page (…好帮手!) as no prose, so a 相关推荐 line before the article ends nothing', () => {
    const text = '某某资料网，海量文档，写作好帮手!\n相关推荐\n东风镇开展党员冬训\n今年以来，东风镇党委组织党员干部走访群众680户。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['东风镇', 680]]);
  });

  it('reads question marks that stand for characters lost in the encoding (09:36:18??来源) as no prose, so share buttons above the article end nothing', () => {
    const text = '东风村：党建引领产业兴\n| 2018-05-30 09:36:18??来源:东风报 我来说两句 |\n分享到:\n|\n近年来，东风村党支部扎实推进强村工程，2017年村集体经营收入35.8万元。';
    expect(extractText(text).records.map((r) => [r.unit, r.value, r.year])).toEqual([['东风村', 358000, 2017]]);
  });

  it('ends a saved page\'s article at a QR code\'s or the share buttons\' prompt (扫一扫, 分享到)', () => {
    for (const prompt of ['扫一扫，关注本站公众号', '分享到：微信 微博'])
      expect(extractText(`东风镇开展党员冬训\n今年以来，东风镇党委组织党员干部走访群众680户。\n${prompt}\n西岭市法院近日审结案件37件，西岭市新发展党员120名。`).records.map((r) => [r.unit, r.value])).toEqual([['东风镇', 680]]);
  });

  it('takes no site name, menu or breadcrumb of a saved page for its headline', () => {
    const text = '和顺县人民政府门户网站\n网站首页 | 政务公开 | 乡镇之窗\n您现在的位置：首页 >> 乡镇之窗\n青城镇东关村党支部书记述职报告\n2022年，我村党支部发展党员2名。';
    expect(extractText(text).records.map((r) => r.unit)).toEqual(['东关村']);
  });

  it("takes the headline of a newspaper's e-paper page after its navigation (版面导航, 上一篇  下一篇), not the sections' names", () => {
    const text = [
      '第05版:综合 上一版  下一版',
      '版面导航',
      '第01版',
      '头版',
      '第05版',
      '综合',
      '首页 | 版面导航 | 标题导航',
      '2023年06月02日 星期五',
      '上一篇  下一篇  放大 缩小 默认',
      '利州:网格管得细,居民心里暖',
      '  “南街口有一处下水道堵塞,请尽快疏通。”近日,广元利州区东坝街道河西社区3网格员在巡查中发现问题,随即上报到网格管理平台。',
      '  近年来,该区依托社区网格,将党支部建在网格上,由社区网格长牵头,形成联动治理格局。目前,全区已组建网格党支部126个。今年来,该区共化解矛盾纠纷412起。',
      '上一篇  下一篇',
    ].join('\n');
    // The headline's stem (利州:) names the district whose voice the body speaks in; the scene's community opens the lead only.
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['利州区', 126], ['利州区', 412]]);
  });

  it("takes the headline of a government's disclosure page after its record's fields (索引号:, 主题词:, 【打印】), with the headline's year", () => {
    const text = [
      '政务公开 文件库',
      '东风市西湖区桃源街道办事处信息公开',
      '索引号: 1144030300/2023-00021 分类: 工作总结',
      '发布机构: 东风市西湖区桃源街道办事处 成文日期: 2023-08-15',
      '名称: 西湖区桃源街道办事处2022年工作总结',
      '主题词: 桃源街道 工作总结',
      '【打印】 【字体: 大 中 小】',
      '西湖区桃源街道办事处2022年工作总结',
      '发布日期:2023-08-15',
      '全年，桃源街道新建党群服务站5个，组织党员志愿者开展服务活动60余场。',
    ].join('\n\n');
    expect(extractText(text).records.map((r) => [r.unit, r.year, r.value])).toEqual([
      ['桃源街道', 2022, 5],
      ['桃源街道', 2022, 60],
    ]);
  });

  it('takes a year after a lead-in clause or the sentence\'s unit, and a Chinese dateline before the publisher\'s name', () => {
    expect(yearOf('东风镇党建\n据悉，2022年东风镇新建党群服务站点8个。\n西岭村组建志愿服务队4支。')).toBe(2022);
    expect(yearOf('东风镇党建\n东风镇2022年新建党群服务站点8个。')).toBe(2022);
    expect(yearOf('东风镇党建\n近日，记者从东风镇党委获悉，2022年东风镇新建党群服务站点8个。')).toBe(2022);
    expect(yearOf('东风镇党建\n据东风镇党委统计，2022年东风镇新建党群服务站点8个。')).toBe(2022);
    expect(yearOf('东风镇召开推进会\n2023-02-10 来源：东风镇\n会上通报，2022年东风镇新建党群服务站点8个。')).toBe(2022);
    expect(yearOf('东风镇党建\n2023年11月20日　东风日报\n今年以来，东风镇新建党组织27个。')).toBe(2023);
    expect(yearOf('东风镇党建\n（2023年11月20日　东风日报）\n今年以来，东风镇新建党组织27个。')).toBe(2023);
  });

  it("takes no dateline from a forum page's footer (GMT+8, 2024-11-3 21:07), the time the page was made", () => {
    const footer = '\n|Archiver|手机版|某某信息港\nGMT+8, 2024-11-3 21:07\nPowered by Discuz! X3.5';
    expect(yearOf(`东风镇党员服务队解民忧\n今年以来，东风镇党员服务队为群众办实事86件。${footer}`)).toBe(null);
    expect(yearOf(`东风镇党员服务队解民忧\n发表于 2024-3-2 09:15\n今年以来，东风镇党员服务队为群众办实事86件。${footer}`)).toBe(2024);
  });

  it('dates a figure whose unit opens its sentence before 去年, or 过去的一年, by the dateline', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.value, r.year]);
    // (The article's year is the dateline's: it reports this year's work too.)
    expect(records('西岭村党建\n发布时间：2023-03-10\n今年以来，工作持续推进。西岭村去年集体经济收入45.6万元。')).toEqual([[456000, 2022]]);
    expect(records('东风镇党建\n发布时间：2024-01-08\n今年以来，工作持续推进。过去的一年，东风镇发展党员14名。')).toEqual([[14, 2023]]);
    expect(records('东关村党建\n本报讯（记者 张华）去年，东关村新发展党员5名。今年以来，工作持续推进。\n（2024-03-07）')).toEqual([[5, 2023]]);
    // After a speech lead-in, a list of units or a party body, for every clause of the sentence.
    expect(records('东风镇党建\n发布时间：2022-04-09\n今年以来，工作持续推进。会议指出，去年全镇新发展党员8名，建成红色驿站5个。')).toEqual([[8, 2021], [5, 2021]]);
    expect(records('东风镇党建\n发布时间：2022-04-09\n今年以来，工作持续推进。东岭村、西岭村去年集体经济收入分别达到36万元、28万元。')).toEqual([
      [360000, 2021],
      [280000, 2021],
    ]);
    expect(records('东风镇党建\n2023-03-01\n截至2022年底，全镇共有党员2315名。东风镇党委今年新发展党员5名。')).toEqual([[2315, 2022], [5, 2023]]);
    // 截至2022年底 gives the article's year, but 今年 under a 2023 dateline is 2023.
    expect(records('东风镇党建\n2023-07-05\n截至2022年底，全镇共有党员2315名。今年以来，东风镇发展党员19名。')).toEqual([[2315, 2022], [19, 2023]]);
    // Under a headline's year, 去年 is the year before it; 过去一年 is that year itself.
    expect(records('东风镇举办2023年度党员培训班\n东风镇党委近日举办培训班。去年，全镇共开展党员教育培训45场。')).toEqual([[45, 2022]]);
    // A headline that is no event's (a roundup of its year) keeps its year for 去年 too.
    expect(records('东风镇：2023年基层党建亮点纷呈\n去年，全镇共开展党员教育培训45场。')).toEqual([[45, 2023]]);
    expect(records('东风镇党委书记2022年度述职报告\n过去一年，我镇共发展党员14名。')).toEqual([[14, 2022]]);
  });

  it('dates the level a figure grew from last year (从去年的…增长到…) a year before the article, whatever dates it', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.value, r.year]);
    const grew = '东岭村集体经济收入从去年的12万元增长到18万元。';
    expect(records(`东岭村2023年工作总结\n2023年，${grew}`)).toEqual([[120000, 2022], [180000, 2023]]);
    expect(records(`东岭村壮大集体经济\n发布时间：2024-02-01\n今年，${grew}`)).toEqual([[120000, 2023], [180000, 2024]]);
    // With no year for the article there is none for the level either.
    expect(records(`东岭村壮大集体经济\n${grew}`)).toEqual([[120000, null], [180000, null]]);
  });

  it('takes a dateline of a month on a line of its own, or of a place\'s news lead (某镇 2023年5月30日讯)', () => {
    const body = '今年以来，东风镇发展党员12名。';
    expect(yearOf(`东风镇开展服务月活动\n2021年11月\n${body}`)).toBe(2021);
    expect(yearOf(`东风镇开展服务月活动\n东风融媒体中心　2021年11月\n${body}`)).toBe(2021);
    expect(yearOf(`东风镇开展服务月活动\n（2021年12月）\n${body}`)).toBe(2021);
    expect(yearOf(`东风镇开展服务月活动\n永胜县东风镇 2023年5月30日讯 ${body}`)).toBe(2023);
  });

  it('reads years and dates with full-width separators or a space before 年', () => {
    expect(yearOf('东风镇开展党员冬训\n发布时间：２０２２－０４－０９\n今年以来，东风镇组织党员冬训4次。')).toBe(2022);
    expect(yearOf('2021 年度东风镇党建工作总结\n镇党委新建党支部3个。')).toBe(2021);
    expect(yearOf('东风镇党建工作\n截至 2021 年底，全镇共有党员1234名。')).toBe(2021);
    const text = normalize('东风镇党建工作回顾\n2023年，全镇新建党支部3个。截至 2021 年底，全镇共有党员1860名。').text;
    expect(recordYear(text, text.indexOf('1860'))).toBe(2021);
  });

  it('gives each figure after 分别 the year in the same place of a list of years before it', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.value, r.year]);
    expect(records('东风镇党员队伍建设\n2019年、2020年和2021年，东风镇分别发展党员6名、4名、5名。')).toEqual([[6, 2019], [4, 2020], [5, 2021]]);
    // More figures than years: the nearest year, as before.
    expect(records('东风镇党员队伍建设\n2019年、2020年，东风镇分别发展党员6名、4名、5名。').map(([, year]) => year)).toEqual([2020, 2020, 2020]);
    // A span of years lists each year in it (从 2015 年到 2017 年, also spaced as some pages are), after 分别 alone too.
    expect(records('东风村集体经济\n从 2015 年到 2017 年，村集体经济收入分别实现 12 万元、26 万元、31 万元。')).toEqual([
      [120000, 2015],
      [260000, 2016],
      [310000, 2017],
    ]);
  });

  it("dates a figure in 去年, 上年 or 上年度 by the dateline where the article's year is the dateline's, and none by a dateline alone", () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.value, r.year]);
    expect(records('东风镇党建工作\n发布时间：2022-02-10\n上年度，全镇发展党员11名。今年以来，全镇新建党支部2个。')).toEqual([[11, 2021], [2, 2022]]);
    // The catalog dates by a dateline only what the body puts in this year: 去年 alone gives no year.
    expect(records('东风镇党建工作\n发布时间：2022-02-10\n去年，东风镇发展党员11名，新建党支部2个。')).toEqual([[11, null], [2, null]]);
    // 比上年 inside a clause dates nothing.
    expect(records('东风镇党建工作\n发布时间：2022-02-10\n今年以来，东风镇发展党员11名，比上年多3名。')[0]).toEqual([11, 2022]);
  });

  it('warns of no year only where a record lacks one, and reports a unit under the years of its records', () => {
    const result = extractText('石门乡党员发展情况\n2020年发展党员18名，2021年发展党员22名。');
    expect(result.units.map((u) => [u.unit, u.year])).toEqual([['石门乡', 2020], ['石门乡', 2021]]);
    expect(result.warnings.some((w) => w.message.startsWith('no year'))).toBe(false);
    expect(extractText('石门乡党员发展情况\n近年来，石门乡发展党员18名。').warnings.some((w) => w.message.startsWith('no year'))).toBe(true);
  });

  it('reads years written in Chinese numerals in the body as in the headline', () => {
    expect(yearOf('东风镇党建工作回顾\n二〇二二年，东风镇新发展党员12名。')).toBe(2022);
    // Pages put circles and letters for 〇.
    expect(yearOf('二○二一年东风镇党建工作回顾\n东风镇新发展党员12名。')).toBe(2021);
    expect(yearOf('东风镇党建工作回顾\n截至二Ｏ二一年底，全镇共有党员1860名。')).toBe(2021);
    const text = '东风镇党建工作回顾\n2023年，东风镇新发展党员12名。截至二〇二一年底，全镇共有党员1860名。';
    expect(extractText(text).records.map((r) => r.year)).toEqual([2023, 2021]);
  });

  it('takes a year alone in brackets closing the headline (…亮点展示（2021）)', () => {
    expect(yearOf('东风街道社区党建亮点展示（2021）\n东风街道新建党群服务站3个。')).toBe(2021);
    expect(yearOf('东风街道社区党建亮点展示\n东风街道新建党群服务站3个（2021）。')).toBeNull();
  });

  it('takes no target year for the results (力争到2025年), and a dated byline for a dateline (通讯员 某某2023-12-28 10:05)', () => {
    expect(yearOf('东风镇推进强村\n2023年9月5日 来源：东风日报\n今年以来，东风镇新建党群服务站3个。力争到2025年，各村集体经济收入超过10万元。')).toBe(2023);
    expect(yearOf('东风社区微心愿\n东风日报记者 王林 通讯员 李青2023-12-28 10:05\n全年，东风社区收集微心愿120个。')).toBe(2023);
  });

  it('takes no year from the earlier time a deed follows on (继2015年…后，再一次…)', () => {
    expect(yearOf('东风街道宣讲团获表彰\n2018-12-12 08:43\n东风街道宣讲团榜上有名，这是我市继2015年“最美宣讲团”荣获全国先进集体后，再一次获此殊荣。今年以来，宣讲团开展宣讲活动千余场。')).toBe(2018);
  });

  it('takes no year from an award the unit won before (曾荣获2018年度…)', () => {
    expect(yearOf('东风镇：党建引领共富\n2023-06-02　来源：东风新闻网\n曾荣获2018年度全省文明镇的东风镇，今年以来新建党群服务站点6个。')).toBe(2023);
    const text = normalize('曾获评2018年度先进街道的东湖街道，社区书记“一肩挑”比例达100%。').text;
    expect(recordYear(text, text.indexOf('100%'))).toBeNull();
  });

  it('takes 社区 alone at work (社区已有…) for the community the text named last, under a sub-district\'s headline', () => {
    const text = '月河街道：党员志愿者守好社区“安全门”\n连日来，党员志愿者在吴兴区月河街道王家坪社区值守路口，劝导居民减少外出。\n目前，社区已有60余名党员志愿者参加疫情防控。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['王家坪社区', 60]]);
  });

  it('takes 全村 in a town\'s text for the village the text named last, where its paragraph names none', () => {
    const text = '东风镇抗疫纪实\n东风镇党委发动党员干部全力抗疫。\n王家坪村党支部迅速行动，摸排返乡人员。\n群防群治\n全村又增设劝导点30个，36名志愿者主动值守。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['王家坪村', 36]]);
  });

  it('takes no year from a span that describes what a deed is done to (对2018年以来受理的…进行复查)', () => {
    expect(yearOf('青山区扫黑除恶\n截至目前，青山区共受理问题线索56件。同时，对2018年以来受理的320件信访件进行复查。')).toBeNull();
    expect(yearOf('青山区扫黑除恶\n2018年以来，青山区共受理问题线索56件。')).toBe(2018);
    // Nor from one that qualifies the deed's object further on (对全区各村2016年以来的集体资金进行审计).
    expect(yearOf('青山区村务监督\n今年，青山区对全区86个村及社区2016年以来的集体资金使用情况进行审计，发现问题线索23条。')).toBeNull();
  });

  it('takes no year from a level compared with a year (达到2020年全年的…, 增长到2019年的两倍)', () => {
    expect(yearOf('青山市集体经济见成效\n今年前两个月，青山市村级集体经济收入120万元，已达到2021年全年收入的六成。')).toBeNull();
    expect(yearOf('青山市集体经济见成效\n到2021年底，青山市村级集体经济收入120万元。')).toBe(2021);
  });

  it('takes no year that 到 reaches in a sentence of aims, whether the aim stands before or after it', () => {
    expect(yearOf('青山县选派第一书记\n青山讯 9月3日，青山县为32个村选派第一书记32名。全县32个村，到2019年，一半要摘帽，其余到2021年全部摘帽。')).toBeNull();
    expect(yearOf('青山县选派第一书记\n青山讯 9月3日，青山县为32个村选派第一书记32名。到2021年底，全县共有第一书记32名。')).toBe(2021);
  });

  it('takes no year after the file\'s dateline for the results (按照规划，到2027年… is a target)', () => {
    expect(yearOf('石桥村：产业兴村\n发布日期：2023-05-12\n2022年，石桥村集体经济收入达到36万元。按照规划，到2027年村集体经济收入将超过百万元。')).toBe(2022);
  });

  it('takes the span from a month on (2020年7月以来，…) for the results, where a month alone dates an event', () => {
    const since = '平安社区：小区里的党群服务站\n2022-06-08 09:29:35 来源：平安新闻网\n为提升治理水平。2020年7月以来，平安社区党群服务站把服务延伸至居民家门口。\n志愿服务队由最初的30余名志愿者发展到现在的近200人。';
    expect(yearOf(since)).toBe(2020);
    expect(yearOf(since.replace('2020年7月以来，平安社区党群服务站把', '2020年7月，平安社区党群服务站成立，'))).toBeNull();
    // …also where the figures counted from that founding up to now follow in the sentence.
    expect(yearOf('平安社区：志愿服务积分平台\n社区有居民2100户。2021年5月，平安社区志愿服务积分平台上线，截至目前，平台累计注册志愿者860名。')).toBeNull();
    expect(yearOf('平安社区：志愿服务积分平台\n社区有居民2100户。2021年5月，平安社区志愿服务积分平台上线，当月注册志愿者860名。')).toBe(2021);
  });

  it('takes a sentence opening with its year and whose arrangement the work followed (根据…统一安排) for the results, not a plan', () => {
    expect(yearOf('驻村工作队办实事\n2020年，根据县委组织部统一安排，工作队进驻东风村。工作队争取资金100万元。')).toBe(2020);
    expect(yearOf('东风村工作总结\n2021年工作安排：争取资金100万元。')).toBeNull();
  });

  it('takes a year that opens a sentence after a lead run out in …… (…稳居全省前列……2021年，某市…) for the results', () => {
    expect(yearOf('某市村集体经济\n全市村级集体经营性收入突破5亿元，村均达40万元……2021年，某市村级集体经济交出一份成绩单。')).toBe(2021);
  });

  it('takes no dateline from a sentence that opens with a date, but the year of the day the body opens with', () => {
    const layout = layOut(normalize('东风镇开展党员冬训\n2022年2月21日，东风镇召开冬训动员会。今年以来，东风镇组织党员冬训4次。').text, segmenter);
    expect([layout.dateline, layout.year, layout.yearSource]).toEqual([null, 2022, 'body']);
  });

  it("takes a narrative year long before the page's date (2013年，在得知… in a page of 2023) for a story's past, not the article's year", () => {
    const page = (year: number) =>
      `东风社区表彰优秀党员\n发布时间：2023-07-01 09:30\n${year}年，在得知一户居民生活困难后，老党员王某主动结对帮扶。东风社区党员志愿服务队有队员60余人。`;
    expect(yearOf(page(2013))).toBeNull();
    // A narrative year close to the page's date still tells the results' year.
    expect(yearOf(page(2022))).toBe(2022);
  });

  it("puts a figure of 去年 in the year before the dateline's, where the article's year comes from a narrative sentence of the body", () => {
    const text = '东风村：茶园里的分红会\n2024-03-02 09:10\n该村党支部2021年牵头成立茶叶合作社。去年村集体经济收入达31万元。';
    expect(extractText(text).records.map((r) => [r.value, r.year])).toEqual([[310000, 2023]]);
  });

  it('gives a figure of a time before, told without its year (过去，…不足2万元，如今…), no year', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.value, r.year]);
    const text = '东岭村的变化\n2021年，东岭村党支部带领村民发展茶叶产业。村党支部书记说，过去，村集体年收入不足3万元，如今增至30多万元。5年前，村里只有党员12名。';
    expect(records(text)).toEqual([[30000, null], [300000, 2021], [12, null]]);
  });

  it('dates a sentence of 当年, and the later sentences of a paragraph that opens with a year, by that year', () => {
    const records = (text: string) => extractText(text).records.map((r) => [r.value, r.year]);
    const thatYear = '东岭村的路子\n到2024年，东岭村集体经济收入突破200万元。\n2021年，东岭村联合邻村成立联村党委。当年，三村共同争取资金150万元。';
    expect(records(thatYear)).toEqual([[2000000, 2024], [1500000, 2021]]);
    // …also where 当年 opens the next paragraph.
    expect(records(thatYear.replace('。当年，', '。\n“联村”机制很快生效。当年，'))).toEqual([[2000000, 2024], [1500000, 2021]]);
    const opening = '东岭村的路子\n到2024年，东岭村集体经济收入突破200万元。\n2022年，联村模式再度升级。东岭村联合5个村建设服务中心，每年带来集体收入33万元。';
    expect(records(opening)).toEqual([[2000000, 2024], [330000, 2022]]);
    // Up to a word of now: 如今 takes the article's year again.
    expect(records(opening.replace('东岭村联合', '如今，东岭村联合'))).toEqual([[2000000, 2024], [330000, 2024]]);
  });

  it('gives a record the year its own sentence ties it to', () => {
    const text = normalize('截至2019年底，全镇共有党员1234名。村集体收入从2010年的2000多元增长到2018年的15万元，如今已有党员1300名。').text;
    expect(recordYear(text, text.indexOf('1234'))).toBe(2019);
    expect(recordYear(text, text.indexOf('2000多元'))).toBe(2010);
    expect(recordYear(text, text.indexOf('15万元'))).toBe(2018);
    expect(recordYear(text, text.indexOf('1300'))).toBeNull();
    // Each year of a series its own figure (村集体经济收入2016年不到2万元，2018年不足5万元，…).
    const series = extractText('东风村的变化\n东风村村集体经济收入2016年不到2万元，2018年不足5万元，2020年突破30万元。').records;
    expect(series.map((r) => [r.value, r.year, r.qualifier])).toEqual([[20000, 2016, 'under'], [50000, 2018, 'under'], [300000, 2020, 'over']]);
    // 去年 after a stated year sets the figure in the year before the dateline's, not the stated one.
    const lastYear = normalize('该村2019年牵头成立茶叶合作社，带动农户入股，去年村集体经济收入达31万元。').text;
    expect(recordYear(lastYear, lastYear.indexOf('31万元'))).toBeNull();
    // The level reached without a year of its own is the article's, not the starting level's.
    const reached = normalize('村集体收入从2019年的不足2万元提高到31.5万元。').text;
    expect(recordYear(reached, reached.indexOf('2万元'))).toBe(2019);
    expect(recordYear(reached, reached.indexOf('31.5万元'))).toBeNull();
    // A year compared against is its own figure's, not that of the clauses after it.
    const compared = normalize('全县立案41件，较2020年的33件有所增加；给予党纪处分38人。全镇收入达到120万元，比2019年增长12%，村均8万元。').text;
    expect(recordYear(compared, compared.indexOf('33件'))).toBe(2020);
    expect(recordYear(compared, compared.indexOf('38人'))).toBeNull();
    expect(recordYear(compared, compared.indexOf('8万元'))).toBeNull();
  });

  it('records the level a growth started from under the year the sentence gives it', () => {
    const result = extractText('西岭村发展纪实\n西岭村集体经济收入由2014年的6000多元增加到2021年的27万元。');
    const levels = result.records.filter((r) => r.metric === 'collective_income').map(({ year, value, qualifier }) => ({ year, value, qualifier }));
    expect(levels).toEqual([
      { year: 2014, value: 6000, qualifier: 'over' },
      { year: 2021, value: 270000, qualifier: 'exact' },
    ]);
    // Without a year of its own the starting level takes the article's.
    const unyeared = extractText('西岭村发展纪实\n2021年，西岭村集体经济收入由6000多元增加到27万元。');
    expect(unyeared.records.map(({ year, value }) => [year, value])).toEqual([[2021, 6000], [2021, 270000]]);
  });

  it('puts a figure of 去年 in the year before the dateline, only where 去年 opens its sentence or clause', () => {
    const yearsOf = (body: string) => extractText(`东风镇党建工作回顾\n发布时间：2022-04-02\n${body}`).records.map((r) => r.year);
    expect(yearsOf('去年，东风镇新发展党员15名。今年以来，东风镇新建党群服务站3个。')).toEqual([2021, 2022]);
    expect(yearsOf('今年以来，东风镇新建党群服务站3个，去年新发展党员15名。')).toEqual([2022, 2021]);
    // Last year alone (仅去年就…) is last year too.
    expect(yearsOf('今年以来，东风镇新建党群服务站3个。仅去年就投入资金120多万元。')).toEqual([2022, 2021]);
    // 去年 inside a phrase dates the phrase: the figure is the dateline's year.
    expect(yearsOf('今年以来，东风镇整改完成去年述职反馈的问题，处置问题线索30件。')).toEqual([2022]);
    // A year given by the title or the body is no dateline: 去年 is left to the reader.
    expect(extractText('东风镇2022年党建工作总结\n去年，东风镇新发展党员15名。').records.map((r) => r.year)).toEqual([2022]);
  });

  it('lists each unit and year that has records', () => {
    const result = extractText('东风镇党建工作综述\n2021年，东风镇党委新发展党员12名。\n截至2018年底，东风镇共有党员420名。');
    expect(result.units.map(({ unit, year }) => ({ unit, year }))).toEqual(
      expect.arrayContaining([{ unit: '东风镇', year: 2021 }, { unit: '东风镇', year: 2018 }]),
    );
  });
});

describe('units and years in more report forms', () => {
  const records = (text: string, file = 'test.txt') => extractText(text, file).records.map((r) => [r.unit, r.year, r.value]);
  const namesIn = (text: string) => placeNamesIn(normalize(text).text, segmenter).map((p) => p.name);

  it('takes no quantity of villages (部分村, 少数村, 周边社区) for a village', () => {
    expect(namesIn('针对部分村党组织软弱的问题，少数村集体收入偏低，周边社区居民反映强烈。')).toEqual([]);
    const report = '2023年芦湾镇党委书记述职报告\n一是部分村党组织书记年龄偏大。\n二、全年发展党员14名。';
    expect(records(report)).toEqual([['芦湾镇', 2023, 14]]);
  });

  it('reads an unlisted town with its party committee or government at a marked start', () => {
    expect(namesIn('2023年芦湾镇党委书记述职报告')).toEqual(['芦湾镇']);
    expect(namesIn('芦湾镇人民政府关于…')).toEqual(['芦湾镇']);
    // Not inside a phrase, nor a date's character, nor a word of the sentence.
    expect(namesIn('全镇党委班子成员和各乡镇党委书记参加')).toEqual([]);
  });

  it('takes the name a listed name of a common noun ends (锦绣花园社区), the longer one the list lacks', () => {
    expect(namesIn('锦绣花园社区党委书记述职报告')).toEqual(['锦绣花园社区']);
    // A name before it is its parent; a verb before it is a word of the sentence.
    expect(namesIn('在花园社区开展义诊')).toEqual(['花园社区']);
  });

  it('reads 家 after a surname inside a name the list lacks (曹家墩社区), and counts it elsewhere (3家企业)', () => {
    expect(namesIn('今年以来，曹家墩社区党委组建志愿服务队4支')).toEqual(['曹家墩社区']);
    expect(namesIn('新增3家企业')).toEqual([]);
  });

  it('reads a county the list lacks with its committee or its year (青岩县委, 青岩县2021年度…), never a name and its level word (新县县委)', () => {
    expect(namesIn('青岩县2021年度党建工作总结')).toEqual(['青岩县']);
    expect(namesIn('2021年，青岩县委坚持党建引领。')).toEqual(['青岩县']);
    expect(namesIn('。召开县委常委会')).toEqual([]);
    expect(namesIn('2021年，新县县委坚持党建引领。')).toEqual(['新县']);
    // A banner is often written short (某右前旗): no unlisted banner is taken.
    expect(namesIn('科左前旗2021年度党建工作')).toEqual([]);
  });

  it('reads a listed community whose name holds digits (7080社区, 复兴路20号社区), and no count before a level word (3个社区)', () => {
    expect(namesIn('城东街道7080社区党委开展志愿服务')).toEqual(['城东街道', '7080社区']);
    expect(namesIn('海淀区复兴路20号社区党委')).toEqual(['海淀区', '复兴路20号社区']);
    expect(namesIn('全镇3个社区、12村')).toEqual([]);
  });

  it('takes a listed village-level name one or two characters after a line start as the end of a longer one (小栗园村)', () => {
    expect(namesIn('小栗园村党支部牵头成立合作社')).toEqual(['小栗园村']);
    // Not after a preposition, a verb, a parent or a date.
    expect(namesIn('在栗园村开展义诊')).toEqual(['栗园村']);
    expect(namesIn('光山县栗园村')).toEqual(['光山县', '栗园村']);
    expect(namesIn('2022年度梅花村党支部书记述职报告')).toEqual(['梅花村']);
    // A report's deed opening a data line is no village's stem (选派村党建指导员：9名).
    expect(placeNamesIn('【组织建设】\n· 选派村党建指导员：9名\n', segmenter).map((n) => n.name)).toEqual([]);
    // Nor after an adjective of two characters, a word of the sentence: 配套 + 新建社区 (a listed name, here a verb and its object).
    expect(placeNamesIn('今年，配套新建社区服务站3个', segmenter).map((n) => n.name)).not.toContain('配套新建社区');
    // Two characters open a longer name only before its party body or a colon: jieba tags 利用 a noun.
    expect(namesIn('利用石横镇大讲堂轮训党员')).toEqual(['石横镇']);
    expect(namesIn('大石栗园村党支部牵头成立合作社')).toEqual(['大石栗园村']);
  });

  it('takes a heading that ends with a listed name it holds for the longer name the list lacks (宝音图乌拉嘎查：…)', () => {
    const roundup = '某某旗2022年基层党建综述\n宝音图乌拉嘎查：集体经济壮大\n嘎查集体经济收入达到42万元。';
    expect(unitsAt(roundup, ['42万元'])).toEqual(['宝音图乌拉嘎查']);
    // A parent or the party before the listed name is no part of it.
    expect(unitsAt('党建工作综述\n南京鼓楼区：服务进楼宇\n新建党群服务站8个。', ['8个'])).toEqual(['鼓楼区']);
  });

  it('takes a community the list lacks as a subject where it opens a line before a colon, or an item of a list (▲ 甲社区、乙社区分别…)', () => {
    const bulletin = '东街街道工作简报\n【社区风采】\n桂湾社区：社区党委新建小区党群服务站2个。\n▲ 文锦坊社区、光明坊社区分别开展志愿服务活动4场、3场。';
    expect(records(bulletin).map(([unit, , value]) => [unit, value])).toEqual([['桂湾社区', 2], ['文锦坊社区', 4], ['光明坊社区', 3]]);
    // After a comma such a name may be a verb's object: it stays the section's.
    expect(records('东街街道工作简报\n组建志愿服务队8支，协力社区举办志愿服务活动60场。').map(([unit]) => unit)).toEqual(['东街街道', '东街街道']);
    // A time is no name's stem.
    expect(namesIn('目前社区共有党员85名')).toEqual([]);
  });

  it('reads a news item led by the path of its unit in brackets (【某街道 某社区】), and a path of a sub-district and a community the list lacks', () => {
    const items = '城关区社区动态\n【金城路街道 安宁东路社区】社区开展入户走访320户。\n【雁北街道 南岸社区】社区宣讲18场。';
    expect(unitsAt(items, ['320户', '18场'])).toEqual(['安宁东路社区', '南岸社区']);
    expect(namesIn('金城路街道民主西路社区')).toEqual(['金城路街道', '民主西路社区']);
  });

  it('counts a bare stem right before a name in the headline as the parent of that name (北京朝阳某社区：…)', () => {
    const feature = '北京朝阳桂湾社区：老旧小区的议事厅\n2023-02-17 来源：朝阳区委社会工委\n走进朝阳区劲松街道桂湾社区。2022年度，桂湾社区党委召开联席会议12次。';
    expect(records(feature)).toEqual([['桂湾社区', 2022, 12]]);
  });

  it('takes the year a meeting sums up (总结2022年…), not the year of its plans (二、2023年重点任务; 2023年是…)', () => {
    const meeting =
      '某县召开组织工作会议\n2023年2月15日\n会议总结2022年全县组织工作，部署2023年重点任务。会议指出，全县新发展党员126名。\n会议强调，2023年是开局之年，全县要力争发展党员100名。\n二、2023年重点任务';
    expect(layOut(normalize(meeting).text, segmenter).year).toBe(2022);
    // A sentence that opens with a year and tells what was done to the unit is background, whatever follows 年.
    expect(layOut(normalize('金台村的变化\n发布日期：2023-04-11\n金台村2008年被列为贫困村。村党支部现有党员52名。').text, segmenter).year).toBeNull();
  });

  it('takes the characters between a parent and a listed name of a lower level for the longer name (某县三岔河乡), unless a word of a sentence stands there', () => {
    expect(namesIn('布拖县三岔河乡工作小结')).toEqual(['布拖县', '三岔河乡']);
    expect(namesIn('布拖县下辖岔河乡')).toEqual(['布拖县', '岔河乡']);
  });

  it('takes a lone first character before a two-character stem where a line, a mark, a date or the parent comes before it (桃/叶渡/街道)', () => {
    expect(namesIn('桃叶渡街道：网格里建支部')).toEqual(['桃叶渡街道']);
    expect(namesIn('白下区桃叶渡街道党工委')).toEqual(['白下区', '桃叶渡街道']);
    expect(namesIn('2021年，银河湾街道新建服务站')).toEqual(['银河湾街道']);
    // A character jieba reads as a verb opens the name before a place it knows, unless it is a verb of going there.
    expect(namesIn('今年以来，松北路街道党工委')).toEqual(['松北路街道']);
    expect(namesIn('，到北路街道开展调研')).toEqual(['北路街道']);
    // A level word alone before the stem is no first character (县河湾街道: the county's 河湾街道).
    expect(namesIn('，县河湾街道新建服务站')).toEqual(['河湾街道']);
  });

  it('takes a listed township one character after a line start for the end of a longer name (云华港镇), not after 原 or its parent’s stem', () => {
    expect(namesIn('云华港镇：党建引领')).toEqual(['云华港镇']);
    expect(namesIn('原华港镇并入后')).toEqual(['华港镇']);
    expect(namesIn('海陵华港镇党委')).toEqual(['华港镇']);
  });

  it('takes a one-character town opening a headline where the text writes it with its party body elsewhere (彭镇…, 彭镇党委)', () => {
    expect(namesIn('彭镇抓实村级阵地建设\n今年，彭镇党委新建活动场所2个。')).toEqual(['彭镇', '彭镇']);
    expect(namesIn('彭镇抓实村级阵地建设\n今年，全镇新建活动场所2个。')).toEqual([]);
  });

  it('opens a section at a unit in brackets however long the line it leads (【某村】 and a whole paragraph)', () => {
    const roundup =
      '两个村的共富故事\n【上林村】上林村党支部今年以来带领党员群众发展茶叶、竹笋、民宿等产业，走出了一条山区村的致富新路子，年内举办各类技能培训班5期，吸引周边群众踊跃参加。\n' +
      '【下林村】村党委多方筹措资金，依托村里的山水资源和古建筑发展乡村旅游与研学，村容村貌焕然一新，全年接待游客不断增加，为群众解决实际困难24件。';
    expect(extractText(roundup).records.map((r) => [r.unit, r.value])).toEqual([['上林村', 5], ['下林村', 24]]);
    expect(layOut(normalize(roundup).text, segmenter).sections.filter((s) => s.source === 'news').map((s) => s.unit)).toEqual(['上林村', '下林村']);
  });

  it('takes the village a headline points to inside its county (某县这个村…) for the article’s unit', () => {
    const story = '集体收入翻了五番！勐海县这个村做对了什么\n“村里的路通了，产业也起来了。”谈起变化，曼松村党总支书记岩罕笑着说。\n今年以来，累计发展党员3名。';
    expect(extractText(story).records.map((r) => [r.unit, r.value])).toEqual([['曼松村', 3]]);
  });

  it('takes an unlisted community right after its parent and before its party body (某街道葑溪社区党委), a noun running into a listed name after its parent (江夏区荷花湖街道)', () => {
    expect(namesIn('姑苏区双塔街道葑溪社区党委书记述职报告')).toEqual(['姑苏区', '双塔街道', '葑溪社区']);
    expect(namesIn('江夏区荷花湖街道党工委')).toEqual(['江夏区', '荷花湖街道']);
    expect(namesIn('组建强村公司')).toEqual([]);
  });

  it('takes no name from a weak label or a word of aim (整顿软弱涣散社区, 力争村集体…)', () => {
    expect(namesIn('整顿软弱涣散社区党组织4个')).toEqual([]);
    expect(namesIn('：扎根石门村的第一书记')).toEqual(['石门村']);
    expect(namesIn('长白县村“两委”换届工作')).toEqual(['长白县']);
    // A village the list names with 县 in its stem, where no county is so named, is the village (旧县村), opening the article too.
    expect(placeNamesIn('本报讯 旧县村位于某镇北部。近年来，旧县村发展党员3名。', segmenter).map((p) => [p.name, p.commonStem])).toEqual([
      ['旧县村', undefined],
      ['旧县村', undefined],
    ]);
    // 力争村 is at most a verb's phrase, never a unit.
    expect(placeNamesIn(normalize('明年力争村集体经济收入达到20万元').text, segmenter).map((p) => [p.name, p.commonStem])).toEqual([['力争村', 'verb']]);
  });

  it('takes no item of a numbered series for a name (一下村走访行动。… 二下村慰问行动), and a unit before its 民政 office for the unit', () => {
    const text = '东风镇开展“三下村”行动\n今年以来，东风镇民政办组织干部开展“三下村”行动。一下村走访行动。全镇共走访160余户。二下村慰问行动。该镇深入21户困难家庭走访慰问。';
    expect(placeNamesIn(text, segmenter).map((p) => p.name)).toEqual(['东风镇', '东风镇']);
    expect(placeNamesIn('二下村党支部组织党员学习。', segmenter).map((p) => p.name)).toEqual(['二下村']);
    expect(placeNamesIn('今年，西湖区民政局开展走访。', segmenter).map((p) => p.name)).toEqual(['西湖区']);
    // (Villagers stay villagers: 某村民政策 names no village, nor does 镇民 alone.)
    expect(placeNamesIn('向柳湾村民宣传政策。', segmenter).map((p) => p.name)).toEqual([]);
  });

  it('takes no name right after a number, whose measure word it starts with (5.2公里村道: 公里村 is listed too)', () => {
    expect(placeNamesIn('今年硬化5.2公里村道，新修12公里村组公路。', segmenter)).toEqual([]);
    expect(placeNamesIn('2022年公里村党支部发展党员2名。', segmenter).map((p) => p.name)).toEqual(['公里村']);
  });

  it('takes no village whose stem the user dictionary makes a verb, opening a clause (，利用村自留地兴建…)', () => {
    const text = '鱼塘村党建\n鱼塘村党支部现有党员30人。\n今年，为壮大集体经济，利用村自留地兴建了厂房，总投资120万元。';
    expect(extractText(text).records.map((r) => r.unit)).toEqual(['鱼塘村', '鱼塘村']);
  });

  it('takes no city before 场 (某某市场监管局: the place\'s market regulator, 某某市场: its market)', () => {
    expect(placeNamesIn('社区党委联合椒江市场监管局开展服务', segmenter)).toEqual([]);
    expect(placeNamesIn('温州市委组织部联合温州市场监管局开展服务', segmenter).map((p) => p.name)).toEqual(['温州市']);
  });

  it('takes no listed name that starts inside 其中 (其中城区社区 holds no 中城区社区)', () => {
    expect(placeNamesIn('全县共有社区12个，其中城区社区7个。', segmenter).map((p) => p.name)).toEqual([]);
  });

  it('takes a stem that ends in a deed done to the unit (高位谋划社区“两委”换届) for the sentence’s words, no name', () => {
    expect(placeNamesIn('收集问题20条。高位谋划社区“两委”换届工作，精心指导村级组织建设。', segmenter).map((p) => p.name)).toEqual([]);
    expect(placeNamesIn('每位书记帮包7个村，每个帮包村都有专人负责。', segmenter).map((p) => p.name)).toEqual([]);
    // … nor a time word before a listed village of one character's stem (如今焦村 is 如今 + 焦村).
    expect(placeNamesIn('二十年过去了，如今焦村处处是新房。', segmenter).map((p) => p.name)).not.toContain('如今焦村');
    expect(placeNamesIn('收集问题20条。高桥社区“两委”换届工作顺利完成。', segmenter).map((p) => p.name)).toEqual(['高桥社区']);
  });

  it('opens a section at a compilation heading whose name opens like a phrase (本寺村党支部书记述职（摘要）)', () => {
    const compiled = '某某镇2023年度村党支部书记述职（摘要）\n本寺村党支部书记述职（摘要）\n我村现有党员46名。\n上湾村党支部书记述职（摘要）\n全村党员共计41人。';
    expect(extractText(compiled).records.map((r) => [r.unit, r.value])).toEqual([['本寺村', 46], ['上湾村', 41]]);
    // A year before 村 is a date: the unit is the one the report names.
    const dated = '二〇二三年度村党支部书记述职报告\n2023年，我作为石楼村党支部书记，带领党员群众发展产业。全村现有党员38名。';
    expect(extractText(dated).records.map((r) => [r.unit, r.value])).toEqual([['石楼村', 38]]);
  });

  it('gives no figure to units a verb helps (帮助甲村、乙村分别争取资金…)', () => {
    const helped = '梅岭镇驻村工作队帮扶纪实\n工作队帮助上坪村、下坪村分别争取产业发展资金20万元、15万元。';
    expect(extractText(helped).records.map((r) => r.unit)).toEqual(['梅岭镇', '梅岭镇']);
  });

  it('reads an unlisted district before its discipline commission (汀湖区纪委监委) and an unlisted sumu of a long stem (乌兰图雅苏木党委)', () => {
    expect(namesIn('2022年，汀湖区纪委监委坚持严的基调')).toEqual(['汀湖区']);
    expect(namesIn('今年以来，乌兰图雅苏木党委立足牧区实际')).toEqual(['乌兰图雅苏木']);
    expect(namesIn('召开区纪委全会')).toEqual([]);
  });

  it('takes a bracketed lead for a name whatever jieba makes of its characters (【嗣同社区】: 同 as a preposition)', () => {
    const roundup = '某某街道社区党建巡礼\n【嗣同社区】“红色课堂”润民心\n社区党委今年以来已讲授党课14堂。\n【白沙社区】“敲门行动”听民声\n社区累计入户走访1800余户。';
    expect(extractText(roundup).records.map((r) => [r.unit, r.value])).toEqual([['嗣同社区', 14], ['白沙社区', 1800]]);
  });

  it('takes a county of one character only at a marked start; one character more there is a longer name (清渠县：…, 云南省秀岚县)', () => {
    expect(namesIn('清渠县：网格里的党支部')).toEqual(['清渠县']);
    expect(namesIn('来源：秀岚县委组织部。今年以来，云南省秀岚县勐溪镇党委聚焦边境党建')).toEqual(['秀岚县', '云南省', '秀岚县', '勐溪镇']);
    expect(namesIn('中共勉县县委组织部')).toEqual(['勉县']);
    expect(namesIn('在旗委组织部和苏木党委的领导下')).toEqual([]);
  });

  it('finds an unlisted county again wherever the text writes it after a mark or its parent, once it is named with its body', () => {
    expect(namesIn('来源：汀泉县委组织部。今年以来，海南省汀泉县聚焦两新组织')).toEqual(['汀泉县', '海南省', '汀泉县']);
  });

  it('keeps 里 before the level word inside a name (槐里街道), and follows a path over a level the list lacks (河南省汀北区槐里街道)', () => {
    expect(namesIn('槐里街道：小巷管家')).toEqual(['槐里街道']);
    const path = '槐里街道：小巷管家\n2022年以来，河南省汀北区槐里街道党工委推行小巷管家，新建党群服务站3个。';
    expect(extractText(path).records.map((r) => r.unit)).toEqual(['槐里街道']);
  });

  it('takes a university the list lacks after a place or its abbreviation (江淮理工大学)', () => {
    expect(namesIn('江淮理工大学党委')).toEqual(['江淮理工大学']);
    expect(namesIn('西岭师范大学党委')).toEqual(['西岭师范大学']);
  });

  it('takes a college after its place, with words of its kind between (某某职业技术学院), but no school that is a kind of training', () => {
    expect(namesIn('6月5日，随州职业技术学院召开党建工作会议')).toEqual(['随州职业技术学院']);
    // Three words of its kind between (place, trade, 职业, 技术).
    expect(namesIn('来自襄阳交通职业技术学院的学子')).toEqual(['襄阳交通职业技术学院']);
    expect(namesIn('今年，长沙理工学院党委举办培训班')).toEqual(['长沙理工学院']);
    expect(namesIn('党员在中国干部网络学院学习50学时')).toEqual([]);
    expect(namesIn('开办乡村党员学院3期')).toEqual([]);
  });

  it('takes a college that speaks of itself as 该院 for the unit', () => {
    expect(mainUnit('南岭职院党建工作\n近年来，南岭职业技术学院党建成效显著。该院党委举办积极分子培训班4期，发展党员120名。')).toBe('南岭职业技术学院');
  });

  it('takes an unlisted street whose stem jieba reads as a verb only after its parent and before its body (滨海新区泰达街道党工委)', () => {
    expect(namesIn('2020年，滨海新区泰达街道党工委在区委的领导下')).toEqual(['滨海新区', '泰达街道']);
    expect(namesIn('召开街道党工委会议')).toEqual([]);
  });

  it('gives a text table\'s rows to their villages and its total row to the whole, opening no news item at a row', () => {
    const table = '东风镇2022年各村情况\n\n2022年，东风镇党委抓党建促振兴，各村情况如下：\n村名        发展党员（名）    村级集体经济收入（万元）\n上林村      2                 25.6\n下林村      3                 31.0\n合计        5                 56.6\n';
    expect(extractText(table).records.map((r) => [r.unit, r.value])).toEqual([['上林村', 2], ['上林村', 256000], ['下林村', 3], ['下林村', 310000], ['东风镇', 5], ['东风镇', 566000]]);
  });

  it('gives each figure of a table of years its row\'s metric and its column\'s year', () => {
    const table = '东风镇2023年度党建工作总结\n主要指标对比如下：\n指标            2022年      2023年\n发展党员（名）  14          17\n培训党员（人次）  860         920余\n';
    expect(extractText(table).records.map((r) => [r.metric, r.value, r.year, r.qualifier])).toEqual([
      ['members_recruited', 14, 2022, 'exact'], ['members_recruited', 17, 2023, 'exact'], ['trainees', 860, 2022, 'exact'], ['trainees', 920, 2023, 'over'],
    ]);
  });

  it('reads a table row whose community has a stem like a word (较场口社区) and a column of headcounts (党员人数)', () => {
    const table = '城南街道2023年社区数据\n社区名称　　党员人数（名）　　志愿者（名）\n东湖社区　　212　　　　　　　46\n较场口社区　　408　　　　　　　201\n';
    expect(extractText(table).records.map((r) => [r.unit, r.metric, r.value])).toEqual([
      ['东湖社区', 'party_members', 212], ['东湖社区', 'volunteers', 46], ['较场口社区', 'party_members', 408], ['较场口社区', 'volunteers', 201],
    ]);
  });

  it('takes the whole name of a news item\'s community where a numeral runs into the listed name it ends with (▲北十四道街社区：)', () => {
    const text = '某街道社区考核情况通报\n▲光明社区：现有党员150名。\n▲北十四道街社区：现有党员180名，开展宣讲9场。';
    expect(unitsAt(text, ['150名', '180名', '9场'])).toEqual(['光明社区', '北十四道街社区', '北十四道街社区']);
  });

  it('takes a bar after a common-word community opening a headline as its colon (幸福里社区|…)', () => {
    const marked = (text: string) => placeNamesIn(normalize(text).text, segmenter).map((p) => [p.name, p.commonStem ?? null]);
    expect(marked('幸福里社区|“红马甲”跑出服务加速度')).toEqual([['幸福里社区', null]]);
    expect(marked('和平村｜小院议事议出好日子')).toEqual([['和平村', null]]);
  });

  it('names an autonomous county in full where the article writes both forms (长阳县… 长阳土家族自治县)', () => {
    const both = '长阳县严把党员入口关\n2018年，长阳土家族自治县委全年发展党员142名。';
    expect(extractText(both).records.map((r) => r.unit)).toEqual(['长阳土家族自治县']);
    const short = '长阳县严把党员入口关\n2018年，长阳县委全年发展党员142名。';
    expect(extractText(short).records.map((r) => r.unit)).toEqual(['长阳县']);
  });

  it('names an ethnic township in full where the article writes both forms (小碧乡… 小碧布依族苗族乡)', () => {
    const both = '小碧乡扎实推进基层治理\n小碧布依族苗族乡坚持党建引领。今年以来，小碧乡党委调解矛盾纠纷36起，小碧乡新发展党员5名。';
    expect(extractText(both).records.map((r) => r.unit)).toEqual(['小碧布依族苗族乡', '小碧布依族苗族乡']);
    const short = '小碧乡扎实推进基层治理\n今年以来，小碧乡党委调解矛盾纠纷36起，小碧乡新发展党员5名。';
    expect(extractText(short).records.map((r) => r.unit)).toEqual(['小碧乡', '小碧乡']);
  });

  it('reads an autonomous county written with 自治 but without its peoples (长阳自治县) as written, coded as the county it stands for', () => {
    const [record] = extractText('长阳自治县纪委监委开展专项监督\n2021年，长阳自治县纪委监委开展监督检查60次。').records;
    expect([record?.unit, record?.unit_code, record?.unit_path]).toEqual(['长阳自治县', '420528', '湖北省/宜昌市/长阳土家族自治县']);
  });

  it("reads no town in a city's stem that ends in 乡 (河南新乡市), where the town would be one the list lacks", () => {
    expect(namesIn('连日来，河南新乡市推动庭院党组织建设')).toEqual(['新乡市']);
    // A listed town stays, whatever follows it (南新乡市场监管所).
    expect(namesIn('东山县南新乡推动庭院党组织建设')).toEqual(['东山县', '南新乡']);
  });

  it('reads an unlisted town opening with 那 before its party committee (那怀乡党委), but no 那个乡', () => {
    expect(namesIn('上半年，那美乡党委新建党支部2个')).toEqual(['那美乡']);
    expect(namesIn('。那个乡党委班子')).toEqual([]);
  });

  it('reads an unlisted town in the party committee’s formal name (中共青禾镇委员会), and no quantity of villages (所有村)', () => {
    expect(namesIn('中共青禾镇委员会关于表彰的通报')).toEqual(['青禾镇']);
    expect(namesIn('所有村党组织均完成换届')).toEqual([]);
  });

  it('takes a month’s or months’ report for its year (2023年3月份工作小结, 2023年1—6月，…), but no month alone on a line for a headline', () => {
    const monthly = '某某乡2023年3月份工作小结\n三月份，全乡发展党员2名。';
    expect(layOut(normalize(monthly).text, segmenter).year).toBe(2023);
    const halfYear = '某村民生实事公开\n2023年1—6月，村党支部实施民生项目9项，目前已完成7项。\n截至2022年底，村党支部有党员37名。';
    expect(layOut(normalize(halfYear).text, segmenter).year).toBe(2023);
    // 2021年11月 alone on a line is a dateline: the body's result year comes first.
    const dated = '东风镇党建工作\n2021年11月\n2020年度，东风镇发展党员12名。';
    expect(layOut(normalize(dated).text, segmenter).year).toBe(2020);
  });

  it('takes a sentence that opens with a name its modifier leads to for that unit’s (获评先进的某街道，…; 受到表彰的某社区党委，…)', () => {
    const awards = '某区表彰2022年度先进单位\n近日，兰溪区召开表彰大会，全区共发展党员300名。\n获评先进街道的桃源街道，坚持党建引领，全年新成立小区党支部23个。\n同样受到表彰的柳岸社区党委，收集居民微心愿126个。';
    expect(records(awards).map(([unit, , value]) => [unit, value])).toEqual([['兰溪区', 300], ['桃源街道', 23], ['柳岸社区', 126]]);
    expect(namesIn('嘎查村（社区）党组织书记')).toEqual([]);
    // The modifier may run over clauses before the name, which are the unit's too.
    const story = '南山区：选好带头人\n2021-03-02 来源：某某网\n近年来，南山区选优配强村党组织书记。\n谁能想到，2019年集体经济收入只有3万元，还是远近闻名的穷村的柳溪村，如今集体经济收入达到了26万元。这只是南山区的一个缩影。';
    expect(records(story).map(([unit, , value]) => [unit, value])).toEqual([['柳溪村', 30000], ['柳溪村', 260000]]);
    // … and with no comma where the name's path goes straight on to its deed (…的某镇某村将…).
    const dividends = '南山区集中分红\n近日，南山区举行集体经济分红活动，全区发展党员300名。\n此次分红的石门镇柳溪村将闲置荒地整合利用，村集体经济收入达到13万元。';
    expect(records(dividends).map(([unit, , value]) => [unit, value])).toEqual([['南山区', 300], ['柳溪村', 130000]]);
  });

  it('dates the clauses after a clause of 今年 alone by the dateline, where the body states another year', () => {
    const visit = '调研组到某村调研\n2023年8月16日  来源：某某日报\n村书记介绍，今年以来，村党总支开展志愿服务活动45次，帮助村民解决问题90件。2022年，村集体经济收入达到365万元。';
    expect(extractText(visit).records.map((r) => [r.value, r.year])).toEqual([[45, 2023], [90, 2023], [3650000, 2022]]);
  });

  it('takes no village from a policy named with 村 (强村富民, 强村公司)', () => {
    expect(namesIn('推进强村富民改革，组建强村公司12家')).toEqual([]);
  });

  it('opens a section at a compilation heading with its unit and secretary (某村党支部书记述职（摘要）)', () => {
    const digest = '临河街道村党组织书记述职摘要\n一、柳林村党支部书记述职（摘要）\n今年，我村发展党员3名。\n二、槐树村党支部书记述职（摘要）\n今年，我村走访农户210户。';
    expect(unitsAt(digest, ['3名', '210户'])).toEqual(['柳林村', '槐树村']);
  });

  it('reads the body a report is addressed to (某镇党委：…报告如下) as no section of that unit', () => {
    const report = '2023年度工作总结\n芦湾镇党委：\n2023年，杏花村党支部在镇党委的领导下团结带领群众，现将我村工作报告如下。\n一、发展党员2名。';
    expect(records(report)).toEqual([['杏花村', 2023, 2]]);
    // A heading with the same form, followed by the unit's own report, opens its section.
    expect(unitsAt('东山县党建工作综述\n芦湾镇党委：\n全镇发展党员12名。', ['12名'])).toEqual(['芦湾镇']);
  });

  it('takes no year from the date of an event without a figure, nor from the year of a state set against today', () => {
    const visit = '杏花村党支部书记述职报告\n2016年8月，省委书记来到杏花村调研。今年以来，我村发展党员2名。\n杏花村党支部\n2023年12月20日';
    expect(records(visit)).toEqual([['杏花村', 2023, 2]]);
    const thenAndNow = '杏花村：红色资源变成致富资源\n2016年，杏花村还是集体经济薄弱村；如今，村集体经济收入达到48万元。今年以来发展党员2名。\n（某某县融媒体中心 2023年6月28日）';
    expect(records(thenAndNow).map(([, year]) => year)).toEqual([2023, 2023]);
  });

  it('adds the level to a headline stem after a year and before a quotation (2023年度德清“…”)', () => {
    const roundup = '2023年度德清“红色根脉”成绩单\n2023年，德清深入实施强基工程，全年发展党员860名。';
    expect(records(roundup)).toEqual([['德清县', 2023, 860]]);
  });

  it('dates a newspaper page by the issue line above its headline (某某日报　2023年05月11日　星期四)', () => {
    const page =
      '<html><body><div id="top">东方日报数字报　2023年05月11日　星期四　<a href="#">往期回顾</a></div>' +
      '<div id="main"><h1>临河街道：党建服务进楼宇</h1><p>今年以来，临河街道党工委新成立楼宇党支部5个。</p></div></body></html>';
    expect(records(page, 'page.html')).toEqual([['临河街道', 2023, 5]]);
    // A portal's top bar (today's date, no newspaper) dates nothing.
    expect(records(page.replace('东方日报数字报', '今天是'), 'page.html')).toEqual([['临河街道', null, 5]]);
  });

  it('dates a paper page without a headline element by the issue line in its header cell', () => {
    const page =
      '<html><head><title>东方日报-临河街道：党建服务进楼宇</title></head><body><table>' +
      '<tr><td class="header">东方日报 • 数字报刊平台 • 2023年05月11日　星期四</td></tr>' +
      '<tr><td class="ban">第A03版：党建周刊</td></tr>' +
      '<tr><td><table><tr><td class="font01">临河街道：党建服务进楼宇</td></tr><tr><td><p>今年以来，临河街道党工委新成立楼宇党支部5个，覆盖楼宇12栋。</p></td></tr></table></td></tr>' +
      '</table></body></html>';
    expect(records(page, 'page.html')).toEqual([['临河街道', 2023, 5]]);
  });

  it('counts a road a street is named after with its level word, so the stem before it stays whole (昭明达路街道)', () => {
    expect(namesIn('2023年，昭明达路街道党工委新成立楼宇党支部6个。')).toEqual(['昭明达路街道']);
    expect(namesIn('今年以来，康达路社区党委开展志愿服务')).toEqual(['康达路社区']);
  });

  it('goes on with the lower unit of the sentence before in a sentence that opens with its deed (…乡党委决定…。投入8.5万元…)', () => {
    const text =
      '东风县连心工程见实效\n东风县开展连心活动，全县新建党支部12个。\n' +
      '县委常委班子成员下到挂点村组走访。石桥乡北岭村是贫困村，群众反映饮水困难，乡党委立即决定新建过滤池，解决了80多户人家的用水。投入8.5万元新挖池塘一口。全县共解决群众难题120件。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([
      ['东风县', 12],
      ['石桥乡', 85000],
      ['东风县', 120],
    ]);
  });

  it('goes on with the village the sentences before spoke of in a sentence that opens with an adverb and its deed (大力发展…)', () => {
    const text =
      '东风县干部赴外地学习\n东风县组织村干部外出考察。考察组先后参观了柳湾村的产业基地。柳湾村下辖9个村民组，现有党员86名。' +
      '2015年以来该村开展人居环境整治，目前全村建成3个示范片。大力发展集体经济，村集体由负债60多万元到现在年收入120多万元。';
    expect(extractText(text).records.map((r) => [r.unit, r.metric, r.value])).toEqual([
      ['柳湾村', 'party_members', 86],
      ['柳湾村', 'collective_income', 1200000],
    ]);
  });

  it('takes a run-in heading that opens with a verb jieba tags as a noun (整治社区环境，…, 美化村容) for no unit, nor for the lead of the paragraph after it', () => {
    const text = '东风县社区工作\n东风县推行网格化管理。\n\n整治社区环境，建设绿色家园。组织党员开展清扫。\n\n新建网格党群服务站12个。\n\n美化村容村貌，建设美丽乡村。全县新建党支部3个。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['东风县', 12], ['东风县', 3]]);
    // 新建 before a level word and a body counted right after it (，新建街道党工委1个) is the deed, though the list holds a 新建街道.
    const counted = '东风县安置区党建\n东风县推行网格化管理。全县安置点现有党员860人，新建街道党工委1个，党支部23个。';
    expect(extractText(counted).records.map((r) => [r.unit, r.value])).toEqual([['东风县', 860], ['东风县', 1], ['东风县', 23]]);
  });

  it('reads the stem of an autonomous county before a name as its parent written short (乐东抱由镇), and 会同 after a department as a verb', () => {
    expect(namesIn('乐东抱由镇党委开展主题党日')).toEqual(['抱由镇']);
    expect(namesIn('恭城红岩村：党支部带领群众致富')).toEqual(['红岩村']);
    const report = '两新组织党建综述\n2012年，县委组织部会同县工商联、民政局等部门对全县企业逐一排查，全年新建非公企业党组织46个，全县覆盖率达到98.6%。';
    expect(records(report)).toEqual([
      [null, 2012, 46],
      [null, 2012, 98.6],
    ]);
  });

  it('gives a quotation that opens a sentence to the official the words after it name (“…”这是某镇纪委书记…)', () => {
    const text = '“一季度，共受理信访举报5件，立案3件……”这是潍城区于河街道纪委书记王平在全区述职会上亮出的账单。\n今年以来，潍城区纪委共立案90件。';
    expect(records(text).map((r) => [r[0], r[2]])).toEqual([
      ['于河街道', 5],
      ['于河街道', 3],
      ['潍城区', 90],
    ]);
  });

  it('gives a quotation opening a sentence to the official the paragraph introduced by name, where that name comes back after it', () => {
    const feature = '某市村均集体收入超30万元\n近年来，宜昌市推进村党组织建设。2021年度，全市村集体经济总收入8.2亿元。\n记者见到夷陵区龙泉镇双堰村党支部书记周明华时，他刚上任两个月。“今年村集体收入超过28万元，我们要接着干。”说起这些，周明华信心满满。';
    expect(records(feature).map((r) => [r[0], r[2]])).toEqual([['宜昌市', 300000], ['宜昌市', 8.2e8], ['双堰村', 280000]]);
    // Without the name coming back, the quotation may be anyone's: it stays the section's.
    const unnamed = feature.replace('说起这些，周明华信心满满。', '大家信心满满。');
    expect(records(unnamed).map((r) => r[0])).toEqual(['宜昌市', '宜昌市', '宜昌市']);
  });

  it('gives a quotation to the official whose name follows it (“…”赵新民说), where the article introduced that name with a lower unit', () => {
    const story =
      '青川：小院子里的大服务\n2023-05-12 来源：某某日报\n近日，青川县乔庄镇柳河社区的老党员在服务站里看书。\n柳河社区党委书记赵新民介绍，社区争取资金30万元，新建了服务站。\n' +
      '“服务站由5支志愿服务队轮流值守，每天都开放。”赵新民告诉笔者，服务站还有专人管理。\n“目前全县组建志愿服务队300支。”县委组织部负责人说。';
    expect(records(story).map((r) => [r[0], r[2]])).toEqual([['柳河社区', 300000], ['柳河社区', 5], ['青川县', 300]]);
    // A name the article never introduced with a unit claims nothing.
    const unknown = story.replace('”赵新民告诉笔者', '”李明告诉笔者');
    expect(records(unknown).map((r) => [r[0], r[2]])).toEqual([['柳河社区', 300000], ['青川县', 5], ['青川县', 300]]);
  });

  it('reads a headline indented like the body (    青川：…) as a headline', () => {
    const story =
      '    青川：小院子里的大服务\n    2023-05-12 来源：某某日报\n    近日，青川县乔庄镇柳河社区的老党员在服务站里看书。柳河社区的服务站去年建成。\n' +
      '    柳河社区党委书记说，服务站每天开放。\n    这样的服务站还有很多，目前已组建志愿服务队300支。';
    expect(records(story).map((r) => [r[0], r[2]])).toEqual([['青川县', 300]]);
  });

  it('takes no common word before 村集体 (the village collective) for a village', () => {
    expect(namesIn('全年收入300万元，除去村集体的日常开支，结余全部分红。')).toEqual([]);
    expect(namesIn('2022年，东风村集体经济收入达到58万元。')).toEqual(['东风村']);
  });

  it('counts no town in the headline as the bare stem of a village named after it (柳山镇 … 柳山村)', () => {
    const report =
      '柳山镇2018年党建工作总结\n\n2018年，通山县柳山镇党委坚持党建引领，全面加强党的建设。\n\n一、队伍建设\n全镇共有党员1420名，全年新发展党员19名。\n\n' +
      '二、集体经济\n全镇14个村集体经济收入均达到10万元以上。\n\n三、柳山村：党建带动产业\n柳山村党总支依托茶叶产业带动群众致富。“党员带头是关键。”柳山村党总支书记说，2018年村集体经济收入突破200万元。';
    expect(layOut(normalize(report).text, segmenter).sections[0]!.unit).toBe('柳山镇');
  });

  it('weighs a name as a venue where its facility follows it (某社区党群服务中心), or an award\'s name after 荣获', () => {
    const report =
      '今年以来，南京市鼓楼区推进红色物业，解决了一批小区难题。湖南路街道深化书记项目，激发小区活力。\n' +
      '通过新建、改扩建等方式，提升山西路社区党群服务中心、青云巷社区党群服务中心等阵地功能，征求居民意见建议200余条。';
    expect(layOut(normalize(report).text, segmenter).sections[0]!.unit).toBe('湖南路街道');
    expect(records('我校再次荣获湖北省先进单位称号\n湖北大学学习参学率达到100%。我校教职工人均学习51学时。').map((r) => r[0])).toEqual(['湖北大学', '湖北大学']);
    // Also after the award round's year (荣获2021年度某市“…”称号).
    const award = '本报讯 日前，无锡市滨湖区蠡园街道王平荣获2021年度无锡市“十佳志愿者”称号。他加入街道志愿服务队以来，累计开展志愿服务120次。';
    expect(records(award).map((r) => r[0])).toEqual(['蠡园街道']);
  });

  it('gives a clause opened by unnamed villages of the section (个别村…, 15个村…) back to the section', () => {
    const report = '青松镇2022年工作总结\n各村发展特色产业，红星村茶叶产业蓬勃发展，青石村蚕桑产业风生水起，个别村集体经济收入超过100万元。';
    expect(records(report)).toEqual([['青松镇', 2022, 1000000]]);
    expect(records(report.replace('个别村', '3个村'))).toEqual([['青松镇', 2022, 1000000]]);
  });

  it('gives villages counted after a town\'s clause (全镇…，5个村…) to that town, in a county\'s article', () => {
    const county = '南岭县壮大集体经济\n南岭县以产业带动增收。作为全县的移民安置区，青松镇整合了各村资源。\n今天，全镇有150名群众就近务工，4个村集体经济收入都超过了60万元。\n南岭县还推进分类施策。';
    expect(records(county)).toEqual([['青松镇', null, 600000]]);
    // A sentence the county opens keeps its villages for the county.
    expect(records(county.replace('今天，全镇有150名群众就近务工，', '今天，全县'))).toEqual([['南岭县', null, 600000]]);
  });

  it("gives communities counted under a community's section (a secretary's words, then 8个社区…) to the town the article names for its level", () => {
    const town = '青松镇：社区里的临时党支部\n青松镇党委在全镇8个社区成立临时党支部。\n青松镇红枫社区党委书记李某某\n“我们社区把辖区单位的党员都动员起来了。”\n临时党支部成立后，8个社区组建党员志愿服务队26支。';
    expect(records(town).map((r) => [r[0], r[2]])).toEqual([['青松镇', 8], ['青松镇', 26]]);
  });

  it('reads the whole of the section\'s level as a clause\'s venue (在全镇11个村建立…) as that level\'s subject', () => {
    const report = '青松镇2023年党建工作总结\n一是抓阵地。红岭社区党群服务中心迁入新址，解决了群众办事不便等问题。在全镇11个村建立了产业党支部。';
    expect(records(report)).toEqual([['青松镇', 2023, 11]]);
  });

  it('gives the people a unit above the section sends down (其中某市选派第一书记2人) to the section\'s unit they serve', () => {
    const town = '石横镇2019年工作总结\n石横镇现有第一书记20人，其中泰安市选派第一书记2人，肥城市选派第一书记5人，镇选派第一书记13人。';
    expect(records(town)).toEqual([['石横镇', 2019, 20], ['石横镇', 2019, 2], ['石横镇', 2019, 5], ['石横镇', 2019, 13]]);
    // A unit of the section's level or below that opens the clause still acts for itself.
    const county = '肥城市2019年工作总结\n石横镇选派第一书记13人，安临站镇选派第一书记9人。';
    expect(records(county)).toEqual([['石横镇', 2019, 13], ['安临站镇', 2019, 9]]);
    // Also through the named sender's bodies and departments (某县委组织部、某局等挂点单位派出…).
    const departments = '青松镇2022年抗疫工作\n青松镇党员干部参与核酸采样，东风县委组织部、政数局等挂点单位派出党员志愿者累计98人次。';
    expect(records(departments)).toEqual([['青松镇', 2022, 98]]);
    // So does the body of an upper level the file never names (县委组织部选派到…), and what the people bring the villages.
    const unnamed = '青松镇2023年党建工作总结\n青松镇党委全年发展党员12名。\n县委组织部选派到青松镇红旗村、向阳村等5个村的驻村第一书记5名，帮助各村争取项目资金80万元。';
    expect(records(unnamed)).toEqual([['青松镇', 2023, 12], ['青松镇', 2023, 5], ['青松镇', 2023, 800000]]);
    // A county that speaks of its own deed without sending anyone down stays unnamed.
    expect(records('青松镇2023年党建工作总结\n青松镇党委全年发展党员12名。\n县委组织部投入专项资金80万元。').map((r) => r[0])).toEqual(['青松镇', null]);
  });

  it('leads a paragraph opened by 该村 with the village it refers back to, for its later sentences too', () => {
    const visit = '记者日前在某省林芝市采访，看到一个现象。\n从林芝市区出发，不久就到了巴宜区八一镇巴吉村。村里很热闹。\n该村共有村民96户428人，其中党员31人，村集体收入多年保持在600万元以上。其中，2024年村集体经济收入620万元。';
    expect(records(visit)).toEqual([['巴吉村', null, 31], ['巴吉村', null, 6000000], ['巴吉村', 2024, 6200000]]);
  });

  it('names a township by the one bare stem of its level the file writes, where the article speaks as that level (我街道 … 交给朱家尖的任务)', () => {
    const report = '2021年是建党百年，我街道较好完成了区委交给朱家尖的各项任务，服务普陀发展大局。\n今年以来，全街道新建党群服务站6个。';
    expect(records(report)).toEqual([['朱家尖街道', 2021, 6]]);
    // Not where the article never speaks as that level, nor where the file names neither its county nor its city.
    expect(records('2021年，街道较好完成了区委交给朱家尖的各项任务，服务普陀发展大局，新建党群服务站6个。')).toEqual([[null, 2021, 6]]);
    expect(records(report.replace('，服务普陀发展大局', ''))).toEqual([[null, 2021, 6]]);
    // A city's stem is that city, a place visited (在延安): no township of its name.
    expect(records('2021年，我街道组织党员在延安学习。\n今年以来，全街道新建党群服务站6个。')).toEqual([[null, 2021, 6]]);
  });

  it('takes no year from the year things were found in that a deed now deals with (针对2020年度查摆的问题)', () => {
    const text = '街道党建工作总结\n针对2020年度查摆的队伍不强等问题，街道选配骨干力量。全年共开展集中学习96场次。';
    expect(layOut(normalize(text).text, segmenter).year).toBeNull();
    // Nor does the sentence tie its figure to that year.
    expect(records('街道党建工作总结\n针对2020年度查摆的队伍不强等问题，组建党员志愿服务队等4支骨干队伍。').map((r) => r[1])).toEqual([null]);
    // The year of the work summed up stays the results' (对2020年度的工作进行总结).
    expect(layOut(normalize('街道党建工作总结\n对2020年度的工作进行总结，全年开展集中学习96场次。').text, segmenter).year).toBe(2020);
  });

  it('takes the year a sentence says was closed with work done (2020年是…收官之年，…较好完成…), not one ahead of it', () => {
    const closed = '2020年是十三五规划的收官之年，我镇较好完成了年初确定的主要目标。\n今年以来，全镇发展党员18名。';
    expect(layOut(normalize(closed).text, segmenter).year).toBe(2020);
    const ahead = '2023年是开局之年，全镇要完成各项任务。\n今年以来，全镇发展党员18名。';
    expect(layOut(normalize(ahead).text, segmenter).year).toBeNull();
    // A page dated after the year it names looks back on it.
    const named = '2019年是深化改革的关键之年。东风镇扎实推进各项工作，全镇发展党员18名。';
    expect(layOut(normalize(`东风镇工作回顾\n2020-01-06 09:30\n${named}`).text, segmenter).year).toBe(2019);
    expect(layOut(normalize(`东风镇工作回顾\n2019-01-06 09:30\n${named}`).text, segmenter).year).toBeNull();
  });

  it('weighs the village a resident who speaks lives in (…”某镇某村村民王某说) as a venue, not the unit at work', () => {
    const feature = '“第一书记来了以后，路修好了，水也通了。”肥城市石横镇东付村村民王大山说。\n今年以来，石横镇统筹推进第一书记工作。全年新建党群服务站5个。';
    expect(records(feature).map((r) => r[0])).toEqual(['石横镇']);
    // So is the community of a resident who praises the work (…某社区居民王某对…连连称赞).
    const praise = '“多亏了志愿服务队。”3月3日，青山区东湖街道石桥社区居民王丽对街道“暖心”志愿服务队的上门服务连连称赞。\n该志愿服务队自成立以来累计开展活动260场。';
    expect(records(praise).map((r) => r[0])).not.toContain('石桥社区');
  });

  it('weighs the places of an address (…党群服务中心位于某省某市某区…) as venues, not the unit at work', () => {
    const text = '“社区帮我们办了大好事。”居民李华说。\n红旗街道东湖社区党群服务中心位于湖北省武汉市青山区和平大道西段，辖区有成型小区6个，总户数3200户。东湖社区是全市文明社区。近年来，东湖社区坚持党建引领，统筹青山区人大、青山区政协、青山区司法局等单位力量。\n2024年以来，共协调解决邻里纠纷40件。';
    expect(mainUnit(text)).toBe('东湖社区');
  });

  it('takes no unit from the body that gave the order (按照某市…的部署) where the article speaks as a unit below it (我街道)', () => {
    const text = '按照三明市疫情防控指挥部的统一部署，4月2日我街道开展全员核酸检测。市委副书记到采样点督导。当天共采样2.9万人次。';
    expect(records(text).map((r) => r[0])).toEqual([null]);
  });

  it('reads a listed sumu of one character (辉苏木) as a town of one character is read', () => {
    expect(namesIn('（二）辉苏木：流动服务站延伸到牧区')).toEqual(['辉苏木']);
  });

  it('reads a Beijing area office written as a town (庙城镇 for the list\'s 庙城地区), and no stem ending in 住 (书记住村)', () => {
    expect(namesIn('怀柔区庙城镇实名注册志愿者达到2800人')).toEqual(['怀柔区', '庙城镇']);
    expect(namesIn('坚持支部书记住村制度，密切干群关系')).toEqual([]);
  });

  it('reads a day of the year as a community\'s stem (八一社区), a noun\'s, not a number\'s', () => {
    const text = '凝聚力量暖民心\n2023年08月16日\n鼓楼区州桥街道办事处八一社区党群服务中心聚焦基层治理。\n\n聚焦共建共享。八一社区结合实际，开展志愿服务活动120场。\n\n开展政策宣讲20场。';
    expect(records(text).map((r) => r[0])).toEqual(['八一社区', '八一社区']);
  });

  it('reads a stem jieba tags a measure word (马元) as a noun\'s, so the community after its parents is the unit', () => {
    const text = '志愿者，好样的！\n本报讯 经评选，亳州市谯城区薛阁街道马元社区榜上有名。\n据了解，马元社区于2013年设立志愿服务站，组建志愿服务队12支。';
    expect(records(text).map((r) => r[0])).toEqual(['马元社区']);
  });

  it('takes the one unit a headline tells of unnamed (我市一社区入选…) from the body, and 我们村, 俺村 as a village\'s own voice', () => {
    const news = '我市一社区入选全省“月评十佳”\n记者从省文明办获悉，涡阳县星园社区入选优秀社区典型。\n据了解，星园社区组建志愿服务队15支，我市志愿服务工作持续推进，我市将继续推广。';
    expect(records(news).map((r) => r[0])).toEqual(['星园社区']);
    // A listed name beside a phrase that reads as a community (商业密集的综合性社区) is still the one.
    const listed = '我市一社区入选全省“月评十佳”\n本文版权归亳州晚报所有。\n记者获悉，利辛县文州社区入选优秀社区典型。\n据了解，文州社区是商业网点密集的综合性社区，组建志愿服务队15支，我市将继续推广。我市志愿服务持续推进。';
    expect(layOut(normalize(listed).text, segmenter).sections[0]!.unit).toBe('文州社区');
    const visit = '第一书记驻村纪实\n县水利局干部驻桃园村帮扶。“俺村修了路，俺村还新建了党群服务中心1个。”村委会主任说。\n“我们村集体经济收入达到35万元。”';
    expect(new Set(records(visit).map((r) => r[0]))).toEqual(new Set(['桃园村']));
  });

  it('names a province the file writes only by its stem when the article speaks as the province (全省, 我省)', () => {
    const report = '党员队伍持续壮大\n陕西日报记者报道：截至2022年底，全省共有党员300.5万名，比上年增加3.1万名。全省基层党组织在陕西扎根。';
    expect(records(report)).toEqual([['陕西省', 2022, 3005000]]);
    // An autonomous region speaks as 全区.
    expect(records('内蒙古党员总数持续增长\n截至2021年底，内蒙古全区共有党员150.3万名，全区发展党员2.1万名。')).toEqual([
      ['内蒙古自治区', 2021, 1503000],
      ['内蒙古自治区', 2021, 21000],
    ]);
    // Two provinces written: none is taken.
    expect(records('截至2022年底，全省共有党员300.5万名。全省与浙江、江苏开展交流。')).toEqual([[null, 2022, 3005000]]);
  });

  it("names a county by its stem after its province's (浙江安吉…), where the article speaks from the county's level", () => {
    const text = '基层党校办到家门口\n近年来，浙江安吉聚焦基层党校提质增效，推动党员轮训走深走实。全县8个乡镇全覆盖成立基层党校，举办专题培训班26期。';
    expect(records(text)).toEqual([['安吉县', null, 26]]);
    // Not under another province's stem.
    expect(records(text.replace('浙江安吉', '江苏安吉'))).toEqual([[null, null, 26]]);
  });

  it('names a county by its bare stem only where it opens a clause to say what the place is (安吉是…), never a common word before a unit word', () => {
    const speech = '在全县党建工作推进会上的讲话\n同志们：\n安吉是生态大县。今年以来，全县新建党支部12个，全县上下合力推进。\n2022-08-09';
    expect(records(speech)).toEqual([['安吉县', 2022, 12]]);
    // … or since when it is one (松原建市10年来).
    expect(records('市党员教育工作回顾\n\n湖州建市以来，全市制作党员教育专题片150多部，全市上下形成合力。')).toEqual([['湖州市', null, 150]]);
    // … or as the doer that opens two clauses or more, though a community of it is named in full.
    const news = '新华社电 浙江湖州吴兴区月河社区的党员志愿者们忙个不停。\n湖州从去年起推行在职党员进社区。为便于管理，湖州在社区网格建立临时党支部，目前全市已组建临时党支部420个，全市上下形成合力。';
    expect(records(news)).toEqual([['湖州市', null, 420]]);
    // Once is not enough, unless the stem also opens the path of a unit of the city (湖州吴兴区: a parent written short).
    expect(records(news.replace('湖州从去年起', '从去年起').replace('浙江湖州吴兴区', '浙江吴兴区'))).toEqual([[null, null, 420]]);
    expect(records(news.replace('湖州从去年起', '从去年起'))).toEqual([['湖州市', null, 420]]);
    // With 全市 once, three clauses the stem opens, as jieba's place word, name it.
    const once = '去年，湖州深化基层党建，全市发展党员1200名。湖州高质量推进整改。湖州持续抓好阵地建设，新建党群服务中心30个。';
    expect(records(once).map(([unit]) => unit)).toEqual(['湖州市', '湖州市']);
    expect(records(once.replace('湖州高质量推进整改', '高质量推进整改')).map(([unit]) => unit)).toEqual([null, null]);
    // A municipality's stem is seldom written in full: twice as jieba's place word opening a clause names it, with 本市 once.
    const city = '本报讯 本市新建非公企业党组织300家。昨天，天津召开两新组织党建工作会议。截至去年底，天津两新组织党组织达1.2万个。';
    expect(records(city).map(([unit]) => unit)).toEqual(['天津市']);
    expect(records(city.replace('截至去年底，天津', '截至去年底，')).map(([unit]) => unit)).toEqual([null]);
    // 新建 of 新建社区 is no county's stem here, whatever the list holds.
    expect(records('全区工作总结\n一是全区投入资金300万元，新建社区党群服务中心8个。二是全区发展党员60名。')).toEqual([
      [null, null, 3000000],
      [null, null, 8],
      [null, null, 60],
    ]);
  });

  it('takes the one name of the level the article speaks as (街道党工委) where it is written only once and after a verb', () => {
    const speech = '在街道党建工作推进会上的讲话\n2022-06-30\n今天，街道党工委召开小寨路街道党建工作推进会。\n今年以来，街道各级党组织经受住了考验。\n二是阵地建设。新建社区党群服务中心2个，改造提升党群服务站16个。';
    expect(records(speech).map((r) => r[0])).toEqual(['小寨路街道', '小寨路街道']);
    // Not where the article speaks from the level above it.
    const county = '全县工作综述\n全县在小寨路街道召开现场会，街道党工委作交流发言。全县新建党支部9个，全县发展党员30名。';
    expect(new Set(records(county).map((r) => r[0]))).toEqual(new Set([null]));
  });
});

describe('a word after a unit suffix', () => {
  it('reads 乡 opening 乡风, 乡亲 or 乡贤 as that word, not as the end of a township (文明乡风 names no 文明乡)', () => {
    const text = '红石乡培育良好风尚\n文明乡风吹遍山村。今年以来，红石乡开展志愿服务活动45次。';
    expect(placeNamesIn(text, segmenter).map((n) => n.name)).toEqual(['红石乡', '红石乡']);
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['红石乡', 45]]);
  });
});

describe("a village's profile after its township", () => {
  it('takes a village whose stem is a common word (自由村) as the subject where its area or population follows it', () => {
    const text = '河口镇志愿服务队助力乡村振兴\n近日，河口镇自由村的志愿者忙个不停。\n河口镇自由村幅员面积6平方公里，总人口4800人，其中党员87名。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['自由村', 87]]);
  });
});

describe("a parent's stem before a name in the body", () => {
  it('marks the start of a name as its parent in full would (四川某县), so that a lead opening so outweighs a venue named later', () => {
    const text = '（资料图）\n四川青川县抓基层打基础，组织干部到基层宣讲80余场次。\n以竹园镇新桥社区为代表，各村建设议事堂。';
    expect(mainUnit(text)).toBe('青川县');
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['青川县', 80]]);
  });

  it('marks it for a county-level city renamed since, by the stem the list now holds (江苏江都市, now 江都区)', () => {
    const text = '今年以来，江苏江都市采取分类施策的办法推进社会组织党建。\n该市要求党员较多的社会组织单独建立党组织。对党员人数少的社会组织，按照就近原则，新建9家联合党支部。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['江都市', 9]]);
  });
});

describe('a sub-district written 某某街 before one of its own communities', () => {
  it('is a name where the list has the community under it (花园街喇嘛台社区), and the path leads to the community', () => {
    expect(placeNamesIn('今年，花园街喇嘛台社区党委组建志愿服务队8支。', segmenter).map((n) => n.name)).toEqual(['花园街', '喇嘛台社区']);
    // A street before a community of another sub-district is a street.
    expect(placeNamesIn('今年，解放街喇嘛台社区党委组建志愿服务队8支。', segmenter).map((n) => n.name)).toEqual(['喇嘛台社区']);
  });
});

describe('institutions and joint bodies named after places', () => {
  it("gives a community health centre's figures to the unit of the section, not the community (某社区卫生服务中心开展…)", () => {
    const text = '青山镇党建纪实\n青山镇党委抓党建促治理。东风社区卫生服务中心开展健康宣讲12场次。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['青山镇', 12]]);
  });
  it('reads 联村 after a township (某乡联村党委) as joint villages, no village', () => {
    expect(placeNamesIn('桑日县增期乡联村党委组织党员学习。', segmenter).map((n) => n.name)).toEqual(['桑日县', '增期乡']);
  });
});

describe('an ellipsis closing a list of examples', () => {
  it('ends the sentence: the unit of the summing clause after it is its own (……全区各社区共列出…)', () => {
    const text = '青山区为民办实事\n今年以来，青山区开展为民办实事活动。据介绍，东湖社区开办午托班，为12名儿童提供午餐……全区各社区共列出实事清单300件，目前已兑现180件。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['青山区', 300], ['青山区', 180]]);
  });
});

describe("a unit's head named after it", () => {
  it('reads 镇长 or 县长 right after a name as the head, not a longer name (某镇镇长 names no 某镇镇)', () => {
    expect(placeNamesIn('新安镇镇长王明说，全镇新建党支部3个。', segmenter).map((n) => n.name)).toEqual(['新安镇']);
  });
});

describe("a town's firm setting up its branch", () => {
  it("gives the figure to the article's unit, not the town the firm is in (我市某镇的某公司…等3家企业成立了党支部)", () => {
    const text = '普宁市非公党建取得新进展\n近日，我市洪阳镇的普宁市宏达建材有限公司和南溪镇的普宁新球工艺有限公司等3家非公企业先后成立了党支部。普宁市非公企业党建工作持续推进。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['普宁市', 3]]);
  });
});

describe('units named in more forms', () => {
  it("takes a youth league committee's place (西城团区委) for that place", () => {
    expect(placeNamesIn('【来源】:西城团区委 | 2021-06-18', segmenter).map((n) => n.name)).toEqual(['西城区']);
    expect(mainUnit('【来源】:西城团区委 | 2021-06-18\n年内开展志愿服务活动40余场。')).toBe('西城区');
  });

  it('takes a village written as an administrative village (某乡柳树沟行政村) for the village the list holds', () => {
    expect(placeNamesIn('东风县城关乡柳树沟行政村位于城关乡西南部', segmenter).map((n) => n.name)).toEqual(['东风县', '城关乡', '柳树沟村', '城关乡']);
    expect(placeNamesIn('东风县城关乡柳树沟行政村位于城关乡西南部', segmenter).find((n) => n.name === '柳树沟村')).toMatchObject({ start: 6, end: 12 });
  });

  it('takes a verb and its result written as one word (做实街道) for no name, after a colon as anywhere', () => {
    const names = (text: string) => placeNamesIn(text, segmenter).filter((n) => !n.commonStem).map((n) => n.name);
    expect(names('南昌西湖区:做实街道“大工委” 凝聚服务合力')).toEqual(['西湖区']);
    expect(names('南昌西湖区:抓实街道“大工委” 凝聚服务合力')).toEqual(['西湖区']);
  });

  it('gives the article to the whole an example is an epitome of (某村的市场是某区…的一个缩影)', () => {
    const text =
      '东岭村党支部书记王平告诉记者，东岭村引进企业建成建材市场，每年为村集体增收80万元。\n东岭村建材市场是城关区发展村集体经济的一个缩影。近年来，城关区把壮大村集体经济作为抓手。截至2020年底，40个村集体经济收入2600万元。';
    const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);
    expect(records(text)).toEqual([['城关区', 26000000]]);
    // Without it the village is the article's (its 40 villages' income stays the district's: no village holds villages).
    const plain = text.replace('是城关区发展村集体经济的一个缩影', '带动了城关区的发展');
    expect(mainUnit(plain)).toBe('东岭村');
    expect(records(plain)).toEqual([['城关区', 26000000]]);
  });

  it('gives the article to the unit an example owes its change to (某村的变化得益于该县…)', () => {
    const text =
      '6月8日，东风县城关乡东岭村，村级公路平坦宽敞。据介绍，东岭村党支部曾被列为软弱涣散党组织。如今，该村村集体经济收入突破10万元。\n东岭村的变化得益于该县在党建引领上守正创新。东风县将人才工作作为重要工程来抓。\n同时，全年开展人才技能培训15期。';
    const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);
    expect(records(text)).toEqual([['东岭村', 100000], ['东风县', 15]]);
    expect(records(text.replace('得益于该县', '离不开'))).toEqual([['东岭村', 100000], ['东岭村', 15]]);
    // A household's change credits no unit with the article.
    expect(records(text.replace('东岭村的变化得益于该县', '他家的变化也得益于该县'))).toEqual([['东岭村', 100000], ['东岭村', 15]]);
  });

  it('takes no founding year (建成于2020年) for the year of the figures after it', () => {
    const text = '社区文明实践站建成于2020年5月，下设志愿服务队3支，常驻志愿者40名。';
    expect(recordYear(text, text.indexOf('40'))).toBe(null);
    const built = '社区文明实践站2020年5月建成，下设志愿服务队3支，常驻志愿者40名。';
    expect(recordYear(built, built.indexOf('40'))).toBe(2020);
  });
});

describe('an event held at the end of a path, and a lead that opens with its day', () => {
  const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);

  it('takes a place where an event was held (在某区某街道举行) for its venue, not the unit at work', () => {
    const text = '志愿服务联盟成立\n11月19日，志愿服务联盟启动仪式在西湖区南站街道举行，1000余名注册志愿者加入联盟。西湖区组建专业志愿服务队5个。';
    expect(records(text)).toEqual([['西湖区', 1000], ['西湖区', 5]]);
    // A scene set at the path's end (在某区某街道，…) is where the article's unit works.
    expect(records('南站街道志愿服务\n在西湖区南站街道，1000余名注册志愿者加入联盟。')).toEqual([['南站街道', 1000]]);
  });

  it("gives the article to a village that holds an event in a lead opened by its day, down a path from the headline's place", () => {
    const text =
      '汶川：村民共享集体经济红利\n四川新闻网1月12日电 “今年分红比去年又高一些了……”。1月11日，汶川县映秀镇东岭村举行村集体经济分红仪式，全村一派喜悦。\n村集体提留一部分后，此次共分红34万元。';
    expect(records(text)).toEqual([['东岭村', 340000]]);
    // (Where the lead only comes to the village, 记者来到…, the headline's place stays the article's.)
    expect(records(text.replace('汶川县映秀镇东岭村举行村集体经济分红仪式', '记者来到汶川县映秀镇东岭村'))).toEqual([['汶川县', 340000]]);
  });
});

describe('a village led by its first secretary in a county round-up', () => {
  const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);
  const roundUp = (paragraph: string) => `东风县第一书记助力乡村振兴\n东风县选派第一书记120名。\n${paragraph}`;

  it('gives a paragraph led by its village after clauses of cause and time (因…，前几年，某县某镇某村…) to that village', () => {
    const text = roundUp('因村部年久失修，前几年，东风县城关镇东岭村只能借用场所开展活动。市教育局派驻第一书记王平到村后，协调资金170万元新建党群服务中心。');
    expect(records(text)).toEqual([['东风县', 120], ['东岭村', 1700000]]);
    expect(records(text.replace('因村部年久失修，前几年，', '村部年久失修，前几年，按照县里要求，'))).toEqual([['东风县', 120], ['东风县', 1700000]]);
  });

  it("goes on with an official's unit in a sentence that opens with a pronoun after the official's name (…某村第一书记王平的助力。他…)", () => {
    const text = roundUp('村民就业的变化，得益于市财政局派驻到东岭村第一书记王平的助力。他通过多方努力，协调到资金350万元，创办了劳动服务中心。');
    expect(records(text)).toEqual([['东风县', 120], ['东岭村', 3500000]]);
    expect(records(text.replace('派驻到东岭村第一书记王平的助力', '派驻到各村的第一书记的助力'))).toEqual([['东风县', 120], ['东风县', 3500000]]);
  });

  it("gives a sentence whose subject is an official the article introduced with a village to that village (…某村党支部书记王平…。上任以来，王平…)", () => {
    const text = roundUp('春耕时节，东风县石门乡东岭村党支部书记王平格外忙碌。去年换届上任以来，王平带着村两委班子走访农户，化解矛盾纠纷12起。');
    expect(records(text)).toEqual([['东风县', 120], ['东岭村', 12]]);
    expect(records(text.replace('王平带着村两委班子', '乡里带着各村班子'))).toEqual([['东风县', 120], ['东风县', 12]]);
  });

  it('goes on with the unit a person is said to be of in a sentence that opens with a pronoun (王平是某村的…。他…)', () => {
    const text = roundUp('王平是东岭村的养殖能手，前年当选为村党支部书记。他带领全村发展稻虾养殖，村集体经济年收入超过30万元。');
    expect(records(text)).toEqual([['东风县', 120], ['东岭村', 300000]]);
    expect(records(text.replace('王平是东岭村的养殖能手，前年当选为村党支部书记', '王平是东岭村党支部书记'))).toEqual([['东风县', 120], ['东岭村', 300000]]);
  });
});

describe("a year before the dateline's in an article of this year's work", () => {
  const recordsOf = (text: string) => extractText(text).records.map((r) => [r.year, r.value]);

  it('keeps a year that opens a sentence before the dateline\'s for that sentence, where the article reports 全年 or 年内', () => {
    const text = '东风社区党建纪实\n时间：2021-09-29\n东风社区建成于2009年，居民2107户。\n2005年7月，社区在册党员86人。\n社区志愿服务队全年开展义务服务13次。';
    expect(recordsOf(text)).toEqual([[2005, 86], [2021, 13]]);
    // A report of the year before, published early in the next, keeps that year for its 全年.
    expect(recordsOf('东风县党建工作综述\n发布时间：2021-02-10\n2020年，全县全年发展党员120名，新建党群服务中心12个。')).toEqual([[2020, 120], [2020, 12]]);
  });
});

describe('a round-up of many villages, one of them told at length', () => {
  it('gives the article to the town that leads it, each named village keeping its own figure', () => {
    const text =
      '去年，城关镇村集体经济保持稳健发展，8个村的村级稳定性收入全部超过了500万元。城关镇共有8个村，其中，东岭村的稳定性收入达到了2284万元；西岭村、南岭村、北岭村、柳树沟村的稳定性收入都超过1000万元。\n记者前往西岭村探营。西岭村的草莓棚里果实累累。西岭村一直发展较快。西岭村负责人表示，去年新建了农庄。西岭村还新建了房车基地。';
    const units = extractText(text).records.map((r) => [r.unit, r.value]);
    expect(units[0]).toEqual(['城关镇', 5000000]);
    expect(units).toContainEqual(['东岭村', 22840000]);
    // Two peers only: the village told at length is the article's.
    const fewer = text.replace('西岭村、南岭村、北岭村、柳树沟村', '西岭村、南岭村').replace('东岭村的稳定性收入达到了2284万元；', '');
    expect(mainUnit(fewer)).toBe('西岭村');
    // (The town's 8 villages, counted after the town's clause, stay the town's.)
    expect(extractText(fewer).records[0]).toMatchObject({ unit: '城关镇', value: 5000000 });
  });
});

describe('a village a deed is credited to', () => {
  const records = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);
  const text =
    '东风区“三向发力”壮大村级集体经济\n近日，东风区城关乡“山鸡”火遍了朋友圈。据统计，“山鸡”每年可为城关乡柳树沟村带来8万元的集体经济收入。这是柳树沟村采取“党组织+合作社”模式，整合资金约20万元带来的成效。';

  it('gives an income brought to a village (为某乡某村带来…收入) to that village, and a deed after 这是 to the unit it names', () => {
    expect(records(text)).toEqual([['柳树沟村', 80000], ['柳树沟村', 200000]]);
    expect(records(text.replace('每年可为城关乡柳树沟村带来', '每年带来').replace('这是柳树沟村采取', '这是采取'))).toEqual([['城关乡', 80000], ['城关乡', 200000]]);
  });
});

describe('a township the article speaks of as 这个镇', () => {
  it('gives the article to the town, not to the village where its opening scene is set', () => {
    const text =
      '“农闲正好学技术，培训送到了家门口。”近日，在行唐县南桥镇柳树沟村果树修剪培训班上，村民老王说。据了解，这是该镇开展送技术下乡活动的一个场景。\n这个镇党委利用冬闲时机，组织农技部门深入全镇各村开展培训，到目前共举办培训班30余场次，培训村民2000多人次。';
    expect(mainUnit(text)).toBe('南桥镇');
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['南桥镇', 30], ['南桥镇', 2000]]);
  });

  it('takes 这个乡村 (the countryside) for no voice of a township', () => {
    const text = '“农闲正好学技术。”近日，在内丘县五郭店乡南岭村果树修剪培训班上，村民老王说。这个乡村的变化很大，这个乡村的党员带头，这个乡村的合作社共培训村民200多人次。';
    expect(mainUnit(text)).toBe('南岭村');
  });
});

describe("a township's summary that speaks as its own body (镇班子成员, 镇党委)", () => {
  const text =
    '2022年，全镇上下凝心聚力，各项事业稳步推进。现将一年来工作总结如下：\n一、党建工作\n我镇制定了《六横镇党员教育管理实施办法》。2022年，镇班子成员带头到联系村讲党课28次，镇党委举办党员培训班6期。\n' +
    '2022年5月，舟山市委主要领导率舟山市有关部门负责人到海岛调研，对舟山市海岛党建工作给予肯定。';

  it('gives the summary to the town it names, not to the city whose leaders visited', () => {
    expect(mainUnit(text)).toBe('六横镇');
    expect(extractText(text).records.map((r) => [r.unit, r.metric, r.value])).toEqual([
      ['六横镇', 'party_lectures', 28],
      ['六横镇', 'training_sessions', 6],
    ]);
  });

  it('takes a named township’s own body (某镇党委) for no voice of the article', () => {
    const district = '普陀区基层党建扎实推进\n2022年，普陀区新发展党员300名。六横镇党委举办培训班6期，六横镇政府投入资金20万元，六横镇班子成员走访党员200名。';
    expect(mainUnit(district)).toBe('普陀区');
  });
});

describe('村里 referring back to the village of the sentence before', () => {
  it('gives the figure to that village, not to the district whose article it is', () => {
    const text =
      '村级集体经济靠什么牵引？来自苏州市吴江区多个镇村的调查\n仲夏时节，苏州市吴江区同里镇柳湾村的“吴江区示范方”稻田葱绿。2022年，柳湾村的村集体经营性收入还在吴江全区垫底。' +
      '去年，通过党建引领、四村联建，村里的产业逐步走向多元，村集体经营性收入增至136.4万元。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['柳湾村', 1364000]]);
  });
});

describe('a name read as a verb’s phrase more often than not', () => {
  it('is no unit, though once it stands where a name could (为联建村…), over the village the article names in full', () => {
    const text =
      '东风公司结对帮扶见成效\n2021年5月，东风公司与曹县王集镇张庄寨村签订联建协议。公司先后5次到联建村开展活动，共投入10余万元助力联建村发展。' +
      '公司前往联建村调研，与县直工委领导、联建村领导交流对接。为联建村16户困难群众送去慰问品，提高了联建村党组织的凝聚力。' +
      '4月，为联建村送去防疫物资，支持联建村日常防疫，帮助联建村建设图书室，助力联建村提升组织力。';
    expect(mainUnit(text)).toBe('张庄寨村');
  });
});

describe('a quotation that opens with the village it speaks of', () => {
  const text =
    '东风日报讯 “柳湾村是全县首批村级合作社试点村，合作社已建成加工车间3间，2023年村集体经济收入26.8万元，年村集体经济收入较上年翻番。”永昌县红山窑镇负责人介绍说。\n\n' +
    '近日，甘州区花寨乡组织各村党支部书记前往永昌县红山窑镇观摩学习。\n\n大家表示，要把学到的经验用于本村建设。';

  it('gives the figures to that village, not to the speaker’s township, also after a news lead', () => {
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['柳湾村', 268000]]);
  });

  it('takes 年 before a village’s collective economy for annual, no village named 年村', () => {
    expect(placeNamesIn('，年村集体经济收入较上年翻番。', segmenter).map((n) => n.name)).toEqual([]);
  });
});

describe('a township the list lacks before a village that opens its clause', () => {
  const text =
    '行唐县关心关爱流动党员\n春节期间，行唐县委组织返乡流动党员开展“回乡献一策”活动，全县共举办座谈会80多场。各村党组织也行动起来。行唐镇柳树沟村党支部组织返乡党员参观产业园，并投资6万多元为村里硬化道路。';

  it('takes the unlisted township for the listed village’s parent, so the village is the subject', () => {
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toContainEqual(['柳树沟村', 60000]);
  });
});

describe("a department's own article", () => {
  const text = '今年以来，石家庄市行唐县卫健局扎实开展党史学习教育。局党组先后组织专题学习研讨5次，全系统300余名党员全员参与线上答题。';

  it('gives the work of a department speaking in its own voice (局党组, 全系统) to its place', () => {
    expect(mainUnit(text)).toBe('行唐县');
  });

  it('leaves a department named only in passing as a helper, not the unit at work', () => {
    expect(mainUnit(text.replace('局党组先后', '先后').replace('全系统', ''))).toBeNull();
  });

  it('takes 全市 before a ranking (在全市…排名) for its scope, not the voice of the city', () => {
    const ranked = text.replace('全员参与线上答题。', '全员参与线上答题，其中8名党员在全市答题排名中进入前50名。');
    expect(mainUnit(ranked.replace('局党组先后', '先后'))).toBe('行唐县');
  });
});

describe('a team stationed in a village opening its paragraph', () => {
  it('gives the figures of 驻某村工作队 to the village it is stationed in', () => {
    const text = '省交通运输厅驻村工作队开展迎新春活动\n春节将至，省交通运输厅各驻村工作队开展送春联活动。\n驻柳树沟村工作队从工作经费中拿出2万元，为村民购买春联和灯笼。\n派驻南岭村“结对帮扶”工作队投入3万元修缮村文化室。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['柳树沟村', 20000], ['南岭村', 30000]]);
  });
});

describe("a village's own voice in a quotation", () => {
  it('counts 我们村 for the village named last before it speaks, not for the best-scoring village of the article', () => {
    const text =
      '时隔一年，记者再次来到行唐县南桥镇柳树沟村，村里的变化让人吃惊。“这些都是今年做的工作，我们村累计投入资金120万元，我们村还办起了合作社。”驻村干部说。全镇还完成了北岭村到西岭村的道路工程，北岭村新建了文化广场，北岭村党支部组织党员义务植树300余株。';
    expect(mainUnit(text)).toBe('柳树沟村');
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toContainEqual(['柳树沟村', 1200000]);
  });
});

describe('a paragraph led by a unit after the level the article speaks from', () => {
  const story = (breakBefore: string) =>
    '行唐县：党员志愿服务进万家\n行唐县引导全县党员参与志愿服务。' + breakBefore + '该县南桥镇以村党支部为单位组建党员志愿服务队，推动服务常态化。一是帮劳作，党员志愿者开展志愿服务活动40余次。二是送温暖，党员志愿者入户走访群众300余户。' + breakBefore + '据悉，行唐县各级党组织共组建党员志愿服务队120余支。';
  const units = (text: string) => extractText(text).records.map((r) => [r.unit, r.value]);

  it('gives the paragraph opened by 该县某镇 to the town, its enumerated items too', () => {
    expect(units(story('\n'))).toEqual([['南桥镇', 40], ['南桥镇', 300], ['行唐县', 120]]);
  });

  it('takes a sentence end and a run of spaces inside a line for the paragraph break a page lost', () => {
    expect(units(story('   '))).toEqual([['南桥镇', 40], ['南桥镇', 300], ['行唐县', 120]]);
    expect(units(story('\u3000\u3000'))).toEqual([['南桥镇', 40], ['南桥镇', 300], ['行唐县', 120]]);
  });
});

describe('a common word before a district body the list lacks', () => {
  const names = (text: string) => placeNamesIn(text, segmenter).map((n) => n.name);

  it('takes no district from a word of the sentence before 区委 (指导区委办公室…)', () => {
    expect(names('机关工委加强统筹，指导区委办公室党支部等6个支部完成换届。')).toEqual([]);
  });

  it('still takes a county the list lacks by a stem that is a common word (。青石县委…)', () => {
    expect(names('会议召开。青石县委组织部部署工作')).toEqual(['青石县']);
  });
});

describe('a name whose stem is a verb, written again after the text named it in full', () => {
  it('takes the later mention for the name the path confirmed (某街道解放社区…。解放社区已有…)', () => {
    const names = placeNamesIn('界首市西城街道解放社区开展积分兑换活动。解放社区已有120人参与志愿服务。', segmenter);
    expect(names.filter((n) => n.name === '解放社区').map((n) => n.commonStem)).toEqual([undefined, undefined]);
  });

  it('leaves the verb phrase a verb where the text never named the place', () => {
    const names = placeNamesIn('各地持续解放社区工作者的精力。', segmenter);
    expect(names.filter((n) => n.name === '解放社区').map((n) => n.commonStem)).toEqual(['verb']);
  });
});

describe('an industrial park named 某某工业园', () => {
  it('takes 工业园 and 产业园 for a zone’s level word, as 工业园区 is', () => {
    const names = (text: string) => placeNamesIn(text, segmenter).map((n) => n.name);
    expect(names('连云港市海州工业园党工委组织党员开展活动')).toEqual(['连云港市', '海州工业园']);
    expect(mainUnit('连云港市海州工业园打造党建品牌\n连云港市海州工业园高度重视党建工作，园区共组织学习40次。')).toBe('海州工业园');
  });
});

describe("a headline naming a town, over a story of one of the town's villages", () => {
  it('gives the story to the village the body leads down to (某镇某村委会…), not to the town the headline leads with', () => {
    const text =
      '行唐县南桥镇：整合资金壮大村集体经济\n\n时间：2022-07-11 08:30:00    来源：某某日报\n\n近年来，行唐县南桥镇柳树沟村委会在壮大集体经济中大胆探索。\n\n整合资金60万元建设光伏电站，年收入达12万元以上。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['柳树沟村', 600000]]);
  });
});

describe('a zone written with its city\'s level word and as the list has it', () => {
  it('names the zone as the list has it where the text writes both (扬州市经济技术开发区, 扬州经济技术开发区)', () => {
    const both = zoneListedForms(placeNamesIn('扬州市经济技术开发区管委会供稿。扬州经济技术开发区组建志愿者队伍。', segmenter));
    expect(both('扬州市经济技术开发区')).toBe('扬州经济技术开发区');
    const one = zoneListedForms(placeNamesIn('扬州市经济技术开发区管委会供稿。园区组建志愿者队伍。', segmenter));
    expect(one('扬州市经济技术开发区')).toBe('扬州市经济技术开发区');
  });
});

describe('a ranking of counties by their bare stems', () => {
  it('gives each item its county, named with its level suffix (…的区县有顺义960小时、密云440小时)', () => {
    const text = '全市远程教育学习情况通报\n本月，学习总时长较长的区县有顺义960.5小时、密云440.2小时、大兴361.8小时。';
    expect(extractText(text).records.map((r) => [r.unit, r.value])).toEqual([['顺义区', 960.5], ['密云区', 440.2], ['大兴区', 361.8]]);
  });

  it('takes no single stem, nor stems of counties in different provinces, for a ranking', () => {
    const one = '全市远程教育学习情况通报\n本月，学习总时长较长的是顺义960.5小时。';
    expect(extractText(one).records.map((r) => r.unit)).toEqual([null]);
    const apart = '全国远程教育学习情况通报\n本月，学习总时长较长的有顺义960.5小时、慈溪440.2小时。';
    expect(extractText(apart).records.map((r) => r.unit)).toEqual([null, null]);
  });
});

describe('a listed village whose stem is a word, before its bodies counted', () => {
  it('takes ，其中村党支部17个 for the villages\' branches counted, not a village named 其中村', () => {
    const names = placeNamesIn('全镇共有党支部20个，其中村党支部17个，社区党支部3个。', segmenter);
    expect(names.filter((n) => n.name === '其中村' && !n.commonStem)).toEqual([]);
  });

  it('still names a village opening a clause before its own branch (，城北村党支部组织…)', () => {
    expect(placeNamesIn('全镇行动起来，城北村党支部组织党员开展活动。', segmenter).map((n) => [n.name, n.commonStem])).toEqual([['城北村', undefined]]);
  });
});
