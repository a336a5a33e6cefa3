import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize/index.js';
import { runExamples } from '../src/rules/examples.js';
import { compilePattern, deferredPattern, requiredWordGroups } from '../src/rules/pattern.js';
import { loadRuleSet, matchText, RulePackError } from '../src/rules/index.js';
import { createSegmenter } from '../src/segment/index.js';
import { article, extractText, findIn, ROOT, ruleSet, SEEDS, segmenter } from './helpers.js';

/** The rules' matches in a text, as metric=value. */
const found = (s: string) => matchText(ruleSet, normalize(s).text, segmenter).map((m) => `${m.rule.metric}=${m.quantity.value}`);

const PACKS = path.join(ROOT, 'fixtures/packs');
const DEFAULT = path.join(ROOT, 'rules');

async function loadError(...packs: string[]): Promise<RulePackError> {
  const error = await loadRuleSet([DEFAULT, ...packs]).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RulePackError);
  return error as RulePackError;
}

describe('the default rule pack', () => {
  it('covers the 31 catalog metrics, each with at least one rule', () => {
    expect(ruleSet.metrics.size).toBe(31);
    for (const id of ruleSet.metrics.keys()) expect(ruleSet.rules.some((r) => r.metric === id), id).toBe(true);
  });

  it("passes every rule's own examples", () => {
    const { checked, failures } = runExamples(ruleSet, segmenter);
    expect(checked).toBeGreaterThan(2 * ruleSet.rules.length - 1);
    expect(failures.map((f) => `${f.rule.id}: ${f.text} → ${f.got}`)).toEqual([]);
  });

  it('gives every rule at least one positive and one negative example', () => {
    for (const rule of ruleSet.rules) {
      expect(rule.examples.some((e) => e.value !== null), rule.id).toBe(true);
      expect(rule.examples.some((e) => e.value === null), rule.id).toBe(true);
    }
  });
});

describe('rule-pack errors name the file and line', () => {
  it('YAML syntax', async () => {
    const error = await loadError(path.join(PACKS, 'broken-syntax'));
    expect(error.file).toMatch(/broken-syntax[/\\]rules\.yaml$/);
    expect(error.line).toBeGreaterThanOrEqual(5);
    expect(error.message).toMatch(/rules\.yaml:\d+:\d+: YAML syntax/);
  });

  it('schema: a wrong measure', async () => {
    const error = await loadError(path.join(PACKS, 'broken-schema'));
    expect(error.line).toBe(11);
    expect(error.message).toMatch(/rules\.1\.measure/);
  });

  it('schema: too few examples', async () => {
    const error = await loadError(path.join(PACKS, 'few-examples'));
    expect(error.line).toBe(7);
    expect(error.message).toMatch(/at least two examples/);
  });

  it('a rule naming an unknown metric', async () => {
    const error = await loadError(path.join(PACKS, 'unknown-metric'));
    expect(error.message).toMatch(/unknown metric "party_lecture"/);
    expect(error.line).toBe(2);
  });

  it('a rule naming an unknown word family', async () => {
    const error = await loadError(path.join(PACKS, 'unknown-family'));
    expect(error.message).toMatch(/rules\.yaml:2:\d+: rule "volunteers.helpers" names unknown word family "@helpers"/);
  });

  it('a missing pack', async () => {
    const error = await loadError(path.join(PACKS, 'no-such-pack'));
    expect(error.message).toMatch(/no such rule pack/);
  });
});

describe("a user's own pack", async () => {
  const withExample = await loadRuleSet([DEFAULT, path.join(PACKS, 'example')]);
  const seg = createSegmenter(withExample.dictionary);
  const find = (s: string) => matchText(withExample, normalize(s).text, seg).map((m) => `${m.rule.metric}=${m.quantity.value}`);

  it('adds a metric', () => {
    expect(withExample.metrics.has('party_dues')).toBe(true);
    expect(find('全年收缴党费86.5万元')).toEqual(['party_dues=865000']);
  });

  it('replaces a default rule with the same id', () => {
    expect(withExample.rules.filter((r) => r.id === 'publicity_talks.held')).toHaveLength(1);
    expect(find('开展理论宣讲150次')).toEqual([]);
    expect(find('开展理论宣讲150场')).toEqual(['publicity_talks=150']);
  });

  it('disables a default rule', () => {
    expect(withExample.rules.some((r) => r.id === 'training_hours.hours')).toBe(false);
    expect(find('党员人均学习40学时')).toEqual([]);
  });

  it('passes its own examples', () => {
    expect(runExamples(withExample, seg).failures).toEqual([]);
  });
});

describe('word families', async () => {
  const withFamilies = await loadRuleSet([DEFAULT, path.join(PACKS, 'families')]);
  const seg = createSegmenter(withFamilies.dictionary);
  const find = (s: string) => matchText(withFamilies, normalize(s).text, seg).map((m) => `${m.rule.id}=${m.quantity.value}`);

  it('expand @name into the words of the family, in the pack that defines it or any other', () => {
    expect(withFamilies.rules.find((r) => r.id === 'volunteers.helpers')!.objects).toEqual(['帮手', '志愿帮手', '热心帮手']);
    expect(find('招募热心帮手40名')).toEqual(['volunteers.helpers=40']);
    // @talk is defined in the default pack's education.yaml
    expect(withFamilies.rules.find((r) => r.id === 'publicity_talks.evening')!.objects).toContain('宣讲报告会');
    expect(find('开展夜间宣讲报告会9场')).toEqual(['publicity_talks.evening=9']);
    expect(runExamples(withFamilies, seg).failures).toEqual([]);
  });
});

