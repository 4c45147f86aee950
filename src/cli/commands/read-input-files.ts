import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArchwayIssue, InputFile } from '../../index.js';
import { cliCodes } from '../cli-codes.js';

/** Larger inputs are data, not requirements; refusing them early keeps the CLI fast and its memory flat. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

const INPUT_EXTENSIONS = new Set(['.md', '.markdown', '.yaml', '.yml', '.json', '.sql']);

/**
 * Reads the named files (a folder contributes its Markdown, YAML, JSON and SQL files, sorted) as
 * text. Problems come back as issues, one per file, so the user sees all of them at once.
 */
export async function readInputFiles(names: readonly string[], cwd: string): Promise<{ files: InputFile[]; issues: ArchwayIssue[] }> {
  const files: InputFile[] = [];
  const issues: ArchwayIssue[] = [];
  for (const name of names) {
    const full = path.resolve(cwd, name);
    const info = await stat(full).catch(() => undefined);
    if (!info) {
      issues.push(cliCodes.issue('CLI_INPUT_NOT_FOUND', `no such file or folder: ${name}`, { file: name }));
      continue;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(full)).filter((e) => INPUT_EXTENSIONS.has(path.extname(e).toLowerCase())).sort();
      if (entries.length === 0) {
        issues.push(cliCodes.issue('CLI_INPUT_NOT_FOUND', `folder ${name} holds no .md, .yaml, .yml, .json or .sql file`, { file: name }));
      }
      for (const e of entries) await readOne(path.join(name, e), path.join(full, e), files, issues);
      continue;
    }
    await readOne(name, full, files, issues);
  }
  return { files, issues };
}

async function readOne(name: string, full: string, files: InputFile[], issues: ArchwayIssue[]): Promise<void> {
  const info = await stat(full);
  if (info.size > MAX_INPUT_BYTES) {
    issues.push(
      cliCodes.issue('CLI_INPUT_TOO_LARGE', `${name} is ${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`, { file: name }),
    );
    return;
  }
  try {
    const bytes = await readFile(full);
    const content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    files.push({ path: name.split(path.sep).join('/'), content: content.replace(/^\uFEFF/, '') });
  } catch {
    issues.push(cliCodes.issue('CLI_INPUT_UNREADABLE', `${name} is not UTF-8 text`, { file: name }));
  }
}
