/**
 * A worker thread of the pool: compiles the rule packs it is given, loads jieba and opencc once, then extracts file
 * after file, and makes each file's part of the output too, so the main thread only writes bytes.
 */
import { workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { partRenderer } from '../output/index.js';
import { createExtractor } from '../pipeline.js';
import type { Listed } from '../read/index.js';
import type { FileResult } from '../result.js';
import { compileRuleSet, type LoadedPack } from '../rules/index.js';
import { extractManySync, type FileOutcome, type WorkerOptions } from './extract-one.js';

/** Keeps the last value built, rebuilt only when its inputs change (they never do within a run). */
function lastBuilt<In, Out>(build: (input: In) => Out): (input: In) => Out {
  let last: { key: string; value: Out } | null = null;
  return (input) => {
    const key = JSON.stringify(input);
    if (last?.key !== key) last = { key, value: build(input) };
    return last.value;
  };
}

const ruleSet = compileRuleSet((workerData as { pack: LoadedPack }).pack);
const extractorFor = lastBuilt(({ fallbackYear }: { fallbackYear: number | null }) => createExtractor(ruleSet, { fallbackYear }));
const rendererFor = lastBuilt(partRenderer);
const utf8 = new TextEncoder();

export default async function extractTask({ files, options }: { files: Listed[]; options: WorkerOptions }) {
  const render = options.output && rendererFor(options.output);
  const outcomes = extractManySync(extractorFor({ fallbackYear: options.fallbackYear }), files, options, (outcome) => (render ? rendered(outcome, render) : outcome));
  return movingBytes(outcomes);
}

/**
 * The outcomes, to be sent with their output bytes moved to the main thread rather than copied:
 * a copy left behind would live on in this thread's heap until its next full collection.
 */
function movingBytes(outcomes: FileOutcome[]) {
  return move({
    get [transferableSymbol]() {
      return outcomes.flatMap((outcome) => (outcome.result && outcome.rendered ? [outcome.rendered.bytes.buffer] : []));
    },
    get [valueSymbol]() {
      return outcomes;
    },
  });
}

/** The outcome with its part of the output made, and its records dropped. */
function rendered(outcome: FileOutcome, render: (result: FileResult) => string): FileOutcome {
  if (!outcome.result) return outcome;
  outcome.rendered = { bytes: utf8.encode(render(outcome.result)), records: outcome.result.records.length };
  outcome.result.records = [];
  return outcome;
}
