/** A rule-pack problem, reported as file:line:column so the user can go straight to it (file alone when no line is at fault). */
export class RulePackError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(line > 0 ? `${file}:${line}:${column}: ${reason}` : `${file}: ${reason}`);
  }
}
