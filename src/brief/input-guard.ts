import type { ArchwayIssue } from '../errors/issue.js';
import { briefCodes } from './brief-codes.js';
import type { InputFile } from './understood-brief.js';

/** Largest input file Archway reads (the same limit draft ingestion applies). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/**
 * Refuses inputs that cannot be requirements: empty, too large (checked before any parsing, so a
 * 50 MB file is refused at once), or binary (NUL bytes or mostly control characters).
 */
export function guardInput(input: InputFile): ArchwayIssue | undefined {
  const file = input.path;
  const bytes = Buffer.byteLength(input.content, 'utf8');
  if (bytes > MAX_INPUT_BYTES) {
    return briefCodes.issue('BRIEF_INPUT_TOO_LARGE', `${file} is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`, { file });
  }
  if (input.content.trim() === '') return briefCodes.issue('BRIEF_EMPTY_INPUT', `${file} is empty`, { file });
  const sample = input.content.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if (code === 0) return briefCodes.issue('BRIEF_BINARY_INPUT', `${file} contains binary data (a NUL byte at offset ${i})`, { file });
    if ((code < 9 || (code > 13 && code < 32) || code === 0xfffd)) control += 1;
  }
  if (control > sample.length * 0.1) return briefCodes.issue('BRIEF_BINARY_INPUT', `${file} is mostly control characters or undecodable bytes`, { file });
  return undefined;
}
