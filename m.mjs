import fs from 'node:fs';
import path from 'node:path';
import { decodeSource } from './dist/read/index.js';
import { normalize, findGarbled } from './dist/normalize/index.js';
import { layOut } from './dist/units/index.js';
import { loadRuleSet, matchText } from './dist/rules/index.js';
import { createSegmenter } from './dist/segment/index.js';
import { createExtractor } from './dist/pipeline.js';
const rs = await loadRuleSet(['rules']); const seg = createSegmenter(rs.dictionary);
const dir = '/tmp/dangjian-bench-100mb-v1/part-000';
const files = fs.readdirSync(dir).map(f => fs.readFileSync(path.join(dir, f)));
const T = {}; const tm = (k, f) => { const t = performance.now(); const r = f(); T[k] = (T[k]||0) + performance.now() - t; return r; };
let chars = 0;
for (const b of files) {
  const src = tm('decode', () => decodeSource('a.txt', b)); chars += src.text.length;
  const n = tm('normalize', () => normalize(src.text));
  tm('layout', () => layOut(n.text, seg, null));
  tm('garbled', () => findGarbled(n.text, seg));
  tm('match', () => matchText(rs, n.text, seg));
}
console.log(Object.fromEntries(Object.entries(T).map(([k,v]) => [k, Math.round(v)])), 'chars', chars);
const ex = createExtractor(rs);
let t = performance.now(); for (const b of files) ex.extract(decodeSource('a.txt', b)); const s = (performance.now()-t)/1000;
console.log('extract total', s.toFixed(2), (chars/s/1e6).toFixed(2), 'Mchars/s');