describe('rule-language constructions', () => {
  const find = (s: string) => findIn(s).map((m) => `${m.metric}=${m.value}`);

  it('objects_after: the object after the number, across clauses, within reach', () => {
    expect(find('从机关中遴选26名熟悉党务的干部，担任140家企业的党建指导员')).toEqual(['party_instructors=26']);
    // another count of people between the number and the object ends the reach
    expect(find('从机关中遴选26名干部，其余40名党员担任企业党建指导员')).toEqual(['party_instructors=40']);
  });

  it('a second number after the object goes to its own rule: teams, then their members', () => {
    expect(find('全区组建楼栋志愿服务队伍64支1900余人')).toEqual(['volunteer_teams=64', 'volunteers=1900']);
  });

  it('a second number of another kind after the same object: cases and persons', () => {
    expect(find('全年立案5件7人')).toEqual(['discipline_cases=5', 'discipline_cases=7']);
    // rooms of the centres built count no centres
    expect(find('新建村级党群服务中心4座36间')).toEqual(['service_stations=4']);
  });

  it('one object serves the items of a list joined by 、', () => {
    expect(find('新建村级党群服务中心11个、提质改造26个')).toEqual(['service_stations=11', 'service_stations=26']);
  });

  it('the head noun of a list after the number takes it', () => {
    expect(find('开展80场政策宣讲、义诊及理发等志愿服务')).toEqual(['volunteer_activities=80']);
    expect(find('开展80场政策宣讲')).toEqual(['publicity_talks=80']);
  });

  it('window: heading reads the heading a paragraph stands under', () => {
    expect(find('二、整顿软弱涣散村党组织\n经过排查，确定4个村党组织为整顿对象。')).toEqual(['weak_orgs_rectified=4']);
    expect(find('二、建强基层堡垒\n经过排查，确定4个村党组织为整顿对象。')).toEqual([]);
  });

  it('window: paragraph reads the sentences of the paragraph before the number\'s, not other paragraphs', () => {
    expect(find('社区组建党员志愿服务队伍，服务居民。全年联合卫生院开展义诊12次')).toEqual(['volunteer_activities=12']);
    expect(find('社区组建党员志愿服务队伍，服务居民。\n全年联合卫生院开展义诊12次')).toEqual([]);
  });

  it('windows reach a bounded way back in a text without full stops', () => {
    const runOn = (clauses: number) => `社区组建党员志愿服务队伍，${'走访居民，'.repeat(clauses)}全年开展义诊12次`;
    expect(find(runOn(50))).toEqual(['volunteer_activities=12']);
    expect(find(runOn(400))).toEqual([]);
  });

  it('a bound before 的 and a noun describes a kind of unit, not a count (不足3人的企业, 50名以上的村)', () => {
    expect(find('对党员人数不足3人的企业实行联合组建')).toEqual([]);
    expect(find('在党员在5人以上18户企业中成立党支部，对党员不足5人41户企业实行联建')).toEqual([]);
    expect(find('全镇现有党员20名以上的村有6个')).toEqual([]);
    // The people bounded may be named between the bound and 的 (有5名以上正式党员的协会).
    expect(find('全区有5名以上正式党员的行业协会均单独建立党组织')).toEqual([]);
    expect(find('全镇现有党员865名')).toEqual(['party_members=865']);
    expect(find('全村党员总数超过120人')).toEqual(['party_members=120']);
  });

  it('requirements and quoted names are no counts', () => {
    expect(find('要求每名党员每年至少参加4次集中学习')).toEqual([]);
    // Money each year is that year's amount; money each year for each one of a kind is still a rate.
    expect(find('村里的光伏电站每年为村集体带来收益21万元')).toEqual(['collective_income=210000']);
    expect(find('每年为每户脱贫户发放补贴800元')).toEqual([]);
    // So is a count of some size done each year (a year's level), though not a minimum, a range, or a schedule's few times.
    expect(find('社区党员服务队每年开展志愿服务活动150余次')).toEqual(['volunteer_activities=150']);
    expect(find('该村每年发展党员8名')).toEqual(['members_recruited=8']);
    expect(find('每年至少组织开展1次全体干部培训')).toEqual([]);
    expect(find('建立议事会，每年召开两次联席会议')).toEqual([]);
    expect(find('每年发展党员3-5名')).toEqual([]);
    expect(find('各社区每月至少组织开展志愿服务活动8场次')).toEqual([]);
    // One or more is a minimum each holds (…队伍落实1名以上志愿服务专员), never a total.
    expect(find('全县150个志愿服务队落实1名以上志愿者担任联络员')).toEqual(['volunteer_teams=150']);
    // A count of lists is no count of what they hold.
    expect(find('社区建立5个需求清单、8个资源清单')).toEqual([]);
    expect(find('入户收集居民需求清单36条')).toEqual(['matters_resolved=36']);
    expect(find('实施“千名干部进万家”行动')).toEqual([]);
    // The size of a list of quotations, the count naming their kind again, counts nothing done; teams named so are formed.
    expect(find('建立“和睦家园”、“书香家园”、“安居家园”三个家园为一体的“邻里家”志愿服务机制')).toEqual([]);
    expect(find('组建“夕阳红”、“小蜜蜂”两支志愿服务队')).toEqual(['volunteer_teams=2']);
  });

  it('what a place can hold is no count of what was done (可同时满足80名学员培训)', () => {
    expect(find('新建的党校可同时满足80名学员培训')).toEqual([]);
    expect(find('活动室能容纳60名党员开展学习')).toEqual([]);
    expect(find('党校全年培训学员80名')).not.toEqual([]);
  });
});

