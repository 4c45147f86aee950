/** Where a fact came from: a file, a 1-based line, and the text it was read from. */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  readonly text: string;
}

/** How a value in the brief came to be. */
export type Provenance =
  | { readonly kind: 'stated'; readonly source: SourceRef }
  | { readonly kind: 'assumed'; readonly reason: string }
  | { readonly kind: 'answered'; readonly questionId: string };

/** A fact that had to be assumed because the inputs did not state it. */
export interface Assumption {
  /** Dotted path into the brief, e.g. `scale.peakRequestsPerSecond`. */
  readonly path: string;
  readonly value: unknown;
  readonly reason: string;
  /** The question a user can answer to replace the assumption. */
  readonly questionId?: string;
}

/** A question Archway asks the way an architect interviews a client. */
export interface Question {
  /** Stable id, e.g. `scale.peak-rps`; answers are keyed by it in `brief.answers`. */
  readonly id: string;
  /** Brief path the answer fills. */
  readonly path: string;
  readonly question: string;
  readonly why: string;
  /** Suggested answers, e.g. `under 50`, `50–500`, `over 500`. */
  readonly options: readonly QuestionOption[];
  /** The answer found in `brief.answers`, when there is one. */
  readonly answer?: string;
}

export interface QuestionOption {
  readonly key: string;
  readonly label: string;
  /** The value written to `path` when this option is chosen. */
  readonly value: unknown;
}
