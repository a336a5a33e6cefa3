import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHanAt } from '../src/normalize/code-table.js';
import { addToBloom, hashOf, mayHold, StemHashes, UPPER_BLOOM_BYTES } from '../src/units/divisions/bloom.js';
import { codeUnit, lookup, lookupShortForm, lookupStem, mayBeListed, namedForms, pathOf, upperStem } from '../src/units/divisions/index.js';
import { stemOf as stemOfName } from '../src/units/place-names.js';
import { townshipName, villageName } from '../src/units/divisions/names.js';
import { article, extractText, ROOT, SEEDS, tempDir } from './helpers.js';

const codes = (name: string) => lookup(name).map((d) => d.code);
const pathText = (name: string, code: string) => pathOf(lookup(name).find((d) => d.code === code)!).map((d) => d.name).join('/');

describe('the national list of divisions', () => {
  it('finds a division by its exact name, with its level and parent', () => {
    expect(lookup('栗雨街道')).toEqual([{ code: '430211003', name: '栗雨街道', level: 'township', parentCode: '430211' }]);
    expect(lookup('天元区')).toEqual([{ code: '430211', name: '天元区', level: 'county', parentCode: '430200' }]);
    expect(lookup('株洲市')).toEqual([{ code: '430200', name: '株洲市', level: 'city', parentCode: '430000' }]);
    expect(lookup('湖南省')).toEqual([{ code: '430000', name: '湖南省', level: 'province', parentCode: null }]);
    expect(lookup('天元')).toEqual([]);
  });

  it('finds the first and the last lines of the compiled files, where the binary search over bytes ends', () => {
    const lines = (file: string) => readFileSync(path.join(ROOT, 'dist/units/divisions', file), 'utf8').trimEnd().split('\n').map((line) => line.split('\t'));
    const names = lines('names.tsv');
    for (const [name, code] of [names[0]!, names[1]!, names.at(-1)!]) expect(codes(name!)).toContain(code);
    // A parent is found by its code in codes.tsv: its first line is a province, its last a township.
    const [firstCode, firstName] = lines('codes.tsv')[0]!;
    const [lastCode, lastName] = lines('codes.tsv').at(-1)!;
    expect(pathOf(lookup(firstName!).find((d) => d.code === firstCode)!).map((d) => d.code)).toEqual([firstCode]);
    expect(pathOf(lookup(lastName!).find((d) => d.code === lastCode)!).at(-1)!.code).toBe(lastCode);
    expect(lookup(names[0]![0]!.slice(0, -1))).toEqual([]);
  });

  it('rules out most names the list lacks with its filter, and never one it holds', () => {
    const listed = readFileSync(path.join(ROOT, 'dist/units/divisions/names.tsv'), 'utf8').split('\n').filter(Boolean).map((line) => line.split('\t')[0]!);
    expect(listed.every(mayBeListed)).toBe(true);
    for (const village of ['樱桃沟社区', '李华台村', '兴华嘎查']) expect(mayBeListed(village)).toBe(true);
    // Phrases ending in a unit word, as a text suggests them: a few in a hundred may get through, to be looked up.
    const phrases = Array.from({ length: 2000 }, (_, i) => `落实第${i}号文件村`);
    expect(phrases.filter(mayBeListed).length).toBeLessThan(40);
  });

  it('hashes the stems before a suffix, grown at the front, as it hashes each whole name', () => {
    const stems = new StemHashes(5);
    const text = '，在凤凰岭社区';
    expect(stems.fill(text, text.indexOf('社区'), isHanAt)).toBe(4);
    expect(stems.hashWith(3, hashOf('社区'))).toEqual(hashOf('凤凰岭社区'));
    expect(stems.hashWith(4, hashOf('社区'))).toEqual(hashOf('在凤凰岭社区'));
    expect(stems.hashWith(1, hashOf('村'))).toEqual(hashOf('岭村'));
    // The filter check made from a stem and a suffix is the check of the whole name.
    const bits = new Uint8Array(UPPER_BLOOM_BYTES);
    addToBloom(bits, '凤凰岭社区');
    expect(stems.mayHoldWith(bits, 3, hashOf('社区'))).toBe(true);
    expect(stems.mayHoldWith(new Uint8Array(UPPER_BLOOM_BYTES), 3, hashOf('社区'))).toBe(false);
    expect(stems.mayHoldWith(bits, 4, hashOf('社区'))).toBe(mayHold(bits, hashOf('在凤凰岭社区')));
    expect(stems.fill('社区', 0, isHanAt)).toBe(0);
    expect(hashOf('凤凰岭社区')).not.toEqual(hashOf('凤凰岭村'));
  });

  it('gives every homonym', () => {
    expect(codes('石井街道')).toEqual(['220211003', '440111014', '440310004', '610118014']);
  });

  it('finds village-level committees under the names articles use (村, 社区)', () => {
    expect(lookup('多福巷社区')).toEqual([{ code: '110101001001', name: '多福巷社区', level: 'village', parentCode: '110101001' }]);
    expect(codes('多福巷社区居委会')).toEqual([]);
    expect(lookup('高家坪村').length).toBeGreaterThan(3);
    expect(lookup('高家坪村').every((d) => d.level === 'village' && d.code.length === 12)).toBe(true);
  });

  it('writes paths from the province down, leaving out groupings such as 市辖区', () => {
    expect(pathText('金贸街道', '460106003')).toBe('海南省/海口市/龙华区/金贸街道');
    expect(pathText('多福巷社区', '110101001001')).toBe('北京市/东城区/东华门街道/多福巷社区');
    expect(pathText('济源市', '419001')).toBe('河南省/济源市');
    // 东莞市 has no counties: its towns hang from the city
    expect(pathText('南城街道', '441900004')).toBe('广东省/东莞市/南城街道');
  });

  it('completes a missing level suffix, and never expands an abbreviation', () => {
    expect(lookupStem('余杭').map((d) => d.name)).toContain('余杭区');
    expect(lookupStem('解放街').length).toBeGreaterThan(0);
    expect(lookupStem('解放街').every((d) => /^解放街(街道|镇|乡|社区|村)$/.test(d.name))).toBe(true);
    // An autonomous region's place alone is its name without the level (广西 → 广西壮族自治区); 广内 is no 广安门内.
    expect(lookupStem('广西').some((d) => d.name === '广西壮族自治区')).toBe(true);
    expect(lookupStem('广内').some((d) => d.name.startsWith('广安门内'))).toBe(false);
    expect(lookupStem('')).toEqual([]);
  });

  it('names a province or city with or without its level suffix, a county or township in full', () => {
    expect(namedForms({ name: '深圳市', level: 'city' })).toEqual(['深圳市', '深圳']);
    expect(namedForms({ name: '湖南省', level: 'province' })).toEqual(['湖南省', '湖南']);
    expect(namedForms({ name: '恩施土家族苗族自治州', level: 'city' })).toEqual(['恩施土家族苗族自治州', '恩施州', '恩施']);
    expect(namedForms({ name: '内蒙古自治区', level: 'province' })).toEqual(['内蒙古自治区', '内蒙古']);
    expect(namedForms({ name: '长阳土家族自治县', level: 'county' })).toEqual(['长阳土家族自治县', '长阳县']);
    expect(namedForms({ name: '白云区', level: 'county' })).toEqual(['白云区']);
    expect(namedForms({ name: '赭山街道', level: 'township' })).toEqual(['赭山街道']);
  });
});

