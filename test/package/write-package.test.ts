import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { ArchwayError } from '../../src/errors/issue.js';
import { writePackage } from '../../src/package/write-package.js';
import { renderPackage } from '../../src/render/render-package.js';
import { tinyModel } from '../fixtures/tiny-model.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'archway-package-'));
});

const files = renderPackage(tinyModel);

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return e instanceof ArchwayError ? e.issues[0]?.code : `unexpected: ${String(e)}`;
  }
}

describe('writePackage', () => {
  it('writes every file into the folder and leaves no temporary folder behind', async () => {
    const out = path.join(root, 'pkg');
    const written = await writePackage(files, { outDir: out });
    expect(written.files).toBe(files.length);
    expect(await readFile(path.join(out, 'docs/architecture.md'), 'utf8')).toBe(files.find((f) => f.path === 'docs/architecture.md')!.content);
    expect(await readdir(root)).toEqual(['pkg']);
  });

  it('replaces an earlier package as a whole, dropping files the new one no longer has', async () => {
    const out = path.join(root, 'pkg');
    await writePackage([...files, { path: 'docs/plans/99-old.md', content: 'old' }], { outDir: out });
    await writePackage(files, { outDir: out });
    expect(await readdir(path.join(out, 'docs/plans'))).not.toContain('99-old.md');
    expect(await readdir(root)).toEqual(['pkg']);
  });

  it('refuses to replace a folder that is not an Archway package, unless forced', async () => {
    const out = path.join(root, 'mine');
    await mkdir(out);
    await writeFile(path.join(out, 'notes.txt'), 'keep me');
    expect(await codeOf(writePackage(files, { outDir: out }))).toBe('PACKAGE_OUT_NOT_EMPTY');
    expect(await readFile(path.join(out, 'notes.txt'), 'utf8')).toBe('keep me');
    await writePackage(files, { outDir: out, force: true });
    expect(await readdir(out)).not.toContain('notes.txt');
  });

  it('writes nothing when a path would escape the folder', async () => {
    const out = path.join(root, 'pkg');
    expect(await codeOf(writePackage([...files, { path: '../evil.md', content: 'x' }], { outDir: out }))).toBe('PACKAGE_UNSAFE_PATH');
    expect(await readdir(root)).toEqual([]);
  });

  it('reports a write failure as an issue and cleans up', async () => {
    const blocker = path.join(root, 'file');
    await writeFile(blocker, 'not a folder');
    expect(await codeOf(writePackage(files, { outDir: path.join(blocker, 'pkg') }))).toBe('PACKAGE_WRITE_FAILED');
    expect(await readdir(root)).toEqual(['file']);
  });

  it('writes byte-identical ZIPs on every run, with sorted entries under one folder', async () => {
    await writePackage(files, { zipPath: path.join(root, 'a.zip') });
    await writePackage(files, { zipPath: path.join(root, 'b/a.zip') });
    const a = await readFile(path.join(root, 'a.zip'));
    const b = await readFile(path.join(root, 'b/a.zip'));
    expect(a.equals(b)).toBe(true);
    const entries = unzipSync(new Uint8Array(a));
    const names = Object.keys(entries);
    expect(names).toEqual(files.map((f) => `a/${f.path}`));
    expect(new TextDecoder().decode(entries['a/README.md'])).toBe(files.find((f) => f.path === 'README.md')!.content);
  });

  it('can put the ZIP inside the package folder', async () => {
    const out = path.join(root, 'pkg');
    await writePackage(files, { outDir: out, zipPath: path.join(out, 'pkg.zip') });
    expect(await readdir(out)).toContain('pkg.zip');
    expect(await readdir(root)).toEqual(['pkg']);
  });
});
