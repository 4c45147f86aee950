import { readFileSync } from 'node:fs';
import { ArchwayError } from '../../errors/issue.js';
import { reviewCodes } from '../review-codes.js';
import type { Finding } from '../review-types.js';
import { compareText } from '../compare-text.js';

export interface Baseline {
  readonly version: 1;
  readonly findings: readonly { readonly ruleId: string; readonly file: string; readonly fingerprint: string; readonly message: string }[];
}

/** The baseline file's content for today's findings: sorted, no timestamps, stable across line moves. */
export function baselineOf(findings: readonly Finding[]): string {
  const body: Baseline = {
    version: 1,
    findings: findings
      .map((f) => ({ ruleId: f.ruleId, file: f.file, fingerprint: f.fingerprint, message: f.message }))
      .sort((a, b) => compareText(a.file, b.file) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint)),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** Reads a baseline; `undefined` when the file does not exist. */
export function readBaseline(path: string): Baseline | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(text) as Baseline;
    if (data.version !== 1 || !Array.isArray(data.findings)) throw new Error('expected { "version": 1, "findings": [...] }');
    return data;
  } catch (error) {
    throw new ArchwayError([reviewCodes.issue('REVIEW_BASELINE_INVALID', `${(error as Error).message}`, { file: path })]);
  }
}

/** Splits findings into new ones and those the baseline already records (matched by fingerprint, as a multiset). */
export function splitByBaseline(findings: readonly Finding[], baseline: Baseline | undefined): { fresh: Finding[]; known: Finding[] } {
  if (!baseline) return { fresh: [...findings], known: [] };
  const remaining = new Map<string, number>();
  for (const b of baseline.findings) remaining.set(b.fingerprint, (remaining.get(b.fingerprint) ?? 0) + 1);
  const fresh: Finding[] = [];
  const known: Finding[] = [];
  for (const f of findings) {
    const left = remaining.get(f.fingerprint) ?? 0;
    if (left > 0) {
      remaining.set(f.fingerprint, left - 1);
      known.push(f);
    } else fresh.push(f);
  }
  return { fresh, known };
}
