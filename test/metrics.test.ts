import { describe, expect, it } from 'vitest';
import { findIn } from './helpers.js';

/**
 * Sentences in the style of county, township and village reports, written for these tests.
 * Each gives the metric and value the default rules must find, or null when the named metric
 * must find nothing there.
 */
const CASES: [metric: string, sentence: string, value: number | null][] = [
  ['branches_established', '全年在新业态领域新组建党支部23个', 23],
  ['branches_established', '依托产业链建立了5个联合党委', 5],
  ['branches_established', '新成立两个功能型党支部', 2],
  ['branches_established', '全县现有非公企业党组织312个', null],
  ['branches_established', '力争年底前新建党支部10个', null],
  ['branches_established', '56家企业建立了党组织，其中单独建立党组织的40家', null],

  ['service_stations', '在快递物流园区新建“小哥驿站”等红色驿站18个', 18],
  ['service_stations', '高标准建成3个党群服务中心', 3],
  ['service_stations', '服务站点工作人员45名', null],

  ['star_branches', '全镇共有14个党支部获评“五星”党支部', 14],
  ['star_branches', '成功创建四星级党支部6个', 6],
  ['star_branches', '开展“五星”支部创建活动20场', null],

  ['weak_orgs_rectified', '全面排查确定软弱涣散村党组织11个', 11],
  ['weak_orgs_rectified', '软弱涣散党组织整顿工作开展3轮', null],

  ['members_recruited', '2023年全县共发展党员412名', 412],
  ['members_recruited', '吸收预备党员38名', 38],
  ['members_recruited', '发展党员计划指标120名', null],
  ['members_recruited', '按期转正预备党员15名', null],

  ['party_members', '全镇共有党员1860名', 1860],
  ['party_members', '党员总数达到2.3万名', 23000],
  ['party_members', '组织600余名党员参加义务植树', null],

  ['party_instructors', '向两新组织选派党建指导员88名', 88],
  ['party_instructors', '派驻第一书记42名', 42],
  ['party_instructors', '组织指导员培训3期', null],

  ['meetings', '全年召开党委会议专题研究党建工作12次', 12],
  ['meetings', '召开3次党建工作联席会议', 3],
  ['meetings', '参会人员达120人次', null],

  ['study_sessions', '组织党委理论学习中心组集体学习18次', 18],
  ['study_sessions', '举办青年干部读书班4期', 4],
  ['study_sessions', '学习强国学员达3000名', null],

  ['party_lectures', '各级书记讲党课320余堂', 320],
  ['party_lectures', '班子成员带头讲授专题党课16次', 16],
  ['party_lectures', '听党课的党员2000余人', null],

  ['publicity_talks', '组织“百姓名嘴”开展政策宣讲86场', 86],
  ['publicity_talks', '开展党的二十大精神宣讲300余场次', 300],
  ['publicity_talks', '成立宣讲小分队12支', null],

  ['integrity_talks', '开展廉政谈话45次', 45],
  ['integrity_talks', '开展谈心谈话2100余人次', 2100],
  ['integrity_talks', '开展廉政教育4场', null],

  ['training_sessions', '举办基层党组织书记示范培训班5期', 5],
  ['training_sessions', '分批次开展集中轮训12次', 12],
  ['training_sessions', '培训合格率100%', null],

  ['trainees', '培训村社区干部860人', 860],
  ['trainees', '累计培训党员群众1.2万人次', 12000],
  ['trainees', '举办培训班8期', null],

  ['training_hours', '党员干部人均网络学习56学时', 56],
  ['training_hours', '培训时长累计36课时', 36],
  ['training_hours', '窗口延时服务2小时', null],

  ['supervision_checks', '开展作风建设专项督查15轮', 15],
  ['supervision_checks', '组织明察暗访40余次', 40],
  ['supervision_checks', '成立督查组5个', null],

  ['discipline_clues', '处置问题线索52件', 52],
  ['discipline_clues', '全年共受理信访举报及问题线索26条', 26],
  ['discipline_clues', '问题线索处置率100%', null],

  ['discipline_cases', '立案审查15件', 15],
  ['discipline_cases', '给予党纪政务处分12人', 12],
  ['discipline_cases', '警示教育覆盖党员3000人', null],
  ['discipline_cases', '立案查處違紀問題3件', 3],

  ['volunteers', '注册志愿者达1.5万名', 15000],
  ['volunteers', '动员420余名党员志愿者参与防汛', 420],
  ['volunteers', '开展志愿服务活动90场', null],

  ['volunteer_person_times', '党员志愿者累计服务8600人次', 8600],
  ['volunteer_person_times', '开展“周末志愿行”活动，2000余人次参与', 2000],
  ['volunteer_person_times', '开展文艺演出8场，观众5000余人次', null],

  ['volunteer_activities', '开展新时代文明实践志愿服务活动1200余场', 1200],
  ['volunteer_activities', '组织志愿活动65次', 65],
  ['volunteer_activities', '志愿者人数达300名', null],

  ['volunteer_teams', '组建党员先锋志愿服务队28支', 28],
  ['volunteer_teams', '成立12支志愿者服务队', 12],
  ['volunteer_teams', '服务队队员180人', null],

  ['matters_resolved', '为群众办实事1365件', 1365],
  ['matters_resolved', '帮助企业解决融资等难题46个', 46],
  ['matters_resolved', '梳理巡察反馈问题清单25项', null],
  ['matters_resolved', '入户走访梳理居民问题清单25项', 25],
  ['matters_resolved', '专项督查发现问题145个', null],
  ['matters_resolved', '立案查处违纪问题3件', null],

  ['residents_visited', '党员干部走访群众1.8万人次', 18000],
  ['residents_visited', '入户走访脱贫户3200余户', 3200],
  ['residents_visited', '走访企业后召开座谈会6场', null],
  ['residents_visited', '慰问困难党员和群众二百余户', 200],

  ['tax_revenue', '全年实现税收2.8亿元', 280000000],
  ['tax_revenue', '完成税收入库5620万元', 56200000],
  ['tax_revenue', '招商引资到位资金3亿元', null],

  ['collective_income', '村级集体经济收入全部达到10万元以上', 100000],
  ['collective_income', '村均集体收入28.6万元', 286000],
  ['collective_income', '农民人均可支配收入2.1万元', null],

  ['funds_allocated', '统筹党费120万元', 1200000],
  ['funds_allocated', '投入专项资金800万元用于阵地建设', 8000000],
  ['funds_allocated', '实现营业收入500万元', null],

  ['covid_tests', '累计完成核酸检测62.3万人次', 623000],
  ['covid_tests', '组织核酸采样1.2万余人', 12000],
  ['covid_tests', '设立核酸采样点35个', null],

  ['vaccinations', '累计接种新冠疫苗12.6万剂次', 126000],
  ['vaccinations', '完成疫苗接种4.5万人次', 45000],
  ['vaccinations', '组建疫苗接种服务队6支', null],

  ['media_reports', '在中央和省级媒体刊发报道120篇', 120],
  ['media_reports', '制作发布短视频60余条', 60],
  ['media_reports', '编印党建读本2000册', null],

  ['coverage_rate', '非公企业党组织覆盖率达到95%', 95],
  ['coverage_rate', '民生诉求办结率达98.5%', 98.5],
  ['coverage_rate', '地区生产总值同比增长6.5%', null],
];

