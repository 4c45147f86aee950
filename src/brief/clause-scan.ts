import type { SourceRef } from '../model/source.js';
import { clauses, sourceAt, type TextUnit } from './markdown-units.js';

/** A sentence-like piece of a text unit, with its offset for source lines. */
export interface Clause {
  readonly unit: TextUnit;
  readonly text: string;
  readonly start: number;
}

/** Every clause of every non-heading unit, in document order. */
export function allClauses(units: readonly TextUnit[]): Clause[] {
  return units.filter((u) => u.kind !== 'heading').flatMap((unit) => clauses(unit.text).map((c) => ({ unit, text: c.text, start: c.start })));
}

/** The source of a match at `index` inside a clause. */
export function at(clause: Clause, index = 0): SourceRef {
  return sourceAt(clause.unit, clause.start + index);
}

/** True when the words just before `index` negate what follows (`not database-per-tenant`). */
export function negated(text: string, index: number): boolean {
  return /\b(not|no|never|without|instead of|rather than)\s+(?:a\s+|an\s+|the\s+)?$/i.test(text.slice(Math.max(0, index - 20), index));
}

/** All matches of a pattern in a clause (the pattern is made global). */
export function matchesIn(text: string, pattern: RegExp): RegExpMatchArray[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return [...text.matchAll(new RegExp(pattern.source, flags))];
}
