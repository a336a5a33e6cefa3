import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../src/read/html.js';
import { createExtractor } from '../src/pipeline.js';
import { decodeSource } from '../src/read/index.js';
import { loadRuleSet } from '../src/rules/index.js';
import { extractor, ROOT, SEEDS, tempDir } from './helpers.js';

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
