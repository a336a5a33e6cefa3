import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { normalize } from '../src/normalize/index.js';
import { createExtractor } from '../src/pipeline.js';
import { decodeSource } from '../src/read/index.js';
import { loadRuleSet, matchText } from '../src/rules/index.js';
import { createSegmenter } from '../src/segment/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ARTICLES = path.join(ROOT, 'fixtures/articles');
export const SEEDS = ['000_28415ed022daa7ed.txt', '001_28912d11a101df77.txt', '002_8949e1b8934c0b9d.txt', '003_e8d2f9fb16ab523e.txt', '004_ab3db444c22b1e9d.txt'];

export const ruleSet = await loadRuleSet([path.join(ROOT, 'rules')]);
export const segmenter = createSegmenter(ruleSet.dictionary);
export const extractor = createExtractor(ruleSet);

export function article(name: string): string {
  return readFileSync(path.join(ARTICLES, name), 'utf8');
}

export function extractText(text: string, file = 'test.txt') {
  return extractor.extract(decodeSource(file, Buffer.from(text)));
}

/** What the default rules find in one sentence: metric, value and qualifier of every match. */
export function findIn(sentence: string) {
  return matchText(ruleSet, normalize(sentence).text, segmenter).map((m) => ({
    metric: m.rule.metric,
    value: m.quantity.value,
    qualifier: m.quantity.qualifier,
    measure: m.rule.measure,
  }));
}

const temporaries: string[] = [];
afterAll(() => temporaries.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh temporary folder, removed when the test file ends. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dangjian-test-'));
  temporaries.push(dir);
  return dir;
}
