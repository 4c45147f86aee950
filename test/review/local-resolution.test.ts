import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { reviewRepository } from '../../src/index.js';
import { ASK_COMPILER, createLocalResolver } from '../../src/review/graph/resolve-local.js';
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

  it('leaves package.json folders, unmatched bare names and rootDirs to the compiler', () => {
    expect(resolve('/r/src', './pkg')).toBe(ASK_COMPILER);
    expect(resolve('/r/src', 'fastify')).toBe(ASK_COMPILER);
    expect(resolve('/r/src', '@lib/nothing')).toBe(ASK_COMPILER);
    expect(createLocalResolver({ rootDirs: ['/r/src', '/r/gen'] }, abs, dirs, '/r')('/r/src', './a/one.js')).toBe(ASK_COMPILER);
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
});
