import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `package/` stage. Never reuse a retired code. */
export const packageCodes = defineCodes({
  PACKAGE_OUT_NOT_EMPTY: {
    severity: 'error',
    title: 'The output folder holds files that are not an Archway package',
    hint: 'choose an empty or new folder, or pass --force to replace it',
  },
  PACKAGE_UNSAFE_PATH: {
    severity: 'error',
    title: 'A package file would be written outside the output folder',
    hint: 'this is a defect in a renderer; please report it',
  },
  PACKAGE_WRITE_FAILED: {
    severity: 'error',
    title: 'The package could not be written',
    hint: 'check that the parent folder exists and is writable and that the disk has room; nothing was changed',
  },
});