describe.each([...new Set(CASES.map((c) => c[0]))])('%s', (metric) => {
  it.each(CASES.filter((c) => c[0] === metric).map(([, sentence, value]) => [sentence, value] as const))('%s → %s', (sentence, value) => {
    const found = findIn(sentence).filter((m) => m.metric === metric);
    if (value === null) expect(found).toEqual([]);
    else expect(found.map((m) => m.value)).toContain(value);
  });
});

describe('hard cases', () => {
  it('gives two records for two numbers of one metric in one sentence', () => {
    expect(findIn('获评市级五星党支部4个、四星党支部7个').filter((m) => m.metric === 'star_branches').map((m) => m.value)).toEqual([4, 7]);
  });

  it('gives a count and person-times from one clause', () => {
    const talks = findIn('开展廉政谈话40次860人次').filter((m) => m.metric === 'integrity_talks');
    expect(talks.map((m) => [m.value, m.measure])).toEqual([
      [40, 'count'],
      [860, 'person_times'],
    ]);
  });

  it('gives a figure naming two activities to the one nearest the number', () => {
    expect(findIn('讲党课及宣讲52场次').map((m) => m.metric)).toEqual(['publicity_talks']);
    expect(findIn('宣讲及讲党课52场次').map((m) => m.metric)).toEqual(['party_lectures']);
  });

  it('records both a part and its whole', () => {
    expect(findIn('完成税收1260万元，其中耕地占用税320万元').map((m) => m.value)).toEqual([12600000, 3200000]);
  });

  it('takes the numbers that units lead in a list after 其中 as parts of the whole before it', () => {
    expect(findIn('全区党组织覆盖率达到98.6%，其中东城镇99.2%、西城镇97.6%').map((m) => [m.metric, m.value])).toEqual([
      ['coverage_rate', 98.6], ['coverage_rate', 99.2], ['coverage_rate', 97.6],
    ]);
    expect(findIn('全镇发展党员9名，其中东岭村5名、西岭村4名').map((m) => m.value)).toEqual([9, 5, 4]);
    expect(findIn('两镇分别开展志愿服务活动46场和39场').map((m) => m.value)).toEqual([46, 39]);
    // 其中 may open the next sentence.
    expect(findIn('全区党组织覆盖率达到98.6%。其中，东城镇99.2%、西城镇97.6%。').map((m) => m.value)).toEqual([98.6, 99.2, 97.6]);
    // Without a unit leading it, a part needs a cue of its own.
    expect(findIn('全镇共有党员560名，其中120名').map((m) => m.value)).toEqual([560]);
  });

  it('takes a figure before a noun and a verb of doing (49个单位开展问题自查) for a count of that noun, not of the verb\'s object', () => {
    expect(findIn('全区36个单位开展问题自查，发现问题112个').map((m) => [m.metric, m.value])).toEqual([]);
    // So does any verb where the figure counts places or bodies; one that names a kind of its object still leaves the object counted.
    expect(findIn('全街道7个社区同步发出需求清单').map((m) => [m.metric, m.value])).toEqual([]);
    expect(findIn('联合组建了5个非公企业联合支部').map((m) => [m.metric, m.value])).toEqual([['branches_established', 5]]);
    expect(findIn('新成立3个企业独立党支部').map((m) => [m.metric, m.value])).toEqual([['branches_established', 3]]);
  });

  it('takes villages counted below a level (有9个村集体经济收入不足5万元) for a band of a distribution, no income; all of them stay a level', () => {
    expect(findIn('2019年全乡有9个村全年集体经济收入不足5万元')).toEqual([]);
    expect(findIn('全乡14个村集体经济收入均不足5万元').map((m) => [m.metric, m.value, m.qualifier])).toEqual([['collective_income', 50000, 'under']]);
    expect(findIn('2017年石桥村集体经济收入不足2万元').map((m) => [m.metric, m.value, m.qualifier])).toEqual([['collective_income', 20000, 'under']]);
    // Villages counted at each of several levels, also across ；, are bands too; a level all of them pass and a sum they hold stay.
    expect(findIn('全区58个村集体经济收入全部超过5万元，其中30个村收入达8万元及以上；18个村收入突破20万元；6个村收入超过50万元。').map((m) => m.value)).toEqual([50000]);
    expect(findIn('全镇20个村集体经济收入总计860万元，其中4个村年收入超过100万元。').map((m) => m.value)).toEqual([8600000]);
    // A part of the villages counted after 其中 is a band however many levels are given, also counted with 条 (195条村).
    expect(findIn('全区村集体经济总收入8.6亿元，其中120条村超过100万元，占比90%。').map((m) => m.value)).toEqual([860000000]);
  });

  it('never takes a change for a count', () => {
    expect(findIn('问题数量与去年相比减少3个')).toEqual([]);
    expect(findIn('党组织数量比上年增加5个')).toEqual([]);
    expect(findIn('新组建党支部5个，比上年增加2个').map((m) => m.value)).toEqual([5]);
    expect(findIn('全年发展党员30名，比上年同期多发展党员9名').map((m) => m.value)).toEqual([30]);
    // A number for each one of a kind is a rate.
    expect(findIn('每个网格配备1名党员网格员，每名党员每月参加志愿服务2次')).toEqual([]);
    // One averaged over them is an average, recorded as one after 人均 is.
    expect(findIn('班子成员平均每人自学80小时').map((m) => m.value)).toEqual([80]);
  });

  it('never takes plans for results', () => {
    for (const sentence of ['下一步，将新建党支部8个', '明年力争发展党员50名', '计划举办培训班6期', '拟选派第一书记12名', '预计完成税收3亿元', '筹划建设3个党群服务中心', '各乡镇要新建党群服务中心10个以上', '目标任务是新建党支部8个', '会议要求，新建党群服务站3个', '今年的目标是发展党员10名'])
      expect(findIn(sentence)).toEqual([]);
  });

  it('matches plan words as whole words only', () => {
    expect(findIn('统筹划拨党费35万元').map((m) => m.value)).toEqual([350000]);
    expect(findIn('将近300名党员志愿者参与').map((m) => m.value)).toEqual([300]);
  });

  it('never takes names and ordinals for counts', () => {
    for (const sentence of ['学习十九届六中全会精神', '推进“五大工程”', '落实三会一课制度', '实现书记主任一肩挑', '逐一选派“第一书记”', '坚决做到两个维护'])
      expect(findIn(sentence)).toEqual([]);
  });
});
