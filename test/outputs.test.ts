import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecordWriter, partRenderer, type Sink } from '../src/output/index.js';
import { RECORD_FIELDS } from '../src/result.js';
import { article, extractText, ROOT, ruleSet, SEEDS, tempDir } from './helpers.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
const run = (...args: string[]) => spawnSync(path.join(ROOT, 'bin/dangjian'), args, { cwd: ROOT, encoding: 'utf8' });

describe('spreadsheet outputs', { timeout: 30_000 }, () => {
  it('writes CSV with a byte-order mark for Excel, quoting per RFC 4180', () => {
    const csv = run('extract', 'fixtures/articles/000_28415ed022daa7ed.txt', '--format', 'csv', '--excel', '--quiet').stdout;
    expect(csv.startsWith('\uFEFFfile,unit,unit_code,unit_level,unit_path,year,')).toBe(true);
    expect(csv).toContain(',"20余项民生""痛点",');
    expect(run('extract', 'fixtures/articles', '--format', 'csv', '--shape', 'wide', '--bom', '--quiet').stdout.startsWith('\uFEFFfile,unit,unit_code,unit_level,unit_path,year,branches_established,')).toBe(true);
  });

  it('writes a workbook with records, table, metrics and sources sheets', async () => {
    const out = path.join(tempDir(), 'results.xlsx');
    expect(run('extract', 'fixtures/articles', 'fixtures/messy/empty.txt', '--format', 'xlsx', '--out', out, '--quiet').status).toBe(1);
    const workbook = new ExcelJS.Workbook();
    const bytes = readFileSync(out);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['records', 'table', 'panel', 'conflicts', 'metrics', 'sources']);

    const records = workbook.getWorksheet('records')!;
    expect(records.rowCount).toBe(121);
    expect(records.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(records.getRow(1).getCell(8).value).toBe('value');
    const first = records.getRow(2);
    expect(first.getCell(2).value).toBe('泰山路街道');
    expect(typeof first.getCell(8).value).toBe('number');
    expect(typeof first.getCell(6).value).toBe('number');
    expect(records.getColumn(13).width).toBeGreaterThan(10);

    const table = workbook.getWorksheet('table')!;
    expect(table.rowCount).toBe(14);
    expect(table.getRow(2).getCell(7).value).toBe(78);

    const metrics = workbook.getWorksheet('metrics')!;
    expect(metrics.rowCount).toBe(32);
    expect(metrics.getRow(1).values).toEqual([undefined, 'id', 'description', 'measure', 'combined by']);

    const sources = workbook.getWorksheet('sources')!;
    expect(sources.rowCount).toBe(7);
    const empty = sources.getRow(7);
    expect(empty.getCell(1).value).toBe('fixtures/messy/empty.txt');
    expect(empty.getCell(9).value).toBe('empty file');
  });

  it('refuses xlsx without --out', () => {
    const result = run('extract', 'fixtures/articles', '--format', 'xlsx');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/give --out/);
  });
});

describe('streamed formats', () => {
  const results = SEEDS.slice(0, 3).map((name) => extractText(article(name), name));
  // A file without records between two with: the JSON array's commas must still fall right.
  const withEmpty = [results[0]!, { ...results[1]!, records: [], units: [] }, results[2]!];
  const memorySink = () => {
    const chunks: string[] = [];
    const decoder = new TextDecoder();
    const sink: Sink = { write: async (chunk) => void chunks.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk)), commit: async () => undefined, abort: async () => undefined };
    return { sink, text: () => chunks.join('') };
  };
  const metrics = [...ruleSet.metrics.values()];

  it.each([
    ['jsonl', 'long'],
    ['json', 'long'],
    ['csv', 'long'],
    ['csv', 'wide'],
  ] as const)('writes the same %s (%s) whether a worker rendered each file or the writer did', async (format, shape) => {
    const options = { format, shape, bom: true, metrics };
    const [inline, prerendered] = [memorySink(), memorySink()];
    const render = partRenderer(options);
    const [a, b] = [createRecordWriter(inline.sink, options), createRecordWriter(prerendered.sink, options)];
    for (const result of withEmpty) {
      await a.write(result);
      await b.write(result, new TextEncoder().encode(render(result)));
    }
    await a.close();
    await b.close();
    expect(prerendered.text()).toBe(inline.text());
    expect(inline.text().length).toBeGreaterThan(1000);
    if (format === 'json') expect(JSON.parse(inline.text())).toHaveLength(results[0]!.records.length + results[2]!.records.length);
  });

  it('closes an empty JSON array and a header-only CSV', async () => {
    for (const [format, expected] of [['json', '[]\n'], ['csv', `${RECORD_FIELDS.join(',')}\n`]] as const) {
      const out = memorySink();
      const writer = createRecordWriter(out.sink, { format, shape: 'long', metrics });
      await writer.close();
      expect(out.text()).toBe(expected);
    }
  });
});
