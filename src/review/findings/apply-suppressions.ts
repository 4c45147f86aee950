import type { AppliedSuppression, Finding, ParsedFile } from '../review-types.js';
import { compareText } from '../compare-text.js';

/**
 * Silences findings named by an `archway-ignore` comment on the same line or the line above.
 * Returns what remains and every suppression with how many findings it silenced (reported, so
 * accepted debt stays visible).
 */
export function applySuppressions(findings: readonly Finding[], parsed: readonly ParsedFile[]): { kept: Finding[]; suppressions: AppliedSuppression[] } {
  const byFile = new Map(parsed.filter((p) => p.suppressions.length).map((p) => [p.path, p.suppressions]));
  const counts = new Map<string, number>();
  const kept: Finding[] = [];
  for (const f of findings) {
    const match = byFile.get(f.file)?.find((s) => s.ruleId === f.ruleId && (s.line === f.line || s.line + 1 === f.line));
    if (match) counts.set(`${f.file}:${match.line}:${match.ruleId}`, (counts.get(`${f.file}:${match.line}:${match.ruleId}`) ?? 0) + 1);
    else kept.push(f);
  }
  const suppressions: AppliedSuppression[] = [];
  for (const [file, list] of [...byFile].sort((a, b) => compareText(a[0], b[0]))) {
    for (const s of list) suppressions.push({ ...s, file, matched: counts.get(`${file}:${s.line}:${s.ruleId}`) ?? 0 });
  }
  return { kept, suppressions };
}
