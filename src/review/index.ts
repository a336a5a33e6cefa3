import type { Source } from '../read/index.js';
import { warningText, type FileResult } from '../result.js';
import type { MetricSpec } from '../rules/index.js';
import { SCRIPT, STYLE } from './page.js';
import { evidenceInText } from './spans.js';

export { explain, formatUnmatched, terminalChalk, unmatchedNumbers } from './explain.js';

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

/**
 * One self-contained HTML file (no network): the article list, the selected article with every
 * evidence span highlighted in its metric's colour, and the records with filters. Articles are
 * rendered one at a time from embedded data, so a report of thousands stays quick.
 */
export function renderReview(articles: ReviewArticle[], metrics: MetricSpec[]): string {
  // '<' is escaped so that no text in an article can close the script element.
  const data = JSON.stringify({ metrics: metrics.map((m) => m.id), articles }).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
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
<script type="application/json" id="data">${data}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
