import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChalkInstance } from 'chalk';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_JOBS, DEFAULT_WORKER_MEMORY, extractInOrder, recordCount, type FileOutcome } from '../batch/index.js';
import { createRecordWriter, OutputError, systemReason, FORMATS, jsonArrayStream, SHAPES, type Format, type OutputOptions, type Shape, type Sink } from '../output/index.js';
import { DEFAULT_MAX_BYTES, listFiles, readSource, type Listing, type ListOptions, type ReadOptions } from '../read/index.js';
import { warningText, type FileResult } from '../result.js';
import { duplicateMarker } from '../panel/index.js';
import { loadRuleSet, RulePackError, type RuleSet } from '../rules/index.js';
import { chalkFor, COLOUR_MODES, type ColourMode } from './colour.js';
import { capJobs } from './jobs.js';
import { checkOutputPaths, chooseFormat, commonFolder, openSink, parseEncoding, parseFraction, UsageError } from './options.js';
import { createProgress, noProgress, progressWanted, type Progress } from './progress.js';
import { EXAMPLES, EXIT_CODES, plural } from './help.js';

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

interface RunOptions extends ReadOptions, PackOptions, ListOptions {
  year?: number;
  verbose?: boolean;
  quiet?: boolean;
  summary?: string;
  jobs: number;
  workerMemory?: number;
  shard?: { index: number; count: number };
  color: ColourMode;
}

const colourOption = () => new Option('--color <when>', 'colour on the terminal: auto (NO_COLOR and FORCE_COLOR are honoured), always, never').choices(COLOUR_MODES).default('auto');

function addRunOptions(command: Command): Command {
  return command
    .option('-y, --year <year>', 'the year for articles that state none', parseYear)
    .option('-e, --encoding <name>', 'read every file in this encoding instead of detecting it (utf-8, gb18030, big5, utf-16le …)', parseEncoding)
    .option('--max-bytes <n>', `refuse files larger than this (default ${DEFAULT_MAX_BYTES})`, parseCount)
    .addOption(new Option('-j, --jobs <n>', 'worker threads, never more than the cores or the files').argParser(parseCount).default(DEFAULT_JOBS, 'the number of cores'))
    .option('--worker-memory <mb>', `each worker's heap in MB, for files too large or dense for it (default ${DEFAULT_WORKER_MEMORY})`, parseCount)
    .option('--shard <k/n>', 'process only the k-th of n shards of the sorted file list (files k, k+n, k+2n …)', parseShard)
    .option('--include <glob>', 'in folders, read only files that match (e.g. "*.shtml"); repeatable', collect, [])
    .option('--exclude <glob>', 'in folders, skip files that match (e.g. "drafts/**"); repeatable', collect, [])
    .option('--hidden', 'also read hidden files and folders (.name, __MACOSX)')
    .option('--summary <file>', 'write a per-file summary (JSON; - for standard output): encoding, format, units, years, records, warnings, errors')
    .option('-v, --verbose', "report each file's encoding, units and warnings, and the files skipped, on standard error")
    .option('-q, --quiet', 'no progress bar and no final summary line')
    .addOption(colourOption());
}

/** The articles of a listing: files a folder holds but that are not read are counted and handed to `onSkip`. */
async function* articlesOf(listing: AsyncIterable<Listing>, onSkip: (file: string, why: string) => void): AsyncGenerator<Listing> {
  for await (const entry of listing) {
    if ('skipped' in entry) onSkip(entry.file, entry.skipped);
    else yield entry;
  }
}

async function* shardOf(listing: AsyncIterable<Listing>, shard?: { index: number; count: number }): AsyncGenerator<Listing> {
  let i = 0;
  for await (const entry of listing) if (!shard || i++ % shard.count === shard.index) yield entry;
}

async function countListing(inputs: string[], options: RunOptions): Promise<number> {
  let total = 0;
  for await (const _ of shardOf(articlesOf(listFiles(inputs, options), () => undefined), options.shard)) total++;
  return total;
}