describe('the code of a unit', () => {
  it('codes a name the list holds once', () => {
    expect(codeUnit('芦淞区', '')).toEqual({ unit_code: '430203', unit_level: 'county', unit_path: '湖南省/株洲市/芦淞区', ambiguous: false, places: 1, tied: 0 });
  });

  it('chooses among homonyms the one whose parents the article names', () => {
    expect(codeUnit('石井街道', '深圳市坪山区石井街道党工委召开会议').unit_code).toBe('440310004');
    expect(codeUnit('石井街道', '广州白云石井街道').unit_path).toBe('广东省/广州市/白云区/石井街道');
    // 广东 names two of the four: the county decides
    expect(codeUnit('石井街道', '广东省坪山区石井街道').unit_code).toBe('440310004');
  });

  it('does not take the unit\'s own name for a parent\'s', () => {
    // 狮子山社区 stands under 狮子山社区街道 (铜陵) among eleven places
    expect(codeUnit('狮子山社区', '狮子山社区党委召开会议').ambiguous).toBe(true);
  });

  it('takes no plain word for a bare county name', () => {
    expect(codeUnit('石井街道', '石井街道党员走进白云深处的山村').ambiguous).toBe(true);
  });

  it('gives no code when nothing in the article decides', () => {
    expect(codeUnit('石井街道', '石井街道党工委召开会议')).toEqual({ unit_code: null, unit_level: null, unit_path: null, ambiguous: true, places: 4, tied: 0 });
    // 广东 holds two of them
    expect(codeUnit('石井街道', '广东省石井街道')).toMatchObject({ unit_code: null, ambiguous: true, tied: 2 });
  });

  it('finds an autonomous region by its place alone (广西, 新疆), as a province is found by its stem', () => {
    expect(upperStem('广西').map((d) => d.name)).toContain('广西壮族自治区');
    expect(upperStem('新疆')[0]).toMatchObject({ name: '新疆维吾尔自治区', level: 'province', code: '650000' });
    expect(upperStem('西藏').map((d) => d.name)).toEqual(['西藏自治区']);
    expect(stemOfName('广西壮族自治区')).toBe('广西');
  });

  it('codes an autonomous unit named by its short form as the division it stands for', () => {
    expect(codeUnit('峨边县', '')).toMatchObject({ unit_code: '511132', unit_level: 'county', unit_path: '四川省/乐山市/峨边彝族自治县' });
    expect(codeUnit('黔南州', '')).toMatchObject({ unit_code: '522700', unit_level: 'city' });
    expect(lookupShortForm('峨边县').map((d) => d.name)).toEqual(['峨边彝族自治县']);
    expect(lookupShortForm('伊犁州').map((d) => d.name)).toEqual(['伊犁哈萨克自治州']);
    // A short form that is itself a listed name is that name, and a bare place is no short form.
    expect(lookupShortForm('恩施市')).toEqual([]);
    expect(lookupShortForm('峨边')).toEqual([]);
  });

  it('codes an ethnic township named without its peoples (小碧乡 for 小碧布依族苗族乡), and none of two such', () => {
    expect(lookupShortForm('小碧乡').map((d) => d.name)).toEqual(['小碧布依族苗族乡']);
    expect(codeUnit('小碧乡', '')).toMatchObject({ unit_code: '520102202', unit_level: 'township' });
    expect(lookupShortForm('三家子乡').length).toBe(2);
    // A township the list holds under the short name itself is that one, not an ethnic township's form.
    expect(lookupShortForm('红旗乡')).toEqual([]);
  });

  it('codes an ethnic district named without its people (管城区 for 管城回族区)', () => {
    expect(codeUnit('管城区', '')).toMatchObject({ unit_code: '410104', unit_path: '河南省/郑州市/管城回族区' });
    expect(codeUnit('梅里斯区', '').unit_code).toBe('230208');
  });

  it('breaks a tie between homonyms by the parent written right before the name', () => {
    expect(codeUnit('朝阳区', '长春市朝阳区党建。朝阳区委组织部赴北京市学习').unit_code).toBe('220104');
    expect(codeUnit('朝阳区', '朝阳区委组织部赴北京市、长春市学习')).toMatchObject({ unit_code: null, ambiguous: true, tied: 2 });
  });

  it('codes a sub-district written 某某街 as the list names it, 某某街街道 or 某某街道', () => {
    expect(codeUnit('万松街', '')).toMatchObject({ unit_code: '420103008', unit_path: '湖北省/武汉市/江汉区/万松街街道' });
    expect(codeUnit('解放碑街', '').unit_code).toBe('500103003');
    // 长安街道 is listed in many places: no code without a parent named.
    expect(codeUnit('长安街', '')).toMatchObject({ unit_code: null, ambiguous: true });
  });

  it('finds and codes a town written by the whole name the sub-district it became keeps (耿镇 for 耿镇街道), after its renamed county', () => {
    expect(codeUnit('耿镇', '')).toMatchObject({ unit_code: '610117005', unit_path: '陕西省/西安市/高陵区/耿镇街道' });
    const records = extractText('高陵县耿镇开展走访活动\n今年以来，高陵县耿镇共走访群众1200户。').records;
    expect(records.map((r) => [r.unit, r.unit_code])).toEqual([['耿镇', '610117005']]);
  });

  it('gives no code to a name the list lacks', () => {
    expect(codeUnit('湘西高新区', '湖南省湘西高新区')).toEqual({ unit_code: null, unit_level: null, unit_path: null, ambiguous: false, places: 0, tied: 0 });
  });
});

