import path from 'node:path';
import type { Source } from '../read/index.js';
import { warningText, type FileResult } from '../result.js';
import type { MetricSpec } from '../rules/index.js';
import { SCRIPT, STYLE } from './page.js';
import { evidenceInText } from './spans.js';

export { explain, formatUnmatched, unmatchedNumbers } from './explain.js';

/** One article as the review page shows it: its text, and each record with its span in that text. */
export interface ReviewArticle {
  file: string;
  encoding: string;
  format: string;
  text: string;
  units: string[];
  unitYears: string[];
  warnings: string[];
  records: (FileResult['records'][number] & { s: number; e: number })[];
}

export function reviewArticle(source: Source, result: FileResult): ReviewArticle {
  const spans = evidenceInText(source, result.records);
  return {
    file: result.file,
    encoding: result.encoding,
    format: result.format,
    text: source.text,
    units: result.units.map((u) => u.unit ?? '?'),
    unitYears: result.units.map((u) => `${u.unit ?? '?'} ${u.year ?? 'no year'}`),
    warnings: result.warnings.map(warningText),
    records: result.records.map((r, i) => ({ ...r, s: spans[i]!.start, e: spans[i]!.end })),
  };
}

/** Where the page goes: the output sink's writing half. */
interface PageSink {
  write(chunk: string): Promise<void>;
}

/**
 * One self-contained HTML file (no network): the article list, the selected article with every
 * evidence span highlighted in its metric's colour, and the records with filters. Articles are
 * rendered in the browser one at a time from embedded data, so a report of thousands stays quick.
 * The page is streamed: its head, then each article's data as it comes, then the files that
 * failed and its tail, so writing it holds one article at a time. `base` is the folder article
 * paths are shown relative to.
 */
export function reviewPage(sink: PageSink, metrics: MetricSpec[], base: string) {
  let articles = 0;
  const failed: { file: string; name: string; reason: string }[] = [];
  const name = (file: string) => (file === '-' ? '-' : path.relative(base, path.resolve(file)) || file);
  return {
    async add(article: ReviewArticle) {
      const head = articles === 0 ? pageHead(metrics) : ',';
      articles++;
      await sink.write(head + scriptSafe(JSON.stringify({ ...article, name: name(article.file) })));
    },
    /** A file that could not be read or extracted: listed on the page with the reason. */
    fail(file: string, reason: string) {
      failed.push({ file, name: name(file), reason });
    },
    async close() {
      await sink.write((articles === 0 ? pageHead(metrics) : '') + `],"failed":${scriptSafe(JSON.stringify(failed))}}` + PAGE_TAIL);
    },
  };
}

// '<' is escaped so that no text in an article can close the script element.
const scriptSafe = (json: string) => json.replace(/</g, '\\u003c');

const pageHead = (metrics: MetricSpec[]) => `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>dangjian review</title>
<style>${STYLE}</style>
</head>
<body>
<nav>
  <h1>dangjian review</h1>
  <div class="facts" style="margin: 0 12px 8px" id="summary"></div>
  <input id="search" type="search" placeholder="filter articles by file or unit" aria-label="filter articles">
  <ul id="articles"></ul>
  <div id="failed" hidden><h2>failed</h2><ul></ul></div>
</nav>
<main id="main">
  <h2 id="title"></h2>
  <div class="facts" id="facts"></div>
  <div class="warnings" id="warnings" hidden></div>
  <div class="article" id="article"></div>
</main>
<aside>
  <div class="filters">
    <select id="metric" aria-label="filter by metric"></select>
    <select id="unit" aria-label="filter by unit"></select>
  </div>
  <div class="facts" id="count"></div>
  <table>
    <thead><tr><th>metric</th><th>value</th><th>qualifier</th><th>unit</th><th>evidence</th></tr></thead>
    <tbody id="rows"></tbody>
  </table>
</aside>
<div id="tip" role="tooltip"></div>
<script type="application/json" id="data">{"metrics":${scriptSafe(JSON.stringify(metrics.map((m) => m.id)))},"articles":[`;

const PAGE_TAIL = `</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
