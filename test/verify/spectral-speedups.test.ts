import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseDocument, isMap, type Document as YamlDocument } from 'yaml';
import { startSpectralLint } from '../../src/verify/lint-openapi.js';
import { LOCAL_RESOLVER, speedupModules } from '../../src/verify/spectral-speedups.js';
import { verifyCodes } from '../../src/verify/verify-codes.js';
import { contractPackage, SMALL_SAAS } from './contract-package.js';

const require = createRequire(import.meta.url);
const core = require.resolve('@stoplight/spectral-core');
const fromCore = createRequire(core);
const { Spectral, Document } = fromCore('@stoplight/spectral-core');
const { Yaml } = fromCore('@stoplight/spectral-parsers');
const { oas } = fromCore('@stoplight/spectral-rulesets');
const modules = speedupModules(core)!;
const { createHttpAndFileResolver } = require(modules.refResolver);
const lib = {
  ResolveRunner: require(modules.runner).ResolveRunner,
  DepGraph: require(modules.depGraph).DepGraph,
  pathToPointer: require(modules.json).pathToPointer,
  pointerToPath: require(modules.json).pointerToPath,
};
const createLocalResolver = new Function(`${LOCAL_RESOLVER}\nreturn createLocalResolver;`)() as (stock: unknown, l: typeof lib) => { resolve: (s: unknown, o: unknown) => Promise<Resolved> };

interface Graph { nodes: Record<string, unknown>; outgoingEdges: unknown; incomingEdges: unknown; overallOrder(): string[]; getNodeData(n: string): { refMap: Record<string, string>; data: unknown } }
interface Resolved { result: unknown; refMap: Record<string, string>; errors: unknown[]; graph: Graph; runner: { root: string } }

const OPENAPI = 'contracts/openapi.yaml';
const base = Buffer.from(contractPackage(SMALL_SAAS).get(OPENAPI)!).toString('utf8');

function mutate(edit: (doc: YamlDocument, schemas: ReturnType<YamlDocument['getIn']>) => void): string {
  const doc = parseDocument(base);
  edit(doc, doc.getIn(['components', 'schemas']));
  return doc.toString();
}
const set = (map: unknown, key: string, value: unknown) => { if (isMap(map)) map.set(key, value); };

/** Documents the local resolver takes on, and documents it must hand to Spectral's resolver. */
const resolvable: Record<string, string> = {
  'designed contract': base,
  'chains, siblings, unused and invalid defaults': mutate((doc, schemas) => {
    set(schemas, 'Alias', { $ref: '#/components/schemas/Task' });
    set(schemas, 'Alias2', { $ref: '#/components/schemas/Alias', description: 'sibling' });
    set(schemas, 'Unused', { type: 'object', properties: { a: { $ref: '#/components/schemas/Alias2' }, n: { type: 'integer', default: 'x' } }, example: { a: 5 } });
    set(schemas, 'Colours', { type: 'string', enum: ['red', 'red', 3] });
    doc.delete('servers');
  }),
  'responses out of order, an encoded pointer': mutate((doc, schemas) => {
    const paths = doc.get('paths');
    if (isMap(paths)) for (const p of paths.items) if (isMap(p.value)) for (const op of p.value.items) {
      const responses = isMap(op.value) ? op.value.get('responses') : undefined;
      if (isMap(responses)) { responses.items.reverse(); responses.set('418', { description: 'x', content: { 'application/json': { schema: { type: 'integer' }, example: 'nope' } } }); }
    }
    set(schemas, 'PathRef', { $ref: '#/paths/~1v1~1boards' });
  }),
};
const handedOver: Record<string, string> = {
  'a circular schema': mutate((_doc, schemas) => set(schemas, 'Node', { type: 'object', properties: { child: { $ref: '#/components/schemas/Node' } } })),
  'a missing target': mutate((_doc, schemas) => set(schemas, 'Broken', { properties: { x: { $ref: '#/components/schemas/Nope' } } })),
  'a percent-encoded pointer': mutate((_doc, schemas) => set(schemas, 'Odd', { properties: { x: { $ref: '#/components/schemas/Task%20' } } })),
};

