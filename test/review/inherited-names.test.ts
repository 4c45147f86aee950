import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reviewRepository } from '../../src/review/review-api.js';
import { parseTypeScript } from '../../src/review/parse/parse-typescript.js';
import { cli } from '../cli/cli-harness.js';

// Names that Object.prototype has (constructor, toString, __proto__, valueOf, hasOwnProperty) are
// ordinary names in a user's tree: a file extension, a package, a decorator or a command.
const INHERITED = ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'];

describe('names Object.prototype has', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  it('are not file languages, stacks or datastores in a review', async () => {
    root = mkdtempSync(join(tmpdir(), 'archway-inherited-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/app.ts'), "import { helper } from './helper.js';\nexport const app = helper();\n");
    writeFileSync(join(root, 'src/helper.ts'), 'export function helper(): number {\n  return 1;\n}\n');
    for (const name of INHERITED) writeFileSync(join(root, `src/notes.${name}`), 'plain text\n');
    const dependencies = Object.fromEntries(INHERITED.filter((n) => n !== '__proto__').map((n) => [n, '1.0.0']));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'inherited', dependencies }));

    const review = await reviewRepository(root, { cache: false });

    expect(review.analysis.graph.modules).toEqual(['src/app.ts', 'src/helper.ts']);
    expect(review.analysis.scan.languages).toEqual([{ name: 'TypeScript', files: 2 }]);
    // Dependencies no table knows are no framework, and every stack fact is named by text.
    expect(review.analysis.scan.stack.filter((s) => s.kind === 'framework')).toEqual([]);
    expect(review.analysis.scan.stack.map((s) => typeof s.name)).toEqual(review.analysis.scan.stack.map(() => 'string'));
    expect(review.analysis.scan.datastores).toEqual([]);
    expect(review.findings.filter((f) => f.file?.startsWith('src/notes.'))).toEqual([]);
  });

  it('are not NestJS route decorators', () => {
    const text = [
      "import { Controller, Get } from '@nestjs/common';",
      "@Controller('items')",
      'export class ItemsController {',
      ...INHERITED.filter((n) => n !== '__proto__').map((n) => `  @${n}('x') ${n}Method() { return 1; }`),
      "  @Get(':id') one() { return 1; }",
      '}',
    ].join('\n');
    const facts = parseTypeScript('src/items.controller.ts', text);
    expect(facts.routePrefix).toBe('/items');
    expect(facts.routes.map((r) => [r.method, r.path])).toEqual([['get', '/:id']]);
  });

  it('are unknown commands, not a crash', async () => {
    for (const name of INHERITED) {
      const run = await cli([name], tmpdir());
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`error CLI_UNKNOWN_COMMAND: unknown command '${name}'`);
    }
  });
});
