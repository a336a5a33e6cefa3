import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

const run = (args: string[], input?: string) => spawnSync(path.join(ROOT, 'bin/dangjian'), args, { cwd: ROOT, encoding: 'utf8', input });

describe('dangjian extract', { timeout: 30_000 }, () => {
  it('reads standard input with -', () => {
    const result = run(['extract', '-', '--year', '2022'], '东风镇党委\n全年新组建党支部4个。\n');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ file: '-', unit: '东风镇', year: 2022, metric: 'branches_established', value: 4, rule: 'branches_established.new' });
  });

  it('writes JSON, long CSV and wide CSV', () => {
    const json = JSON.parse(run(['extract', 'fixtures/articles/002_8949e1b8934c0b9d.txt', '--format', 'json']).stdout);
    expect(json.length).toBe(12);
    const csv = run(['extract', 'fixtures/articles/002_8949e1b8934c0b9d.txt', '--format', 'csv']).stdout.trim().split('\n');
    expect(csv[0]).toBe('file,unit,unit_code,unit_level,unit_path,year,metric,value,measure,measure_word,qualifier,part_of,text,start,end,rule,warning');
    expect(csv).toHaveLength(13);
    const wide = run(['extract', 'fixtures/articles', '--format', 'csv', '--shape', 'wide']).stdout.trim().split('\n');
    expect(wide).toHaveLength(14);
    expect(wide[1]).toMatch(/^fixtures\/articles\/000_28415ed022daa7ed\.txt,泰山路街道,[^,]*,[^,]*,[^,]*,2021,78,1,/);
  });

  it('writes --out whole, leaving no temporary file', () => {
    const dir = tempDir();
    const out = path.join(dir, 'records.jsonl');
    expect(run(['extract', 'fixtures/articles', '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(119);
    expect(readdirSync(dir)).toEqual(['records.jsonl']);
  });

  it('writes to a target that is no regular file directly, leaving it as it is', () => {
    expect(run(['extract', 'fixtures/articles/003_e8d2f9fb16ab523e.txt', '--out', '/dev/null', '--quiet']).status).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('goes on past a missing file and exits 1', () => {
    const result = run(['extract', 'no-such-article.txt', 'fixtures/articles/003_e8d2f9fb16ab523e.txt']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no-such-article\.txt: no such file or folder/);
    expect(result.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('exits 2 with file and line on a broken rule pack', () => {
    const result = run(['extract', 'fixtures/articles', '--rules', 'fixtures/packs/broken-syntax']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/broken-syntax\/rules\.yaml:6:5: YAML syntax/);
    expect(result.stdout).toBe('');
  });

  it('rejects a bad option value', () => {
    expect(run(['extract', 'fixtures/articles', '--format', 'xml']).status).not.toBe(0);
    expect(run(['extract', 'fixtures/articles', '--year', 'last']).status).not.toBe(0);
  });
});

describe('parts of a whole', { timeout: 30_000 }, () => {
  const article = '东风镇党委\n全镇全年完成税收2.8亿元，其中规模以上企业税收1.6亿元。\n';

  it('records the part with part_of set to the start of the whole', () => {
    const records = run(['extract', '-', '--year', '2022', '--quiet'], article).stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => [r.metric, r.value, r.part_of])).toEqual([
      ['tax_revenue', 280000000, null],
      ['tax_revenue', 160000000, records[0].start],
    ]);
  });

  it('leaves parts out of the wide table sums', () => {
    const [header, row] = run(['extract', '-', '--year', '2022', '--format', 'csv', '--shape', 'wide', '--quiet'], article).stdout.trim().split('\n');
    const cells = Object.fromEntries(header!.split(',').map((name, i) => [name, row!.split(',')[i]]));
    expect(cells.tax_revenue).toBe('280000000');
    expect(cells.tax_revenue_n).toBe('1');
  });
});

describe('dangjian explain --unmatched', { timeout: 30_000 }, () => {
  it('lists every number no rule took, with its clause, and none that a rule took', () => {
    const dir = tempDir();
    const file = path.join(dir, 'article.txt');
    writeFileSync(file, '西湖镇党委\n2023年，全镇新建党支部6个，清理河道12公里，发放宣传册3000余份。\n');
    const result = run(['explain', file, '--unmatched']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe(`${file}: 1 number no rule took`);
    expect(lines[1]).toMatch(/^\s+\d+  3000余份  «发放宣传册3000余份»$/);
    expect(result.stdout).not.toContain('6个');
  });

  it('says so when a rule took every number', () => {
    const dir = tempDir();
    const file = path.join(dir, 'article.txt');
    writeFileSync(file, '西湖镇党委\n2023年，全镇新建党支部6个。\n');
    expect(run(['explain', file, '--unmatched']).stdout).toBe(`${file}: every number was taken by a rule\n`);
  });
});

describe('dangjian eval', { timeout: 30_000 }, () => {
  it('prints scores and fails under --min-f1', () => {
    const ok = run(['eval', 'fixtures/gold/seeds.yaml', 'fixtures/articles', '--min-f1', '0.95']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/unit-year accuracy 100\.0%/);
    expect(ok.stdout).toMatch(/overall precision/);
    const dir = tempDir();
    const gold = path.join(dir, 'gold.yaml');
    writeFileSync(gold, `- file: 003_e8d2f9fb16ab523e.txt\n  units: [{unit: 二七区, year: null}]\n  records:\n    - {unit: 二七区, year: null, metric: meetings, value: 99}\n`);
    const failing = run(['eval', gold, 'fixtures/articles', '--min-f1', '0.5', '--format', 'json']);
    expect(failing.status).toBe(1);
    expect(JSON.parse(failing.stdout).misses[0].record.value).toBe(99);
  });
});

describe('dangjian rules', { timeout: 30_000 }, () => {
  it('tests every example of the default pack and a user pack', () => {
    const result = run(['rules', 'test', 'fixtures/packs/example']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+ passed, 0 failed$/m);
  });

  it('lists the metrics', () => {
    const lines = run(['rules', 'list']).stdout.trim().split('\n');
    expect(lines).toHaveLength(31);
    expect(lines[0]).toMatch(/^branches_established\s+count\s+2 rules/);
  });
});
