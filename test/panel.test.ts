import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { buildPanel, DUPLICATE_THRESHOLD, findDuplicates, tableText } from '../src/panel/index.js';
import { decodeSignature, fingerprint, similarity } from '../src/panel/fingerprint.js';
import { markPart } from '../src/panel/mark.js';
import { comparePaths, mergePanel, readRecords, readSummary } from '../src/panel/merge.js';
import { partRenderer } from '../src/output/index.js';
import type { Record } from '../src/record.js';
import { decodeSource } from '../src/read/index.js';
import { ARTICLES, article, extractor, ROOT, ruleSet, SEEDS, tempDir } from './helpers.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
const run = (...args: string[]) => spawnSync(path.join(ROOT, 'bin/dangjian'), args, { cwd: ROOT, encoding: 'utf8' });
const metrics = [...ruleSet.metrics.values()];

const PANEL = path.join(ROOT, 'fixtures/panel');
const SUMMARY = readFileSync(path.join(PANEL, 'tangqi_2022_summary.txt'), 'utf8');
const NEWS = readFileSync(path.join(PANEL, 'tangqi_2022_news.txt'), 'utf8');

/** The fingerprint of a file's bytes, read and normalised as a run would. */
const fingerprintOf = (name: string, bytes: Buffer | string) => extractor.extract(decodeSource(name, Buffer.from(bytes))).fingerprint;
const similar = (a: string | null, b: string | null) => similarity(decodeSignature(a!), decodeSignature(b!));

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** A traditional-character copy with pinyin injected after some characters, as some mirror sites serve. */
const PINYIN: { [ch: string]: string } = { 個: 'gè', 黨: 'dǎng', 區: 'qū', 員: 'yuán', 鎮: 'zhèn', 會: 'huì' };
const traditionalWithPinyin = (text: string) => toTraditional(text).replace(/[個黨區員鎮會]/g, (ch: string) => `${ch}(${PINYIN[ch]})`);

