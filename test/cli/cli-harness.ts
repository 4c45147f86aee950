import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/run-cli.js';

/** Runs the CLI in-process with captured output, the way bin/archway.js does. */
export async function cli(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        append(String(chunk));
        done();
      },
    });
  const code = await runCli(args, {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    cwd,
    env: {},
  });
  return { code, stdout, stderr };
}
