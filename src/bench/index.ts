/**
 * `npm run bench [-- --mb 100]`: measures, in one run on this machine, the floor (bare jieba and
 * bare opencc), dangjian end to end with one job and with all cores, a peer (Microsoft
 * Recognizers-Text, Chinese numbers and currency), cold start and memory, the memory of a workbook
 * and of the review page for 10,000 files, and the cost of duplicate detection on 10,000 files, and
 * prints every figure side by side with the ratios and their targets. `npm run bench -- --only
 * duplicates` measures duplicate detection alone; `npm run bench -- --against <folder>` compares
 * this build with another checkout (installed and built), round by round.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import * as OpenCC from 'opencc-js';
import { DEFAULT_RULES } from '../cli/index.js';
import { createDuplicateFinder } from '../panel/duplicates.js';
import { fingerprint } from '../panel/fingerprint.js';

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '100' }, 'peer-kb': { type: 'string', default: '200' }, runs: { type: 'string', default: '7' }, rounds: { type: 'string', default: '3' }, only: { type: 'string' }, against: { type: 'string' } },
});
const ROOT = path.resolve(DEFAULT_RULES, '..');
const BIN = path.join(ROOT, 'bin/dangjian');
const CORES = availableParallelism();
const PART_FILES = 1000;

let seed = 20240601;
const random = (limit: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % limit;
};

const STEMS = '东西南北新安和平康宁兴华城关河山桥湖港泉林溪云龙凤阳光明胜利红星金石'.split('');
const randomStem = () => Array.from({ length: 2 + random(2) }, () => STEMS[random(STEMS.length)]).join('');

/** A copy of an article with every number and every unit name changed, so nothing is cached by accident. */
function vary(text: string): string {
  return text
    .replace(/\d+/g, (digits) => String(random(10 ** Math.min(digits.length, 6))).padStart(1, '0'))
    .replace(/\p{Script=Han}{2,3}(?=街道|镇党委|区委)/gu, () => randomStem());
}

