import type { ArchwayIssue } from '../errors/issue.js';
import type { Assumption, Provenance, Question, SourceRef } from '../model/source.js';
import { briefCodes } from './brief-codes.js';
import { FACT_SPECS, type FactSpec } from './brief-questions.js';
import { briefSchema, type Brief } from './brief-schema.js';
import { setPath } from './fact-set.js';
import { closest } from './unknown-keys.js';

export interface ResolvedFacts {
  readonly brief: Brief;
  readonly provenance: Record<string, Provenance>;
  readonly assumptions: Assumption[];
  readonly questions: Question[];
  readonly issues: ArchwayIssue[];
}

function questionOf(spec: FactSpec, answer?: string): Question {
  return {
    id: spec.id,
    path: spec.path,
    question: spec.question ?? '',
    why: spec.why,
    options: spec.options,
    ...(answer !== undefined ? { answer } : {}),
  };
}

function answerValue(spec: FactSpec, answer: string): unknown {
  const a = answer.trim();
  const option = spec.options.find((o) => o.key.toLowerCase() === a.toLowerCase() || o.label.toLowerCase() === a.toLowerCase() || String(o.value) === a);
  if (option) return option.value;
  return spec.parse?.(a);
}

/**
 * Fills every fact that matters but is missing: with the user's answer when `brief.answers` has one
 * (provenance `answered`), otherwise with a sensible assumption and its reason (provenance `assumed`),
 * asking the question that would replace it.
 */
export function resolveFacts(input: Brief, stated: ReadonlyMap<string, SourceRef>): ResolvedFacts {
  const brief = structuredClone(input) as Brief;
  const provenance: Record<string, Provenance> = {};
  for (const [path, source] of [...stated.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) provenance[path] = { kind: 'stated', source };
  const assumptions: Assumption[] = [];
  const questions: Question[] = [];
  const issues: ArchwayIssue[] = [];
  const asked = new Set(FACT_SPECS.filter((s) => s.question).map((s) => s.id));
  for (const id of Object.keys(brief.answers).sort()) {
    if (!asked.has(id)) {
      const near = [...asked].find((q) => q.startsWith(id) || id.startsWith(q)) ?? closest(id, [...asked]);
      issues.push(briefCodes.issue('BRIEF_UNKNOWN_ANSWER', `answers.${id} answers no question`, { path: `answers.${id}` }, near ? `did you mean \`${near}\`?` : undefined));
    }
  }
  for (const spec of FACT_SPECS) {
    if (stated.has(spec.path) || (spec.id === 'constraints.budget' && stated.has('constraints.budgetLevel'))) continue;
    if (!spec.missing(brief)) continue;
    const answer = brief.answers[spec.id];
    if (answer !== undefined && spec.question) {
      const value = answerValue(spec, answer);
      if (value !== undefined) {
        setPath(brief as unknown as Record<string, unknown>, spec.path, value);
        provenance[spec.path] = { kind: 'answered', questionId: spec.id };
        questions.push(questionOf(spec, answer));
        continue;
      }
      issues.push(briefCodes.issue('BRIEF_INVALID_ANSWER', `answers.${spec.id} is ${JSON.stringify(answer)}; expected ${spec.options.map((o) => `${o.key} (${o.label})`).join(', ')} or a value`, { path: `answers.${spec.id}` }));
    }
    const assumed = spec.assume(brief);
    if (!assumed) continue;
    const path = assumed.path ?? spec.path;
    setPath(brief as unknown as Record<string, unknown>, path, assumed.value);
    provenance[path] = { kind: 'assumed', reason: assumed.reason };
    assumptions.push({ path, value: assumed.value, reason: assumed.reason, ...(spec.question ? { questionId: spec.id } : {}) });
    if (spec.question) questions.push(questionOf(spec));
  }
  const checked = briefSchema.safeParse(brief);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const path = issue.path.map(String).join('.');
      issues.push(briefCodes.issue('BRIEF_INVALID_VALUE', `${path}: ${issue.message}`, { path }, 'Check the answer given for this fact.'));
    }
    return { brief: input, provenance, assumptions, questions, issues };
  }
  return { brief: checked.data, provenance, assumptions, questions, issues };
}
