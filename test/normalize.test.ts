import { describe, expect, it } from 'vitest';
import { HAN_CODES } from '../src/normalize/code-table.js';
import * as OpenCC from 'opencc-js';
import { readFileSync } from 'node:fs';
import { judgedTraditional, normalize, toSimplified, TRADITIONAL_TABLE } from '../src/normalize/index.js';
import { article, SEEDS } from './helpers.js';

const codePointSlice = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

describe('normalize', () => {
  it("ships the build's table of traditional characters, as opencc's dictionaries judge them", () => {
    const table = readFileSync(TRADITIONAL_TABLE);
    expect(table.length).toBe(0x10000);
    for (const ch of '黨員會個區鄉鎮著乾么党员会个区乡镇一二三A1（') expect([ch, table[ch.charCodeAt(0)]]).toEqual([ch, judgedTraditional(ch) ? 1 : 2]);
    expect(table['黨'.charCodeAt(0)]).toBe(1);
    expect(table['党'.charCodeAt(0)]).toBe(2);
  });

  it('joins the lines of a hard-wrapped text (a PDF export cutting 覆盖率达到96⏎.3%), but no heading, item or table row', () => {
    const wrapped =
      '东风街道2022年度述职报告\n\n' +
      '（一）夯实组织基础。街道现有基层党组织214个、党员1.26万名。全\n' +
      '年发展党员47名，其中35岁以下31名。辖区两新组织党的工作覆盖率达到96\n' +
      '.3%，较上年提高2.1个百分点。街道党员干部闻令而动、下沉一线，累计完成\n' +
      '核酸检测采样126.5万人次，组织3,800余名党员志愿者参与社区防控值守\n' +
      '工作，全体党员干部闻令而动、冲锋在前，有力守护了辖区群众的生命安全。\n' +
      '二、存在的问题\n' +
      '村名        发展党员（名）\n上林村      2\n';
    const n = normalize(wrapped);
    expect(n.text).toContain('全年发展党员47名');
    expect(n.text).toContain('覆盖率达到96.3%');
    expect(n.text).toContain('。\n二、存在的问题\n村名        发展党员（名）\n上林村      2\n');
    const at = n.text.indexOf('96.3%');
    expect(n.originalSlice(n.toOriginal(at, at + 5).start, n.toOriginal(at, at + 5).end)).toBe('96\n.3%');
  });

  it('reads 陜西, as traditional reposts write the province, as 陕西 (opencc keeps 陜, a word of its own)', () => {
    expect(normalize('陜西眉縣堅持黨建引領').text).toBe('陕西眉县坚持党建引领');
    expect(normalize('陜西眉縣堅持黨建引領').toOriginal(0, 2)).toEqual({ start: 0, end: 2 });
  });

  it('joins no lines of a page\'s short header (headline, menu path, date, source), which only look wrapped', () => {
    const page = '东风：“党建+志愿服务”让文明新风进万家-某某网\n某某网 > 地方 > 政务信息推广 > 正文\n2023 11/27 18:23:29\n来源:某某日报\n\n' + '今年以来，东风区开展志愿服务活动2000余场次，注册志愿者6万余人，志愿服务队伍遍布城乡各个社区和村组。'.repeat(3);
    expect(normalize(page).text.startsWith('东风：“党建+志愿服务”让文明新风进万家-某某网\n某某网 > 地方 > 政务信息推广 > 正文\n2023 11/27 18:23:29\n')).toBe(true);
  });

  it('joins a hard-wrapped text with Windows line ends whole, so a number cut by one reads whole (调解纠纷14⏎5件)', () => {
    const lines = [
      '东风街道2022年度网格化治理工作情况汇报',
      '　　截至2022年底，东风街道共有党员2210名。街道党工委以党建引领网格化',
      '治理为抓手，推动治理重心下移、力量下沉，网格党组织覆盖率达到百分之百',
      '，一是建强网格党组织，建立网格党支部41个，选派党建指导员十八名，每个',
      '网格配备网格员，全街道共有专职网格员九十二名，二是调解矛盾纠纷，依托网格调解纠纷14',
      '5件，收集居民意见建议三百余条，三是发动党员志愿者参与网格巡查和邻里互助活动。',
    ];
    const n = normalize(lines.join('\r\n'));
    expect(n.text).toContain('调解纠纷145件');
    expect(n.text).toContain('以党建引领网格化治理为抓手');
  });

  it('keeps the lines of a text whose lines are paragraphs and short headings', () => {
    const text = '阵地建设迈上新台阶，服务群众更加暖人心\n东风社区今年新建党群服务站点三个，改造老旧活动室两处，添置桌椅图书一批，方便居民就近议事、学习和休闲，受到大家一致欢迎。\n网格管理取得新实效，邻里小事不出楼栋门\n东风社区把党小组建在网格上，每个网格配齐网格员，全年上门走访住户两千余户，收集并解决居民反映的各类问题一百余件。\n结对共建增添新活力，携手同心为民办实事\n东风社区与辖区五家单位签订共建协议，共同开展文明创建、敬老助老和环境整治等活动三十余场，参与党员群众一千余人次。\n';
    expect(normalize(text).text).toBe(text);
  });

  it('drops the spaces of a run spaced out letter by letter (全 年 发 展 党 员 2 6 名), keeping offsets, but no other space', () => {
    const n = normalize('全 年 发 展 党 员 2 6 名 。开展 46 场，3 150 元');
    expect(n.text).toBe('全年发展党员26名。开展 46 场，3 150 元');
    const at = n.text.indexOf('26名');
    expect(n.originalSlice(n.toOriginal(at, at + 3).start, n.toOriginal(at, at + 3).end)).toBe('2 6 名');
  });

  it('converts traditional to simplified, including 著 → 着', () => {
    expect(normalize('黨員著力發展').text).toBe('党员着力发展');
  });

  it('leaves simplified text alone where it keeps a character opencc reads as traditional in a name (乾县, 於潜镇)', () => {
    expect(normalize('今年，乾县新建党组织２１个。').text).toBe('今年，乾县新建党组织21个。');
    expect(normalize('於潜镇党委召开会议，全镇新建党支部４个。').text).toBe('於潜镇党委召开会议，全镇新建党支部4个。');
    expect(normalize('乾縣黨委新建黨支部４個').text).toBe('乾县党委新建党支部4个');
    expect(normalize('於潜镇历史悠久，乾隆年间即为著名集镇，今年新建党组织１５个。').text).toBe('於潜镇历史悠久，乾隆年间即为著名集镇，今年新建党组织15个。');
    // A stray traditional character in simplified text is simplified.
    expect(normalize('今年，長乐区新建党组织１５个。').text).toBe('今年，长乐区新建党组织15个。');
  });

  it('strips pinyin injected after characters and keeps it inside the original span', () => {
    const original = '對15個(gè)村(社區(qū))實行';
    const n = normalize(original);
    expect(n.text).toBe('对15个村(社区)实行');
    const at = n.text.indexOf('15个');
    const span = n.toOriginal(at, at + 3);
    expect(codePointSlice(original, span.start, span.end)).toBe('15個(gè)');
  });

  describe('strips every form of injected pinyin, keeping offsets exact', () => {
    const stripsTo = (original: string, expected: string, figure: string, originalFigure: string) => {
      const n = normalize(original);
      expect(n.text).toBe(expected);
      const at = n.text.indexOf(figure);
      const span = n.toOriginal(at, at + figure.length);
      expect(codePointSlice(original, span.start, span.end)).toBe(originalFigure);
    };
    it('a tone mark: 個(gè)', () => stripsTo('建成8個(gè)站點', '建成8个站点', '8个', '8個(gè)'));
    it('a space before the closing parenthesis: 會(huì )', () =>
      stripsTo('召開會(huì )議3次', '召开会议3次', '会议3次', '會(huì )議3次'));
    it('a space after the opening parenthesis: 區( qū)', () => stripsTo('全區( qū)共9個', '全区共9个', '区共9', '區( qū)共9'));
    it('a tone number: 個(ge4)', () => stripsTo('新建12個(ge4)支部', '新建12个支部', '12个', '12個(ge4)'));
    it('full-width parentheses: 個（gè）', () => stripsTo('發展黨員6個（gè）', '发展党员6个', '6个', '6個（gè）'));
    it('a word, one syllable with its tone for each character before it: 黨員（dǎng yuán）', () => {
      stripsTo('發展黨員（dǎng yuán）12名', '发展党员12名', '党员12名', '黨員（dǎng yuán）12名');
      stripsTo('組織(zu3 zhi1)活動8次', '组织活动8次', '活动8次', '活動8次');
      expect(normalize('黨員(dang yuan)').text).toBe('党员(dang yuan)');
      expect(normalize('第5(dì wǔ)').text).toBe('第5(dì wǔ)');
    });
    it('a space left after the annotation inside a word: 黨(dang) 員', () => {
      stripsTo('全年新發展黨(dang) 員12萬(wan) 名', '全年新发展党员12万名', '党员12万名', '黨(dang) 員12萬(wan) 名');
      // Between a character and what is no character, the space stays.
      expect(normalize('黨(dang) 2022').text).toBe('党 2022');
    });
    it('a toneless syllable only after a Han character', () => {
      expect(normalize('黨員(dang yuan)').text).toBe('党员(dang yuan)');
      expect(normalize('編號 (ab) 3').text).toBe('编号 (ab) 3');
    });
  });

  it('keeps parentheses that are not pinyin', () => {
    expect(normalize('留党察看(一年)处分1人').text).toBe('留党察看(一年)处分1人');
    expect(normalize('村(社区)干部').text).toBe('村(社区)干部');
    expect(normalize('5 N措施(APP)').text).toBe('5 N措施(APP)');
  });

  it('reads 丨 as the bar headlines use it for, a space that keeps every offset', () => {
    const normalized = normalize('年终盘点丨东风镇：新建党支部3个');
    expect(normalized.text).toBe('年终盘点 东风镇：新建党支部3个');
    expect(normalized.toOriginal(5, 8)).toEqual({ start: 5, end: 8 });
  });

  it('folds full-width digits, percent signs and points', () => {
    expect(normalize('覆蓋率１００﹪，增长３．５％').text).toBe('覆盖率100%，增长3.5%');
  });

  it('leaves simplified text untouched', () => {
    const simplified = article('002_8949e1b8934c0b9d.txt');
    expect(normalize(simplified).text).toBe(simplified);
  });

  it('maps every character of the traditional seeds back to the original', () => {
    for (const name of [SEEDS[1]!, SEEDS[4]!]) {
      const original = article(name);
      const n = normalize(original);
      expect(n.text).not.toMatch(/\((?:gè|qū)\)/);
      for (const word of ['党支部', '党员', '街道']) {
        const at = n.text.indexOf(word);
        if (at < 0) continue;
        const span = n.toOriginal(at, at + word.length);
        expect(normalize(codePointSlice(original, span.start, span.end)).text).toBe(word);
      }
    }
  });

  it('counts offsets in code points, also after characters outside the BMP', () => {
    const original = '𠀀黨員3名';
    const n = normalize(original);
    const at = n.text.indexOf('3名');
    expect(n.toOriginal(at, at + 2)).toEqual({ start: 3, end: 5 });
  });
});

describe('conversion to simplified characters', () => {
  const opencc = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const traditional = SEEDS.map(article).filter((text) => text !== opencc(text));

  it('gives what opencc-js gives, line by line, for the traditional seed articles', () => {
    expect(traditional.length).toBeGreaterThan(0);
    for (const line of traditional.flatMap((text) => text.split('\n'))) expect(toSimplified(line)).toBe(opencc(line));
  });

  it('gives what opencc-js gives for lines with compatibility ideographs (豈 U+F900, 更 U+F901, 𠄢 U+2F81D)', () => {
    for (const line of ['\uf900有此理，\uf901換車輛', '黨員大會在\u{2f81d}舉行', '著作權乾淨']) {
      expect(toSimplified(line)).toBe(opencc(line));
    }
    expect(toSimplified('\uf900有此理')).toBe('岂有此理');
  });
});

describe('the table of Han characters', () => {
  it('holds the characters of the Basic Multilingual Plane that \\p{Script=Han} matches, and no other', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const han = /\p{Script=Han}/u.test(String.fromCharCode(code));
      if (han !== (HAN_CODES[code] === 1)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });
});
