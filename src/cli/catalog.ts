import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { MetricSpec, RuleSet } from '../rules/index.js';
import { plural } from './help.js';

const measures = (metric: MetricSpec) => (Array.isArray(metric.measure) ? metric.measure : [metric.measure]);

/** The catalog for the terminal: id, measures, number of rules, how combined, labels. */
export function metricsText(ruleSet: RuleSet): string {
  return [...ruleSet.metrics.values()]
    .map((metric) => {
      const rules = ruleSet.rules.filter((r) => r.metric === metric.id).length;
      const label = metric.label_zh ? `${metric.label_zh}: ` : '';
      return `${metric.id.padEnd(24)} ${measures(metric).join('|').padEnd(20)} ${plural(rules, 'rule').padStart(8)}  ${metric.combine.padEnd(5)}  ${label}${metric.description}\n`;
    })
    .join('');
}

/** The metric dictionary: one row per metric, for labelling variables in Stata, R or a spreadsheet. */
function dictionary(ruleSet: RuleSet) {
  return [...ruleSet.metrics.values()].map((m) => ({ id: m.id, label_zh: m.label_zh ?? null, label_en: m.description, measure: measures(m), combine: m.combine }));
}

export const metricsJson = (ruleSet: RuleSet): string => JSON.stringify(dictionary(ruleSet), null, 2) + '\n';

export const metricsCsv = (ruleSet: RuleSet): string =>
  stringify([['id', 'label_zh', 'label_en', 'measure', 'combine'], ...dictionary(ruleSet).map((m) => [m.id, m.label_zh ?? '', m.label_en, m.measure.join('|'), m.combine])]);

/** The rules, in the order the packs give them: id, metric, where it is defined, how many examples it has. */
export function rulesText(ruleSet: RuleSet): string {
  const rows = ruleSet.rules.map((r) => [r.id, r.metric, `${shortPath(r.file)}:${r.line}`, plural(r.examples.length, 'example')]);
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((row) => row[c]!.length)));
  return rows.map((row) => row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell)).join('  ') + '\n').join('');
}

const shortPath = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative.length < file.length ? relative : file;
};