interface Totals {
  files: number;
  failed: number;
  skipped: number;
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
  const showProgress = progressWanted() && !options.quiet && !options.verbose;
  const progress = showProgress ? createProgress(await countListing(inputs, options)) : noProgress();
  const colour = chalkFor(process.stderr, options.color);
  const summary = options.summary ? summaryWriter(openSink(options.summary)) : null;
  const totals: Totals = { files: 0, failed: 0, skipped: 0, records: 0, warnings: 0 };
  const onSkip = (file: string, why: string) => {
    totals.skipped++;
    if (options.verbose) progress.line(colour.dim(`dangjian: skipped ${file}: ${why}`));
  };
  const articles = shardOf(articlesOf(listFiles(inputs, options), onSkip), options.shard);
  // Standard input belongs to this thread: a run that reads it stays here.
  const { jobs, listing } = inputs.includes('-') ? { jobs: 1, listing: articles } : await capJobs(options.jobs, articles);
  const batchOptions = { jobs, workerMemory: options.workerMemory, packs: packPaths(options), fallbackYear: options.year ?? null, encoding: options.encoding, maxBytes: options.maxBytes, output };
  const markDuplicate = duplicateMarker(output);
  try {
    for await (const outcome of extractInOrder(listing, ruleSet, batchOptions)) {
      markDuplicate(outcome);
      totals.files++;
      if (outcome.failure !== undefined) {
        totals.failed++;
        progress.line(`dangjian: ${shownPath(outcome.file)}: ${outcome.failure}`);
      } else {
        totals.records += recordCount(outcome);
        totals.warnings += outcome.result.warnings.length;
        if (options.verbose) report(progress, colour, outcome.result, recordCount(outcome));
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
    process.stderr.write(`dangjian: done: ${plural(totals.files, 'file')} (${totals.failed} failed, ${totals.skipped} skipped), ${plural(totals.records, 'record')}, ${plural(totals.warnings, 'warning')}, ${seconds} s, peak RSS ${rss} MB\n`);
  }
  return totals;
}

function report(progress: Progress, colour: ChalkInstance, result: FileResult, records: number): void {
  const units = result.units.map((u) => `${u.unit ?? '?'} ${u.year ?? '?'}`).join('; ');
  progress.line(colour.dim(`${result.file}: ${result.encoding}, ${result.format}, ${units}, ${plural(records, 'record')}`));
  for (const w of result.warnings) progress.line(colour.yellow(`${w.file}: warning: ${warningText(w)}`));
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
            duplicate_of: outcome.result.duplicate_of,
            fingerprint: outcome.result.fingerprint,
          }
        : { file: outcome.file, encoding: null, format: null, units: [], years: [], records: 0, warnings: [], errors: [outcome.failure], duplicate_of: null, fingerprint: null };
      await array.write(JSON.stringify(entry));
    },
    async close() {
      await array.close();
      await sink.commit();
    },
    abort: () => sink.abort(),
  };
}

/** Runs a batch whose output goes to `sink`: committed whole when it ends, removed when it fails. */
async function runInto(sink: Sink, work: () => Promise<Totals>): Promise<void> {
  try {
    const totals = await work();
    await sink.commit();
    process.exitCode = totals.failed ? EXIT.someFailed : EXIT.ok;
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** Runs a check of the command line; a complaint becomes the command's usage error (exit 2). */
function checked<T>(command: Command, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof InvalidArgumentError) command.error(`error: ${error.message}`, { exitCode: EXIT.usage, code: 'dangjian.usage' });
    throw error;
  }
}