/** Writes (once) a corpus of about `mb` MB from the fixture articles, 1,000 files to a folder. */
function corpus(mb: number): string {
  const dir = path.join(tmpdir(), `dangjian-bench-${mb}mb-v1`);
  if (existsSync(path.join(dir, 'complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  const articles = readdirSync(path.join(ROOT, 'fixtures/articles')).map((f) => readFileSync(path.join(ROOT, 'fixtures/articles', f), 'utf8'));
  let bytes = 0;
  for (let i = 0; bytes < mb * 1e6; i++) {
    const part = path.join(dir, `part-${String(Math.floor(i / PART_FILES)).padStart(3, '0')}`);
    if (i % PART_FILES === 0) mkdirSync(part, { recursive: true });
    const text = vary(articles[i % articles.length]!);
    writeFileSync(path.join(part, `${String(i).padStart(7, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(path.join(dir, 'complete'), '');
  return dir;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function timed(work: () => void): number {
  const start = performance.now();
  work();
  return (performance.now() - start) / 1000;
}

interface Run {
  seconds: number;
  rssMb: number;
}

function extract(inputs: string[], jobs: number, command = 'extract', extension = 'jsonl', more: string[] = [], bin = BIN): Run {
  const out = path.join(tmpdir(), `dangjian-bench-out-${process.pid}.${extension}`);
  const start = performance.now();
  const result = spawnSync(process.execPath, [bin, command, ...inputs, '--jobs', String(jobs), '--out', out, ...more], { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  rmSync(out, { force: true });
  const rss = /peak RSS (\d+) MB/.exec(result.stderr);
  if (result.status !== 0 || !rss) throw new Error(`dangjian ${command} failed: ${result.stderr}`);
  return { seconds, rssMb: Number(rss[1]) };
}

const LONG_FILE_ARTICLES = 400;

/**
 * A compilation (a yearbook or a PDF export of many reports) as one file: the first articles of a
 * part joined, extracted with one job, against the same articles as files of their own. The time
 * of a file should grow with its length, no faster.
 */
function longFile(part: string): { bytes: number; joined: Run; apart: Run } {
  const articles = filesUnder(part).slice(0, LONG_FILE_ARTICLES);
  const apartDir = path.join(tmpdir(), `dangjian-bench-apart-${process.pid}`);
  const joinedFile = path.join(tmpdir(), `dangjian-bench-long-${process.pid}.txt`);
  mkdirSync(apartDir, { recursive: true });
  articles.forEach((f) => writeFileSync(path.join(apartDir, path.basename(f)), readFileSync(f)));
  writeFileSync(joinedFile, articles.map((f) => readFileSync(f, 'utf8')).join('\n\n'));
  try {
    return { bytes: statSync(joinedFile).size, joined: extract([joinedFile], 1), apart: extract([apartDir], 1) };
  } finally {
    rmSync(apartDir, { recursive: true, force: true });
    rmSync(joinedFile, { force: true });
  }
}

/** The outputs that are not streamed line by line, over the first 10,000 files of a corpus: a workbook and the review page. */
function largeOutputs(dir: string): { files: number; xlsx: Run; review: Run } {
  const parts = readdirSync(dir).filter((name) => name.startsWith('part-')).sort().slice(0, 10_000 / PART_FILES).map((name) => path.join(dir, name));
  const files = parts.reduce((n, part) => n + filesUnder(part).length, 0);
  return { files, xlsx: extract(parts, CORES, 'extract', 'xlsx', ['--format', 'xlsx']), review: extract(parts, CORES, 'review', 'html') };
}

/**
 * What the machine itself allows: one single-job process per core, each on its shard of the
 * corpus, all at once. Their combined speed over one job is the ceiling for --jobs.
 */
async function independentProcesses(dir: string, count: number): Promise<number> {
  const start = performance.now();
  await Promise.all(
    Array.from({ length: count }, (_, k) => {
      const out = path.join(tmpdir(), `dangjian-bench-shard-${process.pid}-${k}.jsonl`);
      const args = [BIN, 'extract', dir, '--shard', `${k + 1}/${count}`, '--jobs', '1', '--quiet', '--out', out];
      return new Promise((resolve) => spawn(process.execPath, args, { stdio: 'ignore' }).on('exit', () => resolve(rmSync(out, { force: true }))));
    }),
  );
  return (performance.now() - start) / 1000;
}

/**
 * Bare jieba over the files, shared among `threads` worker threads that start together once all
 * have read their share: the seconds of the slowest.
 */
async function bareJieba(files: string[], threads: number): Promise<number> {
  const workers = Array.from({ length: threads }, (_, k) => new Worker(new URL('./jieba-floor.js', import.meta.url), { workerData: { files: files.filter((_, i) => i % threads === k) } }));
  const next = (worker: Worker) => new Promise<unknown>((resolve, reject) => worker.once('message', resolve).once('error', reject));
  await Promise.all(workers.map(next));
  const seconds = workers.map(next);
  workers.forEach((worker) => worker.postMessage('go'));
  const slowest = Math.max(...((await Promise.all(seconds)) as number[]));
  await Promise.all(workers.map((worker) => worker.terminate()));
  return slowest;
}

interface Round {
  /** Bare jieba over the corpus in one thread, and shared among all cores, seconds. */
  jieba: number;
  jiebaAll: number;
  one: Run;
  all: Run;
  ceiling: number;
}

/**
 * Bare jieba, one job, all cores and the ceiling, one after the other, `count` times over: a
 * machine's speed can drift by a fifth from minute to minute, so each round's ratios compare
 * runs made moments apart, and the medians of several rounds are reported.
 */
async function rounds(dir: string, files: string[], count: number): Promise<Round[]> {
  const done: Round[] = [];
  for (let i = 0; i < count; i++) {
    process.stderr.write(`  round ${i + 1} of ${count}\n`);
    done.push({
      jieba: await bareJieba(files, 1),
      jiebaAll: await bareJieba(files, CORES),
      one: extract([dir], 1),
      all: extract([dir], CORES),
      ceiling: await independentProcesses(dir, CORES),
    });
  }
  return done;
}

const DUPLICATE_FILES = 10_000;

interface DuplicateCost {
  files: number;
  reposts: number;
  found: number;
  wrong: number;
  /** Milliseconds per file, on the clock and of CPU time (on a busy machine the clock runs ahead). */
  fingerprintMs: number;
  findMs: number;
  fingerprintCpuMs: number;
  findCpuMs: number;
}

/**
 * Duplicate detection on 10,000 articles held in memory: each a fifth of the fixture articles'
 * sentences drawn at random with fresh numbers, every tenth a repost of an earlier one with
 * another header and footer. Times the fingerprints (made where a file is extracted) and the
 * search for reposts (made in order by the thread that writes), per file.
 */
function duplicateDetection(): DuplicateCost {
  let state = 20240601;
  const draw = (limit: number) => (state = (state * 48271) % 2147483647) % limit;
  const sentences = readdirSync(path.join(ROOT, 'fixtures/articles')).flatMap((f) => readFileSync(path.join(ROOT, 'fixtures/articles', f), 'utf8').split(/(?<=[。\n])/));
  const texts: string[] = [];
  const planted = new Map<number, number>();
  for (let i = 0; i < DUPLICATE_FILES; i++) {
    if (i % 10 === 9) {
      const original = draw(i);
      planted.set(i, original);
      texts.push(`来源：本地新闻网 ${2020 + draw(5)}-0${1 + draw(9)}-1${draw(10)}\n${texts[original]}\n责任编辑：王明 版权所有`);
    } else {
      texts.push(sentences.filter(() => draw(5) === 0).join('').replace(/\d+/g, (digits) => String(draw(10 ** Math.min(digits.length, 6)))));
    }
  }
  const cpu = () => process.cpuUsage().user / 1000;
  const [start, startCpu] = [performance.now(), cpu()];
  const fingerprints = texts.map(fingerprint);
  const [fingerprinted, fingerprintedCpu] = [performance.now(), cpu()];
  const finder = createDuplicateFinder();
  const originalOf = fingerprints.map((f, i) => finder.add(String(i), f));
  const [found, foundCpu] = [performance.now(), cpu()];
  // A repost of a repost points to the first original.
  const root = (i: number): number => (planted.has(i) ? root(planted.get(i)!) : i);
  const wrong = originalOf.filter((o, i) => (planted.has(i) ? o !== String(root(i)) : o !== null)).length;
  return {
    files: DUPLICATE_FILES,
    reposts: planted.size,
    found: originalOf.filter((o) => o !== null).length,
    wrong,
    fingerprintMs: (fingerprinted - start) / DUPLICATE_FILES,
    findMs: (found - fingerprinted) / DUPLICATE_FILES,
    fingerprintCpuMs: (fingerprintedCpu - startCpu) / DUPLICATE_FILES,
    findCpuMs: (foundCpu - fingerprintedCpu) / DUPLICATE_FILES,
  };
}

const duplicateRow = (d: DuplicateCost): [string, string] => [
  `duplicate detection, ${fmt(d.files)} files`,
  `fingerprint ${fmt(d.fingerprintMs, 3)} ms/file (CPU ${fmt(d.fingerprintCpuMs, 3)}), search ${fmt(d.findMs, 3)} ms/file (CPU ${fmt(d.findCpuMs, 3)}), ` +
    `${fmt(((d.fingerprintMs + d.findMs) * d.files) / 1000, 2)} s in all; ${d.found} of ${d.reposts} reposts found, ${d.wrong} wrong`,
];

/** One round of the comparison with another build: each build with one job and with all cores. */
interface BuildRound {
  order: string;
  one: [Run, Run];
  all: [Run, Run];
}

/**
 * This build against another (a checkout of another version, installed and built): one job and
 * all cores on the same corpus, the two builds one after the other in each round, the first of
 * them alternating from round to round, so that a machine slowing down or speeding up over the
 * minutes weighs on both alike. The ratios are the medians of the rounds' own ratios.
 */
function compareBuilds(dir: string, other: string, count: number): [string, string][] {
  const otherBin = path.join(other, 'bin/dangjian');
  const done: BuildRound[] = [];
  for (let i = 0; i < count; i++) {
    process.stderr.write(`  round ${i + 1} of ${count}\n`);
    const thisFirst = i % 2 === 0;
    const both = (jobs: number): [Run, Run] => {
      const first = extract([dir], jobs, 'extract', 'jsonl', [], thisFirst ? BIN : otherBin);
      const second = extract([dir], jobs, 'extract', 'jsonl', [], thisFirst ? otherBin : BIN);
      return thisFirst ? [first, second] : [second, first];
    };
    done.push({ order: thisFirst ? 'this first' : 'other first', one: both(1), all: both(CORES) });
  }
  const ratio = (pick: (r: BuildRound) => [Run, Run], of: (run: Run) => number) => median(done.map((r) => of(pick(r)[0]) / of(pick(r)[1])));
  return [
    ['other build', path.resolve(other)],
    ...done.map((r, i): [string, string] => [
      `round ${i + 1} (${r.order}), s: 1 job; ${CORES} jobs (peak RSS, MB)`,
      `this ${fmt(r.one[0].seconds, 1)}, other ${fmt(r.one[1].seconds, 1)};  this ${fmt(r.all[0].seconds, 1)} (${r.all[0].rssMb}), other ${fmt(r.all[1].seconds, 1)} (${r.all[1].rssMb})`,
    ]),
    ['1 job: throughput of this build / the other', fmt(ratio((r) => r.one, (run) => 1 / run.seconds), 2)],
    [`${CORES} jobs: throughput of this build / the other`, fmt(ratio((r) => r.all, (run) => 1 / run.seconds), 2)],
    [`${CORES} jobs: peak RSS of this build / the other`, fmt(ratio((r) => r.all, (run) => run.rssMb), 2)],
  ];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  if (values.only === 'duplicates') {
    process.stdout.write(duplicateRow(duplicateDetection()).join('  ') + '\n');
    return;
  }
  const against = values.against && path.join(values.against, 'bin/dangjian');
  if (against && !existsSync(against)) {
    process.stderr.write(`bench: --against: ${against} does not exist (give the folder of another checkout of dangjian, installed and built)\n`);
    process.exitCode = 2;
    return;
  }
  const mb = Number(values.mb);
  process.stderr.write(`generating a ${mb} MB corpus (not timed)…\n`);
  const dir = corpus(mb);
  if (against) {
    process.stderr.write(`this build against ${values.against}, in rounds…\n`);
    const rows = compareBuilds(dir, values.against!, Number(values.rounds));
    const width = Math.max(...rows.map((r) => r[0].length));
    process.stdout.write(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n') + '\n');
    return;
  }
  const files = filesUnder(dir);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const firstPart = path.join(dir, 'part-000');
  const firstPartBytes = filesUnder(firstPart).reduce((n, f) => n + statSync(f).size, 0);

  process.stderr.write('floor: bare opencc…\n');
  const opencc = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const openccSeconds = timed(() => texts.forEach((t) => opencc(t)));

  process.stderr.write('bare jieba, dangjian with 1 job and with all cores, and the ceiling, in rounds…\n');
  const measured = await rounds(dir, files, Number(values.rounds));
  const jiebaSeconds = median(measured.map((r) => r.jieba));
  const one = { seconds: median(measured.map((r) => r.one.seconds)), rssMb: Math.max(...measured.map((r) => r.one.rssMb)) };
  const all = { seconds: median(measured.map((r) => r.all.seconds)), rssMb: Math.max(...measured.map((r) => r.all.rssMb)) };
  const scaling = median(measured.map((r) => r.one.seconds / r.all.seconds));
  const ceiling = median(measured.map((r) => r.one.seconds / r.ceiling));
  const floorScaling = median(measured.map((r) => r.jieba / r.jiebaAll));
  const small = extract([firstPart], CORES);
  process.stderr.write('one long file…\n');
  const long = longFile(firstPart);
  process.stderr.write('large outputs: a workbook and the review page for 10,000 files…\n');
  const large = largeOutputs(corpus(Math.max(mb, 125)));

  process.stderr.write('peer: Recognizers-Text…\n');
  const recognizers = await import('@microsoft/recognizers-text-suite');
  const peerText = texts.join('\n').slice(0, Number(values['peer-kb']) * 1000);
  const sentences = peerText.split(/(?<=[。！？\n])/);
  const peerSeconds = timed(() => {
    for (const s of sentences) {
      recognizers.recognizeNumber(s, recognizers.Culture.Chinese);
      recognizers.recognizeCurrency(s, recognizers.Culture.Chinese);
    }
  });

  process.stderr.write('duplicate detection…\n');
  const duplicates = duplicateDetection();

  process.stderr.write('cold start…\n');
  const oneArticle = path.join(ROOT, 'fixtures/articles/002_8949e1b8934c0b9d.txt');
  const cold = median(Array.from({ length: Number(values.runs) }, () => timed(() => spawnSync(process.execPath, [BIN, 'extract', oneArticle, '--jobs', '1', '--quiet']))));

  const rate = (seconds: number) => chars / seconds;
  const rows: [string, string][] = [
    ['corpus', `${files.length} articles, ${fmt(bytes / 1e6, 1)} MB, ${fmt(chars / 1e6, 1)} M chars (${dir})`],
    ['floor: bare jieba (cut)', `${fmt(rate(jiebaSeconds))} chars/s; on ${CORES} threads ${fmt(floorScaling, 2)}× one`],
    ['floor: bare opencc (tw→cn)', `${fmt(rate(openccSeconds))} chars/s`],
    ['dangjian, 1 job', `${fmt(rate(one.seconds))} chars/s, ${fmt(bytes / 1e6 / one.seconds, 2)} MB/s, ${fmt(files.length / one.seconds)} articles/s, peak RSS ${one.rssMb} MB`],
    [`dangjian, ${CORES} jobs`, `${fmt(rate(all.seconds))} chars/s, ${fmt(bytes / 1e6 / all.seconds, 2)} MB/s, ${fmt(files.length / all.seconds)} articles/s, peak RSS ${all.rssMb} MB`],
    [`machine ceiling: ${CORES} one-job shards at once`, `${fmt(ceiling, 2)}× one job`],
    ...measured.map((r, i): [string, string] => [
      `round ${i + 1}, s: jieba 1 / ${CORES} threads; dangjian 1 / ${CORES} jobs; shards`,
      `${fmt(r.jieba, 1)} / ${fmt(r.jiebaAll, 1)};  ${fmt(r.one.seconds, 1)} / ${fmt(r.all.seconds, 1)} (${fmt(r.one.seconds / r.all.seconds, 2)}×);  ${fmt(r.ceiling, 1)}`,
    ]),
    ['peer: Recognizers-Text (zh numbers + currency)', `${fmt(peerText.length / peerSeconds)} chars/s on ${fmt(peerText.length / 1000)} k chars`],
    ['cold start (one article, median)', `${fmt(cold, 3)} s`],
    duplicateRow(duplicates),
    [
      `one file of ${LONG_FILE_ARTICLES} articles (${fmt(long.bytes / 1e6, 1)} MB), 1 job`,
      `${fmt(long.joined.seconds, 1)} s against ${fmt(long.apart.seconds, 1)} s for the same articles as ${LONG_FILE_ARTICLES} files (${fmt(long.joined.seconds / long.apart.seconds, 2)}×), peak RSS ${long.joined.rssMb} MB`,
    ],
    [`peak RSS, ${CORES} jobs`, `${small.rssMb} MB at ${fmt(firstPartBytes / 1e6, 1)} MB of input, ${all.rssMb} MB at ${fmt(bytes / 1e6, 1)} MB`],
    [`XLSX workbook, ${fmt(large.files)} files, ${CORES} jobs`, `${fmt(large.xlsx.seconds, 1)} s, peak RSS ${large.xlsx.rssMb} MB`],
    [`review page, ${fmt(large.files)} files, ${CORES} jobs`, `${fmt(large.review.seconds, 1)} s, peak RSS ${large.review.rssMb} MB`],
  ];
  const ratios: [string, number, number, string][] = [
    ['end to end (1 job) / bare jieba', median(measured.map((r) => r.jieba / r.one.seconds)), 0.5, '≥'],
    [`all cores / 1 job (${CORES} cores)`, scaling, 1.8, '≥'],
    ['dangjian (1 job) / peer', rate(one.seconds) / (peerText.length / peerSeconds), 100, '≥'],
    ['cold start, s', cold, 0.5, '≤'],
    [`peak RSS, MB (${fmt(bytes / 1e6)} MB corpus)`, all.rssMb, 300, '≤'],
  ];
  const width = Math.max(...rows.map((r) => r[0].length), ...ratios.map((r) => r[0].length));
  const lines = ['', ...rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`), '', `${'ratio'.padEnd(width)}  value     target`];
  for (const [name, value, target, op] of ratios) {
    const met = op === '≥' ? value >= target : value <= target;
    lines.push(`${name.padEnd(width)}  ${fmt(value, 2).padStart(8)}  ${op} ${target}  ${met ? 'met' : 'NOT MET'}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

await main();