describe('parts of a whole', () => {
  const parts = (s: string) => {
    const matches = matchText(ruleSet, normalize(s).text, segmenter);
    return matches.map((m) => `${m.rule.metric}=${m.quantity.value}${m.partOf ? ` of ${m.partOf.quantity.value}` : ''}`);
  };

  it('a number after 其中, 包括 or 分别 is a part of the last number of its metric before it', () => {
    expect(parts('全年培训党员1200人次，其中线上培训800人次')).toEqual(['trainees=1200', 'trainees=800 of 1200']);
    expect(parts('召开党建联席会议15次，包括街道联席会议6次、社区联席会议9次')).toEqual(['meetings=15', 'meetings=6 of 15', 'meetings=9 of 15']);
  });

  it('a number of another metric or without a marker is no part', () => {
    expect(parts('全年培训党员1200人次，走访群众600人次')).toEqual(['trainees=1200', 'residents_visited=600']);
  });

  it('breakdowns of people by sex, age or education are not recorded', () => {
    expect(parts('全年发展党员36名，其中女党员14名、35岁以下党员20名')).toEqual(['members_recruited=36']);
    expect(parts('全乡共有党员412名，其中回族党员126名')).toEqual(['party_members=412']);
    // …nor by status, as the members a body manages directly or those of in-service branches.
    expect(parts('社区共有党员520名，其中直管党员130名，在职党员390名')).toEqual(['party_members=520']);
    expect(parts('局党委下设党支部9个，党员280名，其中在职党支部6个，党员210名')).toEqual(['party_members=280']);
    // …nor by sector, as the members of the villages' branches and of the organs'.
    expect(parts('全镇共有党支部40个、党员960名，其中农村党支部31个、党员702名，机关党支部9个、党员258名')).toEqual(['party_members=960']);
    expect(parts('全年培训党员2300人次，其中非公企业党员600人次')).toEqual(['trainees=2300']);
  });

  it('breakdowns of people by who sent them are parts, also after 其中 set apart by a comma (其中，省级选派9名)', () => {
    expect(parts('全县选派第一书记40名，其中，省级选派6名、市级10名、县级24名')).toEqual([
      'party_instructors=40', 'party_instructors=6 of 40', 'party_instructors=10 of 40', 'party_instructors=24 of 40',
    ]);
    // …or by the level that sent them alone, also in brackets after the whole.
    expect(parts('全市选派驻村第一书记1500人（其中省派120人、占8%）')).toEqual(['party_instructors=1500', 'party_instructors=120 of 1500']);
    expect(parts('全县选派第一书记40名，其中县派31名、乡镇派9名')).toEqual(['party_instructors=40', 'party_instructors=31 of 40', 'party_instructors=9 of 40']);
  });

  it('a figure after 其中 right after the whole rule\'s object is a part (其中社会组织党组织18个), unless the rule vetoes its clause', () => {
    expect(parts('全县新组建党组织56个，其中非公企业党组织38个、社会组织党组织18个')).toEqual(['branches_established=56', 'branches_established=38 of 56', 'branches_established=18 of 56']);
    expect(parts('全镇共有党员271人，其中农村党员194人')).toEqual(['party_members=271']);
  });

  it('takes a figure no rule took, nearer 其中 or the share, for the whole of the parts after it (成立业委会31个，其中…26个)', () => {
    expect(parts('社区新组建小区党支部12个；成立业委会31个，成立率100%，其中“红色业委会”26个，占比超八成')).toEqual(['branches_established=12']);
  });

  it('a rule vetoed in the clause of the whole takes none of its parts after 其中 (立案…，其中…问题12件 are cases, not problems solved)', () => {
    expect(parts('全年立案审查42件，其中群众身边腐败问题12件、作风问题9件')).toEqual(['discipline_cases=42', 'discipline_cases=12 of 42', 'discipline_cases=9 of 42']);
  });

  it("reads the plain-word groups every match of a pattern holds, and none where the pattern's form is not plain", () => {
    const groups = (pattern: string) => requiredWordGroups(pattern).map((r) => r.source);
    expect(groups('(?:推动|指导)[^，,]{0,8}?[0-9]+(?:家|个)')).toEqual(['推动|指导', '家|个']);
    expect(groups('(?:推动|指导)?[0-9]+个')).toEqual([]);
    expect(groups('(?:推动|指导)[0-9]+|新建[0-9]+个')).toEqual([]);
    expect(groups('(?i)(?:推动|指导)[0-9]+')).toEqual([]);
    expect(groups('[(?:]{1,2}(?:成立|组建)[0-9]+')).toEqual(['成立|组建']);
    expect(groups('(?:(?:成立|组建)[0-9]+个)')).toEqual([]);
    // A word with optional characters needs its longest run of the others; a word of optional characters alone, nothing.
    expect(groups('(?:新?建立|设立)了?[0-9]+个')).toEqual(['建立|设立']);
    expect(groups('^(?:新?建立|设立)[0-9]+个')).toEqual(['建立|设立']);
    expect(groups('^(?:建立新?|设立)[0-9]+个')).toEqual(['^(?:建立|设立)']);
    expect(groups('(?:新?|建)[0-9]+个')).toEqual([]);
  });

  it('tests a pattern through its word groups exactly as the linear-time engine does', () => {
    const patterns = ['(?:推动|指导)[^，,]{0,8}?[0-9]+(?:家|个)', '^(?:全年|累计)*开展(?:了)?[0-9]', '(?:成立|组建)(?:了)?[0-9]+(?:支|个)', '成立|参训|对', '(?:新?成立|组建)了?[0-9]+(?:支|个)'];
    const texts = ['推动12家企业建立党组织', '指导企业8个', '累计开展了36场', '全年开展志愿服务', '成立了5支队伍', '组建队伍', '推动', '参训学员90人', '对3人诫勉谈话'];
    for (const pattern of patterns) for (const text of texts) expect([pattern, text, deferredPattern(pattern).test(text)]).toEqual([pattern, text, compilePattern(pattern).test(text)]);
  });

  it('a plan drawn up (制定…计划并召开…) is no aim of the figures after it', () => {
    expect(parts('支部制定年度学习计划并召开学习会12场')).toEqual(['study_sessions=12']);
    expect(parts('支部计划召开学习会12场')).toEqual([]);
  });

  it('a head noun with a figure of its own (…、某研讨会等党课20余场) heads that item, not the list before it', () => {
    expect(parts('召开学习会12场、“青年理论学习研讨会”等党课18场')).toEqual(['study_sessions=12', 'party_lectures=18']);
    expect(parts('开展120场政策宣讲、文艺演出等志愿服务')).toEqual(['volunteer_activities=120']);
  });

  it('a phrase of the sentence before a number (和全镇36个村) is no unit leading a list item, so the object before it stays apart', () => {
    expect(parts('围绕群众反映的问题和全镇36个村的发展情况开展专题调研')).toEqual([]);
    expect(parts('发展党员186名、乙镇132名')).toEqual(['members_recruited=186', 'members_recruited=132']);
  });

  it('a count of units after 其中 leads a band, no part (其中5个村超过20万元); 宗 counts disputes settled', () => {
    expect(parts('全镇13个村集体经济收入均超过8万元，其中4个村超过30万元')).toEqual(['collective_income=80000']);
    expect(parts('全年调处矛盾纠纷74宗')).toEqual(['matters_resolved=74']);
  });

  it('a unit and 达到 before a figure after 其中 make it a part (其中东岭村达到41万元)', () => {
    expect(parts('全乡村集体经济收入全部超过10万元，其中东岭村达到41万元')).toEqual(['collective_income=100000', 'collective_income=410000 of 100000']);
  });

  it('figures after 其中 and a list of units with 分别 are parts in order (其中甲镇、乙镇分别为9名、7名)', () => {
    expect(parts('全县新批预备党员30名，其中青山镇、白水镇分别为9名、7名')).toEqual(['members_recruited=30', 'members_recruited=9 of 30', 'members_recruited=7 of 30']);
  });
});

describe('rankings', () => {
  it('reads the figures units rank by (以…位居第一) with the metric the ranking names', () => {
    expect(found('在全镇村集体经济收入排名中，上岗村以88万元位居第一，下岗村、中岗村分别以61万元、52万元位列第二、第三')).toEqual([
      'collective_income=880000', 'collective_income=610000', 'collective_income=520000',
    ]);
    expect(found('在全镇人口排名中，上岗村以880人位居第一')).toEqual([]);
  });
});

