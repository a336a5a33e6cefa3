/**
 * A worker of the benchmark's floor: reads its share of the corpus and builds jieba, says it is
 * ready, and on `go` segments the share with bare jieba and reports the seconds it took.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

const texts = (workerData as { files: string[] }).files.map((file) => readFileSync(file, 'utf8'));
const jieba = Jieba.withDict(dict);
parentPort!.once('message', () => {
  const start = performance.now();
  for (const text of texts) jieba.cut(text, false);
  parentPort!.postMessage((performance.now() - start) / 1000);
});
parentPort!.postMessage('ready');
