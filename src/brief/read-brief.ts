import type { InputFile, UnderstoodBrief } from './understood-brief.js';

/** Reads YAML/JSON briefs, Markdown requirement documents and drafts into one understood brief. */
export async function readBrief(_inputs: readonly InputFile[]): Promise<UnderstoodBrief> {
  throw new Error('readBrief: not implemented yet');
}
