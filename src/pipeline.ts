import { findGarbled, normalize, type Normalized, type Span } from './normalize/index.js';
import type { Record } from './record.js';
import { UNCODED, type FileResult, type UnitYear, type Warning } from './result.js';
import type { Source } from './read/index.js';
import { matchText, type Match, type RuleSet } from './rules/index.js';
import { createSegmenter } from './segment/index.js';
import { layOut, type Layout } from './units/index.js';

export interface ExtractOptions {
  /** The year to use when an article states none. */
  fallbackYear?: number | null;
}

export interface Extractor {
  extract(source: Source): FileResult;
}

/** Builds the pipeline once (dictionaries, converters, compiled rules); then extracts file after file. */
export function createExtractor(ruleSet: RuleSet, options: ExtractOptions = {}): Extractor {
  const segmenter = createSegmenter(ruleSet.dictionary);
  return {
    extract(source) {
      const normalized = normalize(source.text);
      const layout = layOut(normalized.text, segmenter, options.fallbackYear ?? null);
      const garbled = findGarbled(normalized.text, segmenter);
      const found = matchText(ruleSet, normalized.text, segmenter).filter((m) => !inPlan(layout, m));
      const matches = found.filter((m) => withinBounds(m));
      const records = matches.map((match) => {
        const { start, end } = match.evidence;
        const inText = normalized.toOriginal(start, end);
        const overlapsGarbled = garbled.some((g) => g.start < end && start < g.end);
        return toRecord(source.path, unitAt(layout, match.quantity.start), layout.year, match, {
          text: normalized.originalSlice(inText.start, inText.end),
          ...source.toFile(inText.start, inText.end),
          warning: overlapsGarbled ? 'garbled text in the evidence' : null,
        });
      });
      return {
        file: source.path,
        encoding: source.encoding,
        format: source.format,
        units: reportedUnits(layout, records),
        records,
        warnings: [
          ...source.warnings.map((message) => ({ file: source.path, message })),
          ...garbled.map((span) => garbledWarning(source, normalized, span)),
          ...found.filter((m) => !withinBounds(m)).map((m) => outOfBoundsWarning(source, normalized, m)),
          ...yearWarnings(source.path, layout),
        ],
      };
    },
  };
}

function garbledWarning(source: Source, normalized: Normalized, span: Span): Warning {
  const inText = normalized.toOriginal(span.start, span.end);
  const offset = source.toFile(inText.start, inText.end).start;
  return { file: source.path, offset, message: `garbled text «${normalized.originalSlice(inText.start, inText.end)}»` };
}

/**
 * The largest value a measure can sensibly take: no count or headcount beyond ten billion, no sum
 * beyond a quadrillion yuan. A value past it (309 digits make Infinity) is a mistake or an attack:
 * refused with a warning, never written.
 */
const VALUE_BOUNDS: { [measure in Match['rule']['measure']]: number } = { count: 1e10, people: 1e10, person_times: 1e10, hours: 1e10, percent: 1e4, cny: 1e15 };

const withinBounds = (match: Match) => Number.isFinite(match.quantity.value) && Math.abs(match.quantity.value) <= VALUE_BOUNDS[match.rule.measure];

function outOfBoundsWarning(source: Source, normalized: Normalized, match: Match): Warning {
  const inText = normalized.toOriginal(match.quantity.start, match.quantity.end);
  const offset = source.toFile(inText.start, inText.end).start;
  const text = normalized.originalSlice(inText.start, inText.end);
  return { file: source.path, offset, message: `number out of range for ${match.rule.measure}, not recorded «${text.length > 40 ? text.slice(0, 20) + '…' + text.slice(-20) : text}»` };
}

function inPlan(layout: Layout, match: Match): boolean {
  return layout.plans.some((p) => match.quantity.start >= p.start && match.quantity.start < p.end);
}

function unitAt(layout: Layout, offset: number): string | null {
  return layout.sections.find((s) => offset >= s.start && offset < s.end)?.unit ?? null;
}

interface Evidence {
  text: string;
  start: number;
  end: number;
  warning: string | null;
}

function toRecord(file: string, unit: string | null, year: number | null, match: Match, evidence: Evidence): Record {
  const { quantity, rule } = match;
  return {
    file,
    unit,
    ...UNCODED,
    year,
    metric: rule.metric,
    value: quantity.value,
    measure: rule.measure,
    measure_word: quantity.measureWord,
    qualifier: quantity.qualifier,
    part_of: null,
    text: evidence.text,
    start: evidence.start,
    end: evidence.end,
    rule: rule.id,
    warning: evidence.warning,
  };
}

/** Units found by headings are always reported; the file's main unit when it has records or is the only one. */
function reportedUnits(layout: Layout, records: Record[]): UnitYear[] {
  const units: UnitYear[] = [];
  const add = (unit: string | null) => {
    if (!units.some((u) => u.unit === unit)) units.push({ unit, ...UNCODED, year: layout.year });
  };
  const hasHeadings = layout.sections.some((s) => s.source !== 'main');
  for (const section of layout.sections) {
    if (section.source !== 'main' || !hasHeadings || records.some((r) => r.unit === section.unit)) add(section.unit);
  }
  return units;
}

function yearWarnings(file: string, layout: Layout): Warning[] {
  if (layout.year !== null) return [];
  return [{ file, message: 'no year: the title states none, no dateline goes with 今年/全年, and the body names no year (use --year)' }];
}