/** The resolved document as rules and nimma see it: values, key order, frozen objects, shared objects, parsed objects kept. */
function shape(parsed: unknown, resolved: unknown): string[] {
  const origin = new Map<object, string>();
  const index = (n: unknown, p: string) => {
    if (!n || typeof n !== 'object' || origin.has(n)) return;
    origin.set(n, p);
    for (const k of Object.keys(n)) index((n as Record<string, unknown>)[k], `${p}/${k}`);
  };
  index(parsed, '');
  const seen = new Map<object, string>();
  const lines: string[] = [];
  const walk = (n: unknown, p: string) => {
    if (!n || typeof n !== 'object') { lines.push(`${p} = ${JSON.stringify(n)}`); return; }
    lines.push(`${p} frozen=${Object.isFrozen(n)} first=${seen.get(n) ?? '-'} parsed=${origin.get(n) ?? 'copy'} keys=${Object.keys(n).join(',')}`);
    if (seen.has(n)) return;
    seen.set(n, p);
    for (const k of Object.keys(n)) walk((n as Record<string, unknown>)[k], `${p}/${k}`);
  };
  walk(resolved, '');
  return lines;
}

async function resolveBoth(text: string) {
  const [a, b] = [new Document(text, Yaml, OPENAPI), new Document(text, Yaml, OPENAPI)];
  const stock = await createHttpAndFileResolver().resolve(a.data, { baseUri: a.source }) as Resolved;
  let handed = 0;
  const spied = createHttpAndFileResolver();
  const original = spied.resolve.bind(spied);
  spied.resolve = (s: unknown, o: unknown) => { handed++; return original(s, o); };
  const local = await createLocalResolver(spied, lib).resolve(b.data, { baseUri: b.source });
  const graph = (r: Resolved) => ({ nodes: Object.keys(r.graph.nodes), out: r.graph.outgoingEdges, in: r.graph.incomingEdges, order: r.graph.overallOrder(), refMap: r.graph.getNodeData(r.runner.root).refMap });
  expect(shape(b.data, local.result)).toEqual(shape(a.data, stock.result));
  expect(shape(b.data, b.data)).toEqual(shape(a.data, a.data));
  expect(local.refMap).toEqual(stock.refMap);
  expect(graph(local)).toEqual(graph(stock));
  expect(local.graph.getNodeData(local.runner.root).data).toBe(local.result);
  expect(local.errors).toEqual(stock.errors);
  return handed;
}

describe('the local $ref resolver', () => {
  it.each(Object.keys(resolvable))('resolves %s exactly as Spectral does, itself', async (name) => {
    expect(await resolveBoth(resolvable[name]!)).toBe(0);
  });

  it.each(Object.keys(handedOver))('hands %s to Spectral\'s resolver', async (name) => {
    expect(await resolveBoth(handedOver[name]!)).toBe(1);
  });
});

describe('Spectral on the lint worker', () => {
  it('reports what stock Spectral reports, at the same places', async () => {
    const stock = new Spectral();
    stock.setRuleset({ extends: [[oas, 'recommended']] });
    for (const text of [...Object.values(resolvable), ...Object.values(handedOver)]) {
      const expected = (await stock.run(new Document(text, Yaml, OPENAPI)) as { code: string; message: string; severity: number; path: string[]; range: { start: { line: number; character: number } } }[])
        .filter((r) => r.severity <= 1)
        .map((r) => verifyCodes.issue(r.severity === 0 ? 'VERIFY_OPENAPI_LINT' : 'VERIFY_OPENAPI_LINT_WARNING', `${r.code}: ${r.message}`, { file: OPENAPI, line: r.range.start.line + 1, column: r.range.start.character + 1, path: r.path.join('.') }));
      const { issues } = await startSpectralLint(OPENAPI, text).done;
      expect(issues).toEqual(expected);
    }
  });
});