const asHtml = (text: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${text.split('\n')[0]}</title></head><body><div class="nav">首页 | 新闻 | 政务公开</div><div class="content">${text
    .split('\n')
    .map((line) => `<p>${line}</p>`)
    .join('\n')}</div><div class="footer">主办单位：融媒体中心 版权所有</div></body></html>`;

describe('near-duplicate articles', () => {
  it('finds a repost with another header and footer', () => {
    const repost = `来源：余杭新闻网 发布时间：2023-01-09 10:21 字号：大 中 小\n${SUMMARY}\n责任编辑：周敏 审核：陈立 版权所有 未经许可不得转载\n相关阅读：古镇运河夜游开放`;
    expect(similar(fingerprintOf('a.txt', SUMMARY), fingerprintOf('b.txt', repost))).toBeGreaterThan(0.8);
  });

  it('finds a traditional-character copy with injected pinyin, an HTML copy and a GB18030 copy', () => {
    const original = fingerprintOf('a.txt', SUMMARY);
    const traditional = traditionalWithPinyin(SUMMARY);
    expect(traditional).toContain('黨(dǎng)');
    expect(similar(original, fingerprintOf('b.txt', traditional))).toBeGreaterThan(0.8);
    expect(similar(original, fingerprintOf('c.html', asHtml(SUMMARY)))).toBeGreaterThan(0.8);
    expect(similar(original, fingerprintOf('d.txt', iconv.encode(SUMMARY, 'gb18030')))).toBeGreaterThan(0.8);
  });

  it('keeps two different articles about one town and year apart, and the seed articles too', () => {
    expect(similar(fingerprintOf('a.txt', SUMMARY), fingerprintOf('b.txt', NEWS))).toBeLessThan(0.2);
    const seeds = SEEDS.map((name) => ({ file: name, fingerprint: fingerprintOf(name, article(name)) }));
    expect(findDuplicates([...seeds, { file: 'x.txt', fingerprint: fingerprintOf('x.txt', SUMMARY) }, { file: 'y.txt', fingerprint: fingerprintOf('y.txt', NEWS) }]).size).toBe(0);
  });

  it('gives no fingerprint to a text too short to tell', () => {
    expect(fingerprint('塘栖镇新发展党员23名。')).toBeNull();
  });

  it('points each copy to the earliest original, among many files, and at the threshold', () => {
    // Texts of random characters, then a copy of every tenth with one sentence more.
    let seed = 1;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const text = () => Array.from({ length: 400 }, () => String.fromCharCode(0x4e00 + random(3000))).join('');
    const originals = Array.from({ length: 300 }, (_, i) => ({ file: `o${String(i).padStart(3, '0')}`, text: text() }));
    const copies = originals.filter((_, i) => i % 10 === 0).map((o) => ({ file: `c${o.file}`, text: `${o.text}转载自本地新闻网` }));
    const duplicates = findDuplicates([...originals, ...copies].map(({ file, text }) => ({ file, fingerprint: fingerprint(text) })));
    expect(duplicates).toEqual(new Map(copies.map((c) => [c.file, c.file.slice(1)])));
    // Half an article shares about a half of its shingles with the whole: below the threshold.
    const whole = originals[1]!.text;
    expect(similar(fingerprint(whole), fingerprint(whole.slice(0, 200)))).toBeLessThan(DUPLICATE_THRESHOLD);
  });
});

const record = (over: Partial<Record>): Record => ({
  file: 'a.txt',
  unit: '塘栖镇',
  unit_code: '330113102000',
  unit_level: 'township',
  unit_path: '浙江省/杭州市/临平区/塘栖镇',
  year: 2022,
  metric: 'party_members',
  value: 1,
  measure: 'people',
  measure_word: '名',
  qualifier: 'exact',
  part_of: null,
  text: '',
  start: 0,
  end: 1,
  rule: 'r',
  warning: null,
  duplicate_of: null,
  ...over,
});

/** The panel as objects keyed by column, for reading in tests. */
const rowsOf = (table: { header: string[]; rows: unknown[][] }) => table.rows.map((row) => Object.fromEntries(table.header.map((h, i) => [h, row[i]])));

describe('the panel', () => {
  it('gives one row per coded unit and year across articles, whatever the name, leaving out parts and copies', () => {
    const { panel, conflicts } = buildPanel(
      [
        { file: 'a.txt', records: [record({ value: 1286 }), record({ metric: 'members_recruited', value: 23, start: 5 }), record({ metric: 'members_recruited', value: 9, part_of: 5 })] },
        { file: 'b.txt', records: [record({ file: 'b.txt', unit: '塘栖镇党委', value: 1286 }), record({ file: 'b.txt', unit: '塘栖镇党委', metric: 'members_recruited', value: 23 })] },
        { file: 'copy.txt', records: [record({ file: 'copy.txt', value: 5000 })] },
      ],
      (file) => file === 'copy.txt',
      metrics,
    );
    const rows = rowsOf(panel);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ unit: '塘栖镇', unit_code: '330113102000', unit_level: 'township', year: 2022, n_articles: 2, party_members: 1286, party_members_n: 2, members_recruited: 23, members_recruited_n: 2, meetings: null, meetings_n: 0 });
    expect(conflicts.rows).toEqual([]);
  });

  it('combines within an article by the rule, and lists articles that disagree as conflicts', () => {
    const { panel, conflicts } = buildPanel(
      [
        { file: 'a.txt', records: [record({ value: 1286, text: '党员1286名' }), record({ metric: 'meetings', measure: 'count', value: 4 }), record({ metric: 'meetings', measure: 'count', value: 2 })] },
        { file: 'b.txt', records: [record({ file: 'b.txt', value: 1312, text: '党员1312名' }), record({ file: 'b.txt', metric: 'meetings', measure: 'count', value: 6 })] },
      ],
      () => false,
      metrics,
    );
    const [row] = rowsOf(panel);
    // party_members is a stock (max): the larger figure; meetings (sum): 4 + 2 in one article, the same 6 in the other.
    expect(row).toMatchObject({ party_members: 1312, party_members_n: 2, meetings: 6, meetings_n: 3 });
    expect(rowsOf(conflicts)).toEqual([
      { unit: '塘栖镇', unit_code: '330113102000', year: 2022, metric: 'party_members', panel_value: 1312, file: 'a.txt', file_value: 1286, value: 1286, qualifier: 'exact', text: '党员1286名', start: 0, end: 1, rule: 'r' },
      { unit: '塘栖镇', unit_code: '330113102000', year: 2022, metric: 'party_members', panel_value: 1312, file: 'b.txt', file_value: 1312, value: 1312, qualifier: 'exact', text: '党员1312名', start: 0, end: 1, rule: 'r' },
    ]);
  });

  it('keys uncoded units by name, and keeps records without a year or a unit in rows of their own', () => {
    const uncoded = { unit_code: null, unit_level: null, unit_path: null };
    const { panel } = buildPanel(
      [{ file: 'a.txt', records: [record({ value: 3 }), record({ ...uncoded, unit: '超山街道', value: 4 }), record({ ...uncoded, unit: '超山街道', year: null, value: 5 }), record({ ...uncoded, unit: null, year: null, value: 6 })] }],
      () => false,
      metrics,
    );
    expect(rowsOf(panel).map((r) => [r.unit, r.unit_code, r.year, r.party_members])).toEqual([
      ['塘栖镇', '330113102000', 2022, 3],
      ['超山街道', null, 2022, 4],
      ['超山街道', null, null, 5],
      [null, null, null, 6],
    ]);
  });

  it('writes CSV with empty cells for null, JSON and JSON lines', () => {
    const { panel } = buildPanel([{ file: 'a.txt', records: [record({ value: 3, year: null })] }], () => false, metrics);
    expect(tableText(panel, 'csv').split('\n')[1]).toMatch(/^塘栖镇,330113102000,township,浙江省\/杭州市\/临平区\/塘栖镇,,1,,0,/);
    expect(JSON.parse(tableText(panel, 'json'))[0]).toMatchObject({ year: null, party_members: 3, meetings: null });
    expect(JSON.parse(tableText(panel, 'jsonl').trim())).toEqual(JSON.parse(tableText(panel, 'json'))[0]);
  });

  it('orders paths as a folder is listed', () => {
    expect(['a.txt', 'a/b.txt', 'a-b.txt'].sort(comparePaths)).toEqual(['a-b.txt', 'a.txt', 'a/b.txt'].sort(comparePaths));
    expect(comparePaths('a/b.txt', 'a.txt')).toBeLessThan(0);
  });

  it('merges runs, taking duplicates from the fingerprints and refusing records no summary names', () => {
    const fp = fingerprint(SUMMARY);
    const summaries = [
      { file: 'b.txt', fingerprint: fp },
      { file: 'a.txt', fingerprint: fp },
    ];
    const records = [record({ file: 'b.txt', value: 7 }), record({ value: 5 })];
    // a.txt comes first in path order: b.txt is its copy, and only a.txt counts.
    expect(rowsOf(mergePanel(records, summaries, metrics).panel)[0]).toMatchObject({ party_members: 5, n_articles: 1 });
    expect(() => mergePanel([record({ file: 'c.txt' })], summaries, metrics)).toThrow(/c\.txt, which no summary names/);
  });
});

describe('marking a copy in output a worker made', () => {
  it.each(['jsonl', 'json', 'csv'] as const)('gives in %s what rendering with duplicate_of would', (format) => {
    const options = { format, shape: 'long' as const, metrics };
    const tricky = ['党员1286名,其中"新党员"23名\n另有', 'a"duplicate_of":null}\n', '"duplicate_of": null\n  }', ''];
    const records = tricky.map((text, i) => record({ text, start: i, warning: i === 3 ? null : 'garbled text in the evidence' }));
    const result = { file: 'b.txt', encoding: 'utf-8', format: 'text', units: [], records, warnings: [], fingerprint: null, duplicate_of: null };
    const original = 'folder, "quoted"/a.txt';
    const marked = new TextDecoder().decode(markPart(new TextEncoder().encode(partRenderer(options)(result)), options, original));
    expect(marked).toBe(partRenderer(options)({ ...result, records: records.map((r) => ({ ...r, duplicate_of: original })) }));
    expect(marked).toContain('quoted');
  });
});

describe('a folder with copies and disagreeing articles', { timeout: 120_000 }, () => {
  /** The seed articles, three copies of them, and the two articles about 塘栖镇 in 2022. */
  function folder(withCopies: boolean): string {
    const dir = tempDir();
    for (const name of SEEDS) copyFileSync(path.join(ARTICLES, name), path.join(dir, name));
    for (const name of ['tangqi_2022_summary.txt', 'tangqi_2022_news.txt']) copyFileSync(path.join(PANEL, name), path.join(dir, name));
    if (withCopies) {
      writeFileSync(path.join(dir, '003_traditional.txt'), traditionalWithPinyin(article(SEEDS[3]!)));
      writeFileSync(path.join(dir, '001_copy.html'), asHtml(article(SEEDS[1]!)));
      writeFileSync(path.join(dir, '004_gb18030.txt'), iconv.encode(article(SEEDS[4]!), 'gb18030'));
    }
    return dir;
  }
  const dir = folder(true);
  const panelOf = (input: string, ...more: string[]) => {
    const result = run('extract', input, '--shape', 'panel', '--format', 'csv', '--quiet', ...more);
    expect(result.status).toBe(0);
    return result.stdout;
  };

  it('counts each copy once, gives one row per unit and year, and lists the conflict', () => {
    const summary = path.join(dir, '..', `${path.basename(dir)}-summary.json`);
    const conflictsFile = path.join(tempDir(), 'conflicts.csv');
    const csv = panelOf(dir, '--summary', summary, '--conflicts', conflictsFile);
    const entries = JSON.parse(readFileSync(summary, 'utf8')) as { file: string; duplicate_of: string | null; fingerprint: string | null }[];
    expect(entries.filter((e) => e.duplicate_of).map((e) => [path.basename(e.file), path.basename(e.duplicate_of!)])).toEqual([
      ['001_copy.html', SEEDS[1]],
      ['003_traditional.txt', SEEDS[3]],
      ['004_gb18030.txt', SEEDS[4]],
    ]);
    expect(entries.every((e) => typeof e.fingerprint === 'string')).toBe(true);

    // Copies counted once: the same panel as the folder without them.
    expect(csv).toBe(panelOf(folder(false)));
    const [header, ...lines] = csv.trim().split('\n').map((line) => line.split(','));
    const keys = lines.map((cells) => `${cells[0]} ${cells[1]} ${cells[4]}`);
    expect(new Set(keys).size).toBe(keys.length);
    const tangqi = Object.fromEntries(header!.map((h, i) => [h, lines.find((cells) => cells[0] === '塘栖镇')![i]]));
    expect(tangqi).toMatchObject({ year: '2022', n_articles: '2', party_members: '1312', party_members_n: '2', members_recruited: '23', members_recruited_n: '2' });

    const conflicts = readFileSync(conflictsFile, 'utf8').trim().split('\n');
    expect(conflicts[0]).toBe('unit,unit_code,year,metric,panel_value,file,file_value,value,qualifier,text,start,end,rule');
    expect(conflicts.slice(1).map((line) => line.split(',').slice(3, 8))).toEqual([
      ['party_members', '1312', path.join(dir, 'tangqi_2022_news.txt'), '1312', '1312'],
      ['party_members', '1312', path.join(dir, 'tangqi_2022_summary.txt'), '1286', '1286'],
    ]);
  });

  it('marks copies in the long output the same with 1 job and with 2', () => {
    const [one, two] = ['1', '2'].map((jobs) => run('extract', dir, '--jobs', jobs, '--quiet').stdout);
    expect(two).toBe(one);
    const copies = one!.trim().split('\n').map((line) => JSON.parse(line) as Record).filter((r) => r.duplicate_of !== null);
    expect(new Set(copies.map((r) => path.basename(r.file)))).toEqual(new Set(['001_copy.html', '003_traditional.txt', '004_gb18030.txt']));
  });

  it('gives the same panel and conflicts from three shards merged with dangjian panel', () => {
    const out = tempDir();
    const oneRun = panelOf(dir, '--conflicts', path.join(out, 'conflicts-one.csv'));
    for (const k of [1, 2, 3]) {
      expect(run('extract', dir, '--shard', `${k}/3`, '--out', path.join(out, `records-${k}.jsonl`), '--summary', path.join(out, `summary-${k}.json`), '--quiet').status).toBe(0);
    }
    const merged = run('panel', ...[1, 2, 3].map((k) => path.join(out, `records-${k}.jsonl`)), '--summary', ...[1, 2, 3].map((k) => path.join(out, `summary-${k}.json`)), '--conflicts', path.join(out, 'conflicts-merged.csv'));
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toBe(oneRun);
    expect(readFileSync(path.join(out, 'conflicts-merged.csv'), 'utf8')).toBe(readFileSync(path.join(out, 'conflicts-one.csv'), 'utf8'));
  });

  it('reads summaries and records however laid out: one entry a line, indented, JSON lines or a JSON array', async () => {
    const out = tempDir();
    const [summary, records] = [path.join(out, 'summary.json'), path.join(out, 'records.jsonl')];
    run('extract', dir, '--out', records, '--summary', summary, '--quiet');
    const entries = await readSummary(summary);
    expect(entries).toHaveLength(10);
    writeFileSync(path.join(out, 'indented.json'), JSON.stringify(JSON.parse(readFileSync(summary, 'utf8')), null, 2));
    expect(await readSummary(path.join(out, 'indented.json'))).toEqual(entries);
    const lines = await readRecords(records);
    writeFileSync(path.join(out, 'records.json'), JSON.stringify(lines, null, 2));
    expect(await readRecords(path.join(out, 'records.json'))).toEqual(lines);
    writeFileSync(path.join(out, 'broken.jsonl'), readFileSync(records, 'utf8').split('\n').slice(0, 3).join('\n') + '\n{"file": 1}\n');
    await expect(readRecords(path.join(out, 'broken.jsonl'))).rejects.toThrow(/broken\.jsonl:4: not a record/);
  });

  it('refuses records of a file that no summary names, naming it', () => {
    const out = tempDir();
    run('extract', dir, '--out', path.join(out, 'records.jsonl'), '--quiet');
    writeFileSync(path.join(out, 'summary.json'), '[]');
    const result = run('panel', path.join(out, 'records.jsonl'), '--summary', path.join(out, 'summary.json'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^dangjian: records of .*000_28415ed022daa7ed\.txt, which no summary names/);
  });

  it('adds panel and conflicts sheets to the workbook', async () => {
    const out = path.join(tempDir(), 'panel.xlsx');
    expect(run('extract', dir, '--format', 'xlsx', '--out', out, '--quiet').status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    const bytes = readFileSync(out);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const lines = panelOf(dir).trim().split('\n');
    expect(workbook.getWorksheet('panel')!.rowCount).toBe(lines.length);
    expect(workbook.getWorksheet('conflicts')!.rowCount).toBe(3);
  });
});
