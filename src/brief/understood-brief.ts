import type { ArchwayIssue } from '../errors/issue.js';
import type { Assumption, Provenance, Question } from '../model/source.js';
import type { Brief } from './brief-schema.js';

/** One input document: a path (as the user named it) and its text. */
export interface InputFile {
  readonly path: string;
  readonly content: string;
}

/**
 * What the brief stage understood: the validated brief, where each fact came from (keyed by brief
 * path, e.g. `scale.concurrentUsers`, `requirements.FR-4`, `decisions.primary-database`), every
 * assumption it made, the questions left for the user, and any problems (warnings do not stop design).
 */
export interface UnderstoodBrief {
  readonly brief: Brief;
  readonly provenance: Readonly<Record<string, Provenance>>;
  readonly assumptions: readonly Assumption[];
  readonly questions: readonly Question[];
  readonly issues: readonly ArchwayIssue[];
}