describe('aims and plans', () => {
  it('an aim an earlier clause states (力争…，再…) makes the rest of the sentence a plan', () => {
    expect(found('明年将力争新建党群服务中心20个，再选派第一书记30名')).toEqual([]);
    expect(found('将党建工作作为重点，选派第一书记30名')).toEqual(['party_instructors=30']);
    // 将 before a deed of its own (将投资…，新建…) looks ahead for the whole sentence too.
    expect(found('今年，全市将投资8000万元，新建、改扩建党群服务中心12个')).toEqual([]);
  });
  it('so does 将计划 (二季度将计划新建…，开展…), and 计划实施 before a count is a plan, not a programme', () => {
    expect(found('下季度，社区将计划新建党群服务站3个，开展政策宣讲25场')).toEqual([]);
    expect(found('镇党委计划实施民生实事项目18项')).toEqual([]);
    expect(found('“红色管家”计划实施以来，解决居民难题120件')).toEqual(['matters_resolved=120']);
  });
  it('reads 将 that puts its object somewhere (将…问题纳入议题) as a deed done; 将 before a deed, or 将把, stays a plan', () => {
    expect(found('社区将走访梳理的86个居民问题纳入议事清单')).toEqual(['matters_resolved=86']);
    expect(found('社区将新建党群服务站3个')).toEqual([]);
    expect(found('社区将把收集的86个居民问题纳入议事清单')).toEqual([]);
    // … or makes something of it (将…党员编成服务队).
    expect(found('街道将215名退休党员编成12支志愿服务队')).toEqual(['volunteers=215', 'volunteer_teams=12']);
    expect(found('街道将组建12支志愿服务队')).toEqual([]);
  });
  it('takes the size of a list (梳理出5个方面的问题, 帮扶类、调解类等6个), or one after another (一个又一个), for no value', () => {
    expect(found('梳理出5个方面重点问题，解决群众难题48件')).toEqual(['matters_resolved=48']);
    expect(found('认领的实事分为纠纷调解类、困难帮扶类、其他实事类等6个')).toEqual([]);
    // A count of kinds (5个类别的服务队) counts no teams.
    expect(found('组成秩序维护、心理援助、爱心车队4个类别的志愿服务队')).toEqual([]);
    // A list of deeds one of which ends in 类 (垃圾分类) sizes nothing: the teams are counted.
    expect(found('社区组建了邻里互助、垃圾分类等9支志愿服务队')).toEqual(['volunteer_teams=9']);
    // Nor are shares counted as a slogan's targets (“两个百分之百”), though a rate of 百分之百 is one.
    expect(found('推动党的组织和党的工作实现“两个百分之百”覆盖')).toEqual([]);
    expect(found('社会组织党组织覆盖率达到百分之百')).toEqual(['coverage_rate=100']);
    // Nor is one after another (一个又一个) a count.
    expect(found('老书记带领党员攻克了一个又一个发展难题')).toEqual([]);
    // Nor are the ones of a scheme named by them (“三个一”), though a one beside the name's clause, or 3个一级党组织, counts.
    expect(found('为每名新任书记安排1名联系领导、举办1期岗前培训班、落实1个实践岗位的“三个一”帮带机制')).toEqual([]);
    expect(found('推行“三个一”工作法，全年举办岗前培训班1期')).toEqual(['training_sessions=1']);
    expect(found('举办岗前培训班1期，3个一级党组织参加')).toEqual(['training_sessions=1']);
  });
  it('counts no deed or body by a word that runs into a word of place (教学点, 培训基地, 村阵地, 志愿服务工作站点)', () => {
    expect(found('组织党员分三批到12个现场教学点参观学习')).toEqual([]);
    expect(found('镇里建成4个党员培训基地')).toEqual([]);
    expect(found('投入资金对9个软弱涣散村阵地进行了改扩建')).toEqual(['service_stations=9']);
    expect(found('依托红色教育基地开展现场教学16场')).toEqual(['training_sessions=16']);
    // Also through a word of the work done there (志愿服务工作站点, 宣讲服务点).
    expect(found('全市已建成1300个志愿服务工作站点')).toEqual([]);
  });
  it('leaves a figure its object after a verb when the object has its own count (12个社区已开展专题培训30场)', () => {
    expect(found('全镇12个社区已开展专题培训30场')).toEqual(['training_sessions=30']);
    expect(found('在建的31个小区党支部中，26个已完成阵地建设')).toEqual(['service_stations=26']);
  });
  it('争取 that has got party dues, or funds put in place (争取落实…资金), reports a result', () => {
    expect(found('村党支部争取专项党费8万元')).toEqual(['funds_allocated=80000']);
    expect(found('驻村工作队争取65万元产业扶持资金')).toEqual(['funds_allocated=650000']);
    expect(found('驻村单位争取落实帮扶资金1260万元')).toEqual(['funds_allocated=12600000']);
    expect(found('争取年内落实资金建成党群服务中心2个')).toEqual([]);
    // … or money got and spent on a work named after it.
    expect(found('第一书记争取8万元硬化村组道路')).toEqual(['funds_allocated=80000']);
  });
});

describe('data blocks', () => {
  it('read a label\'s figure after a word of totalling, a breakdown in brackets vetoing nothing, and a figure before its dash', () => {
    expect(found('疫苗接种：累计6.4万余人次')).toEqual(['vaccinations=64000']);
    expect(found('· 全街道党员：2150名（其中女党员640名、流动党员95名）')).toEqual(['party_members=2150']);
    expect(found('党员总数：2150名（含离退休党员1200名）')).toEqual(['party_members=2150']);
    // A breakdown by sex or status in brackets, without 其中 or 含, vetoes nothing either.
    expect(found('辖6个村民小组，总人口1480人，其中中共党员47人(女党员8人)')).toEqual(['party_members=47']);
    expect(found('▲ 5个——新组建快递物流行业党支部\n▲ 96.1%——群众满意度')).toEqual(['branches_established=5']);
    expect(found('年度新发展党员：2022年8名→2023年13名')).toEqual(['members_recruited=8', 'members_recruited=13']);
    expect(found('各社区志愿服务活动场次：东塘社区96场、西塘社区71场')).toEqual(['volunteer_activities=96', 'volunteer_activities=71']);
    expect(found('发展党员“光荣榜”：东塘村6名、西塘村4名')).toEqual(['members_recruited=6', 'members_recruited=4']);
  });
  it('read tables whose rows write each figure with its measure, whose rows are years, or whose first column ranks them', () => {
    expect(found('社区    党员数    发展党员    为民办实事\n东塘社区    214名    3名    96件\n')).toEqual(['party_members=214', 'members_recruited=3', 'matters_resolved=96']);
    const years = extractText('东风镇党建数据\n年度    发展党员（名）    为民办实事（件）\n2021    7    88\n2022    9    102\n').records;
    expect(years.map((r) => `${r.metric}=${r.value}@${r.year}`)).toEqual(['members_recruited=7@2021', 'matters_resolved=88@2021', 'members_recruited=9@2022', 'matters_resolved=102@2022']);
    expect(found('排名    村名    集体经济收入（万元）    党员（名）\n1    东塘村    86.5    52\n')).toEqual(['collective_income=865000', 'party_members=52']);
  });
});

describe('levels compared with', () => {
  it('read a year\'s level a figure is compared with (较2021年的…) with the figure\'s rule, and its year as its own', () => {
    const text = '东风镇纪检工作\n全年立案27件，较2021年的19件增长42%；给予党纪处分25人。';
    expect(extractText(text).records.map((r) => `${r.metric}=${r.value}@${r.year}`)).toEqual(['discipline_cases=27@null', 'discipline_cases=19@2021', 'discipline_cases=25@null']);
    // Not across measure words.
    expect(matchText(ruleSet, '发展党员41名，比2021年的33个村多', segmenter).map((m) => m.quantity.value)).toEqual([41]);
  });
});

