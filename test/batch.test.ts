import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

const run = (...args: string[]) => spawnSync(path.join(ROOT, 'bin/dangjian'), args, { cwd: ROOT, encoding: 'utf8' });
const INPUTS = ['fixtures/articles', 'fixtures/messy'];

describe('parallel runs', { timeout: 60_000 }, () => {
  it.each([
    ['jsonl', 'long'],
    ['json', 'long'],
    ['csv', 'long'],
    ['csv', 'wide', '--bom'],
  ])('give byte-identical %s (%s) output with 1 job and with 3 %s', (format, shape, ...more) => {
    const one = run('extract', ...INPUTS, '--jobs', '1', '--format', format, '--shape', shape, ...more, '--quiet');
    const three = run('extract', ...INPUTS, '--jobs', '3', '--format', format, '--shape', shape, ...more, '--quiet');
    expect(one.status).toBe(1);
    expect(three.status).toBe(1);
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(three.stdout).toBe(one.stdout);
  });

  it('write the same per-file summary, with the same record counts, with 1 job and with 3', () => {
    const dir = tempDir();
    const summaries = [1, 3].map((jobs) => {
      const summary = path.join(dir, `summary-${jobs}.json`);
      run('extract', ...INPUTS, '--jobs', String(jobs), '--summary', summary, '--quiet');
      return JSON.parse(readFileSync(summary, 'utf8')) as { records: number }[];
    });
    expect(summaries[1]).toEqual(summaries[0]);
    expect(summaries[0]!.reduce((n, s) => n + s.records, 0)).toBe(run('extract', ...INPUTS, '--jobs', '3', '--quiet').stdout.trim().split('\n').length);
  });

  it('split into shards, cover every file exactly once', () => {
    // A shard knows the copies within it only: duplicate_of aside, its records are the whole run's.
    const withoutCopies = (lines: string[]) => lines.map((line) => JSON.stringify({ ...JSON.parse(line), duplicate_of: null }));
    const all = withoutCopies(run('extract', ...INPUTS, '--jobs', '1', '--quiet').stdout.trim().split('\n'));
    const shards = [1, 2, 3].map((k) => withoutCopies(run('extract', ...INPUTS, '--shard', `${k}/3`, '--jobs', '2', '--quiet').stdout.trim().split('\n').filter(Boolean)));
    const files = shards.map((lines) => new Set(lines.map((l) => JSON.parse(l).file)));
    expect(files.every((set) => set.size > 0)).toBe(true);
    expect(files[0]!.size + files[1]!.size + files[2]!.size).toBe(new Set([...files[0]!, ...files[1]!, ...files[2]!]).size);
    expect(shards.flat().sort()).toEqual([...all].sort());
  });

  it('rejects a malformed shard', () => {
    expect(run('extract', 'fixtures/articles', '--shard', '4/3').status).toBe(2);
    expect(run('extract', 'fixtures/articles', '--shard', 'half').status).toBe(2);
  });

  it('ends with a one-line summary unless --quiet, and draws no progress bar when not on a terminal', () => {
    const loud = run('extract', 'fixtures/articles', '--jobs', '2');
    expect(loud.stderr).toMatch(/^dangjian: done: 5 files \(0 failed, 0 skipped\), 120 records, \d+ warnings, [\d.]+ s, peak RSS \d+ MB\n$/);
    expect(run('extract', 'fixtures/articles', '--quiet').stderr).toBe('');
  });
});
