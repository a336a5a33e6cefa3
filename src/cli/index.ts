import path from 'node:path';
import { fileURLToPath } from 'node:url';
import chalk from 'chalk';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_JOBS, DEFAULT_WORKER_MEMORY, extractInOrder, recordCount, type FileOutcome } from '../batch/index.js';
import { createRecordWriter, fileSink, OutputError, systemReason, FORMATS, jsonArrayStream, SHAPES, stdoutSink, writeWhole, type Format, type OutputOptions, type Shape, type Sink } from '../output/index.js';
import { DEFAULT_MAX_BYTES, listFiles, readSource, type Listing, type ReadOptions } from '../read/index.js';
import { warningText, type FileResult } from '../result.js';
import { loadRuleSet, RulePackError, type RuleSet } from '../rules/index.js';
import { createProgress, noProgress } from './progress.js';

/**
 * Exit codes: 0 all files processed, 1 some files skipped or failed, 2 usage, rule-pack or gold-file
 * error, 3 the run could not finish (an output could not be written): nothing half-written is left.
 */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, failed: 3 } as const;

/** A path as shown in a message: quoted when it holds a line break or another control character. */
export const shownPath = (file: string) => (/[\u0000-\u001f\u007f]/.test(file) ? JSON.stringify(file) : file);

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
const parseCount = (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return Number(value);
};
const parseShard = (value: string) => {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new InvalidArgumentError('K/N with 1 ≤ K ≤ N, such as 3/10');
  return { index: Number(m[1]) - 1, count: Number(m[2]) };
};

function addPackOptions(command: Command): Command {
  return command
    .option('-r, --rules <pack>', 'an extra rule pack (a folder or a YAML file); repeatable', collect, [])
    .option('--no-default-rules', 'leave out the default rule pack');
}

interface RunOptions extends ReadOptions, PackOptions {
  year?: number;
  verbose?: boolean;
  quiet?: boolean;
  summary?: string;
  jobs: number;
  workerMemory?: number;
  shard?: { index: number; count: number };
}

function addRunOptions(command: Command): Command {
  return command
    .option('-y, --year <year>', 'the year for articles that state none', parseYear)
    .option('-e, --encoding <name>', 'read every file in this encoding instead of detecting it (utf-8, gb18030, big5, utf-16le …)')
    .option('--max-bytes <n>', `refuse files larger than this (default ${DEFAULT_MAX_BYTES})`, parseCount)
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)', parseCount, DEFAULT_JOBS)
    .option('--worker-memory <mb>', `each worker's heap in MB, for files too large or dense for it (default ${DEFAULT_WORKER_MEMORY})`, parseCount)
    .option('--shard <k/n>', 'process only the k-th of n shards of the sorted file list (files k, k+n, k+2n …)', parseShard)
    .option('--summary <file>', 'write a per-file summary (JSON): encoding, format, units, years, records, warnings, errors')
    .option('-v, --verbose', "report each file's encoding, units and warnings on standard error")
    .option('-q, --quiet', 'no progress bar and no final summary line');
}

async function* shardOf(listing: AsyncIterable<Listing>, shard?: { index: number; count: number }): AsyncGenerator<Listing> {
  let i = 0;
  for await (const entry of listing) if (!shard || i++ % shard.count === shard.index) yield entry;
}

async function countListing(inputs: string[], shard?: { index: number; count: number }): Promise<number> {
  let total = 0;
  for await (const _ of shardOf(listFiles(inputs), shard)) total++;
  return total;
}

interface Totals {
  files: number;
  failed: number;
  records: number;
  warnings: number;
}

/**
 * Runs the batch and hands each outcome, in path order, to `consume`. Reports unusable files on
 * standard error as they come, shows progress on a terminal, and ends with a one-line summary.
 * With `output`, workers make each file's part of that output themselves.
 */
async function runBatch(inputs: string[], ruleSet: RuleSet, options: RunOptions, consume: (outcome: FileOutcome) => Promise<void>, output?: OutputOptions): Promise<Totals> {
  const started = Date.now();
  const showProgress = Boolean(process.stderr.isTTY) && !options.quiet && !options.verbose;
  const progress = showProgress ? await createProgress(await countListing(inputs, options.shard)) : noProgress;
  const summary = options.summary ? summaryWriter(fileSink(options.summary)) : null;
  const totals: Totals = { files: 0, failed: 0, records: 0, warnings: 0 };
  const listing = shardOf(listFiles(inputs), options.shard);
  // Standard input belongs to this thread: a run that reads it stays here.
  const jobs = inputs.includes('-') ? 1 : options.jobs;
  const batchOptions = { jobs, workerMemory: options.workerMemory, fallbackYear: options.year ?? null, encoding: options.encoding, maxBytes: options.maxBytes, output };
  try {
    for await (const outcome of extractInOrder(listing, ruleSet, batchOptions)) {
      totals.files++;
      if (outcome.failure !== undefined) {
        totals.failed++;
        process.stderr.write(`dangjian: ${shownPath(outcome.file)}: ${outcome.failure}\n`);
      } else {
        totals.records += recordCount(outcome);
        totals.warnings += outcome.result.warnings.length;
        if (options.verbose) report(outcome.result, recordCount(outcome));
      }
      await summary?.write(outcome);
      await consume(outcome);
      progress.tick(outcome);
    }
    await summary?.close();
  } catch (error) {
    await summary?.abort();
    throw error;
  } finally {
    progress.stop();
  }
  if (!options.quiet) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const rss = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stderr.write(`dangjian: done: ${totals.files} files (${totals.failed} failed), ${totals.records} records, ${totals.warnings} warnings, ${seconds} s, peak RSS ${rss} MB\n`);
  }
  return totals;
}