describe('series of years', () => {
  it('read each year\'s level with the metric before it or the one its lead names, each in its own year', () => {
    const text = '东风村党支部书记述职报告（2023年）\n近年来，村集体收入逐年攀升：2019年为96万元，2021年为130万元，2023年达到175万元。';
    expect(extractText(text).records.map((r) => `${r.metric}=${r.value}@${r.year}`)).toEqual([
      'collective_income=960000@2019', 'collective_income=1300000@2021', 'collective_income=1750000@2023',
    ]);
    expect(matchText(ruleSet, '2021年集体经济收入12万元，2022年增至18万元', segmenter).map((m) => `${m.rule.metric}=${m.quantity.value}`)).toEqual(['collective_income=120000', 'collective_income=180000']);
    expect(matchText(ruleSet, '近年来发展势头良好：2020年为12名', segmenter)).toEqual([]);
    // With an adverb before the verb, and 增长至 (2022年增长至…，2023年更是达到…).
    const withAdverb = matchText(ruleSet, '2021年全村集体经济收入为40.5万元，2022年增长至52.8万元，2023年更是达到61.2万元', segmenter);
    expect(withAdverb.map((m) => m.quantity.value)).toEqual([405000, 528000, 612000]);
    // 从…的 before the level it started from, then each later level after its verb.
    const grown = '东风村集体经济收入\n村集体经济收入从2017年的1.2万元，增加到2020年的18万元，再到2023年的46万元。';
    expect(extractText(grown).records.map((r) => `${r.value}@${r.year}`)).toEqual(['12000@2017', '180000@2020', '460000@2023']);
  });

  it('read the year between the object and its first level, and later levels listed after 、, each in its own year', () => {
    const listed = '西岭村发展纪实\n西岭村集体经济收入于2020年达41万元、2021年达77万元、2022年突破120万元。';
    expect(extractText(listed).records.map((r) => `${r.metric}=${r.value}@${r.year}`)).toEqual([
      'collective_income=410000@2020', 'collective_income=770000@2021', 'collective_income=1200000@2022',
    ]);
    expect(found('全村集体经济收入2019年仅3.5万元')).toEqual(['collective_income=35000']);
    // A year with a word of its own between (2019年以来共) is no level's year.
    expect(found('村集体经济收入2019年以来共计增长35万元')).toEqual([]);
  });
});

describe('parts told by their share', () => {
  it('read the figures of a paragraph that breaks a total down, each followed by its share, with the total\'s rule', () => {
    const text = '东风县纪委一季度信访分析\n一季度全县共受理信访举报60件。\n从举报方式看，来信12件，占20%；来访18件，占30%；网络举报30件，占50%。';
    expect(extractText(text).records.map((r) => `${r.metric}=${r.value}`)).toEqual([
      'discipline_clues=60', 'discipline_clues=12', 'discipline_clues=18', 'discipline_clues=30',
    ]);
    // The share may stand without 占, and a rate after the total does not hide it.
    const withRate = '东风县纪委信访分析\n全年共受理信访举报40件，已办结40件，办结率100%。\n从反映方式来看，来信10件，25%；来访30件，75%。';
    expect(extractText(withRate).records.map((r) => `${r.metric}=${r.value}`)).toEqual([
      'discipline_clues=40', 'discipline_clues=40', 'coverage_rate=100', 'discipline_clues=10', 'discipline_clues=30',
    ]);
    // The breakdown may open a later sentence of its paragraph and run on past a semicolon.
    const later = '东风县纪委信访分析\n全年共受理信访举报20件。\n在业务范围内的举报中，反映村干部的居多。具体从被反映人职级来看，乡科级5件，占25%；一般干部3件，占15%；村干部12件，占60%。';
    expect(extractText(later).records.map((r) => `${r.metric}=${r.value}`)).toEqual([
      'discipline_clues=20', 'discipline_clues=5', 'discipline_clues=3', 'discipline_clues=12',
    ]);
    // Not outside such a paragraph, nor of people (a breakdown by age is not recorded).
    expect(found('新建党群服务中心12个，全年完成项目签约45个，占全年任务的90%')).toEqual(['service_stations=12']);
    expect(extractText('东风镇党委\n全镇共有党员1200名。\n从年龄结构看，35岁以下党员300名，占25%。').records.map((r) => `${r.metric}=${r.value}`)).toEqual(['party_members=1200']);
  });
});

describe('parts after 其中', () => {
  it('read a unit and its figure alone in a clause after another unit\'s, without 其中 (甲街道覆盖率为96.8%，乙街道为95.4%)', () => {
    expect(found('分镇街看，东城街道覆盖率为97.2%，西城街道为94.1%，位居前两位')).toEqual(['coverage_rate=97.2', 'coverage_rate=94.1']);
    // Not where more follows the figure, nor where the measure word differs.
    expect(found('新建党群服务中心12个，东村为6家')).toEqual(['service_stations=12']);
    // A deed before a village is no unit's name: 消除集体经济薄弱村 counts villages, not weak organisations.
    expect(found('整顿软弱涣散村党组织7个，消除集体经济薄弱村25个')).toEqual(['weak_orgs_rectified=7']);
  });
  it('take no lead from units described rather than named, nor a whole from the sentence before unless the sentence opens with 其中', () => {
    expect(found('村集体经济收入全部超过5万元，其中超过30万元的村有9个')).toEqual(['collective_income=50000']);
    expect(found('新建党群服务中心12个。全镇集体经济稳步增长，其中东村6个')).toEqual(['service_stations=12']);
    expect(found('新建党群服务中心12个。其中东村6个')).toEqual(['service_stations=12', 'service_stations=6']);
  });
  it('read a part named by its kind (其中中央级9篇, 其中…的3个、…的5个), not one of people by status nor a deed of its own', () => {
    expect(found('在各级媒体刊发信息52篇，其中中央级9篇')).toEqual(['media_reports=52', 'media_reports=9']);
    expect(found('整顿软弱涣散党组织8个，其中班子软弱的3个、集体经济薄弱的5个')).toEqual(['weak_orgs_rectified=8', 'weak_orgs_rectified=3', 'weak_orgs_rectified=5']);
    expect(found('发展党员120名，其中农村党员64名')).toEqual(['members_recruited=120']);
    expect(found('新建党群服务中心12个，其中新增投入的5个')).toEqual(['service_stations=12']);
  });
  it('leave out parts of a count of people by their post or sector (其中培训乡镇干部…, 其中发展工人党员…)', () => {
    expect(found('举办培训班30期，培训党员干部5000多人次，其中培训乡镇干部820人次，培训村党组织书记265人次')).toEqual([
      'training_sessions=30',
      'trainees=5000',
    ]);
    expect(found('全年发展党员1260名，其中发展工人党员96名')).toEqual(['members_recruited=1260']);
  });
});