export function buildProgram(): Command {
  const program = new Command('dangjian')
    .description('Extract the numbers reported in Chinese party-building summary articles, with evidence.')
    .version(VERSION, '-V, --version', 'print the version')
    // Usage errors are one line, `dangjian: …`, then where help is (set per command below).
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'dangjian: ')) })
    .addHelpText('after', `\n${EXAMPLES}\n\n${EXIT_CODES}`)
    .exitOverride();

  const extract = addPackOptions(
    program
      .command('extract')
      .description('extract records from articles (files, folders, or - for standard input)')
      .argument('<paths...>', 'articles or folders of articles')
      .addOption(new Option('-f, --format <format>', 'output format (default: from the --out file name, else jsonl)').choices(FORMATS))
      .addOption(new Option('--shape <shape>', 'long (one row per record), wide (one row per file, unit and year; csv) or panel (one row per unit and year)').choices(SHAPES).default('long'))
      .option('-o, --out <file>', 'write to this file (whole or not at all) instead of standard output; - is standard output')
      .option('--conflicts <file>', 'with --shape panel: write the records where articles disagree to this CSV file'),
  );
  extract.option('--excel, --bom', 'CSV: start with a UTF-8 byte-order mark, so Excel and WPS show the Chinese correctly');
  addRunOptions(extract).addHelpText('after', `\n${EXAMPLES}\n\n${EXIT_CODES}`);
  extract.action(async (paths: string[], options: RunOptions & { format?: Format; shape: Shape; out?: string; bom?: boolean; conflicts?: string }) => {
    const format = checked(extract, () => chooseFormat(options));
    if (format === 'xlsx' && !options.out) extract.error('error: --format xlsx writes a workbook: give --out FILE.xlsx', { exitCode: EXIT.usage });
    if (options.conflicts && options.shape !== 'panel') extract.error('error: --conflicts goes with --shape panel', { exitCode: EXIT.usage });
    const out = options.out ?? '-';
    checkOutputPaths([
      { option: '--out', file: out },
      { option: '--summary', file: options.summary },
      { option: '--conflicts', file: options.conflicts },
    ]);
    const ruleSet = await loadRuleSet(packPaths(options));
    const metrics = [...ruleSet.metrics.values()];
    if (options.shape === 'panel') {
      const { panelCollector, writePanel } = await import('../panel/index.js');
      const panel = panelCollector(metrics);
      const totals = await runBatch(paths, ruleSet, options, async (outcome) => panel.add(outcome));
      await writePanel(panel.build(), { format: format as Exclude<Format, 'xlsx'>, bom: options.bom, out: out === '-' ? undefined : out, conflicts: options.conflicts });
      process.exitCode = totals.failed ? EXIT.someFailed : EXIT.ok;
      return;
    }
    const sink = openSink(out);
    await runInto(sink, async () => {
      let totals: Totals;
      if (format === 'xlsx') {
        // The workbook is streamed too: records as they come, the other sheets at the end.
        const workbook = (await import('../output/xlsx.js')).xlsxWriter(sink, metrics);
        totals = await runBatch(paths, ruleSet, options, async (outcome) => workbook.write(outcome));
        await workbook.close();
      } else {
        const output = { format, shape: options.shape, bom: options.bom, metrics };
        const writer = createRecordWriter(sink, output);
        const consume = async (outcome: FileOutcome) => {
          if (outcome.result) await writer.write(outcome.result, outcome.rendered?.bytes);
        };
        totals = await runBatch(paths, ruleSet, options, consume, output);
        await writer.close();
      }
      return totals;
    });
  });

  const review = addPackOptions(
    program
      .command('review')
      .description('write one self-contained HTML page showing every number in its sentence, and the files that failed')
      .argument('<paths...>', 'articles or folders of articles')
      .requiredOption('-o, --out <file>', 'the HTML file to write (whole or not at all); - is standard output'),
  );
  addRunOptions(review).action(async (paths: string[], options: RunOptions & { out: string }) => {
    checkOutputPaths([
      { option: '--out', file: options.out },
      { option: '--summary', file: options.summary },
    ]);
    const ruleSet = await loadRuleSet(packPaths(options));
    const { reviewArticle, reviewPage } = await import('../review/index.js');
    const sink = openSink(options.out);
    const page = reviewPage(sink, [...ruleSet.metrics.values()], commonFolder(paths));
    await runInto(sink, async () => {
      const totals = await runBatch(paths, ruleSet, options, async (outcome) => {
        if (!outcome.result) return page.fail(outcome.file, outcome.failure);
        // The page shows the article text, which workers do not send back: it is read again here, one article at a time.
        const source = await readSource(outcome.file, options, outcome.raw).catch((error: Error) => error);
        if (source instanceof Error) return page.fail(outcome.file, source.message);
        await page.add(reviewArticle(source, outcome.result));
      });
      await page.close();
      return totals;
    });
  });

  const explainCommand = addPackOptions(
    program
      .command('explain')
      .description('show an article in the terminal with its evidence highlighted, then its records')
      .argument('<file>', 'one article')
      .option('-y, --year <year>', 'the year for an article that states none', parseYear)
      .option('-e, --encoding <name>', 'read the file in this encoding instead of detecting it', parseEncoding)
      .option('-u, --unmatched', 'list only the numbers no rule took, each with its clause')
      .addOption(colourOption()),
  );
  explainCommand.action(async (file: string, options: PackOptions & { year?: number; encoding?: string; unmatched?: boolean; color: ColourMode }) => {
    if (file !== '-' && isFolder(file)) throw new UsageError(`${file}: is a folder; explain takes one file (for a folder: dangjian review FOLDER --out report.html)`);
    const ruleSet = await loadRuleSet(packPaths(options));
    const { createExtractor } = await import('../pipeline.js');
    const { explain, formatUnmatched, unmatchedNumbers } = await import('../review/index.js');
    let source;
    try {
      source = await readSource(file, { encoding: options.encoding });
    } catch (error) {
      process.stderr.write(`dangjian: ${file}: ${(error as Error).message}\n`);
      process.exitCode = EXIT.someFailed;
      return;
    }
    const result = createExtractor(ruleSet, { fallbackYear: options.year ?? null }).extract(source);
    if (options.unmatched) process.stdout.write(formatUnmatched(file, unmatchedNumbers(source, result)));
    else process.stdout.write(explain(source, result, chalkFor(process.stdout, options.color)));
  });

  addPackOptions(
    program
      .command('metrics')
      .description('the metric catalog of the active rule packs; as CSV or JSON, a dictionary for labelling variables in Stata or R')
      .addOption(new Option('-f, --format <format>', 'text, or the dictionary as csv or json (id, label_zh, label_en, measure, combine)').choices(['text', 'csv', 'json']).default('text')),
  ).action(async (options: PackOptions & { format: 'text' | 'csv' | 'json' }) => {
    const { metricsText, metricsCsv, metricsJson } = await import('./catalog.js');
    const ruleSet = await loadRuleSet(packPaths(options));
    process.stdout.write(options.format === 'csv' ? metricsCsv(ruleSet) : options.format === 'json' ? metricsJson(ruleSet) : metricsText(ruleSet));
  });

  const evaluate = addPackOptions(
    program
      .command('eval')
      .description('score extraction against a gold file: precision, recall, F1, unit-year accuracy, every miss and false hit')
      .argument('<gold>', 'gold YAML file')
      .argument('[paths...]', 'articles or folders (default: the gold file names, next to the gold file)')
      .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text'))
      .option('--min-f1 <f1>', 'exit 1 when overall F1 is below this number from 0 to 1 (such as 0.95)', parseFraction)
      .option('--ignore-unit', 'match records on file, metric and value only (the gap to the usual F1 is what units cost)'),
  );
  addRunOptions(evaluate).action(async (goldPath: string, paths: string[], options: RunOptions & { format: string; minF1?: number; ignoreUnit?: boolean }) => {
    checkOutputPaths([{ option: '--summary', file: options.summary }]);
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
    if (belowTarget) process.stderr.write(`dangjian: overall F1 ${report.overall.f1.toFixed(3)} is below --min-f1 ${options.minF1}\n`);
    process.exitCode = belowTarget || totals.failed ? EXIT.someFailed : EXIT.ok;
  });

  addPanelCommand(program);

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
    const { checked: count, failures } = runExamples(ruleSet, createSegmenter(ruleSet.dictionary));
    for (const f of failures) {
      process.stderr.write(`${f.rule.file}:${f.rule.line}: rule ${f.rule.id}: «${f.text}» expected ${f.expected ?? 'nothing'}, got ${f.got}\n`);
    }
    process.stdout.write(`${count - failures.length} passed, ${failures.length} failed\n`);
    process.exitCode = failures.length ? EXIT.someFailed : EXIT.ok;
  });
  addPackOptions(
    rules
      .command('list')
      .description('list the rules of the active packs: id, metric, file:line, number of examples')
      .argument('[packs...]', 'rule packs to list on top of the default pack'),
  ).action(async (packs: string[], options: PackOptions) => {
    const { rulesText } = await import('./catalog.js');
    process.stdout.write(rulesText(await loadRuleSet(packPaths(options, packs))));
  });

  for (const command of allCommands(program)) command.showHelpAfterError(`(see ${commandPath(command)} --help)`);
  return program;
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** `dangjian panel`: the panel of runs already made, from their records and summaries. */
function addPanelCommand(program: Command): void {
  const command = addPackOptions(
    program
      .command('panel')
      .description('build the panel (one row per unit and year) from the records and summaries of earlier runs, such as --shard runs')
      .argument('<records...>', 'records files of the runs (long shape, jsonl or json)')
      .requiredOption('--summary <file...>', "every run's --summary file")
      .addOption(new Option('-f, --format <format>', 'output format').choices(['csv', 'json', 'jsonl']).default('csv'))
      .option('-o, --out <file>', 'write to this file (whole or not at all) instead of standard output; - is standard output')
      .option('--conflicts <file>', 'write the records where articles disagree to this CSV file')
      .option('--excel, --bom', 'CSV: start with a UTF-8 byte-order mark'),
  );
  command.action(async (files: string[], options: PackOptions & { summary: string[]; format: 'csv' | 'json' | 'jsonl'; out?: string; conflicts?: string; bom?: boolean }) => {
    checkOutputPaths([
      { option: '--out', file: options.out },
      { option: '--conflicts', file: options.conflicts },
    ]);
    const { mergePanel, PanelInputError, readRecords, readSummary } = await import('../panel/merge.js');
    const { writePanel } = await import('../panel/index.js');
    const metrics = [...(await loadRuleSet(packPaths(options))).metrics.values()];
    try {
      const records = (await Promise.all(files.map(readRecords))).flat();
      const summaries = (await Promise.all(options.summary.map(readSummary))).flat();
      await writePanel(mergePanel(records, summaries, metrics), { ...options, out: options.out === '-' ? undefined : options.out });
    } catch (error) {
      if (!(error instanceof PanelInputError)) throw error;
      process.stderr.write(`dangjian: ${error.message}\n`);
      process.exitCode = EXIT.usage;
    }
  });
}

const allCommands = (command: Command): Command[] => [command, ...command.commands.flatMap(allCommands)];
const commandPath = (command: Command): string => (command.parent ? `${commandPath(command.parent)} ${command.name()}` : command.name());

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
    if (error instanceof RulePackError || error instanceof UsageError) {
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
