import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/pipeline.js';
import { decodeSource, readSource, readSourceSync, UnusableFileError } from '../src/read/index.js';
import { loadRuleSet } from '../src/rules/index.js';
import { article, extractor, extractText, ROOT, tempDir } from './helpers.js';

const MESSY = path.join(ROOT, 'fixtures/messy');
const messy = (name: string) => readFileSync(path.join(MESSY, name));
const extractFile = async (file: string, encoding?: string) => extractor.extract(await readSource(file, { encoding }));
/** What an analyst compares across copies of one article: everything but the evidence's place. */
const essence = (records: { unit: string | null; year: number | null; metric: string; value: number; qualifier: string }[]) =>
  records.map((r) => `${r.unit}|${r.year}|${r.metric}|${r.value}|${r.qualifier}`);

describe('encodings', () => {
  it.each([
    ['002_gb18030.txt', '002_8949e1b8934c0b9d.txt', 'gb18030'],
    ['004_big5.txt', '004_ab3db444c22b1e9d.txt', 'big5'],
    ['003_utf16le.txt', '003_e8d2f9fb16ab523e.txt', 'utf-16le (BOM)'],
    ['002_truncated.txt', '002_8949e1b8934c0b9d.txt', 'utf-8'],
  ])('%s gives the records of %s, read as %s', async (copy, seed, encoding) => {
    const result = await extractFile(path.join(MESSY, copy));
    expect(result.encoding).toBe(encoding);
    expect(essence(result.records)).toEqual(essence(extractText(article(seed), seed).records));
    for (const r of result.records) expect([...result.file === r.file ? decodeSource(copy, messy(copy)).text : ''].slice(r.start, r.end).join('')).toBe(r.text);
  });

  it('warns about a multibyte sequence cut off at the end', async () => {
    expect((await extractFile(path.join(MESSY, '002_truncated.txt'))).warnings[0]!.message).toMatch(/truncated multibyte sequence/);
  });

  it('decodes UTF-16 without a byte-order mark, and UTF-8 with one', () => {
    const text = '东风镇党委\n新组建党支部4个。';
    expect(decodeSource('a.txt', Buffer.from(text, 'utf16le')).text).toBe(text);
    const withBom = decodeSource('a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect([withBom.text, withBom.encoding]).toEqual([text, 'utf-8 (BOM)']);
  });

  it('reads a forced encoding', async () => {
    const forced = await extractFile(path.join(MESSY, '002_gb18030.txt'), 'GBK');
    expect(forced.encoding).toBe('gb18030');
    expect(forced.records).toHaveLength(12);
    await expect(readSource(path.join(MESSY, '002_gb18030.txt'), { encoding: 'klingon' })).rejects.toThrow(/unknown encoding/);
  });
});

describe('unusable files', () => {
  it.each([
    [Buffer.alloc(0), /empty file/],
    [Buffer.from(' \n\t \n'), /empty file/],
    [messy('binary.txt'), /binary file/],
    [Buffer.from([0x00, 0x01, 0x02, 0x03, 0x10, 0x11, 0x12, 0x41, 0x00, 0x05]), /binary file/],
  ])('refuses %#', (bytes, reason) => {
    expect(() => decodeSource('x.txt', bytes)).toThrow(UnusableFileError);
    expect(() => decodeSource('x.txt', bytes)).toThrow(reason);
  });

  it('refuses files over the size limit', async () => {
    await expect(readSource(path.join(MESSY, '000_page.html'), { maxBytes: 1000 })).rejects.toThrow(/larger than the limit of 1000 bytes/);
    expect(() => readSourceSync(path.join(MESSY, '000_page.html'), { maxBytes: 1000 })).toThrow(/larger than the limit of 1000 bytes/);
  });

  it('reads a file the same way in worker threads (synchronously) as in the main thread', async () => {
    for (const name of ['000_page.html', '002_gb18030.txt', '003_utf16le.txt', '004_big5.txt']) {
      const file = path.join(MESSY, name);
      const [sync, async] = [readSourceSync(file), await readSource(file)];
      expect({ ...sync, toFile: null }).toEqual({ ...async, toFile: null });
      expect(sync.toFile(3, 10)).toEqual(async.toFile(3, 10));
    }
  });

  it('refuses a file over --max-bytes in a worker and goes on with the others', () => {
    const run = spawnSync(path.join(ROOT, 'bin/dangjian'), ['extract', 'fixtures/articles', 'fixtures/messy/000_page.html', '--max-bytes', '18000', '--jobs', '2', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/000_page\.html: larger than the limit of 18000 bytes/);
    expect(new Set(run.stdout.trim().split('\n').map((line) => JSON.parse(line).file)).size).toBe(5);
  });
});

describe('HTML pages', () => {
  const file = path.join(MESSY, '000_page.html');
  const html = readFileSync(file, 'utf8');

  it('gives the records of the plain article, without navigation, scripts or footers', async () => {
    const result = await extractFile(file);
    expect(result.format).toBe('html');
    const plain = extractText(article('000_28415ed022daa7ed.txt'), '000.txt');
    expect(essence(result.records)).toEqual(essence(plain.records));
    expect(result.units).toEqual(plain.units);
  });

  it('points every record into the HTML source: the slice, without tags and entities, is the evidence', async () => {
    const result = await extractFile(file);
    const source = [...html];
    for (const r of result.records) {
      const slice = source.slice(r.start, r.end).join('');
      expect(decodeHTML(slice.replace(/<[^>]*>/g, ''))).toBe(r.text);
    }
  });

  it('aligns legacy entities without a semicolon, NUL characters and CR LF with the source', () => {
    const html = '<html><body><div class="content">\r\n<p>东风镇\u0000党委</p>\r\n<p>&quot黨;党组织覆盖率100%，&ldquo;新组建&rdquo;党支部&#51;个。</p></div></body></html>';
    const result = extractor.extract(decodeSource('page.html', Buffer.from(html)));
    expect(result.records.map((r) => r.value)).toEqual([100, 3]);
    for (const r of result.records) expect(decodeHTML([...html].slice(r.start, r.end).join('').replace(/<[^>]*>/g, ''))).toBe(r.text);
  });

  it('keeps the dateline and source lines between the headline and the main text, not a top bar before the headline', () => {
    const page =
      '<html><head><title>西坪镇走访群众_某某县人民政府网</title></head><body><div class="top">今天是2024年5月6日</div>' +
      '<h1>西坪镇党员干部走访群众</h1><div class="meta"><span>发布时间：2021-07-12</span> <span>来源：某某县融媒体中心</span></div>' +
      '<div class="content"><p>今年以来，西坪镇党委组织党员干部走访群众1200余户。</p></div></body></html>';
    const source = decodeSource('page.html', Buffer.from(page));
    expect(source.text.split('\n').filter(Boolean)).toEqual(['西坪镇党员干部走访群众', '发布时间：2021-07-12 来源：某某县融媒体中心', '今年以来，西坪镇党委组织党员干部走访群众1200余户。']);
    expect(source.pageTitle).toBe('西坪镇走访群众_某某县人民政府网');
    expect(extractor.extract(source).records.map((r) => r.year)).toEqual([2021]);
  });

  it('reads no hidden element, form field or picture caption', () => {
    const page =
      '<html><body><h1>西坪镇党员干部走访群众</h1><div class="content"><p>2023年，西坪镇新发展党员21名。</p>' +
      '<div style="display: none">东岭镇2020年新发展党员40名</div><div hidden>南塬镇开展志愿服务活动200场</div>' +
      '<p style="visibility:hidden">北川镇新建党支部6个</p><textarea>西坪镇新建党支部9个</textarea>' +
      '<figure><img src="a.jpg"><figcaption>图为东岭镇志愿服务现场，共有志愿者300名参与</figcaption></figure>' +
      '<p><ruby>西<rt>xī</rt></ruby><ruby>坪<rt>píng</rt></ruby>镇</p></div></body></html>';
    const source = decodeSource('page.html', Buffer.from(page));
    expect(extractor.extract(source).records.map((r) => [r.unit, r.value])).toEqual([['西坪镇', 21]]);
  });

  it('keeps the dateline of a table layout between its headline and its text (cells of an implied tbody)', () => {
    const page =
      '<html><body><table><tr><td class="nav">您的位置：首页</td></tr><tr><td class="title">西坪镇党委加强作风建设</td></tr>' +
      '<tr><td class="time">发布时间：2021年11月22日&nbsp;&nbsp;来源：西坪镇</td></tr>' +
      '<tr><td class="content">今年以来，西坪镇党委召开作风建设专题会议4次。</td></tr></table></body></html>';
    const source = decodeSource('page.html', Buffer.from(page));
    expect(extractor.extract(source).records.map((r) => [r.unit, r.year, r.value])).toEqual([['西坪镇', 2021, 4]]);
  });

  it('reads a saved WeChat article, whose body a script shows (#js_content, visibility: hidden), and &nbsp; as spaces', () => {
    const page =
      '<html><head><style>#js_content{visibility:hidden;}</style></head><body><h1 class="rich_media_title">西坪镇：志愿者跑起来</h1>' +
      '<span id="publish_time">2023-08-21 18:30</span>' +
      '<div class="rich_media_content" id="js_content" style="visibility: hidden;"><section><span leaf="">&nbsp;&nbsp;2022年，西坪镇党委组建志愿服务队</span><strong>17</strong><span>支。</span></section></div>' +
      '<script>document.getElementById("js_content").style.visibility = "visible";</script></body></html>';
    const source = decodeSource('page.html', Buffer.from(page));
    expect(extractor.extract(source).records.map((r) => [r.unit, r.year, r.value])).toEqual([['西坪镇', 2022, 17]]);
  });

  it('reads no list of links to other pages, whatever its class, nor what follows a 相关新闻 heading', () => {
    const page =
      '<html><body><div class="w1200"><div class="fl"><h1>西坪镇党员干部走访群众</h1><div class="txt"><p>2023年，西坪镇新发展党员21名。</p>' +
      '<div class="xg"><h4>相关新闻</h4><p>东岭镇召开党建工作会议</p><p>东岭镇新建党支部6个</p></div></div></div>' +
      '<div class="fr"><div>镇街动态</div><ul><li><a>南塬镇2019年新发展党员56名</a><span>2019-12-11</span></li>' +
      '<li><a>北川镇举办党员培训班12期</a><span>2020-02-12</span></li></ul></div></div></body></html>';
    const source = decodeSource('page.html', Buffer.from(page));
    expect(extractor.extract(source).records.map((r) => [r.unit, r.value])).toEqual([['西坪镇', 21]]);
  });

  it('takes the unit from the page title when nothing else names it and the article speaks from its level', () => {
    const page = (title: string) =>
      `<html><head><title>${title}</title></head><body><h1>党建引领乡村振兴见实效</h1>` +
      '<div class="content"><p>今年以来，我县选派驻村第一书记256名，全县新建村级党组织活动阵地32个。</p></div></body></html>';
    const unitOf = (title: string) => extractor.extract(decodeSource('page.html', Buffer.from(page(title)))).records[0]?.unit;
    expect(unitOf('党建引领乡村振兴见实效_五华县人民政府网')).toBe('五华县');
    // A city's site names no county.
    expect(unitOf('党建引领乡村振兴见实效_梅州市人民政府网')).toBeNull();
  });

  it('codes a homonym by the parents its page title names', () => {
    const page =
      '<html><head><title>石井街道：党员干部下沉社区_坪山区政府在线</title></head><body>' +
      '<h1>石井街道：党员干部下沉社区</h1><div class="content"><p>2021年，石井街道党工委组织党员干部走访群众3200余户。</p></div></body></html>';
    const [record] = extractor.extract(decodeSource('page.html', Buffer.from(page))).records;
    expect(record && { unit: record.unit, code: record.unit_code }).toEqual({ unit: '石井街道', code: '440310004' });
  });

  it('is recognised by content as well as by name', () => {
    expect(decodeSource('page.txt', Buffer.from('<!DOCTYPE html><html><body><p>东风镇新组建党支部4个。</p></body></html>')).format).toBe('html');
    expect(decodeSource('note.txt', Buffer.from('东风镇 <b>新组建</b>党支部4个')).format).toBe('text');
  });
});

describe('garbled text', () => {
  it('warns with the position and flags records whose evidence overlaps it', () => {
    const text = '东风镇党委\n组建鍪嗅^党支部12个，新建党群服务中心3个。\n平?jīng)鍪嗅轻紖^(qū)基层党建';
    const result = extractText(text);
    const garbled = result.warnings.filter((w) => /garbled/.test(w.message));
    expect(garbled).toHaveLength(2);
    expect([...text].slice(garbled[1]!.offset!, garbled[1]!.offset! + 2).join('')).toBe('平?');
    expect(result.records.map((r) => [r.value, r.warning])).toEqual([
      [12, 'garbled text in the evidence'],
      [3, null],
    ]);
  });

  it('takes a question mark inside or before a number for garbling, and flags the record it touches', () => {
    const result = extractText('长乐区党建\n2022年，长乐区新建党组织15个，发展党员3?2名，开展志愿服务活动300场。');
    expect(result.records.filter((r) => r.warning !== null).map((r) => r.value)).toEqual([2]);
    expect(extractText('长乐区党建\n怎么办?长乐区新建党组织15个。').records.map((r) => r.warning)).toEqual([null]);
  });

  it('takes Windows-1252 symbols for garbling, with the full stops inside the run, which end no sentence', () => {
    const text = '云岭省党建工作\n新华社1月8日电 今年全省将新建村级活动场所500个。\n2019年，省财政对全?。保梗祩€新建村级活动场所给予补助，共补助2600万元。目前覆盖率已达90%。';
    const result = extractText(text);
    const warning = result.warnings.find((w) => /garbled/.test(w.message));
    expect(warning?.message).toMatch(/。保梗祩€/);
    const year = (value: number) => result.records.find((r) => r.value === value)?.year;
    expect([year(26_000_000), year(90)]).toEqual([2019, null]);
  });

  it('does not take a question mark between sentences for garbling', () => {
    expect(extractText('东风镇\n遇到困难怎么办?在社区找党员。').warnings.filter((w) => /garbled/.test(w.message))).toEqual([]);
  });
});

describe('one run over every messy file', { timeout: 60_000 }, () => {
  it('names each unusable file once on stderr, exits 1 and keeps every good file', () => {
    const dir = tempDir();
    const summary = path.join(dir, 'summary.json');
    const run = spawnSync(path.join(ROOT, 'bin/dangjian'), ['extract', 'fixtures/messy', '--summary', summary], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n').filter((line) => !line.startsWith('dangjian: done')).sort()).toEqual(['dangjian: fixtures/messy/binary.txt: binary file, not text', 'dangjian: fixtures/messy/empty.txt: empty file']);
    expect(run.stdout.trim().split('\n')).toHaveLength(77 + 12 + 12 + 3 + 4);
    const files = JSON.parse(readFileSync(summary, 'utf8'));
    expect(files.map((f: { file: string; encoding: string | null }) => [path.basename(f.file), f.encoding])).toEqual([
      ['000_page.html', 'utf-8'],
      ['002_gb18030.txt', 'gb18030'],
      ['002_truncated.txt', 'utf-8'],
      ['003_utf16le.txt', 'utf-16le (BOM)'],
      ['004_big5.txt', 'big5'],
      ['binary.txt', null],
      ['empty.txt', null],
    ]);
    expect(files[5].errors).toEqual(['binary file, not text']);
  });
});

describe('rule-pack patterns', () => {
  it('refuses a pattern the linear-time engine cannot run (a backreference), naming its line', async () => {
    const started = Date.now();
    const error = await loadRuleSet([path.join(ROOT, 'rules'), path.join(ROOT, 'fixtures/packs/redos')]).catch((e: Error) => e);
    expect(String(error)).toMatch(/redos[/\\]rules\.yaml:6:\d+: rule "meetings\.slow": pattern refused: .*RE2 syntax/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a pattern that does not compile', async () => {
    const error = await loadRuleSet([path.join(ROOT, 'rules'), path.join(ROOT, 'fixtures/packs/bad-pattern')]).catch((e: Error) => e);
    expect(String(error)).toMatch(/bad-pattern[/\\]rules\.yaml:6:\d+: rule "meetings\.broken": pattern refused: error parsing regexp/);
  });

  it('applies a pattern as an extra condition', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'first.yaml'),
      `metrics:\n  - {id: first_groups, measure: count, description: Party groups founded for the first time}\nrules:\n  - id: first_groups.new\n    metric: first_groups\n    measure: count\n    objects: [党小组]\n    pattern: "首次|首个"\n    examples:\n      - {text: 首次成立党小组3个, value: 3}\n      - {text: 成立党小组3个, value: null}\n`,
    );
    const rules = await loadRuleSet([path.join(ROOT, 'rules'), dir]);
    const result = createExtractor(rules).extract(decodeSource('a.txt', Buffer.from('东风镇\n首次成立党小组3个。\n成立党小组5个。')));
    expect(result.records.map((r) => [r.metric, r.value])).toEqual([['first_groups', 3]]);
  });
});