describe('items of a list with objects of their own', () => {
  it('give a figure right after an item\'s own object and figure (主题党日活动60场3000人次) to that object, not to a context word before it', () => {
    expect(found('组织培训12期800人次、主题党日活动60场3000人次')).toEqual(['training_sessions=12', 'trainees=800']);
    // An item without a figure of its own before the number is one more of the context's (积极分子300人次).
    expect(found('培训党员800人次、入党积极分子300人次')).toEqual(['trainees=800', 'trainees=300']);
    // Nor is a list of places before the number such an item (来自甲村、乙村等五个村的28名学员).
    expect(found('镇里办了一期网格员培训，城南、城北等五个村的28名网格员参加')).toEqual(['trainees=28']);
  });

  it('take no value from the number of the questions or items just quoted (围绕“…？…？”两个问题)', () => {
    expect(found('村两委围绕“种什么？怎么种？”两个问题，带领群众发展产业')).toEqual([]);
    expect(found('村两委聚焦“学什么、怎么学”三个问题开展研讨')).toEqual([]);
    // A count written in digits, or after a quoted name, is a value as ever.
    expect(found('开展“我为群众办实事”活动，解决问题十二个')).toEqual(['matters_resolved=12']);
    expect(found('围绕“种什么？怎么种？”，解决群众问题三个')).toEqual(['matters_resolved=3']);
    // Nor from questions counted, then asked in the sentence (两个问题，一是…有何打算；二是…如何解决).
    expect(found('驻村以后，两个问题一直萦绕在心头：村里缺什么')).toEqual([]);
    expect(found('居民代表提出了两个问题，一是加装电梯有何打算；二是停车难如何解决')).toEqual([]);
    expect(found('党员干部帮助居民解决了两个问题')).toEqual(['matters_resolved=2']);
    // Nor after 等 from as many items as the quotation lists; more than it lists are a count.
    expect(found('针对“换届不及时、管理不严格、制度不规范”等三个突出问题，制定整改方案')).toEqual([]);
    expect(found('组建“扶贫帮困、法律服务、义务消防”等六支志愿服务队伍')).toEqual(['volunteer_teams=6']);
  });

  it('give a figure in an item that opens with a verb of its own to that verb\'s deed, not to the rule\'s verb before the list', () => {
    expect(found('网格员帮居民化解纠纷18件、排查隐患40次')).toEqual(['matters_resolved=18']);
    // An item without a verb, or with one the rule knows, is one more of the rule's.
    expect(found('网格员帮居民化解纠纷18件、邻里矛盾40件')).toEqual(['matters_resolved=18', 'matters_resolved=40']);
    expect(found('网格员帮居民化解纠纷18件、办结诉求40件')).toEqual(['matters_resolved=18', 'matters_resolved=40']);
  });
});

describe('people broken down without 其中', () => {
  it('record no members of an age or a sector beside the whole (35岁及以下党员…, 在生产、工作一线发展党员…)', () => {
    expect(found('全县共有党员4.6万名，35岁及以下党员1.1万名，占23.9%')).toEqual(['party_members=46000']);
    expect(found('全年发展党员2840名，在生产、工作第一线发展党员1205名，占42.4%')).toEqual(['members_recruited=2840']);
    // A breakdown in brackets after the total leaves the total standing.
    expect(found('今年发展党员5名（35岁以下3名）')).toEqual(['members_recruited=5']);
  });
});

describe('volunteers', () => {
  it('are not people a figure counts before a later clause whose deed takes the volunteers for its own object', () => {
    expect(found('引进培育各类人才320人，组建党员志愿者服务队8支')).toEqual(['volunteer_teams=8']);
    expect(found('全镇320名党员在疫情防控一线开展志愿服务')).toEqual(['volunteers=320']);
  });

  it('count no population and no members reporting from their workplaces, however called', () => {
    expect(found('社区住户2860户，常驻人口9120人，辖区单位28个，有志愿者队伍3支45人')).toEqual(['volunteer_teams=3', 'volunteers=45']);
    expect(found('号召3600余名在职党员志愿者到社区报到')).toEqual([]);
  });
});

describe('spans of time', () => {
  it('count no months or hours written with 个 (前8个月, 3个小时)', () => {
    expect(found('今年前8个月受理信访举报260件')).toEqual(['discipline_clues=260']);
  });
});

describe('ordinals written without 第', () => {
  it('count no congress numbered after its level (省九次党代会, 市十三次党代会)', () => {
    expect(found('市委宣传部举办省九次党代会精神学习培训班')).toEqual([]);
    expect(found('市委党校举办市十三次党代会精神轮训班，共培训党员干部300人')).toEqual(['trainees=300']);
    expect(found('全镇先后举办两次党代会精神学习培训班')).toEqual(['training_sessions=2']);
  });
});

describe('lists before 分别', () => {
  it('read each figure after 分别 with the item in its place, where each item names what its figure counts', () => {
    expect(found('全年发展党员、选派第一书记分别为7名、4名')).toEqual(['members_recruited=7', 'party_instructors=4']);
    const evidence = matchText(ruleSet, '全年发展党员、选派第一书记分别为7名、4名', segmenter).map((m) => '全年发展党员、选派第一书记分别为7名、4名'.slice(m.evidence.start, m.evidence.end));
    expect(evidence).toEqual(['发展党员、选派第一书记分别为7名', '选派第一书记分别为7名、4名']);
    // The first item's verb goes for the items after it.
    expect(found('全年新建党支部、党群服务站分别为4个、6个')).toEqual(['branches_established=4', 'service_stations=6']);
    // Units listed before 分别 name no metric: the figures go by the words before them as ever.
    expect(found('今年，上林村、下林村分别发展党员3名、2名')).toEqual(['members_recruited=3', 'members_recruited=2']);
  });
});

describe('words that link an object to its level', () => {
  it('read a level reached told plainly (集体收入一下子到了50多万元)', () => {
    expect(found('这两年，村集体收入一下子到了60多万元')).toEqual(['collective_income=600000']);
    expect(found('村集体收入到了35万元')).toEqual(['collective_income=350000']);
  });
});

describe('money given with goods', () => {
  it('reads a money object joined with goods as the figure\'s object (慰问资金及物资3万元, 分红资金和物资82万元)', () => {
    expect(found('春节前，村党支部走访困难群众，发放慰问资金及物资2.6万元')).toEqual(['funds_allocated=26000']);
    expect(found('合作社召开分红大会，向入股村民兑现分红资金和物资46万元')).toEqual(['collective_income=460000']);
    // Goods alone are no money object.
    expect(found('春节前，村党支部走访困难群众，发放物资2.6万元')).toEqual([]);
  });
});

