import type { ArchwayIssue, IssueLocation, Severity } from './issue.js';

export interface CodeSpec {
  readonly severity: Severity;
  /** What went wrong, in general terms (the issue's message adds the specifics). */
  readonly title: string;
  /** How to solve it. */
  readonly hint: string;
}

/**
 * Declares a stage's user-facing codes once (style rule 10). Returns the specs unchanged plus a
 * typed `issue()` helper so a code cannot be misspelled.
 */
export function defineCodes<const T extends Record<string, CodeSpec>>(specs: T) {
  function issue(code: keyof T & string, message: string, location?: IssueLocation, hint?: string): ArchwayIssue {
    const spec = specs[code]!;
    return {
      code,
      severity: spec.severity,
      message,
      hint: hint ?? spec.hint,
      ...(location ? { location } : {}),
    };
  }
  return { specs, issue };
}
