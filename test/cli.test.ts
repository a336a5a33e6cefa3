import { spawnSync } from 'node:child_process';
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES, ROOT, SEEDS, tempDir } from './helpers.js';

const BIN = path.join(ROOT, 'bin/dangjian');
const run = (args: string[], input?: string, env: NodeJS.ProcessEnv = {}, cwd = ROOT) =>
  spawnSync(BIN, args, { cwd, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined, ...env } });
const runBytes = (args: string[]) => spawnSync(BIN, args, { cwd: ROOT });
const ONE = 'fixtures/articles/003_e8d2f9fb16ab523e.txt';

/** A usage error: exit 2, one line naming the problem, then where help is; nothing written to standard output. */
function expectUsageError(result: ReturnType<typeof run>, message: RegExp) {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines[0]).toMatch(/^dangjian: /);
  expect(lines[0]).toMatch(message);
  expect(lines.length).toBeLessThanOrEqual(2);
  if (lines[1]) expect(lines[1]).toMatch(/^\(see dangjian [a-z ]+ --help\)$/);
  expect(result.stderr).not.toMatch(/Options:|    at |done:/);
}

describe('dangjian extract', { timeout: 60_000 }, () => {
  it('reads standard input with -', () => {
    const result = run(['extract', '-', '--year', '2022'], '东风镇党委\n全年新组建党支部4个。\n');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ file: '-', unit: '东风镇', year: 2022, metric: 'branches_established', value: 4, rule: 'branches_established.new' });
  });

  it('writes JSON, long CSV and wide CSV', () => {
    const json = JSON.parse(run(['extract', 'fixtures/articles/002_8949e1b8934c0b9d.txt', '--format', 'json']).stdout);
    expect(json.length).toBe(12);
    const csv = run(['extract', 'fixtures/articles/002_8949e1b8934c0b9d.txt', '--format', 'csv']).stdout.trim().split('\n');
    expect(csv[0]).toBe('file,unit,unit_code,unit_level,unit_path,year,metric,value,measure,measure_word,qualifier,part_of,text,start,end,rule,warning,duplicate_of');
    expect(csv).toHaveLength(13);
    const wide = run(['extract', 'fixtures/articles', '--format', 'csv', '--shape', 'wide']).stdout.trim().split('\n');
    expect(wide).toHaveLength(14);
    expect(wide[1]).toMatch(/^fixtures\/articles\/000_28415ed022daa7ed\.txt,泰山路街道,[^,]*,[^,]*,[^,]*,2021,78,1,/);
  });

  it('writes --out whole, leaving no temporary file', () => {
    const dir = tempDir();
    const out = path.join(dir, 'records.jsonl');
    expect(run(['extract', 'fixtures/articles', '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(120);
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

describe('dangjian eval', { timeout: 60_000 }, () => {
  it('accepts --min-f1 only as a number from 0 to 1', () => {
    for (const value of ['abc', '', '-1', '95', '1.5']) expectUsageError(run(['eval', 'fixtures/gold/seeds.yaml', '--min-f1', value]), /--min-f1.*a number from 0 to 1/);
  });

  it('says why a run fails its threshold', () => {
    const dir = tempDir();
    const gold = path.join(dir, 'gold.yaml');
    writeFileSync(gold, `- file: ${SEEDS[3]}\n  units: [{unit: 二七区, year: null}]\n  records:\n    - {unit: 二七区, year: null, metric: meetings, value: 99}\n`);
    const result = run(['eval', gold, ONE, '--min-f1', '0.9']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^dangjian: overall F1 0\.\d{3} is below --min-f1 0\.9$/m);
  });

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

describe('dangjian rules', { timeout: 60_000 }, () => {
  it('tests every example of the default pack and a user pack', () => {
    const result = run(['rules', 'test', 'fixtures/packs/example']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+ passed, 0 failed$/m);
  });

  it('lists the rules: id, metric, file:line, number of examples', () => {
    const lines = run(['rules', 'list']).stdout.trim().split('\n');
    const rulesYaml = readdirSync(path.join(ROOT, 'rules')).filter((f) => f.endsWith('.yaml'));
    const defined = rulesYaml.flatMap((f) => readFileSync(path.join(ROOT, 'rules', f), 'utf8').match(/^  - id: /gm) ?? []);
    expect(lines).toHaveLength(defined.length);
    const line = lines.find((l) => l.startsWith('branches_established.new '))!;
    const [, metric, where, examples] = /^\S+\s+(\S+)\s+(\S+:\d+)\s+(\d+) examples?$/.exec(line)!;
    expect(metric).toBe('branches_established');
    const [file, lineNo] = where!.split(':');
    expect(readFileSync(path.join(ROOT, file!), 'utf8').split('\n')[Number(lineNo) - 1]).toContain('id: branches_established.new');
    expect(Number(examples)).toBeGreaterThanOrEqual(2);
    expect(run(['rules', 'list', 'fixtures/packs/example']).stdout).toMatch(/^party_dues\.\S*\s+party_dues\s+fixtures\/packs\/example\/party-dues\.yaml:\d+/m);
  });
});

describe('dangjian metrics as a dictionary', { timeout: 60_000 }, () => {
  it('writes CSV and JSON with Chinese and English labels, measure and how combined', () => {
    const csv = run(['metrics', '--format', 'csv']).stdout.trim().split('\n');
    expect(csv[0]).toBe('id,label_zh,label_en,measure,combine');
    expect(csv).toHaveLength(32);
    expect(csv.find((l) => l.startsWith('party_members,'))).toMatch(/^party_members,党员人数,[^,]+,people,max$/);
    const json = JSON.parse(run(['metrics', '--format', 'json']).stdout);
    expect(json).toHaveLength(31);
    expect(json.find((m: { id: string }) => m.id === 'integrity_talks')).toMatchObject({ label_zh: expect.stringMatching(/[\u4e00-\u9fff]/), measure: ['person_times', 'people', 'count'], combine: 'sum' });
    for (const m of json) expect(m.label_zh, m.id).toMatch(/^[\u4e00-\u9fff]/);
  });

  it('says 1 rule, not 1 rules', () => {
    const text = run(['metrics']).stdout;
    expect(text).toMatch(/^tax_revenue\s+cny\s+1 rule\s/m);
    expect(text).not.toMatch(/\b1 rules\b/);
  });
});

describe('output that is what was asked for', { timeout: 60_000 }, () => {
  it('refuses a wide shape in a format other than CSV', () => {
    expectUsageError(run(['extract', ONE, '-f', 'json', '--shape', 'wide']), /--shape wide.*CSV/);
    expectUsageError(run(['extract', ONE, '--shape', 'wide']), /--shape wide.*CSV/);
    expect(run(['extract', ONE, '--shape', 'wide', '-f', 'csv']).stdout).toMatch(/^file,unit,/);
  });

  it('takes the format from the --out extension and refuses a contradiction', () => {
    const dir = tempDir();
    expect(run(['extract', ONE, '--out', path.join(dir, 'r.csv'), '--quiet']).status).toBe(0);
    expect(readFileSync(path.join(dir, 'r.csv'), 'utf8')).toMatch(/^file,unit,unit_code/);
    expect(run(['extract', ONE, '--out', path.join(dir, 'r.json'), '--quiet']).status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'))).toHaveLength(3);
    expect(run(['extract', ONE, '--out', path.join(dir, 'r.xlsx'), '--quiet']).status).toBe(0);
    expect(readFileSync(path.join(dir, 'r.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(run(['extract', ONE, '--out', path.join(dir, 'table.csv'), '--shape', 'wide', '--quiet']).status).toBe(0);
    expect(readFileSync(path.join(dir, 'table.csv'), 'utf8')).toMatch(/^file,unit,.*,year,branches_established,/);
    expectUsageError(run(['extract', ONE, '-f', 'csv', '--out', path.join(dir, 'a.xlsx')]), /--format csv contradicts --out .*a\.xlsx/);
    expect(existsSync(path.join(dir, 'a.xlsx'))).toBe(false);
  });

  it('takes - as standard output for --out and --summary, and creates no file named -', () => {
    const dir = tempDir();
    const records = run(['extract', path.join(ARTICLES, SEEDS[3]!), '-o', '-', '--quiet'], undefined, {}, dir);
    expect(records.status).toBe(0);
    expect(records.stdout.trim().split('\n')).toHaveLength(3);
    const out = path.join(dir, 'r.jsonl');
    const summary = run(['extract', path.join(ARTICLES, SEEDS[3]!), '-o', out, '--summary', '-', '--quiet'], undefined, {}, dir);
    expect(JSON.parse(summary.stdout)[0]).toMatchObject({ records: 3, errors: [] });
    expect(readdirSync(dir).sort()).toEqual(['r.jsonl']);
    expectUsageError(run(['extract', ONE, '--summary', '-']), /--out and --summary cannot both write to standard output/);
  });

  it('refuses an unknown encoding before reading any file', () => {
    expectUsageError(run(['extract', 'fixtures/articles', '--encoding', 'latin9x']), /latin9x.*unknown encoding/);
    expect(run(['extract', ONE, '--encoding', 'GB18030']).status).toBe(0);
  });
});

describe('errors found before the work', { timeout: 60_000 }, () => {
  const cases: [string, (dir: string) => string[], RegExp][] = [
    ['--out into a missing folder', (dir) => ['extract', 'fixtures/articles', '--out', path.join(dir, 'missing/r.jsonl')], /missing\/r\.jsonl: no such folder/],
    ['--out onto a folder', (dir) => ['extract', 'fixtures/articles', '--out', dir], /is a folder, not a file/],
    ['an xlsx --out into a missing folder', (dir) => ['extract', 'fixtures/articles', '-f', 'xlsx', '--out', path.join(dir, 'missing/r.xlsx')], /no such folder/],
    ['--summary into a missing folder', (dir) => ['extract', 'fixtures/articles', '--summary', path.join(dir, 'missing/s.json')], /s\.json: no such folder/],
    ['the review page into a missing folder', (dir) => ['review', 'fixtures/articles', '--out', path.join(dir, 'missing/r.html')], /r\.html: no such folder/],
    ['the review page onto a folder', (dir) => ['review', 'fixtures/articles', '--out', dir], /is a folder/],
    ['eval --summary onto a folder', (dir) => ['eval', 'fixtures/gold/seeds.yaml', 'fixtures/articles', '--summary', dir], /is a folder/],
  ];
  for (const [name, args, message] of cases) {
    it(`refuses ${name}: one line, exit 2, nothing processed`, () => {
      const dir = tempDir();
      const result = run(args(dir));
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\.tmp|    at |done:/);
      expect(result.stdout).toBe('');
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  // A folder this user may not write in: a read-only one, or (as root, who may write anywhere) one the kernel guards.
  const unwritable = [path.join(tempDir(), 'read-only'), '/proc/1'].find((dir) => {
    if (!existsSync(dir)) mkdirSync(dir, { mode: 0o555 });
    try {
      accessSync(dir, constants.W_OK);
      return false;
    } catch {
      return true;
    }
  });
  it.skipIf(!unwritable)('refuses an --out in a folder without permission to write', () => {
    const result = run(['extract', 'fixtures/articles', '--out', path.join(unwritable!, 'r.jsonl')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`dangjian: ${path.join(unwritable!, 'r.jsonl')}: no permission to write in ${unwritable}\n`);
  });

  it('says that explain takes one file', () => {
    const result = run(['explain', 'fixtures/articles']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('dangjian: fixtures/articles: is a folder; explain takes one file (for a folder: dangjian review FOLDER --out report.html)\n');
  });

  it('names a missing rule pack without a line and column', () => {
    const result = run(['extract', ONE, '--rules', 'fixtures/packs/nonexistent']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('dangjian: fixtures/packs/nonexistent: no such rule pack\n');
  });

  it('answers a usage error with one line and a pointer to --help, not the whole help', () => {
    expectUsageError(run(['extract', ONE, '--no-such-option']), /unknown option '--no-such-option'/);
    expectUsageError(run(['extract']), /missing required argument/);
    expectUsageError(run(['eval', 'fixtures/gold/seeds.yaml', '--format', 'xml']), /xml.*invalid/);
  });
});

describe('help and version', { timeout: 60_000 }, () => {
  it('prints the version with -V and --version', () => {
    const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    expect(run(['-V']).stdout).toBe(version + '\n');
    expect(run(['--version']).status).toBe(0);
  });

  it('shows examples and exit codes, and the default of --jobs once', () => {
    for (const args of [['--help'], ['extract', '--help']]) {
      const help = run(args).stdout;
      expect(help).toMatch(/Examples:\n  dangjian extract/);
      expect(help).toMatch(/Exit codes:\n  0 /);
    }
    const extractHelp = run(['extract', '--help']).stdout;
    expect(extractHelp).toMatch(/\(default: the number of cores\)/);
    expect(extractHelp).not.toMatch(/\(default: the number of cores\)\s*\(default:/);
  });
});


describe('real folders of downloads', { timeout: 60_000 }, () => {
  const text = (name: string) => readFileSync(path.join(ARTICLES, name));
  const files = (stdout: string) => [...new Set(stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).file as string))];

  it('reads saved pages (.shtml, .aspx …) as HTML, skips other files, names them under --verbose and counts them', () => {
    const dir = tempDir();
    copyFileSync(path.join(ROOT, 'fixtures/messy/000_page.html'), path.join(dir, 'page.shtml'));
    writeFileSync(path.join(dir, 'notice.aspx'), text(SEEDS[3]!));
    writeFileSync(path.join(dir, 'scan.pdf'), '%PDF-1.4');
    writeFileSync(path.join(dir, 'photo.jpg'), 'JFIF');
    const result = run(['extract', dir, '--verbose', '--color', 'never']);
    expect(result.status).toBe(0);
    expect(files(result.stdout).map((f) => path.basename(f))).toEqual(['notice.aspx', 'page.shtml']);
    const html = run(['extract', path.join(ROOT, 'fixtures/messy/000_page.html')]).stdout.trim().split('\n').length;
    expect(result.stdout.split('\n').filter((l) => l.includes('page.shtml'))).toHaveLength(html);
    expect(result.stderr).toMatch(/skipped .*photo\.jpg: not an article file/);
    expect(result.stderr).toMatch(/skipped .*scan\.pdf: not an article file/);
    expect(result.stderr).toMatch(/done: 2 files \(0 failed, 2 skipped\)/);
    expect(run(['extract', dir]).stderr).not.toMatch(/scan\.pdf/);
  });

  it('reads an XHTML page that opens with an XML declaration as HTML', () => {
    const dir = tempDir();
    const page = '<?xml version="1.0" encoding="utf-8"?>\n<!-- saved -->\n<!DOCTYPE html>\n<html><head><title>东风镇党委2022年工作总结</title></head><body><div class="content"><p>东风镇党委</p><p>全年新组建党支部4个。</p></div></body></html>\n';
    writeFileSync(path.join(dir, 'a.xhtml'), page);
    const result = run(['extract', dir, '--verbose']);
    expect(result.stderr).toMatch(/a\.xhtml: utf-8, html, 东风镇 2022, 1 record\n/);
    expect(JSON.parse(result.stdout)).toMatchObject({ metric: 'branches_established', value: 4 });
  });

  it('reads only what --include names, and leaves out what --exclude names', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'drafts'));
    writeFileSync(path.join(dir, 'a.md'), text(SEEDS[3]!));
    writeFileSync(path.join(dir, 'b.txt'), text(SEEDS[3]!));
    writeFileSync(path.join(dir, 'drafts/c.txt'), text(SEEDS[3]!));
    const included = run(['extract', dir, '--include', '*.md', '--include', '*.txt', '--exclude', 'drafts/**']);
    expect(files(included.stdout).map((f) => path.relative(dir, f))).toEqual(['a.md', 'b.txt']);
    expect(included.stderr).toMatch(/\(0 failed, 1 skipped\)/);
  });

  it('skips hidden files and folders unless --hidden', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, '.git'));
    mkdirSync(path.join(dir, '__MACOSX'));
    writeFileSync(path.join(dir, 'a.txt'), text(SEEDS[3]!));
    writeFileSync(path.join(dir, '._a.txt'), Buffer.from([0, 5, 22, 7, 0, 2, 0, 0, 0x4d, 0x61, 0x63]));
    writeFileSync(path.join(dir, '.git/b.txt'), text(SEEDS[3]!));
    writeFileSync(path.join(dir, '__MACOSX/c.txt'), text(SEEDS[3]!));
    const result = run(['extract', dir]);
    expect(result.status).toBe(0);
    expect(files(result.stdout)).toEqual([path.join(dir, 'a.txt')]);
    const hidden = run(['extract', dir, '--hidden']);
    expect(hidden.status).toBe(1);
    expect(hidden.stderr).toMatch(/\._a\.txt: binary file/);
    expect(files(hidden.stdout).map((f) => path.relative(dir, f))).toEqual(['.git/b.txt', '__MACOSX/c.txt', 'a.txt']);
    // A hidden folder named on the command line is read, even along with the folder that holds it.
    expect(files(run(['extract', dir, path.join(dir, '.git')]).stdout).map((f) => path.relative(dir, f))).toEqual(['a.txt', '.git/b.txt']);
  });

  it('reads a file whose name is not UTF-8 (GBK bytes), showing the name decoded', () => {
    const dir = tempDir();
    const gbk = Buffer.from([0xb6, 0xfe, 0xc6, 0xdf, 0xc7, 0xf8]); // 二七区 in GBK
    const name = Buffer.concat([Buffer.from(dir + '/'), gbk, Buffer.from('.txt')]);
    writeFileSync(name, text(SEEDS[3]!));
    const result = run(['extract', dir]);
    expect(result.status).toBe(0);
    expect(files(result.stdout)).toEqual([path.join(dir, '二七区.txt')]);
    expect(result.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('reads a file given twice (directly and through its folder) once', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), text(SEEDS[3]!));
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub/b.txt'), text(SEEDS[3]!));
    const result = run(['extract', path.join(dir, 'a.txt'), dir, `${dir}/./sub`, dir]);
    expect(result.stdout.trim().split('\n')).toHaveLength(6);
    expect(result.stderr).toMatch(/done: 2 files/);
    expect(run(['extract', '-', '-', '--year', '2022'], '东风镇党委\n全年新组建党支部4个。\n').stdout.trim().split('\n')).toHaveLength(1);
  });

  it('follows symbolic links to articles, and names a link loop', () => {
    const dir = tempDir();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'real.txt'), text(SEEDS[3]!));
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync(path.join(outside, 'real.txt'), path.join(dir, 'link.txt'));
    symlinkSync('..', path.join(dir, 'sub/up'));
    symlinkSync('self.txt', path.join(dir, 'self.txt'));
    const result = run(['extract', dir]);
    expect(files(result.stdout)).toEqual([path.join(dir, 'link.txt')]);
    expect(result.stderr).toMatch(/self\.txt: symbolic link loop \(ELOOP\)/);
    expect(result.stderr).toMatch(/sub\/up: symbolic link loop \(ELOOP\)/);
    expect(result.stderr).not.toMatch(/no such file/);
    expect(result.status).toBe(1);
    expect(run(['extract', path.join(dir, 'self.txt')]).stderr).toMatch(/self\.txt: symbolic link loop \(ELOOP\)/);
  });

  it('caps --jobs at the files and cores there are, with the same output', () => {
    const many = run(['extract', 'fixtures/articles', '-j', '32']);
    expect(many.status).toBe(0);
    expect(many.stdout).toBe(run(['extract', 'fixtures/articles', '-j', '1']).stdout);
  });
});

describe('colour', { timeout: 60_000 }, () => {
  const verbose = (env: NodeJS.ProcessEnv, ...args: string[]) => run(['extract', ONE, '--verbose', ...args], undefined, env);
  it('is decided for standard error by NO_COLOR, FORCE_COLOR and --color', () => {
    expect(verbose({}).stderr).not.toMatch(/\x1b\[/);
    expect(verbose({ FORCE_COLOR: '1' }).stderr).toMatch(/\x1b\[33m.*warning: no year/);
    expect(verbose({ FORCE_COLOR: '1' }).stdout).not.toMatch(/\x1b\[/);
    expect(verbose({ FORCE_COLOR: '1' }, '--color', 'never').stderr).not.toMatch(/\x1b\[/);
    expect(verbose({ NO_COLOR: '1' }, '--color', 'always').stderr).toMatch(/\x1b\[/);
    expect(verbose({}, '--color', 'always').stderr).toMatch(/\x1b\[/);
  });

  it('is decided for explain by standard output and the same settings', () => {
    expect(run(['explain', ONE], undefined, { FORCE_COLOR: '1' }).stdout).toMatch(/\x1b\[/);
    expect(run(['explain', ONE, '--color', 'never'], undefined, { FORCE_COLOR: '1' }).stdout).toContain('[1:');
    expect(run(['explain', ONE, '--color', 'always']).stdout).toMatch(/\x1b\[/);
  });

  it('accepts only auto, always and never', () => {
    expectUsageError(run(['extract', ONE, '--color', 'sometimes']), /sometimes/);
  });
});
