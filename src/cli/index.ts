import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import chalk from 'chalk';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { formatReport, parseGold, score } from '../eval/index.js';
import { FORMATS, render, SHAPES, writeWhole, type Format, type Shape } from '../output/index.js';
import { createExtractor, extractFiles, type BatchResult } from '../pipeline.js';
import { DEFAULT_MAX_BYTES, discoverFiles, readSource, type ReadOptions } from '../read/index.js';
import { loadRuleSet, RulePackError, runExamples, type RuleSet } from '../rules/index.js';
import { createSegmenter } from '../segment/index.js';

/** Exit codes: 0 all files processed, 1 some files skipped or failed, 2 usage or rule-pack error. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

export const DEFAULT_RULES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../rules');

interface PackOptions {
  rules: string[];
  defaultRules: boolean;
}

function packPaths(options: PackOptions, extra: string[] = []): string[] {
  return [...(options.defaultRules ? [DEFAULT_RULES] : []), ...options.rules, ...extra];
}

const collect = (value: string, previous: string[]) => [...previous, value];
const parseYear = (value: string) => {
  if (!/^(19|20)\d{2}$/.test(value)) throw new InvalidArgumentError('a four-digit year such as 2021');
  return Number(value);
};

function addPackOptions(command: Command): Command {
  return command
    .option('-r, --rules <pack>', 'an extra rule pack (a folder or a YAML file); repeatable', collect, [])
    .option('--no-default-rules', 'leave out the default rule pack');
}

interface BatchOptions extends ReadOptions {
  year?: number;
  verbose?: boolean;
  summary?: string;
}

async function runBatch(inputs: string[], ruleSet: RuleSet, options: BatchOptions): Promise<BatchResult> {
  const { files, unreadable } = await discoverFiles(inputs);
  const extractor = createExtractor(ruleSet, { fallbackYear: options.year ?? null });
  const batch = await extractFiles(files, extractor, (file) => readSource(file, options));
  batch.failures.unshift(...unreadable);
  for (const { file, reason } of batch.failures) process.stderr.write(`dangjian: ${file}: ${reason}\n`);
  if (options.verbose) report(batch);
  if (options.summary) await writeWhole(options.summary, JSON.stringify(summarize(batch), null, 2) + '\n');
  return batch;
}

function report(batch: BatchResult): void {
  for (const result of batch.results) {
    const units = result.units.map((u) => `${u.unit ?? '?'} ${u.year ?? '?'}`).join('; ');
    process.stderr.write(chalk.dim(`${result.file}: ${result.encoding}, ${result.format}, ${units}, ${result.records.length} records\n`));
    for (const w of result.warnings) process.stderr.write(chalk.yellow(`${w.file}${w.offset === undefined ? '' : `@${w.offset}`}: warning: ${w.message}\n`));
  }
}

/** The per-file summary: what was read, how, and what came of it. */
function summarize(batch: BatchResult) {
  return [
    ...batch.results.map((r) => ({
      file: r.file,
      encoding: r.encoding,
      format: r.format,
      units: r.units.map((u) => u.unit),
      years: [...new Set(r.units.map((u) => u.year))],
      records: r.records.length,
      warnings: r.warnings.map((w) => (w.offset === undefined ? w.message : `@${w.offset}: ${w.message}`)),
      errors: [] as string[],
    })),
    ...batch.failures.map((f) => ({ file: f.file, encoding: null, format: null, units: [], years: [], records: 0, warnings: [], errors: [f.reason] })),
  ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

const parseBytes = (value: string) => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('a whole number of bytes');
  return Number(value);
};

function addReadOptions(command: Command): Command {
  return command
    .option('-y, --year <year>', 'the year for articles that state none', parseYear)
    .option('-e, --encoding <name>', 'read every file in this encoding instead of detecting it (utf-8, gb18030, big5, utf-16le …)')
    .option('--max-bytes <n>', `refuse files larger than this (default ${DEFAULT_MAX_BYTES})`, parseBytes)
    .option('--summary <file>', 'write a per-file summary (JSON): encoding, format, units, years, records, warnings, errors')
    .option('-v, --verbose', "report each file's encoding, units and warnings on standard error");
}

export function buildProgram(): Command {
  const program = new Command('dangjian')
    .description('Extract the numbers reported in Chinese party-building summary articles, with evidence.')
    .showHelpAfterError()
    .exitOverride();

  const extract = addPackOptions(
    program
      .command('extract')
      .description('extract records from articles (files, folders, or - for standard input)')
      .argument('<paths...>', 'articles or folders of articles')
      .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('jsonl'))
      .addOption(new Option('--shape <shape>', 'csv shape: long (one row per record) or wide (one row per file, unit and year)').choices(SHAPES).default('long'))
      .option('-o, --out <file>', 'write to this file (whole or not at all) instead of standard output'),
  );
  addReadOptions(extract).action(async (paths: string[], options: PackOptions & BatchOptions & { format: Format; shape: Shape; out?: string }) => {
    const ruleSet = await loadRuleSet(packPaths(options));
    const batch = await runBatch(paths, ruleSet, options);
    const output = render(batch.results, { format: options.format, shape: options.shape, metrics: [...ruleSet.metrics.values()] });
    if (options.out) await writeWhole(options.out, output);
    else process.stdout.write(output);
    process.exitCode = batch.failures.length ? EXIT.someFailed : EXIT.ok;
  });

  const evaluate = addPackOptions(
    program
      .command('eval')
      .description('score extraction against a gold file: precision, recall, F1, unit-year accuracy, every miss and false hit')
      .argument('<gold>', 'gold YAML file')
      .argument('[paths...]', 'articles or folders (default: the gold file names, next to the gold file)')
      .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text'))
      .option('--min-f1 <f1>', 'exit 1 when overall F1 is below this (0 to 1)', Number),
  );
  addReadOptions(evaluate).action(async (goldPath: string, paths: string[], options: PackOptions & BatchOptions & { format: string; minF1?: number }) => {
    const gold = parseGold(await readFile(goldPath, 'utf8'));
    const inputs = paths.length ? paths : gold.map((a) => path.join(path.dirname(goldPath), a.file));
    const ruleSet = await loadRuleSet(packPaths(options));
    const batch = await runBatch(inputs, ruleSet, options);
    const report = score(gold, batch.results);
    process.stdout.write(options.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
    const belowTarget = options.minF1 !== undefined && report.overall.f1 < options.minF1;
    process.exitCode = belowTarget || batch.failures.length ? EXIT.someFailed : EXIT.ok;
  });

  const rules = program.command('rules').description('work with rule packs');
  addPackOptions(
    rules
      .command('test')
      .description("run every rule's embedded examples")
      .argument('[packs...]', 'rule packs to test on top of the default pack'),
  ).action(async (packs: string[], options: PackOptions) => {
    const ruleSet = await loadRuleSet(packPaths(options, packs));
    const { checked, failures } = runExamples(ruleSet, createSegmenter(ruleSet.dictionary));
    for (const f of failures) {
      process.stderr.write(`${f.rule.file}:${f.rule.line}: rule ${f.rule.id}: «${f.text}» expected ${f.expected ?? 'nothing'}, got ${f.got}\n`);
    }
    process.stdout.write(`${checked - failures.length} passed, ${failures.length} failed\n`);
    process.exitCode = failures.length ? EXIT.someFailed : EXIT.ok;
  });
  addPackOptions(rules.command('list').description('list the metrics of the active packs')).action(async (options: PackOptions) => {
    const ruleSet = await loadRuleSet(packPaths(options));
    for (const metric of ruleSet.metrics.values()) {
      const count = ruleSet.rules.filter((r) => r.metric === metric.id).length;
      const measure = Array.isArray(metric.measure) ? metric.measure.join('|') : metric.measure;
      process.stdout.write(`${metric.id.padEnd(24)} ${measure.padEnd(20)} ${String(count).padStart(2)} rules  ${metric.description}\n`);
    }
  });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; every other complaint of the parser is a usage error.
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    if (error instanceof RulePackError) {
      process.stderr.write(`dangjian: ${error.message}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    throw error;
  }
}
