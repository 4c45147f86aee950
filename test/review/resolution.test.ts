import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { reviewRepository } from '../../src/index.js';
import { writeRepo, type RepoFiles } from './fixtures/write-repo.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

async function edgesOf(files: RepoFiles): Promise<string[]> {
  const root = writeRepo(files);
  roots.push(root);
  const review = await reviewRepository(root, { cache: false });
  return review.analysis.graph.edges.map((e) => `${e.from} -> ${e.to}${e.typeOnly ? ' (type)' : ''} [${e.kind}:${e.line}]`);
}

describe('TypeScript and JavaScript resolution (as the compiler resolves)', () => {
  it('follows tsconfig paths aliases with baseUrl, index files, re-exports and NodeNext .js specifiers', async () => {
    const edges = await edgesOf({
      'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: 'src', paths: { '@core/*': ['core/*'], '~/*': ['./*'] } } }),
      'src/main.ts': "import { a } from '@core/a.js';\nimport { util } from 'lib';\nimport * as feature from '~/feature';\nexport const x = [a, util, feature];\n",
      'src/core/a.ts': "export { b as a } from './b';\n",
      'src/core/b.ts': 'export const b = 1;\n',
      'src/lib/index.ts': 'export const util = 2;\n',
      'src/feature/index.tsx': "export const feature = 'f';\n",
    });
    expect(edges).toEqual([
      'src/core/a.ts -> src/core/b.ts [export:1]',
      'src/main.ts -> src/core/a.ts [import:1]',
      'src/main.ts -> src/feature/index.tsx [import:3]',
      'src/main.ts -> src/lib/index.ts [import:2]',
    ]);
  });

  it('mixes CommonJS and ESM: require, module.exports files, dynamic import(), import = require()', async () => {
    const edges = await edgesOf({
      'package.json': JSON.stringify({ name: 'mix' }),
      'lib/legacy.cjs': "const helper = require('./helper.cjs');\nmodule.exports = { helper };\n",
      'lib/helper.cjs': 'module.exports = 1;\n',
      'lib/modern.mjs': "import legacy from './legacy.cjs';\nexport default legacy;\n",
      'src/app.ts': "import modern from '../lib/modern.mjs';\nimport cfg = require('./cfg');\nexport async function load() {\n  return [modern, cfg, await import('./lazy.js')];\n}\n",
      'src/cfg.js': 'module.exports = {};\n',
      'src/lazy.ts': 'export const lazy = true;\n',
    });
    expect(edges).toEqual([
      'lib/legacy.cjs -> lib/helper.cjs [require:1]',
      'lib/modern.mjs -> lib/legacy.cjs [import:1]',
      'src/app.ts -> lib/modern.mjs [import:1]',
      'src/app.ts -> src/cfg.js [import-equals:2]',
      'src/app.ts -> src/lazy.ts [dynamic:4]',
    ]);
  });

  it('flags type-only imports and re-exports, and keeps a mixed import as a runtime edge', async () => {
    const edges = await edgesOf({
      'src/a.ts': "import type { T } from './t.js';\nimport { type U } from './u.js';\nimport { type V, v } from './v.js';\nexport type { W } from './w.js';\nexport const x: [T, U, V] | typeof v = v;\n",
      'src/t.ts': 'export type T = 1;\n',
      'src/u.ts': 'export type U = 1;\n',
      'src/v.ts': 'export type V = 1;\nexport const v = 1;\n',
      'src/w.ts': 'export type W = 1;\n',
    });
    expect(edges).toEqual([
      'src/a.ts -> src/t.ts (type) [import:1]',
      'src/a.ts -> src/u.ts (type) [import:2]',
      'src/a.ts -> src/v.ts [import:3]',
      'src/a.ts -> src/w.ts (type) [export:4]',
    ]);
  });

  it('resolves workspace packages by their package.json name and leaves npm packages external', async () => {
    const root = writeRepo({
      'package.json': JSON.stringify({ name: 'mono', workspaces: ['packages/*'] }),
      'packages/shared/package.json': JSON.stringify({ name: '@mono/shared', main: 'dist/index.js' }),
      'packages/shared/src/index.ts': 'export const shared = 1;\n',
      'packages/api/package.json': JSON.stringify({ name: '@mono/api' }),
      'packages/api/src/server.ts': "import { shared } from '@mono/shared';\nimport express from 'express';\nexport default [shared, express];\n",
    });
    roots.push(root);
    const review = await reviewRepository(root, { cache: false });
    expect(review.analysis.graph.edges.map((e) => `${e.from} -> ${e.to}`)).toEqual(['packages/api/src/server.ts -> packages/shared/src/index.ts']);
    expect(review.analysis.graph.external['packages/api/src/server.ts']).toEqual(['express']);
  });
});

describe('Python resolution', () => {
  it('resolves relative imports, packages with __init__.py and from-imports of submodules', async () => {
    const edges = await edgesOf({
      'svc/__init__.py': '',
      'svc/api/__init__.py': '',
      'svc/api/routes.py': 'from . import deps\nfrom ..core.models import User\nfrom ..core import settings, models\nimport svc.core.db as db\n',
      'svc/api/deps.py': 'X = 1\n',
      'svc/core/__init__.py': 'from .models import User\n',
      'svc/core/models.py': 'class User: ...\n',
      'svc/core/settings.py': 'DEBUG = False\n',
      'svc/core/db.py': 'import os\n',
    });
    expect(edges).toEqual([
      'svc/api/routes.py -> svc/api/deps.py [import:1]',
      'svc/api/routes.py -> svc/core/db.py [import:4]',
      'svc/api/routes.py -> svc/core/models.py [import:2]',
      'svc/api/routes.py -> svc/core/settings.py [import:3]',
      'svc/core/__init__.py -> svc/core/models.py [import:1]',
    ]);
  });

  it('resolves absolute imports from a src/ layout source root', async () => {
    const edges = await edgesOf({
      'backend/src/app/__init__.py': '',
      'backend/src/app/main.py': 'from app.services.billing import charge\nimport requests\n',
      'backend/src/app/services/__init__.py': '',
      'backend/src/app/services/billing.py': 'def charge(): ...\n',
    });
    expect(edges).toEqual(['backend/src/app/main.py -> backend/src/app/services/billing.py [import:1]']);
  });
});

describe('robustness', () => {
  it('reports a file that fails to parse with its location, and reviews the rest', async () => {
    const root = writeRepo({ 'src/bad.ts': "import { a } from './a.js';\nexport const = ;\n", 'src/a.ts': 'export const a = 1;\n', 'app/bad.py': 'def broken(:\n    pass\n' });
    roots.push(root);
    const review = await reviewRepository(root, { cache: false });
    expect(review.issues.map((i) => `${i.code} ${i.location?.file}:${i.location?.line}`)).toEqual([
      'REVIEW_PARSE_FAILED app/bad.py:1',
      'REVIEW_PARSE_FAILED src/bad.ts:2',
    ]);
    expect(review.analysis.graph.edges.map((e) => `${e.from} -> ${e.to}`)).toEqual(['src/bad.ts -> src/a.ts']);
  });

  it('rejects a missing path with a clear issue', async () => {
    await expect(reviewRepository('/definitely/not/here')).rejects.toMatchObject({ issues: [{ code: 'REVIEW_PATH_NOT_FOUND' }] });
  });
});
