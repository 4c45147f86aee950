import type { Readable, Writable } from 'node:stream';

/** What a command may touch: streams, the working directory and the environment. Injected so tests need no child process. */
export interface CliIO {
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
  readonly stdin?: Readable;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A CLI command: `run` returns the exit code (0 ok, 1 findings/failed checks, 2 input errors). */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Full `--help` text: usage, options, examples. */
  readonly help: string;
  run(args: readonly string[], io: CliIO): Promise<number>;
}
