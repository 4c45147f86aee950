/** Where a problem is: a file with a 1-based line and column, and/or a JSON path into a document. */
export interface IssueLocation {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** Dotted or JSON-pointer-like path, e.g. `scale.peakRequestsPerSecond` or `paths./v1/items.get`. */
  readonly path?: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem as data: collected, never thrown one at a time (style rule 9). */
export interface ArchwayIssue {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly hint: string;
  readonly location?: IssueLocation;
}

/** Carries one or more issues across an API boundary; the CLI prints them and exits 2. */
export class ArchwayError extends Error {
  readonly issues: readonly ArchwayIssue[];

  constructor(issues: readonly ArchwayIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ArchwayError';
    this.issues = issues;
  }
}

/** `file:line:column: error CODE: message (hint: …)` — the location first, the way compilers print. */
export function formatIssue(issue: ArchwayIssue): string {
  const loc = issue.location;
  const where = loc
    ? [loc.file, loc.line, loc.line !== undefined ? loc.column : undefined].filter((p) => p !== undefined).join(':') +
      (loc.path ? `${loc.file ? ' ' : ''}(${loc.path})` : '')
    : '';
  const head = where ? `${where}: ` : '';
  return `${head}${issue.severity} ${issue.code}: ${issue.message}${issue.hint ? `\n  hint: ${issue.hint}` : ''}`;
}

export function hasErrors(issues: readonly ArchwayIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
