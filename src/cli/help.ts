/** Text for people: the end of `--help` (examples, what the exit codes mean), and counts in words. */

export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export const EXAMPLES = `Examples:
  dangjian extract articles/                                 JSON Lines on standard output
  dangjian extract articles/ --out records.csv               the format follows the file name
  dangjian extract articles/ -f csv --shape wide -o table.csv
  dangjian extract downloads/ --include "*.shtml" --verbose  read only .shtml pages, name the files skipped
  cat article.txt | dangjian extract - --year 2023
  dangjian review articles/ --out report.html                every number in its sentence, in a browser
  dangjian eval gold.yaml articles/ --min-f1 0.9`;

export const EXIT_CODES = `Exit codes:
  0  every file was processed
  1  some file could not be used (each named on standard error); the others' records are written.
     eval: F1 below --min-f1; rules test: an example failed
  2  usage error or rule-pack error: nothing was processed`;
