/**
 * A worker thread of the pool: compiles the rule packs it is given, loads jieba and opencc once, then extracts file
 * after file, and makes each file's part of the output too, so the main thread only writes bytes.
 */
import { workerData } from 'node:worker_threads';
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

export default async function extractTask({ files, options }: { files: Listed[]; options: WorkerOptions }): Promise<FileOutcome[]> {
  const outcomes = extractManySync(extractorFor({ fallbackYear: options.fallbackYear }), files, options);
  if (options.output) {
    const render: (result: FileResult) => string = rendererFor(options.output);
    for (const outcome of outcomes) {
      if (!outcome.result) continue;
      outcome.rendered = { bytes: utf8.encode(render(outcome.result)), records: outcome.result.records.length };
      outcome.result.records = [];
    }
  }
  return outcomes;
}
