import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `cli/` stage. Never reuse a retired code. */
export const cliCodes = defineCodes({
  CLI_USAGE: {
    severity: 'error',
    title: 'The command line is not valid',
    hint: 'run the command with --help for its options and examples',
  },
  CLI_INPUT_NOT_FOUND: {
    severity: 'error',
    title: 'An input file does not exist',
    hint: 'check the path; relative paths are read from the current folder',
  },
  CLI_INPUT_TOO_LARGE: {
    severity: 'error',
    title: 'An input file is larger than Archway reads',
    hint: 'requirement documents and briefs are text of a few hundred kilobytes; pass the documents, not data exports',
  },
  CLI_INPUT_UNREADABLE: {
    severity: 'error',
    title: 'An input file could not be read as UTF-8 text',
    hint: 'pass Markdown, YAML, JSON or SQL text files',
  },
});