describe('lists parted by commas', () => {
  it('let the verb before the first item govern bare items after commas, where the figure before counts the same measure word', () => {
    expect(found('全镇共成立村党总支3个，网格党支部12个，楼栋党小组40个')).toEqual(['branches_established=3', 'branches_established=12']);
    // Also in another measure word the same rule counts in (个, then 家).
    expect(found('园区新建独立党组织6个，联合党支部20家')).toEqual(['branches_established=6', 'branches_established=20']);
    // Another thing or another measure word is no item of that list.
    expect(found('全镇新建党支部3个，党员活动室12个')).toEqual(['branches_established=3']);
    expect(found('全县新发展党员320名，入党积极分子85名')).toEqual(['members_recruited=320']);
    // A year of a series goes on with it, perhaps with a word of how far it reached (2018年突破16万元).
    expect(found('村集体经济收入2016年不到2万元，2018年不足5万元，2020年突破30万元')).toEqual(['collective_income=20000', 'collective_income=50000', 'collective_income=300000']);
    expect(found('全乡新发展党员2020年9名，2021年11名')).toEqual(['members_recruited=9', 'members_recruited=11']);
    // Over a bare item between that no rule takes (楼栋党小组40个), the verb still governs the items after it.
    expect(found('全镇共成立村党总支3个，楼栋党小组40个，网格党支部12个')).toEqual(['branches_established=3', 'branches_established=12']);
  });
  it('let a quoted item go on with the list, named by the kind a rule without objects counts (召开“甲”会议12次，“乙”会议40次)', () => {
    expect(found('全年召开“联合党委”会议12次，“社区党委”会议40次')).toEqual(['meetings=12', 'meetings=40']);
    expect(found('全年召开“联合党委”会议12次，“邻里”座谈40次')).toEqual(['meetings=12']);
  });
  it('let the total that closes a list (…，共计22.5万元) count what its items count', () => {
    expect(found('2022年，东岗村集体经济收入主要为厂房租金8万元、商铺租金2.5万元，共计10.5万元')).toEqual([
      'collective_income=80000',
      'collective_income=25000',
      'collective_income=105000',
    ]);
    // A sum after a level all items pass (…全部超5万元，总额达到96.4万元) is the same metric's; a stock after new ones is not.
    expect(found('全镇12个村集体经济收入全部超5万元，总额达到96.4万元')).toEqual(['collective_income=50000', 'collective_income=964000']);
    expect(found('今年新建党支部120个，总数达860个')).toEqual(['branches_established=120']);
  });
});

describe('link words', () => {
  it('read a level however the writer weighs it (只有, 仅有, 也达到了, 实现, 已经超过了)', () => {
    expect(found('村集体经济收入只有2.1万元；今年村集体经济收入也达到了19万元')).toEqual(['collective_income=21000', 'collective_income=190000']);
    expect(found('东村集体经济收入实现7.4万元，西村集体经济收入已经超过了30万元')).toEqual(['collective_income=74000', 'collective_income=300000']);
    expect(found('党员参学率高达96%，全镇志愿服务队伍一共有41支')).toEqual(['coverage_rate=96', 'volunteer_teams=41']);
    expect(found('社区青年志愿服务队总共18人')).toEqual(['volunteers=18']);
  });
  it('read a number counting the kinds listed before 等 together (读书班、培训班等12期)', () => {
    expect(found('全区举办青年干部读书班、培训班等14期')).toEqual(['training_sessions=14']);
    expect(found('镇党委召开党委会、专题会等26次')).toEqual(['meetings=26']);
  });
  it('read a level the writer ranks or places (率先达到, 在…以上)', () => {
    expect(found('全镇村级集体经济收入率先达到8万元')).toEqual(['collective_income=80000']);
    expect(found('全县村级集体经济总收入在3000万元以上')).toEqual(['collective_income=30000000']);
  });
  it('read the object first and then the deed, with or without a word of totalling (志愿服务活动开展63次)', () => {
    expect(found('社区志愿服务活动开展63次，党员培训班举办4期')).toEqual(['volunteer_activities=63', 'training_sessions=4']);
    expect(found('社区志愿服务活动累计开展63次')).toEqual(['volunteer_activities=63']);
  });
});

describe('rates', () => {
  it('a rate held at its level (覆盖率保持100%) is the rate', () => {
    expect(found('商务楼宇党组织覆盖率保持100%，支部书记“一肩挑”率稳定在95%')).toEqual(['coverage_rate=100', 'coverage_rate=95']);
  });
  it('a rate raised from a year\'s level gives both levels; without that year, the level reached only', () => {
    expect(found('两新组织党组织覆盖率由2019年的81%提升至97.5%')).toEqual(['coverage_rate=81', 'coverage_rate=97.5']);
    expect(found('两新组织党组织覆盖率由81%提升至97.5%')).toEqual(['coverage_rate=97.5']);
  });
});

describe('labels and their figures', () => {
  it('read a label\'s colon or a table\'s bar as a link (新发展党员：2名, 走访群众 | 320户)', () => {
    expect(found('2.新发展党员：2名\n3.走访群众 | 320户\n4.集体经济收入：8.6万元')).toEqual(['members_recruited=2', 'residents_visited=320', 'collective_income=86000']);
  });
});

describe('tables written as text', () => {
  it('read each figure with its column\'s label and bracketed measure', () => {
    const table = '村名\t发展党员（名）\t村级集体经济收入（万元）\t主要产业\n上林村\t2\t25.6\t白茶\n下林村\t3\t18.2\n';
    expect(found(table)).toEqual(['members_recruited=2', 'collective_income=256000', 'members_recruited=3', 'collective_income=182000']);
  });
  it('read no figure under a column without a measure, nor lines that are no rows', () => {
    expect(found('村名    户数    党员\n上林村    412    64\n')).toEqual([]);
  });
});

describe('thousands separators', () => {
  it('keep a clause whole where a full-width comma groups the digits (志愿者8，600余名), and break it elsewhere', () => {
    expect(found('注册志愿者８，６００余名')).toEqual(['volunteers=8600']);
    expect(found('组建志愿服务队5支，600余名志愿者参与')).toEqual(['volunteer_teams=5', 'volunteers=600']);
  });
  it('read an ASCII comma between digits as grouping (8,600) and one after a word as a break (万元,386户)', () => {
    expect(found('注册志愿者8,600余名')).toEqual(['volunteers=8600']);
    expect(found('合作社年底分红12.5万元,386户农户人均分红320元')).toEqual(['collective_income=125000']);
  });
});

describe('objects after the number', () => {
  it('are not taken across another number (14个村的党员代表180人参加培训)', () => {
    expect(found('组织12个村的党员代表160人参加培训')).toEqual(['trainees=160']);
  });
  it('are not reached inside a breakdown in brackets after the figure (244名党员(含预备党员25名))', () => {
    expect(found('小微企业成立联合党支部7个，244名党员(含预备党员25名)带动园区发展')).toEqual(['branches_established=7']);
  });
  it('are reached across a kind named by a word jieba tags a verb before a noun (3个快递企业党支部, 外卖骑手), not across a verb of the clause', () => {
    expect(found('街道成立3个快递企业党支部')).toEqual(['branches_established=3']);
    expect(found('街道成立2个外卖骑手党支部')).toEqual(['branches_established=2']);
    // …with words that qualify the noun between (非公 is an adverb to jieba).
    expect(found('街道新建4家独立非公企业党组织')).toEqual(['branches_established=4']);
    expect(found('走访12个村了解党支部建设情况')).toEqual([]);
  });
  it('never name a figure inside a breakdown in brackets from after the bracket, whose commas part no clause (（其中…，女性党员19名），…志愿者队伍4支)', () => {
    expect(found('社区现有党员58名（其中预备党员1名，女性党员19名），下设7个小区党支部，志愿者队伍4支')).toEqual(['party_members=58', 'volunteer_teams=4']);
  });
  it('are reached across a quoted name, which counts as one character and holds no verb of the clause', () => {
    expect(found('镇党委新成立了4个“同心筑梦”流动党员党支部')).toEqual(['branches_established=4']);
    expect(found('街道建成9个“党建引领”村级组织活动场所')).toEqual(['service_stations=9']);
    expect(found('街道建成9个用于开展活动的村级组织活动场所')).toEqual([]);
    // Works listed before 的 describe what is counted (新建和改造的, 新建、改扩建的): they are no predicate.
    expect(found('眼下，14个新建和改造的村级党群服务中心已陆续建成')).toEqual(['service_stations=14']);
    expect(found('眼下，6个新建、改扩建的社区党群服务中心已投入使用')).toEqual(['service_stations=6']);
    // So is a title in book marks (18期《某某》微视频).
    expect(found('社区录制12期《青春心向党故事会》微视频')).toEqual(['media_reports=12']);
  });
});

