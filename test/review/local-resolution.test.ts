import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reviewRepository } from '../../src/index.js';
import ts from 'typescript';
import { ASK_COMPILER, createLocalResolver, type LocalResolveOptions } from '../../src/review/graph/resolve-local.js';
import { resolvesWithDefaults } from '../../src/review/graph/tsconfig-defaults.js';
import { writeRepo } from './fixtures/write-repo.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

const files = ['src/a/one.ts', 'src/a/two.tsx', 'src/a/three.js', 'src/a/five.mts', 'src/a/both.ts', 'src/a/both.d.ts', 'src/a/types.d.ts', 'src/a/users.controller.ts', 'src/b/index.ts', 'src/pkg/package.json', 'src/pkg/main.ts', 'src/lib/util/index.tsx'];
const abs = new Set(files.map((f) => `/r/${f}`));
const dirs = new Set(['/r', '/r/src', '/r/src/a', '/r/src/b', '/r/src/pkg', '/r/src/lib', '/r/src/lib/util']);

describe('local module resolution without the compiler', () => {
  const resolve = createLocalResolver({ baseUrl: '/r/src', paths: { '@lib/*': ['lib/*', 'a/*'], exact: ['a/one'] } }, abs, dirs, '/r');
  it.each([
    ['./a/one.js', '/r/src/a/one.ts'], ['./a/two.js', '/r/src/a/two.tsx'], ['./a/three', '/r/src/a/three.js'], ['./a/five.mjs', '/r/src/a/five.mts'],
    ['./a/both.js', '/r/src/a/both.ts'], ['./a/types.js', '/r/src/a/types.d.ts'], ['./a/users.controller', '/r/src/a/users.controller.ts'],
    ['./b', '/r/src/b/index.ts'], ['./b/', '/r/src/b/index.ts'], ['./lib/util', '/r/src/lib/util/index.tsx'], ['./a/missing', null],
    ['@lib/util', '/r/src/lib/util/index.tsx'], ['@lib/one', '/r/src/a/one.ts'], ['exact', '/r/src/a/one.ts'],
  ])('resolves %s the way the compiler does', (specifier, expected) => {
    expect(resolve('/r/src', specifier)).toBe(expected);
  });

  it("leaves package.json folders, the repository's own package names, # imports and rootDirs to the compiler", () => {
    expect(resolve('/r/src', './pkg')).toBe(ASK_COMPILER);
    const named = createLocalResolver({}, abs, dirs, '/r', new Set(['@acme/app']));
    expect(named('/r/src', '@acme/app')).toBe(ASK_COMPILER);
    expect(named('/r/src', '@acme/app/a/one')).toBe(ASK_COMPILER);
    expect(named('/r/src', '#internal')).toBe(ASK_COMPILER);
    expect(named('/r/src', '@acme/application')).toBeNull();
    expect(createLocalResolver({ rootDirs: ['/r/src', '/r/gen'] }, abs, dirs, '/r')('/r/src', './a/one.js')).toBe(ASK_COMPILER);
  });

  it("answers every specifier it does not leave to the compiler exactly as ts.resolveModuleName does", () => {
    const host: ts.ModuleResolutionHost = {
      fileExists: (f) => abs.has(f), directoryExists: (d) => dirs.has(d.replace(/\/$/, '')), readFile: () => undefined, realpath: (f) => f, getCurrentDirectory: () => '/r',
    };
    const variants: ts.CompilerOptions[] = [
      {}, { baseUrl: '/r/src' }, { baseUrl: '/r' }, { paths: { '@lib/*': ['src/lib/*'] }, pathsBasePath: '/r' } as ts.CompilerOptions,
      { baseUrl: '/r/src', paths: { '@lib/*': ['lib/*', 'a/*'], exact: ['a/one'], '*': ['a/*'] } },
    ];
    const specifiers = [
      'fastify', 'node:fs', '@scope/pkg', '@scope/pkg/sub.js', 'a/one', 'a/one.js', 'src/a/one', 'b', 'lib/util', 'pkg', '@lib/util', '@lib/one.js', '@lib/missing',
      'exact', 'one', 'two.js', 'three', 'missing', 'a/types', './a/one.js', '../src/b', 'src/b/index.js', 'five.mjs',
    ];
    let answered = 0;
    for (const options of variants) {
      const quick = createLocalResolver(options as LocalResolveOptions, abs, dirs, '/r');
      const full = { ...options, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, allowJs: true, resolveJsonModule: true, noEmit: true };
      for (const specifier of specifiers) {
        const mine = quick('/r/src', specifier);
        if (mine === ASK_COMPILER) continue;
        answered += 1;
        const theirs = ts.resolveModuleName(specifier, '/r/src/main.ts', full, host).resolvedModule?.resolvedFileName ?? null;
        expect({ options, specifier, resolved: mine }).toEqual({ options, specifier, resolved: theirs });
      }
    }
    expect(answered).toBeGreaterThan(80);
  });

  it('gives the same edges as the compiler for a package.json folder and a paths alias in a reviewed repository', async () => {
    const root = writeRepo({
      'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@app/*': ['src/*'] } } }),
      'src/main.ts': "import { a } from '@app/a/one.js';\nimport { m } from './pkg';\nimport { b } from './b';\n",
      'src/a/one.ts': 'export const a = 1;\n',
      'src/b/index.ts': 'export const b = 1;\n',
      'src/pkg/package.json': JSON.stringify({ name: 'pkg', main: 'main.ts' }),
      'src/pkg/main.ts': 'export const m = 1;\n',
    });
    roots.push(root);
    const review = await reviewRepository(root, { cache: false });
    expect(review.analysis.graph.edges.map((e) => `${e.from} -> ${e.to}`)).toEqual(['src/main.ts -> src/a/one.ts', 'src/main.ts -> src/b/index.ts', 'src/main.ts -> src/pkg/main.ts']);
  });

  it('reads a tsconfig without the compiler only when it and every config it extends leave resolution to the defaults', () => {
    const root = writeRepo({
      'plain/tsconfig.json': '{ // strict mode\n  "compilerOptions": { "strict": true, },\n}',
      'chain/tsconfig.json': '{ "extends": "./base" }',
      'chain/base.json': '{ "compilerOptions": { "baseUrl": "." } }',
      'pkg/tsconfig.json': '{ "extends": ["./local.json", "@tsconfig/node20/tsconfig.json"] }',
      'pkg/local.json': '{ "compilerOptions": { "strict": true } }',
      'pkg/node_modules/@tsconfig/node20/package.json': '{ "name": "@tsconfig/node20" }',
      'pkg/node_modules/@tsconfig/node20/tsconfig.json': '{ "compilerOptions": { "target": "es2022" } }',
      'mapped/tsconfig.json': '{ "extends": "@scope/config/tsconfig.json" }',
      'mapped/node_modules/@scope/config/package.json': '{ "name": "@scope/config", "exports": { "./tsconfig.json": "./base.json" } }',
      'bare/tsconfig.json': '{ "extends": "@tsconfig/strictest" }',
      'bare/node_modules/@tsconfig/strictest/package.json': '{ "name": "@tsconfig/strictest", "main": "index.js" }',
      'bare/node_modules/@tsconfig/strictest/tsconfig.json': '{ "compilerOptions": { "strict": true } }',
      'barebase/tsconfig.json': '{ "extends": "base-config" }',
      'barebase/node_modules/base-config/package.json': '{ "name": "base-config" }',
      'barebase/node_modules/base-config/tsconfig.json': '{ "compilerOptions": { "baseUrl": "src" } }',
      'missing/tsconfig.json': '{ "extends": "./nowhere.json" }',
      'broken/tsconfig.json': '{ "compilerOptions": ',
    });
    roots.push(root);
    const read = (dir: string): boolean | undefined => resolvesWithDefaults(join(root, dir, 'tsconfig.json'));
    expect([read('plain'), read('chain'), read('pkg'), read('bare'), read('barebase'), read('mapped'), read('missing'), read('broken')]).toEqual([true, false, true, true, false, undefined, undefined, undefined]);
    // The compiler reads the same base files: the package's own tsconfig.json.
    const compilerOptions = (dir: string): ts.CompilerOptions => {
      const file = join(root, dir, 'tsconfig.json');
      return ts.parseJsonConfigFileContent(ts.readConfigFile(file, ts.sys.readFile).config, ts.sys, join(root, dir), undefined, file).options;
    };
    expect(compilerOptions('bare').strict).toBe(true);
    expect(compilerOptions('barebase').baseUrl).toBe(join(root, 'barebase/node_modules/base-config/src'));
  });

  it('resolves a paths alias set in the config a tsconfig extends', async () => {
    const root = writeRepo({
      'tsconfig.json': JSON.stringify({ extends: './tsconfig.base.json', compilerOptions: { strict: true } }),
      'tsconfig.base.json': JSON.stringify({ compilerOptions: { paths: { '~/*': ['./src/*'] } } }),
      'package.json': JSON.stringify({ name: 'app' }),
      'src/main.ts': "import { a } from '~/a/one.js';\nimport { b } from 'app/src/b';\nimport express from 'express';\n",
      'src/a/one.ts': 'export const a = 1;\n',
      'src/b/index.ts': 'export const b = 1;\n',
    });
    roots.push(root);
    const review = await reviewRepository(root, { cache: false });
    expect(review.analysis.graph.edges.map((e) => `${e.from} -> ${e.to}`)).toEqual(['src/main.ts -> src/a/one.ts']);
  });
});
