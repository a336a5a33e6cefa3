import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../src/read/html.js';
import { createExtractor } from '../src/pipeline.js';
import { decodeSource } from '../src/read/index.js';
import { loadRuleSet } from '../src/rules/index.js';
import { extractor, extractText, ROOT, SEEDS, tempDir } from './helpers.js';

const BIN = path.join(ROOT, 'bin/dangjian');
const run = (args: string[], input?: string | Buffer) => spawnSync(BIN, args, { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
const seed = (i: number) => path.join('fixtures/articles', SEEDS[i]!);
const errorLines = (stderr: string) => stderr.split('\n').filter((line) => line && !line.startsWith('dangjian: done'));

/** A text dense with numbers: every line gives two records. */
function denseFile(dir: string, bytes: number): string {
  const file = path.join(dir, 'dense.txt');
  const line = '红星镇党委组建78个小区党支部，发展党员12名。\n';
  writeFileSync(file, '红星镇2022年党建工作总结\n' + line.repeat(Math.ceil(bytes / Buffer.byteLength(line))));
  return file;
}

describe('a file too large for a worker', { timeout: 60_000 }, () => {
  it('fails alone, named with the limit to raise, and the others keep every record whatever the number of jobs', () => {
    const dense = denseFile(tempDir(), 500_000);
    const good = run(['extract', seed(0), seed(4), '--jobs', '1', '--quiet']);
    expect(good.stdout.trim().split('\n').length).toBeGreaterThan(70);
    for (const jobs of ['2', '3']) {
      const mixed = run(['extract', seed(0), dense, seed(4), '--jobs', jobs, '--worker-memory', '16']);
      expect(mixed.status).toBe(1);
      expect(mixed.stdout).toBe(good.stdout);
      expect(errorLines(mixed.stderr)).toEqual([`dangjian: ${dense}: too large or too dense for a worker's memory (16 MB): raise it with --worker-memory, or run with --jobs 1`]);
    }
  });
});

describe('inputs that never end', { timeout: 30_000 }, () => {
  it('refuses a named pipe and a device given as a path, and goes on', () => {
    const fifo = path.join(tempDir(), 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const jobs of ['1', '2']) {
      const result = run(['extract', fifo, '/dev/zero', '/dev/urandom', seed(2), '--jobs', jobs]);
      expect(result.status).toBe(1);
      expect(result.stdout.trim().split('\n')).toHaveLength(12);
      expect(errorLines(result.stderr)).toEqual([
        `dangjian: ${fifo}: not a regular file (a named pipe); pipe it in as standard input (-) instead`,
        'dangjian: /dev/zero: not a regular file (a device); pipe it in as standard input (-) instead',
        'dangjian: /dev/urandom: not a regular file (a device); pipe it in as standard input (-) instead',
      ]);
    }
  });

  it('stops reading standard input once it passes --max-bytes', () => {
    const result = spawnSync('sh', ['-c', `${BIN} extract - --max-bytes 100000 < /dev/zero`], { encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(errorLines(result.stderr)).toEqual(['dangjian: -: larger than the limit of 100000 bytes (--max-bytes)']);
  });
});

describe('UTF-8 with a few bad bytes', () => {
  const original = readFileSync(path.join(ROOT, seed(0)));
  const expected = extractor.extract(decodeSource('a.txt', original)).records.map((r) => `${r.metric} ${r.value}`);

  it.each([
    ['a flipped byte', (b: Buffer) => Buffer.concat([b.subarray(0, 100), Buffer.from([0xff]), b.subarray(101)]), 'at byte 100'],
    ['a cut sequence', (b: Buffer) => Buffer.concat([b.subarray(0, 201), Buffer.from([0xe5, 0x85]), b.subarray(201)]), 'at byte 201'],
    ['a CESU-8 surrogate', (b: Buffer) => Buffer.concat([b.subarray(0, 300), Buffer.from([0xed, 0xa0, 0x80]), b.subarray(300)]), 'at bytes 300, 301, 302'],
  ])('stays UTF-8 with %s, replaced, and a warning naming where', (_, mutate, where) => {
    const bytes = mutate(original);
    const source = decodeSource('a.txt', bytes);
    expect(source.encoding).toBe('utf-8');
    expect(source.warnings).toEqual([expect.stringContaining(where)]);
    expect(source.warnings[0]).toMatch(/invalid UTF-8 byte sequences? replaced by �/);
    expect(extractor.extract(source).records.map((r) => `${r.metric} ${r.value}`)).toEqual(expected);
  });

  it('is told from GB18030, which is still detected', () => {
    const gb = readFileSync(path.join(ROOT, 'fixtures/messy/002_gb18030.txt'));
    expect(decodeSource('b.txt', gb).encoding).toBe('gb18030');
  });

  it('refuses a file that decodes into mostly non-Chinese characters, so that it is reported', () => {
    const latin = Buffer.from('Rapport annuel: ' + 'élève à côté, être déçu. '.repeat(20), 'latin1');
    expect(() => decodeSource('c.txt', latin)).toThrow(/mostly not Chinese text: give its encoding with --encoding/);
  });
});

describe('HTML of any depth and size', { timeout: 60_000 }, () => {
  it('keeps the text of 100,000 nested elements', () => {
    const depth = 100_000;
    const page = `<html><head><title>红星镇工作总结</title></head><body>${'<div class="content">'.repeat(depth)}红星镇党委组建78个小区党支部。${'</div>'.repeat(depth)}</body></html>`;
    const article = extractHtmlArticle(page);
    expect(article.text).toBe('红星镇工作总结\n红星镇党委组建78个小区党支部。\n');
    expect(page.slice(article.sourceStart[8]!, article.sourceEnd[8]!)).toBe('红');
  });

  it('aligns entities of a long text node', () => {
    const text = '组建&nbsp;78个&#20826;支部；'.repeat(20_000);
    const article = extractHtmlArticle(`<html><body><p>${text}</p></body></html>`);
    expect(article.text).toBe('组建\u00a078个党支部；'.repeat(20_000) + '\n');
  });
});

describe('user patterns', () => {
  it.each(['(\\d|\\d)+x', '(\\d|\\w)+x', '\\d*\\d*\\d*\\d*\\d*\\d*\\d*\\d*x', '(a+)+b'])('run %s in linear time on a long run of digits', async (pattern) => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'slow.yaml'),
      `rules:\n  - id: meetings.slow\n    metric: meetings\n    measure: count\n    objects: [会议]\n    pattern: '${pattern}'\n    examples:\n      - {text: 召开会议3次, value: null}\n      - {text: 会议室3间, value: null}\n`,
    );
    const rules = await loadRuleSet([path.join(ROOT, 'rules'), dir]);
    const extract = createExtractor(rules);
    extract.extract(decodeSource('a.txt', Buffer.from('红星镇\n召开会议3次。')));
    const started = Date.now();
    const text = `红星镇\n召开会议3次，${'1'.repeat(32)}会议3次。`.repeat(20);
    extract.extract(decodeSource('a.txt', Buffer.from(text)));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('rule packs are bounded', () => {
  const packFile = (name: string, text: string) => {
    const file = path.join(tempDir(), name);
    writeFileSync(file, text);
    return file;
  };
  const loadError = (...packs: string[]) => loadRuleSet([path.join(ROOT, 'rules'), ...packs]).then(() => null, (error: Error) => error.message);
  const rule = (i: number) => `  - id: meetings.r${i}\n    metric: meetings\n    measure: count\n    objects: [会议]\n    examples:\n      - {text: 召开会议3次, value: 3}\n      - {text: 会议室3间, value: null}\n`;

  it('refuses an alias bomb with one line naming file and line, exit 2', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd']]) levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    const bomb = packFile('bomb.yaml', levels.join('\n') + '\nrules: []\n');
    const result = run(['extract', '-r', bomb, seed(3)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`dangjian: ${bomb}:2:8: YAML aliases refused: Excessive alias count indicates a resource exhaustion attack\n`);
  });

  it('refuses a device or a file too large as a pack, exit 2', async () => {
    expect(run(['extract', '-r', '/dev/zero', seed(3)]).status).toBe(2);
    expect(await loadError('/dev/zero')).toMatch(/^\/dev\/zero:.*not a regular file$/);
    expect(await loadError(packFile('huge.yaml', `rules: []\n# ${'x'.repeat(5 * 1024 * 1024)}\n`))).toMatch(/huge\.yaml:.*larger than \d+ bytes, the limit for a rule pack file$/);
  });

  it('caps descriptions and lists, naming the line', async () => {
    const long = packFile('long.yaml', `metrics:\n  - id: big\n    measure: count\n    description: "${'长'.repeat(1001)}"\n`);
    expect(await loadError(long)).toMatch(/long\.yaml:4:\d+: Too big: .*1000.* at metrics\.0\.description$/);
    const words = Array.from({ length: 501 }, (_, i) => `词${i}`).join(', ');
    const many = packFile('many.yaml', 'rules:\n' + rule(0).replace('[会议]', `[${words}]`));
    expect(await loadError(many)).toMatch(/many\.yaml:5:\d+: Too big: .*500 items at rules\.0\.objects$/);
  });

  it('merges packs in one pass: a replaced rule keeps its place, a disabled one goes', async () => {
    const first = packFile('first.yaml', 'rules:\n' + [0, 1, 2].map(rule).join(''));
    const second = packFile('second.yaml', 'disable: [meetings.r0]\nrules:\n' + rule(1).replace('[会议]', '[例会]'));
    const rules = (await loadRuleSet([path.join(ROOT, 'rules'), first, second])).rules.filter((r) => r.id.startsWith('meetings.r'));
    expect(rules.map((r) => [r.id, r.objects[0]])).toEqual([['meetings.r1', '例会'], ['meetings.r2', '会议']]);
  });
});

describe('numbers', { timeout: 30_000 }, () => {
  it.each(['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u2066'])(
    'read through the invisible character %j inside them, with exact offsets',
    (invisible) => {
      const text = `红星镇2022年工作总结\n红星镇党委组建1${invisible}2个小区党支部。`;
      const [record, ...more] = extractText(text).records;
      expect(more).toEqual([]);
      expect(record).toMatchObject({ value: 12, text: `组建1${invisible}2个小区党支部` });
      expect([...text].slice(record!.start, record!.end).join('')).toBe(record!.text);
    },
  );

  it('out of range (309 digits make Infinity) are refused with a warning and never written', () => {
    const dir = tempDir();
    const file = path.join(dir, 'huge.txt');
    writeFileSync(file, `红星镇2022年工作总结\n红星镇党委组建${'9'.repeat(400)}个小区党支部，发展党员${'8'.repeat(12)}名，新建党支部3个。\n`);
    const result = extractText(readFileSync(file, 'utf8'));
    expect(result.records.map((r) => r.value)).toEqual([3]);
    expect(result.warnings.map((w) => w.message).filter((m) => m.startsWith('number'))).toEqual([
      expect.stringMatching(/^number out of range for count, not recorded «9+…9+个»$/),
      `number out of range for people, not recorded «${'8'.repeat(12)}名»`,
    ]);
    for (const format of ['jsonl', 'csv']) {
      const out = run(['extract', file, '-f', format, '-q']).stdout;
      expect(out).not.toMatch(/Infinity|null,"measure"|"value":null/);
      expect(out).not.toContain('9'.repeat(20));
    }
  });
});

describe('the workbook', { timeout: 30_000 }, () => {
  it('is streamed with real blanks, a blank for a missing year, and a filter on every header', async () => {
    const dir = tempDir();
    const noYear = path.join(dir, 'no-year.txt');
    writeFileSync(noYear, '红星镇工作总结\n红星镇党委组建12个小区党支部。\n');
    const out = path.join(dir, 'results.xlsx');
    expect(run(['extract', seed(0), noYear, '-f', 'xlsx', '--out', out, '-q']).status).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    for (const sheet of workbook.worksheets) expect(sheet.autoFilter).toBe(`A1:${sheet.getRow(1).getCell(sheet.getRow(1).cellCount).address.replace(/\d+$/, '')}1`);
    const records = workbook.getWorksheet('records')!;
    const last = records.getRow(records.rowCount);
    expect(last.getCell(1).value).toBe(noYear);
    expect(last.getCell(6).type).toBe(ExcelJS.ValueType.Null); // year
    expect(last.getCell(3).type).toBe(ExcelJS.ValueType.Null); // unit_code
    const sources = workbook.getWorksheet('sources')!;
    expect(sources.getRow(3).getCell(6).type).toBe(ExcelJS.ValueType.Null);
    expect(sources.getRow(2).getCell(6).value).toBe('2021');
  });
});

describe('temporary files', { timeout: 30_000 }, () => {
  const waitFor = async (test: () => boolean) => {
    for (let i = 0; i < 200 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    return test();
  };

  it.each(['SIGTERM', 'SIGINT'] as const)('of --summary and --out are removed on %s', async (signal) => {
    const dir = tempDir();
    const child = spawn(BIN, ['extract', '-', '--summary', path.join(dir, 'summary.json'), '--out', path.join(dir, 'records.jsonl'), '-q'], { cwd: ROOT, stdio: ['pipe', 'ignore', 'ignore'] });
    expect(await waitFor(() => readdirSync(dir).filter((n) => n.endsWith('.tmp')).length === 2)).toBe(true);
    const exited = new Promise((resolve) => child.once('exit', (_, received) => resolve(received)));
    child.kill(signal);
    expect(await exited).toBe(signal);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('of --summary are removed when standard output is closed early (EPIPE)', () => {
    const dir = tempDir();
    const result = spawnSync('sh', ['-c', `${BIN} extract fixtures/articles fixtures/articles fixtures/articles --jobs 1 --summary ${dir}/summary.json | head -c 10`], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout).toHaveLength(10);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('left by a run killed outright are removed by the next run writing the same target, not those of a live run', () => {
    const dir = tempDir();
    const stale = 'records.jsonl.999999999-0123456789ab.tmp';
    const live = `records.jsonl.${process.pid}-0123456789ab.tmp`;
    for (const name of [stale, live]) writeFileSync(path.join(dir, name), 'half');
    expect(run(['extract', seed(3), '--out', path.join(dir, 'records.jsonl'), '-q']).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['records.jsonl', live]);
  });
});

describe('every failure is one line', { timeout: 60_000 }, () => {
  it.each([
    ['--out', ['extract', seed(3), '--out', '/dev/full']],
    ['--summary', ['extract', seed(3), '--summary', '/dev/full']],
    ['an XLSX --out', ['extract', seed(3), '-f', 'xlsx', '--out', '/dev/full']],
    ['review', ['review', seed(3), '--out', '/dev/full']],
  ])('a full disk for %s: the output named, exit 3', (_, args) => {
    const result = run([...args, '-q']);
    expect(result.stderr).toBe('dangjian: /dev/full: cannot write: no space left on device\n');
    expect(result.status).toBe(3);
  });

  it('a full disk for standard output: exit 3', () => {
    const result = spawnSync('sh', ['-c', `${BIN} extract ${seed(0)} -q > /dev/full`], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('dangjian: standard output: cannot write: no space left on device\n');
    expect(result.status).toBe(3);
  });

  it('a missing, a broken or an endless gold file: named, exit 2', () => {
    const dir = tempDir();
    const broken = path.join(dir, 'broken.yaml');
    writeFileSync(broken, 'a: [1\n');
    const wrong = path.join(dir, 'wrong.yaml');
    writeFileSync(wrong, '- file: a.txt\n  records: 3\n');
    const missing = path.join(dir, 'missing.yaml');
    const cases: [string, RegExp][] = [
      [missing, new RegExp(`^dangjian: ${missing}: cannot read the gold file: no such file or directory\\n$`)],
      [broken, new RegExp(`^dangjian: ${broken}:2:1: YAML syntax: .*\\n$`)],
      [wrong, new RegExp(`^dangjian: ${wrong}: not a gold file: .* at 0\\.records\\n$`)],
      ['/dev/zero', /^dangjian: \/dev\/zero: the gold file is not a regular file\n$/],
    ];
    for (const [gold, message] of cases) {
      const result = run(['eval', gold, seed(3)]);
      expect(result.stderr).toMatch(message);
      expect(result.status).toBe(2);
    }
  });

  it('a file name with a line break is quoted', () => {
    const file = path.join(tempDir(), 'two\nlines.txt');
    writeFileSync(file, '');
    const result = run(['extract', file, '-q']);
    expect(result.stderr).toBe(`dangjian: ${JSON.stringify(file)}: empty file\n`);
    expect(result.status).toBe(1);
  });
});
