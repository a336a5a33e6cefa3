import { describe, expect, it } from 'vitest';
import { qualifierOf, scaleValue, scanQuantities, shiftDecimal } from '../src/numbers/index.js';

const only = (text: string) => {
  const found = scanQuantities(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('numbers', () => {
  it.each([
    ['组建78个小区党支部', 78, '个', 'exact'],
    ['新成立了三家单独党支部', 3, '家', 'exact'],
    ['十名大学生', 10, '名', 'exact'],
    ['两个问题', 2, '个', 'exact'],
    ['千余本', 1000, '本', 'over'],
    ['1.37万名党员', 13700, '名', 'exact'],
    ['3.52亿元', 352000000, '亿元', 'exact'],
    ['2126万元', 21260000, '万元', 'exact'],
    ['6651.85万元', 66518500, '万元', 'exact'],
    ['30余万人', 300000, '人', 'over'],
    ['38万余人次', 380000, '人次', 'over'],
    ['三十余万人', 300000, '人', 'over'],
    ['近200场', 200, '场', 'nearly'],
    ['近5300余人次', 5300, '人次', 'about'],
    ['约120名', 120, '名', 'about'],
    ['300人左右', 300, '人', 'about'],
    ['超过50个', 50, '个', 'over'],
    ['100人以上', 100, '人', 'over'],
    ['逾千名', 1000, '名', 'over'],
    ['不足10个', 10, '个', 'under'],
    ['不到20次', 20, '次', 'under'],
    ['3千余本', 3000, '本', 'over'],
    ['1,234名', 1234, '名', 'exact'],
    ['二〇个', 20, '个', 'exact'],
    ['一百零五名', 105, '名', 'exact'],
    ['100%', 100, '%', 'exact'],
    ['98.6%', 98.6, '%', 'exact'],
    ['32学时', 32, '学时', 'exact'],
    ['共3 150人', 3150, '人', 'exact'],
    ['投入12 380.5万元', 123805000, '万元', 'exact'],
    ['开展 46 场', 46, '场', 'exact'],
    ['6200多人(次)', 6200, '人次', 'over'],
    ['1.8万余场（次）', 18000, '场次', 'over'],
    ['受理来信520件(次)', 520, '件', 'exact'],
    ['突破6万元', 60000, '万元', 'over'],
    ['收入突破了两百万', 2000000, '', 'over'],
    ['年收入破百万元', 1000000, '万元', 'over'],
    ['会员破300名', 300, '名', 'over'],
    ['打破纪录3项', 3, '项', 'exact'],
    ['十多次', 10, '次', 'over'],
    ['两人', 2, '人', 'exact'],
    ['三万余名', 30000, '名', 'over'],
    ['拍摄短视频15段', 15, '段', 'exact'],
  ])('%s → %d %s (%s)', (text, value, measureWord, qualifier) => {
    const q = only(text);
    expect(q.value).toBe(value);
    expect(q.measureWord).toBe(measureWord);
    expect(q.qualifier).toBe(qualifier);
  });

  it('reads 过 after 均, 都 or 全部 as over (均过10万元), and leaves it to the verb it ends elsewhere (通过3次)', () => {
    expect(only('收入均过10万元')).toMatchObject({ value: 100000, qualifier: 'over', start: 3 });
    expect(only('通过3次培训')).toMatchObject({ value: 3, qualifier: 'exact', start: 2 });
  });

  it('reads 上 before a bare scale as over (上万名, 上千个, 上千万元), and leaves it before a number (上3个月)', () => {
    expect(only('全区上万名志愿者')).toMatchObject({ value: 10000, qualifier: 'over', start: 2 });
    expect(only('解决问题上千个')).toMatchObject({ value: 1000, qualifier: 'over', start: 4 });
    expect(only('投入上千万元')).toMatchObject({ value: 10000000, qualifier: 'over', start: 2 });
    expect(only('连续上3个月的夜班')).toMatchObject({ value: 3, qualifier: 'exact', start: 3 });
  });

  it('leaves 破 to the verb it ends (攻破2个难关): its quantity starts after it, with no qualifier', () => {
    expect(only('攻破2个难关')).toMatchObject({ value: 2, qualifier: 'exact', start: 2 });
    expect(only('收入破2万元')).toMatchObject({ value: 20000, qualifier: 'over', start: 2 });
  });

  it('takes a bare 万/亿 scale as a quantity without measure word', () => {
    const q = only('集体经济超200万');
    expect(q).toMatchObject({ value: 2000000, measureWord: '', scaled: true, qualifier: 'over' });
    // Right before the people it counts, it counts them as 名 would (36万志愿者), as written.
    expect(only('全市共计36万志愿者投身抗疫')).toMatchObject({ value: 360000, measureWord: '', baseMeasureWord: '名' });
    expect(only('投入资金36万')).toMatchObject({ value: 360000, baseMeasureWord: '' });
  });

  it.each(['2021年', '9月底', '第3期', '第一书记', '十九届六中全会', '市委六届二次全会', '五星', '一肩挑率', '一次辅导培训', '数十次', '几百人', '3个百分点', '2022-02-21', '第 4 期', '千万不要', '2020年 1 200', '万元户', '伍万元', '一名党员就是一面旗帜'])(
    'finds no count in %s',
    (text) => {
      expect(scanQuantities(text)).toEqual([]);
    },
  );

  it('reads the items listed after an ordinal of the same measure word as ordinals (第十一期、十二期), but not a list of counts', () => {
    expect(scanQuantities('举办第十一期、十二期、十三期支部书记培训班')).toEqual([]);
    expect(scanQuantities('全年办培训班6期、讲座9期').map((q) => q.value)).toEqual([6, 9]);
    // Another measure word after the ordinal is a count of its own.
    expect(scanQuantities('第2期、3场').map((q) => q.value)).toEqual([3]);
  });

  it('reads a full-width comma between digits with three after it as a thousands separator (８，６００余名 after folding)', () => {
    expect(only('注册志愿者8，600余名')).toMatchObject({ value: 8600, qualifier: 'over' });
  });

  it('reads a percentage written in words (百分之九十六, 百分之百, 超过百分之九十七点五, 百分之85以上)', () => {
    expect(only('参训率达到百分之九十六')).toMatchObject({ value: 96, measureWord: '%', qualifier: 'exact', chineseNumeral: true });
    expect(only('实现百分之百全覆盖')).toMatchObject({ value: 100, measureWord: '%' });
    const over = only('报到率超过百分之九十七点五');
    expect(over).toMatchObject({ value: 97.5, qualifier: 'over' });
    expect('报到率超过百分之九十七点五'.slice(over.start, over.end)).toBe('超过百分之九十七点五');
    expect(only('交纳率百分之85以上')).toMatchObject({ value: 85, qualifier: 'over', chineseNumeral: false });
  });

  it('counts a lone 一 after the people it counts (发展党员一名, 选派第一书记一名)', () => {
    expect(only('本季度发展党员一名')).toMatchObject({ value: 1, measureWord: '名' });
    expect(only('向该村选派第一书记一名')).toMatchObject({ value: 1, measureWord: '名' });
    expect(only('新成立物流行业党支部一个')).toMatchObject({ value: 1, measureWord: '个' });
    expect(only('村里新建了一个红色驿站')).toMatchObject({ value: 1, measureWord: '个' });
    expect(only('镇里新组建片区联合党委一个')).toMatchObject({ value: 1, measureWord: '个' });
    expect(scanQuantities('开展一次辅导培训，成立一个工作专班')).toEqual([]);
  });

  it('reads a number set apart by a space before 余, 多 or its scale, as typeset reports write it', () => {
    const text = '动员党员群众 1,350 余人参与';
    const q = only(text);
    expect(q).toMatchObject({ value: 1350, measureWord: '人', qualifier: 'over' });
    expect(text.slice(q.start, q.end)).toBe('1,350 余人');
    expect(only('全年采样 72.5 万人次')).toMatchObject({ value: 725000, measureWord: '人次' });
    expect(only('累计投入 3.4 万余元')).toMatchObject({ value: 34000, qualifier: 'over' });
    expect(scanQuantities('2023 年 5 月')).toEqual([]);
  });

  it('reads a prefix set apart by a space from its number (近 500 人, 突破 10 万元), its number starting after the space', () => {
    const text = '有青年志愿者近 500 人';
    const q = only(text);
    expect(q).toMatchObject({ value: 500, qualifier: 'nearly' });
    expect(text.slice(q.start, q.end)).toBe('近 500 人');
    expect(text.slice(q.numberStart, q.numberEnd)).toBe('500');
    expect(only('收入全部突破 10 万元')).toMatchObject({ value: 100000, qualifier: 'over' });
    expect(only('攻破 2 个难关')).toMatchObject({ value: 2, qualifier: 'exact', start: 3 });
  });

  it('reads Chinese numerals with decimals after 点 (十二点五亿元, 三点五小时), not a time of day', () => {
    expect(only('实现税收十二点五亿元')).toMatchObject({ value: 1250000000, measureWord: '亿元', chineseNumeral: true });
    expect(only('人均学习三点五小时')).toMatchObject({ value: 3.5, measureWord: '小时' });
    expect(only('村均收入六十点八万元')).toMatchObject({ value: 608000 });
    expect(scanQuantities('上午八点半准时开会，一点一滴做起')).toEqual([]);
  });

  it('reads a range of two neighbouring digits (五六十名, 两三百户, 十七八次, 三四个) as its lower end, about', () => {
    expect(only('五六十名党员志愿者')).toMatchObject({ value: 50, qualifier: 'about', numberStart: 0, numberEnd: 3 });
    expect(only('走访群众两三百户')).toMatchObject({ value: 200, qualifier: 'about' });
    expect(only('开展活动十七八次')).toMatchObject({ value: 17, qualifier: 'about' });
    expect(only('建成三四个服务点')).toMatchObject({ value: 3, qualifier: 'about' });
    expect(only('投入五六十万元')).toMatchObject({ value: 500000, qualifier: 'about' });
    // Digits that are no neighbours are one number.
    expect(only('发展党员三十四名')).toMatchObject({ value: 34, qualifier: 'exact' });
    expect(only('发展党员二十三名')).toMatchObject({ value: 23, qualifier: 'exact' });
  });

  it('skips runs of Chinese numerals that nothing of a quantity follows, and still reads the quantity after them', () => {
    const text = '一是进一步统一思想，二是新建党支部三个';
    expect(scanQuantities(text).map((q) => text.slice(q.start, q.end))).toEqual(['三个']);
  });

  it('reads a sum written as its 万 or 亿 and then the rest (312万8400元, 1亿2000万元, 3万5千余元) as one quantity', () => {
    expect(only('共分红312万8400元')).toMatchObject({ value: 3128400, measureWord: '万元', qualifier: 'exact', end: 12 });
    expect(only('总投资1亿2000万元')).toMatchObject({ value: 120000000, measureWord: '亿元' });
    expect(only('收入3万5千余元')).toMatchObject({ value: 35000, qualifier: 'over' });
    // A rest as large as the scale, or of another measure, or after a break, is a number of its own.
    expect(scanQuantities('收入3万12000元').map((q) => q.value)).toEqual([30000, 12000]);
    expect(scanQuantities('群众3万5人').map((q) => q.value)).toEqual([30000, 5]);
    // A count of people or times whose rest fills the places below the scale is one too.
    expect(only('服务群众3万5000人次')).toMatchObject({ value: 35000, measureWord: '人次', baseMeasureWord: '人次' });
    expect(only('参与群众1万2千人')).toMatchObject({ value: 12000, baseMeasureWord: '人' });
    expect(scanQuantities('收入312万，8400元用于分红').map((q) => q.value)).toEqual([3120000, 8400]);
  });

  it('reads 人民币 after a sum as its currency, not people (42.1亿人民币)', () => {
    expect(only('投入42.1亿人民币改造')).toMatchObject({ value: 4210000000, measureWord: '亿元', baseMeasureWord: '元', end: 10 });
    expect(only('筹集8600元人民币')).toMatchObject({ value: 8600, baseMeasureWord: '元' });
    expect(only('服务群众3万人次')).toMatchObject({ value: 30000, baseMeasureWord: '人次' });
  });

  it('scales exactly, without floating-point error', () => {
    expect(shiftDecimal('1.37', 4)).toBe(13700);
    expect(shiftDecimal('0.1', 8)).toBe(10000000);
    expect(shiftDecimal('26.39', 4)).toBe(263900);
    expect(scaleValue('34.7', '万')).toBe(347000);
    expect(scaleValue('1.5', '千万')).toBe(15000000);
  });

  it('takes no bare 万 before another unit (草场12.3万亩, 牛羊2.6万头) for a sum', () => {
    expect(scanQuantities('整合草场12.3万亩，存栏牛羊2.6万头只')).toEqual([]);
    expect(scanQuantities('农户以土地入社，折合1500万股')).toEqual([]);
  });

  it('reads 约为 before a number as about, 超过了 and 超出 as over', () => {
    expect(only('村均收入约为31万元')).toMatchObject({ value: 310000, qualifier: 'about' });
    expect(only('收入超过了30万元')).toMatchObject({ value: 300000, qualifier: 'over' });
    expect(only('村集体经济超出30万元')).toMatchObject({ value: 300000, qualifier: 'over', start: 5 });
  });

  it('combines qualifiers', () => {
    expect(qualifierOf('近', '余')).toBe('about');
    expect(qualifierOf(undefined, '余')).toBe('over');
    expect(qualifierOf('超', '余')).toBe('over');
    expect(qualifierOf()).toBe('exact');
  });
});