describe("the list's names as articles write them", () => {
  it('turns committees into their villages and communities', () => {
    expect(villageName('张庄村村委会')).toBe('张庄村');
    expect(villageName('张庄村委会')).toBe('张庄村');
    expect(villageName('张庄村民委员会')).toBe('张庄村');
    expect(villageName('新村村委会')).toBe('新村');
    expect(villageName('银闸社区居委会')).toBe('银闸社区');
    expect(villageName('月河社区居民委员会')).toBe('月河社区');
    expect(villageName('新兴里居委会')).toBe('新兴里社区');
    expect(villageName('兴华嘎查委会')).toBe('兴华嘎查');
    expect(villageName('吉家冲村村委会会')).toBe('吉家冲村');
    expect(villageName('胡杖子村委会（四分场）')).toBe('胡杖子村');
    expect(villageName('（高家坪村委会）')).toBe('高家坪村');
    expect(villageName('第一街委员会')).toBe('第一街委员会');
    expect(villageName('一分场生活区')).toBe('一分场生活区');
    expect(townshipName('漓东街道办事处')).toBe('漓东街道');
    expect(townshipName('兵团一三一团')).toBe('一三一团');
  });
});

/** Units of an extraction with their codes, and the codes of its records. */
function codedUnits(text: string, file = 'test.txt') {
  const result = extractText(text, file);
  for (const record of result.records) {
    const unit = result.units.find((u) => u.unit === record.unit)!;
    expect([record.unit_code, record.unit_level, record.unit_path]).toEqual([unit.unit_code, unit.unit_level, unit.unit_path]);
  }
  return { units: result.units.map(({ unit, unit_code, unit_path }) => ({ unit, unit_code, unit_path })), warnings: result.warnings.map((w) => w.message) };
}

