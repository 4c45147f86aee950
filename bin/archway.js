#!/usr/bin/env node
// Thin shell: the whole CLI lives in the library (src/cli/run-cli.ts).
import { runCli } from '../dist/src/cli/run-cli.js';

let stdout;
// The streams are made when a command first writes to or reads from them: a review that prints
// only to stdout never sets up stderr or stdin. A reader that stops early (`| head`) ends the run
// quietly, as it ends any Unix filter.
const code = await runCli(process.argv.slice(2), {
  get stdout() {
    if (!stdout) {
      stdout = process.stdout;
      stdout.on('error', (error) => {
        if (error.code !== 'EPIPE') throw error;
        process.exit();
      });
    }
    return stdout;
  },
  get stderr() {
    return process.stderr;
  },
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
