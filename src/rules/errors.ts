/** A rule-pack problem, reported as file:line:column so the user can go straight to it. */
export class RulePackError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
  }
}
