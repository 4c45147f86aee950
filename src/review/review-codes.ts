import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `review/` stage. Never reuse a retired code. */
export const reviewCodes = defineCodes({
  REVIEW_PATH_NOT_FOUND: {
    severity: 'error',
    title: 'The repository path does not exist',
    hint: 'pass the folder of an existing repository, e.g. `archway review ./my-service`',
  },
  REVIEW_NOT_A_DIRECTORY: {
    severity: 'error',
    title: 'The repository path is not a folder',
    hint: 'pass the repository root folder, not a single file',
  },
  REVIEW_FILE_UNREADABLE: {
    severity: 'warning',
    title: 'A file or folder could not be read and was skipped',
    hint: 'check its permissions, or add it to .gitignore if it should not be reviewed',
  },
  REVIEW_PARSE_FAILED: {
    severity: 'warning',
    title: 'A source file has syntax errors; its imports may be incomplete',
    hint: 'fix the syntax error; the rest of the repository was reviewed',
  },
  REVIEW_CONFIG_NOT_FOUND: {
    severity: 'error',
    title: 'The check configuration file does not exist',
    hint: 'create one with `archway check --init`, or pass an existing file with --config',
  },
  REVIEW_CONFIG_INVALID: {
    severity: 'error',
    title: 'The check configuration is not valid',
    hint: 'compare it with the starter written by `archway check --init` (see docs/review.md)',
  },
  REVIEW_ARCHITECTURE_INVALID: {
    severity: 'error',
    title: 'The architecture file is not an Archway architecture model',
    hint: 'pass the architecture.json written by `archway design` (out/<name>/architecture.json)',
  },
  REVIEW_BASELINE_INVALID: {
    severity: 'error',
    title: 'The baseline file is not valid',
    hint: 'delete it and run `archway check --update-baseline` to record it again',
  },
  REVIEW_CACHE_UNWRITABLE: {
    severity: 'warning',
    title: 'The parse cache could not be written; the next run will parse every file again',
    hint: 'make the cache folder writable, or pass --cache-dir <folder>',
  },
  REVIEW_OPTION_INVALID: {
    severity: 'error',
    title: 'A command-line option is not valid',
    hint: 'run `archway review --help` or `archway check --help` for the options',
  },
  REVIEW_OUTPUT_FAILED: {
    severity: 'error',
    title: 'The report could not be written',
    hint: 'check that the output folder is writable',
  },
});