describe('every unit extracted gets its code', { timeout: 60_000 }, () => {
  it('the seed units, homonyms decided by the parents each article names', () => {
    // codes checked by hand in the list: 泰山路街道, 嵩山路街道 and 三门镇 stand in several places; the article names 株洲 and 天元区
    const expected: [string, string, string][] = [
      [SEEDS[0]!, '泰山路街道', '430211002'],
      [SEEDS[0]!, '嵩山路街道', '430211001'],
      [SEEDS[0]!, '栗雨街道', '430211003'],
      [SEEDS[0]!, '马家河街道', '430211004'],
      [SEEDS[0]!, '群丰镇', '430211101'],
      [SEEDS[0]!, '雷打石镇', '430211102'],
      [SEEDS[0]!, '三门镇', '430211103'],
      [SEEDS[1]!, '崆峒区', '620802'],
      [SEEDS[2]!, '芦淞区', '430203'],
      [SEEDS[3]!, '二七区', '410103'],
      [SEEDS[3]!, '德化街街道', '410103010'],
      [SEEDS[3]!, '五里堡街道', '410103006'],
    ];
    for (const [file, unit, code] of expected) {
      expect(codedUnits(article(file), file).units.find((u) => u.unit === unit)?.unit_code, `${file} ${unit}`).toBe(code);
    }
    expect(codedUnits(article(SEEDS[0]!), SEEDS[0]).units[0]!.unit_path).toBe('湖南省/株洲市/天元区/泰山路街道');
    expect(codedUnits(article(SEEDS[1]!), SEEDS[1]).units[0]!.unit_path).toBe('甘肃省/平凉市/崆峒区');
  });

  it('leaves 大桥街道 uncoded, with a warning, where its article names none of its four places', () => {
    const { units, warnings } = codedUnits(article(SEEDS[4]!), SEEDS[4]);
    expect(units).toEqual([{ unit: '大桥街道', unit_code: null, unit_path: null }]);
    expect(warnings).toContain('unit 大桥街道: 4 places in the national list; none named in the article, so no code');
  });

  it('a township named in two provinces, decided by its district in the body', () => {
    const text = '仓前街道2023年基层党建工作总结\n仓前街道地处杭州市余杭区。一年来，仓前街道党工委新建党支部4个，发展党员21名，开展党员培训30场次。';
    expect(codedUnits(text)).toEqual({ units: [{ unit: '仓前街道', unit_code: '330110012', unit_path: '浙江省/杭州市/余杭区/仓前街道' }], warnings: [] });
  });

  it('a town decided by the county in the source line', () => {
    const text = '2022年弋江镇党建工作综述\n来源：南陵县融媒体中心\n弋江镇党委全年召开党委会研究党建工作12次，发展党员9名。';
    expect(codedUnits(text).units).toEqual([{ unit: '弋江镇', unit_code: '340223102', unit_path: '安徽省/芜湖市/南陵县/弋江镇' }]);
  });

  it('a community among eleven of its name, with a 12-digit code', () => {
    const text = '狮子山社区党委2023年度党建工作总结\n芜湖市镜湖区赭山街道狮子山社区党委\n全年社区党委开展主题党日活动24次，新发展党员2名，组织志愿服务活动60余次。';
    const { units } = codedUnits(text);
    expect(units).toEqual([{ unit: '狮子山社区', unit_code: '340202016006', unit_path: '安徽省/芜湖市/镜湖区/赭山街道/狮子山社区' }]);
    expect(extractText(text).units[0]!.unit_level).toBe('village');
  });

  it('the same community without its parents: no code, and the summary says why', () => {
    const dir = tempDir();
    const input = path.join(dir, 'community.txt');
    const summary = path.join(dir, 'summary.json');
    writeFileSync(input, '狮子山社区党委2023年度党建工作总结\n全年新发展党员2名。');
    const run = spawnSync(path.join(ROOT, 'bin/dangjian'), ['extract', input, '--summary', summary, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const [entry] = JSON.parse(readFileSync(summary, 'utf8'));
    expect(entry.units).toEqual([{ unit: '狮子山社区', unit_code: null, unit_level: null, unit_path: null, year: 2023 }]);
    expect(entry.warnings).toContain('unit 狮子山社区: 11 places in the national list; none named in the article, so no code');
  });

  it('codes the units that clause subjects and former levels find, and leaves a renamed one uncoded', () => {
    const coded = (text: string) =>
      Object.fromEntries(extractText(text).records.map((r) => [r.unit, r.unit_code]));
    expect(coded('吴兴区志愿服务综述\n吴兴区共组建志愿服务队伍120支，其中月河街道组建了7支志愿服务队。')).toEqual({ 吴兴区: '330502', 月河街道: '330502001' });
    expect(coded('月河街道获评先进\n月河街道新建党支部5个。目前，我市新建党支部76个。湖州市委组织部介绍。')).toEqual({ 月河街道: '330502001', 湖州市: '330500' });
    expect(coded('沛县召开党建工作会议\n沛县新建党支部12个。')).toEqual({ 沛县: '320322' });
    expect(coded('长兴区委组织部召开会议\n长兴区新建党支部12个。')).toEqual({ 长兴区: null });
  });

  it('the summary carries the coding of each unit', () => {
    const dir = tempDir();
    const summary = path.join(dir, 'summary.json');
    const run = spawnSync(path.join(ROOT, 'bin/dangjian'), ['extract', path.join('fixtures/articles', SEEDS[1]!), '--summary', summary, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(summary, 'utf8'))[0].units).toEqual([
      { unit: '崆峒区', unit_code: '620802', unit_level: 'county', unit_path: '甘肃省/平凉市/崆峒区', year: 2024 },
    ]);
  });
});
