import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `brief/` stage. Never reuse a retired code. */
export const briefCodes = defineCodes({
  BRIEF_NO_INPUT: {
    severity: 'error',
    title: 'No input documents',
    hint: 'Pass at least one brief (YAML/JSON) or requirement document (Markdown); `archway init` writes a starter brief.',
  },
  BRIEF_EMPTY_INPUT: {
    severity: 'error',
    title: 'Input file is empty',
    hint: 'Write the requirements into the file, or leave it out of the inputs.',
  },
  BRIEF_INPUT_TOO_LARGE: {
    severity: 'error',
    title: 'Input file is larger than Archway reads',
    hint: 'Requirement documents and briefs are limited to 5 MB per file; split the document or pass only the parts that describe the system.',
  },
  BRIEF_BINARY_INPUT: {
    severity: 'error',
    title: 'Input file is not text',
    hint: 'Pass Markdown, YAML, JSON, SQL or OpenAPI text files; export documents from word processors as Markdown first.',
  },
  BRIEF_YAML_SYNTAX: {
    severity: 'error',
    title: 'Brief is not valid YAML or JSON',
    hint: 'Fix the syntax at the line and column shown (indentation, a missing colon, an unclosed quote or bracket).',
  },
  BRIEF_NOT_A_MAPPING: {
    severity: 'error',
    title: 'Brief must be a mapping of sections',
    hint: 'Start the brief with keys such as `name:`, `scale:` and `quality:`; `archway init` writes an example.',
  },
  BRIEF_UNKNOWN_KEY: {
    severity: 'error',
    title: 'Brief has a key Archway does not know',
    hint: 'Check the spelling against docs/brief-format.md or schema/brief.schema.json.',
  },
  BRIEF_INVALID_VALUE: {
    severity: 'error',
    title: 'Brief value has the wrong type or is out of range',
    hint: 'Use the type and range docs/brief-format.md gives for this key.',
  },
  BRIEF_CONTRADICTION: {
    severity: 'error',
    title: 'Two inputs state different values for the same fact',
    hint: 'Keep one value: correct the document that is out of date, or remove one of the statements.',
  },
  BRIEF_NOTHING_UNDERSTOOD: {
    severity: 'warning',
    title: 'A document gave no facts Archway could use',
    hint: 'Write requirements as headings with bullet lists (Users, Functional requirements, Data, Non-functional requirements, Constraints); see docs/brief-format.md.',
  },
  BRIEF_UNKNOWN_ANSWER: {
    severity: 'warning',
    title: 'An answer names a question Archway does not ask',
    hint: 'Use a question id printed by `archway brief` (for example `scale.peak-rps`), or remove the answer.',
  },
  BRIEF_INVALID_ANSWER: {
    severity: 'warning',
    title: 'An answer is neither an offered option nor a usable value',
    hint: 'Answer with an option key (`a`, `b`, …) or a plain value such as `250` or `99.9`.',
  },
  BRIEF_OUTPUT_EXISTS: {
    severity: 'error',
    title: 'The output file already exists',
    hint: 'Pass `--force` to overwrite it, or choose another file name.',
  },
  BRIEF_WRITE_FAILED: {
    severity: 'error',
    title: 'The output file cannot be written',
    hint: 'Check that the folder exists and is writable.',
  },
});
