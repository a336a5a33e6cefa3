/** A worker thread of the pool: loads the rule packs, jieba and opencc once, then extracts file after file. */
import { createExtractor, type Extractor } from '../pipeline.js';
import { loadRuleSet } from '../rules/index.js';
import { extractMany, type FileOutcome, type WorkerOptions } from './extract-one.js';

let ready: { key: string; extractor: Promise<Extractor> } | null = null;

function extractorFor(options: WorkerOptions): Promise<Extractor> {
  const key = JSON.stringify([options.packs, options.fallbackYear]);
  if (ready?.key !== key) ready = { key, extractor: loadRuleSet(options.packs).then((rules) => createExtractor(rules, { fallbackYear: options.fallbackYear })) };
  return ready.extractor;
}

export default async function extractTask({ files, options }: { files: string[]; options: WorkerOptions }): Promise<FileOutcome[]> {
  return extractMany(await extractorFor(options), files, options);
}
