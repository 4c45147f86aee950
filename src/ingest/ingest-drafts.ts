import type { Drafts, Entity } from '../brief/brief-schema.js';
import type { InputFile } from '../brief/understood-brief.js';
import type { ArchwayIssue } from '../errors/issue.js';

export interface IngestedDrafts {
  readonly drafts: Drafts;
  /** Entities derived from draft tables (marked `given`); they take precedence over entities named in prose. */
  readonly entities: readonly Entity[];
  readonly issues: readonly ArchwayIssue[];
}

/**
 * Reads existing contracts the user already has: SQL DDL (`.sql` files or fenced `sql` blocks in
 * Markdown) and OpenAPI 3.0/3.1 documents (files or fenced `yaml`/`json` blocks that declare `openapi`).
 */
export async function ingestDrafts(_inputs: readonly InputFile[]): Promise<IngestedDrafts> {
  return { drafts: { tables: [], operations: [], schemas: {} }, entities: [], issues: [] };
}