function report(result: FileResult, records: number): void {
  const units = result.units.map((u) => `${u.unit ?? '?'} ${u.year ?? '?'}`).join('; ');
  process.stderr.write(chalk.dim(`${result.file}: ${result.encoding}, ${result.format}, ${units}, ${records} records\n`));
  for (const w of result.warnings) process.stderr.write(chalk.yellow(`${w.file}: warning: ${warningText(w)}\n`));
}

/** The per-file summary, streamed as a JSON array: what was read, how, and what came of it. */
function summaryWriter(sink: Sink) {
  const array = jsonArrayStream(sink);
  return {
    async write(outcome: FileOutcome) {
      const entry = outcome.result
        ? {
            file: outcome.result.file,
            encoding: outcome.result.encoding,
            format: outcome.result.format,
            units: outcome.result.units,
            years: [...new Set(outcome.result.units.map((u) => u.year))],
            records: recordCount(outcome),
            warnings: outcome.result.warnings.map(warningText),
            errors: [],
          }
        : { file: outcome.file, encoding: null, format: null, units: [], years: [], records: 0, warnings: [], errors: [outcome.failure] };
      await array.write(JSON.stringify(entry));
    },
    async close() {
      await array.close();
      await sink.commit();
    },
    abort: () => sink.abort(),
  };
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
  extract.option('--excel, --bom', 'CSV: start with a UTF-8 byte-order mark, so Excel and WPS show the Chinese correctly');
  addRunOptions(extract).action(async (paths: string[], options: RunOptions & { format: Format; shape: Shape; out?: string; bom?: boolean }) => {
    if (options.format === 'xlsx' && !options.out) extract.error('error: --format xlsx writes a workbook: give --out FILE.xlsx', { exitCode: EXIT.usage });
    const ruleSet = await loadRuleSet(packPaths(options));
    const metrics = [...ruleSet.metrics.values()];
    const sink = options.out ? fileSink(options.out) : stdoutSink();
    try {
      let totals: Totals;
      if (options.format === 'xlsx') {
        // The workbook is streamed too: records as they come, the other sheets at the end.
        const workbook = (await import('../output/xlsx.js')).xlsxWriter(sink, metrics);
        totals = await runBatch(paths, ruleSet, options, async (outcome) => workbook.write(outcome));
        await workbook.close();
      } else {
        const output = { format: options.format, shape: options.shape, bom: options.bom, metrics };
        const writer = createRecordWriter(sink, output);
        const consume = async (outcome: FileOutcome) => {
          if (outcome.result) await writer.write(outcome.result, outcome.rendered?.bytes);
        };
        totals = await runBatch(paths, ruleSet, options, consume, output);
        await writer.close();
      }
      await sink.commit();
      process.exitCode = totals.failed ? EXIT.someFailed : EXIT.ok;
    } catch (error) {
      await sink.abort();
      throw error;
    }
  });

  const review = addPackOptions(
    program
      .command('review')
      .description('write one self-contained HTML page showing every number in its sentence')
      .argument('<paths...>', 'articles or folders of articles')
      .requiredOption('-o, --out <file>', 'the HTML file to write (whole or not at all)'),
  );
  addRunOptions(review).action(async (paths: string[], options: RunOptions & { out: string }) => {
    const ruleSet = await loadRuleSet(packPaths(options));
    const { renderReview, reviewArticle } = await import('../review/index.js');
    const articles: Awaited<ReturnType<typeof reviewArticle>>[] = [];
    const totals = await runBatch(paths, ruleSet, options, async (outcome) => {
      if (outcome.result) articles.push(reviewArticle(await readSource(outcome.file, options), outcome.result));
    });
    await writeWhole(options.out, renderReview(articles, [...ruleSet.metrics.values()]));
    process.exitCode = totals.failed ? EXIT.someFailed : EXIT.ok;
  });

  const explainCommand = addPackOptions(
    program
      .command('explain')
      .description('show an article in the terminal with its evidence highlighted, then its records')
      .argument('<file>', 'one article')
      .option('-y, --year <year>', 'the year for an article that states none', parseYear)
      .option('-e, --encoding <name>', 'read the file in this encoding instead of detecting it'),
  );
  explainCommand.action(async (file: string, options: PackOptions & { year?: number; encoding?: string }) => {
    const ruleSet = await loadRuleSet(packPaths(options));
    const { createExtractor } = await import('../pipeline.js');
    const { explain, terminalChalk } = await import('../review/index.js');
    let source;
    try {
      source = await readSource(file, { encoding: options.encoding });
    } catch (error) {
      process.stderr.write(`dangjian: ${file}: ${(error as Error).message}\n`);
      process.exitCode = EXIT.someFailed;
      return;
    }
    const result = createExtractor(ruleSet, { fallbackYear: options.year ?? null }).extract(source);
    process.stdout.write(explain(source, result, terminalChalk(process.stdout)));
  });

  addPackOptions(program.command('metrics').description('the metric catalog of the active rule packs')).action(async (options: PackOptions) => {
    printMetrics(await loadRuleSet(packPaths(options)));
  });

  const evaluate = addPackOptions(
    program
      .command('eval')
      .description('score extraction against a gold file: precision, recall, F1, unit-year accuracy, every miss and false hit')
      .argument('<gold>', 'gold YAML file')
      .argument('[paths...]', 'articles or folders (default: the gold file names, next to the gold file)')
      .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text'))
      .option('--min-f1 <f1>', 'exit 1 when overall F1 is below this (0 to 1)', Number)
      .option('--ignore-unit', 'match records on file, metric and value only (the gap to the usual F1 is what units cost)'),
  );
  addRunOptions(evaluate).action(async (goldPath: string, paths: string[], options: RunOptions & { format: string; minF1?: number; ignoreUnit?: boolean }) => {
    const { formatReport, readGold, score } = await import('../eval/index.js');
    const gold = await readGold(goldPath);
    const inputs = paths.length ? paths : gold.map((a) => path.join(path.dirname(goldPath), a.file));
    const ruleSet = await loadRuleSet(packPaths(options));
    const results: FileResult[] = [];
    const totals = await runBatch(inputs, ruleSet, { ...options, quiet: true }, async (outcome) => {
      if (outcome.result) results.push(outcome.result);
    });
    const report = score(gold, results, { ignoreUnit: options.ignoreUnit });
    process.stdout.write(options.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
    const belowTarget = options.minF1 !== undefined && report.overall.f1 < options.minF1;
    process.exitCode = belowTarget || totals.failed ? EXIT.someFailed : EXIT.ok;
  });

  const rules = program.command('rules').description('work with rule packs');
  addPackOptions(
    rules
      .command('test')
      .description("run every rule's embedded examples")
      .argument('[packs...]', 'rule packs to test on top of the default pack'),
  ).action(async (packs: string[], options: PackOptions) => {
    const ruleSet = await loadRuleSet(packPaths(options, packs));
    const { runExamples } = await import('../rules/examples.js');
    const { createSegmenter } = await import('../segment/index.js');
    const { checked, failures } = runExamples(ruleSet, createSegmenter(ruleSet.dictionary));
    for (const f of failures) {
      process.stderr.write(`${f.rule.file}:${f.rule.line}: rule ${f.rule.id}: «${f.text}» expected ${f.expected ?? 'nothing'}, got ${f.got}\n`);
    }
    process.stdout.write(`${checked - failures.length} passed, ${failures.length} failed\n`);
    process.exitCode = failures.length ? EXIT.someFailed : EXIT.ok;
  });
  addPackOptions(rules.command('list').description('list the metrics of the active packs')).action(async (options: PackOptions) => {
    printMetrics(await loadRuleSet(packPaths(options)));
  });
  return program;
}

/** The catalog: id, measure, number of rules, how combined in the wide table, description. */
function printMetrics(ruleSet: RuleSet): void {
  for (const metric of ruleSet.metrics.values()) {
    const count = ruleSet.rules.filter((r) => r.metric === metric.id).length;
    const measure = Array.isArray(metric.measure) ? metric.measure.join('|') : metric.measure;
    process.stdout.write(`${metric.id.padEnd(24)} ${measure.padEnd(20)} ${String(count).padStart(2)} rules  ${metric.combine.padEnd(5)}  ${metric.description}\n`);
  }
}

export async function main(argv: string[]): Promise<void> {
  // Output piped into head or less that closes early is no error: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    fail(new OutputError('standard output', error));
  });
  // An error that escapes every handler still ends the run with one line, and temporary files removed.
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
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
    // Whatever else stops the run is one line naming what it concerns, never a stack trace.
    process.stderr.write(failureLine(error));
    process.exitCode = (error as { usage?: boolean }).usage ? EXIT.usage : EXIT.failed;
  }
}

function fail(error: unknown): never {
  process.stderr.write(failureLine(error));
  process.exit(EXIT.failed);
}

/** `dangjian: FILE: reason`, the file being the one the error concerns when it names one. */
function failureLine(error: unknown): string {
  const { file, reason } = failureOf(error);
  return `dangjian: ${file === undefined ? '' : `${shownPath(file)}: `}${reason}\n`;
}

function failureOf(error: unknown): { file?: string; reason: string } {
  if (error instanceof OutputError) return { file: error.file, reason: `cannot write: ${error.message}` };
  if (!(error instanceof Error)) return { reason: String(error) };
  const { file, path: errorPath } = error as Error & { file?: string; path?: string };
  if (typeof file === 'string') return { file, reason: error.message };
  if (typeof errorPath === 'string') return { file: errorPath, reason: systemReason(error) };
  return { reason: error.message };
}
