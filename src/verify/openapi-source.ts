import { parse } from 'yaml';

/**
 * A package's OpenAPI document, parsed once and shared by every check that reads it (validation,
 * response fields ↔ columns, lint): a 2 MB document costs about as much to parse as to check.
 * Checks must not mutate `doc`; whoever needs to (swagger-parser dereferences in place) clones it.
 */
export interface OpenApiSource {
  readonly file: string;
  readonly text: string;
  /** The parsed document, when the text is YAML. */
  readonly doc?: unknown;
  /** Why the text is not YAML. */
  readonly error?: Error;
}

export function readOpenApiSource(file: string, text: string): OpenApiSource {
  try {
    return { file, text, doc: parse(text) as unknown };
  } catch (err) {
    return { file, text, error: err as Error };
  }
}