describe('lists before their metric', () => {
  it('give items a unit leads the rule of the first later figure of their measure word in the sentence', () => {
    expect(found('东岭村42万元、西岭村18万元……在镇里的分红会上，镇党委书记宣布各村集体经济收入均已超过10万元')).toEqual([
      'collective_income=420000',
      'collective_income=180000',
      'collective_income=100000',
    ]);
    // Not a figure that is no item of a list, nor one whose measure word no later rule counts.
    expect(found('东岭村42万元，在镇里的分红会上，镇党委书记宣布各村集体经济收入均已超过10万元')).toEqual(['collective_income=100000']);
    expect(found('东岭村42户、西岭村18户……镇党委宣布各村集体经济收入均已超过10万元')).toEqual(['collective_income=100000']);
  });
});

describe('lists under a lead', () => {

  it('reads the items a unit leads after a colon with the metric the lead names', () => {
    expect(found('各乡镇发展党员情况为：青山镇31名、白水镇26名、清河镇19名')).toEqual(['members_recruited=31', 'members_recruited=26', 'members_recruited=19']);
    expect(found('从参学率看，排名前三的是：青山镇99.2%、白水镇98.5%')).toEqual(['coverage_rate=99.2', 'coverage_rate=98.5']);
  });

  it('reads the items after 分别是 and those of a topic the sentence opens with (从参学率看，…分别为…) with the metric named', () => {
    expect(found('从各镇看，今年上稿量居前两位的依次为青山镇35篇、白水镇27篇')).toEqual(['media_reports=35', 'media_reports=27']);
    expect(found('从报到率看，青山镇、白水镇位居前二，分别为99.1%、98.4%')).toEqual(['coverage_rate=99.1', 'coverage_rate=98.4']);
    expect(found('从各镇看，青山镇、白水镇位居前二，分别为31、28')).toEqual([]);
  });

  it('reads nothing where the lead names no metric or the items are not led by units', () => {
    expect(found('会议议程如下：青山镇12名')).toEqual([]);
    expect(found('各乡镇发展党员情况为：优秀12名')).toEqual([]);
  });
});

describe('link gaps', () => {
  it('are read in linear time, however ambiguous the words', async () => {
    const { isLinkGap } = await import('../src/rules/match.js');
    const words = ['共', '共计', '计', '计共'];
    expect(isLinkGap('共计“了”', [...words, '了'])).toBe(true);
    const started = Date.now();
    expect(isLinkGap('共计'.repeat(5000) + '党', words)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('the segmenter', () => {
  it('tags every word as jieba tags the whole text, though tags are kept by word', async () => {
    const { Jieba } = await import('@node-rs/jieba');
    const { createRequire } = await import('node:module');
    const { readFileSync } = await import('node:fs');
    const jieba = Jieba.withDict(readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt')));
    const fresh = createSegmenter();
    for (const name of SEEDS) {
      const text = normalize(article(name)).text;
      // twice: the second time every tag comes from what was kept
      for (let round = 0; round < 2; round++) expect(fresh.tokens(text).map((t) => `${t.word}/${t.tag}`)).toEqual(jieba.tag(text, false).map((t) => `${t.word}/${t.tag}`));
    }
    const line = '某镇\n某村 2022年';
    const tokens = fresh.tokens(line);
    expect(tokens.map((t) => line.slice(t.start, t.end))).toEqual(tokens.map((t) => t.word));
  });

  it("gives a word the tag its user dictionary states, over jieba's own for a word it knows", () => {
    const tagOf = (seg: ReturnType<typeof createSegmenter>, word: string) => seg.tokens(`举办2期${word}干部培训班`).find((t) => t.word === word)?.tag;
    expect(tagOf(createSegmenter(), '处级')).toBe('v');
    expect(tagOf(createSegmenter('处级 b'), '处级')).toBe('b');
    // A line without a tag leaves jieba's.
    expect(tagOf(createSegmenter('处级 500'), '处级')).toBe('v');
    expect(found('区委党校今年开办2期新任处级干部培训班。')).toEqual(['training_sessions=2']);
  });
});

describe("a note on the figures' currency", () => {
  it('reads a run of years across （人民币，下同） after its first figure, as without it', () => {
    const plain = '全村集体收入实现了从2016年不足8万元到2023年底120余万元的飞跃。';
    expect(found(plain)).toEqual(['collective_income=80000', 'collective_income=1200000']);
    expect(found(plain.replace('8万元', '8万元（人民币，下同）'))).toEqual(found(plain));
    expect(found(plain.replace('8万元', '8万元(下同)'))).toEqual(found(plain));
  });
});

describe('a bare 万 after the people it counts', () => {
  it('counts volunteers or members written before a scale that ends its clause (注册志愿者62万。)', () => {
    expect(found('全市已有实名注册志愿者62万。')).toEqual(['volunteers=620000']);
    expect(found('全市党员已达186.3万，较上年增加。')).toEqual(['party_members=1863000']);
  });

  it('leaves a scale that runs on into other words, and a breakdown by sex, uncounted', () => {
    expect(found('全市志愿者62万小时的服务时长')).toEqual([]);
    expect(found('全市注册志愿者达86.2万人，女性志愿者达45.1万。')).toEqual(['volunteers=862000']);
  });
});

describe('villages counted right after a level of income', () => {
  it('takes …10万元的139个 for a band of villages, not an income', () => {
    expect(found('全县386个村集体经济收入全部突破5万元。其中，年集体经济收入10万元的139个，年集体经济收入30万元的41个。')).toEqual(['collective_income=50000']);
    expect(found('村集体经济收入50万元以上的村有8个。')).toEqual([]);
    expect(found('全村集体经济收入达到50万元。')).toEqual(['collective_income=500000']);
  });
});

describe('person-times broken down after 其中', () => {
  it('records the parts by topic (其中棉花3800人次、畜牧业2700人次) and not those by who took part (其中党员…人次)', () => {
    expect(found('全镇共开展农业技术培训9200人次，其中果树3800人次、畜牧业2700人次。')).toEqual(['trainees=9200', 'trainees=3800', 'trainees=2700']);
    expect(found('全镇共开展农业技术培训9200人次，其中党员3800人次、贫困户2700人次。')).toEqual(['trainees=9200']);
  });
});
