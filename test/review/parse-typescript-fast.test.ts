import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTypeScriptFast } from '../../src/review/parse/parse-typescript-fast.js';
import { parseTypeScript } from '../../src/review/parse/parse-typescript.js';
import { cleanExpressService, plantedExpressService } from './fixtures/express-service.js';
import { routeSources } from './fixtures/route-sources.js';

const here = resolve(import.meta.dirname, '../..');
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

function sourcesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourcesUnder(path));
    else if (SOURCE.test(name) && !/\.d\.[cm]?ts$/.test(name)) out.push(path);
  }
  return out;
}

/** Reads every file both ways: where the fast reader answers, its facts must be the compiler's. */
function compare(files: readonly string[]): { answered: number; total: number } {
  let answered = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const fast = readTypeScriptFast(file, text);
    if (!fast) continue;
    answered += 1;
    expect({ file: relative(here, file), facts: fast }).toEqual({ file: relative(here, file), facts: parseTypeScript(file, text) });
  }
  return { answered, total: files.length };
}

describe('the fast TypeScript/JavaScript reader', () => {
  it("gives the compiler's facts for every file of this repository it answers for, and answers for most", () => {
    const files = ['src', 'test', 'bench', 'scripts', 'web/src'].flatMap((d) => sourcesUnder(join(here, d)));
    const { answered, total } = compare(files);
    expect(total).toBeGreaterThan(400);
    expect(answered / total).toBeGreaterThan(0.98);
  });

  it("gives the compiler's facts on third-party TypeScript and JavaScript sources", () => {
    const trees = ['node_modules/zod/src', 'node_modules/katex/src', 'node_modules/happy-dom/src/nodes'];
    for (const tree of trees) {
      const { answered, total } = compare(sourcesUnder(join(here, tree)));
      expect(total, tree).toBeGreaterThan(20);
      expect(answered, tree).toBeGreaterThan(total / 2);
    }
  });

  /** Each case with the lines of the imports it holds (counted by hand) and, where it matters, its file name. */
  const answered: Record<string, { readonly text: string; readonly lines: readonly number[]; readonly path?: string }> = {
    'imports of every form': {
      lines: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
      text: [
        "import 'side-effect';",
        "import def from './a.js';",
        "import def2, { b, c as d, } from './b.js';",
        "import * as ns from './c.js';",
        "import def3, * as ns2 from './c2.js';",
        "import type { T } from './types.js';",
        "import { type U, type V as W } from './types2.js';",
        "import { type X, y } from './mixed.js';",
        "import type Def from './def.js';",
        "import type * as TNS from './tns.js';",
        "import type, { z } from './named-type.js';",
        "import type from './default-named-type.js';",
        "import {} from './empty.js';",
        "import { default as dd } from './default.js';",
        "import json from './data.json' with { type: 'json' };",
        "import eq = require('./eq.js');",
        "import type teq = require('./teq.js');",
        "import alias = Some.Namespace;",
      ].join('\n'),
    },
    're-exports': {
      lines: [1, 2, 3, 4, 5, 6, 7],
      text: [
        "export * from './all.js';",
        "export * as spaced from './spaced.js';",
        "export type * from './types.js';",
        "export { a, b as c } from './named.js';",
        "export { type T1, type T2 } from './only-types.js';",
        'export type { T3 } from "./type-clause.js";',
        "export { default } from './default.js';",
        'export { local };',
        'export const local = 1;',
        'export type Local = { a: string };',
        'export default function f() { return 1; }',
      ].join('\n'),
    },
    'dynamic imports and what is not one': {
      lines: [4, 5, 6],
      text: [
        'type Lazy = typeof import("./typed.js");',
        'const meta = import.meta.url;',
        'async function load() {',
        "  const a = await import('./lazy.js');",
        '  const b = await import(`./template.js`);',
        "  const c = await import('./with-options.js', { with: { type: 'json' } });",
        "  const d = await import('./computed' + meta);",
        '  const e = await import(`./${meta}.js`);',
        '  return [a, b, c, d, e];',
        '}',
      ].join('\n'),
    },
    'calls and strings that are not routes or queries': {
      lines: [],
      text: [
        "const m = new Map<string, number>(); m.get('key'); m.delete('key');",
        "headers.get('authorization'); app.use(helmet());",
        "const text = 'select a colour, then press OK';",
        "const sql = 'SELECT';",
        'const t = `update ${thing}`;',
        'Array.from(list);',
        'class Loader { require(id: string) { return id; } }',
      ].join('\n'),
    },
    'line breaks the compiler counts': { lines: [4, 6], text: "// one\r\n// two\r// three\u2028import a from './a.js';\n\u2029import b from './b.js';\n" },
    'JSX': { lines: [1], path: 'src/app.tsx', text: "import React from 'react';\nexport const App = () => <div className=\"x\">{React.version}</div>;\n" },
  };

  for (const [name, { text, lines, path = 'src/file.ts' }] of Object.entries(answered)) {
    it(`reads ${name} alone, exactly as the compiler does`, () => {
      const fast = readTypeScriptFast(path, text);
      expect(fast).toBeDefined();
      expect(fast!.imports.map((i) => i.line)).toEqual(lines);
      expect(fast).toEqual(parseTypeScript(path, text));
    });
  }

  const left: Record<string, string> = {
    'a NestJS controller': "@Controller('users')\nexport class Users { @Get() list() { return []; } }\n",
    'an optional call of a route method': "app.get?.('/users', handler);\n",
    'a decorator named require': "class A { @require('x') m() {} }\n",
    'a require call with type arguments': "const fs = require<typeof import('node:fs')>('node:fs');\n",
    'a require call in a list of declarations': "const a = 1, fs = require('node:fs');\n",
    'an import inside a module declaration': "declare module 'x' { import y from 'y'; }\n",
    'an escaped specifier': "import a from './\\u0061.js';\n",
    'an escaped route path': "app.get('/a\\u0062', handler);\n",
    'a syntax error': "import { a } from './a.js';\nexport const = ;\n",
  };

  for (const [name, text] of Object.entries(left)) {
    it(`leaves ${name} to the compiler's parser`, () => {
      expect(readTypeScriptFast('src/file.ts', text)).toBeUndefined();
    });
  }

  it('leaves declaration files to the compiler', () => {
    expect(readTypeScriptFast('src/types.d.ts', "import type { A } from './a.js';\nexport declare const a: A;\n")).toBeUndefined();
    expect(readTypeScriptFast('src/types.ts', "import type { A } from './a.js';\nexport declare const a: A;\n")).toBeDefined();
  });

  it("reads routes, mounts, queries, requires and what route handlers do exactly as the compiler does", () => {
    const services = { ...routeSources, ...cleanExpressService(), ...plantedExpressService() };
    let routes = 0;
    for (const [path, text] of Object.entries(services)) {
      if (!SOURCE.test(path)) continue;
      const fast = readTypeScriptFast(path, text);
      expect(fast, path).toBeDefined();
      expect({ path, facts: fast }).toEqual({ path, facts: parseTypeScript(path, text) });
      routes += fast!.routes.length;
    }
    expect(routes).toBeGreaterThan(25);
  });

  it('finds the routes of an Express router with their lines, handlers and what each handler does', () => {
    const facts = readTypeScriptFast('src/routes/orders.ts', routeSources['src/routes/orders.ts']!)!;
    expect(facts.routes.map((r) => `${r.method} ${r.path} ${r.line} ${r.handler} data@${r.facts.dataAccessLines.join(',')} logic@${r.facts.logic?.line ?? '-'} ${r.facts.paginated ? 'paged' : ''}`)).toEqual([
      'get / 9 inline handler data@11 logic@- paged',
      'get /:id 15 inline handler data@ logic@- ',
      'post / 17 create data@21 logic@18 ',
      'put /:id 26 updateOrder data@44 logic@40 ',
      'patch /:id 27 patchOrder data@49,50 logic@- ',
      'delete /:id 28 ordersService.remove data@ logic@- paged',
      'get /search/all 29 inline handler data@ logic@30 ',
    ]);
    const legacy = readTypeScriptFast('src/legacy/server.js', routeSources['src/legacy/server.js']!)!;
    expect(legacy.imports.filter((i) => i.kind === 'require').map((i) => `${i.specifier} ${i.line} [${i.names.join(' ')}]`)).toEqual([
      'express 2 [express]', 'pg 3 [Pool]', './helpers 4 [a renamed others]', './list 5 []', './config 6 []', 'pg 7 [pg]', './lazy 9 []',
      './exports 10 []', './side-effect 11 []', './template 12 []', './inner 30 [inner]',
    ]);
    expect(legacy.routes.map((r) => r.facts.dataAccessLines)).toEqual([[19], [26]]);
  });

  it("gives the compiler's facts or leaves the file to it for forms only the tree can place", () => {
    const forms = [
      "const q = db.selectFrom('users')\ntype TenantRow = { id: string };\n",
      "const q = db.selectFrom('users').where('tenant_id', '=', t)\ntype Row = { id: string };\n",
      "if (a) db.from('orders'); else tenant();\n",
      "do db.from('orders'); while (tenant);\n",
      "export class Repo { list() { return db.from('orders').where(tenantId); } other() { return db.into('logs'); } }\n",
      "const x = a ? b : c, y = db.from('t') // tenant\n",
      "app.get('/x', (req, res) => { do { n-- } while (n); return a\n? b : c; });\n",
      "app.get('/y', (req, res) => typeof req.query.q === 'string' ? (await db.query('select 1 from t')) : [0].length ? 1 : 2);\n",
    ];
    let answered = 0;
    for (const text of forms) {
      const fast = readTypeScriptFast('src/forms.ts', text);
      if (!fast) continue;
      answered += 1;
      expect({ text, facts: fast }).toEqual({ text, facts: parseTypeScript('src/forms.ts', text) });
    }
    expect(answered).toBeGreaterThanOrEqual(forms.length / 2);
    // After a label an import or export is no module declaration to the compiler: such a file is its.
    for (const text of ["he: export * from './labelled.js';\nexport { a } from './after.js';\n", "he:\nimport { b } from './labelled.js';\n"]) {
      expect(readTypeScriptFast('src/forms.ts', text)).toBeUndefined();
    }
  });

  it("agrees with the compiler on 1,500 damaged files wherever the compiler finds no syntax error", () => {
    const base = [...sourcesUnder(join(here, 'src/review')).map((f) => readFileSync(f, 'utf8')), ...Object.values(routeSources), ...Object.values(routeSources)];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let compared = 0;
    for (let k = 0; k < 1500; k++) {
      const text = base[rand(base.length)]!;
      const at = rand(text.length);
      const cut = rand(40);
      const mutation = rand(3);
      const damaged =
        mutation === 0 ? text.slice(0, at) + text.slice(at + cut) : mutation === 1 ? text.slice(0, at) + text.slice(at, at + cut) + text.slice(at) : text.slice(0, at) + '\n' + text.slice(at);
      const fast = readTypeScriptFast('src/damaged.ts', damaged);
      const full = parseTypeScript('src/damaged.ts', damaged);
      if (!fast || full.syntaxError) continue;
      compared += 1;
      expect(fast).toEqual(full);
    }
    expect(compared).toBeGreaterThan(100);
  });
});
