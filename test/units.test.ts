import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize/index.js';
import { layOut } from '../src/units/index.js';
import { article, extractText, SEEDS, segmenter } from './helpers.js';

const unitsOf = (name: string) => extractText(article(name), name).units.map(({ unit, year }) => ({ unit, year }));

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
  const lay = (text: string, year: number | null = null) => layOut(normalize(text).text, segmenter, year);

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
    const text = '全县述职综述\n一、东风镇党委\n新建党支部3个。\n红旗街道党工委书记 张明\n新建党支部2个。\n幸福社区：\n新建党支部1个。';
    const units = lay(text).sections.map((s) => s.unit);
    expect(units).toContain('东风镇');
    expect(units).toContain('红旗街道');
    expect(units).not.toContain('幸福社区');
  });

  it('never makes a verb part of a name', () => {
    const sections = lay('2023年度全县抓基层党建工作综述\n组织开展县委理论学习中心组学习24次。县委常委会召开会议8次。').sections;
    expect(sections.map((s) => s.unit)).toEqual([null]);
  });

  it('does not take slogans for units', () => {
    const sections = lay('东风镇党建综述\n打造红色美丽乡村\n建强基层社区\n正文。').sections;
    expect(sections.map((s) => s.unit)).toEqual(['东风镇']);
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
