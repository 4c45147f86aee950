#!/usr/bin/env node
// Thin shell: the whole CLI lives in the library (src/cli/run-cli.ts).
import { runCli } from '../dist/src/cli/run-cli.js';

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
