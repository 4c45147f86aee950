import { createRequire } from 'node:module';

// Two changes to how Spectral runs on the lint worker, neither of which changes a result (each is
// checked against stock Spectral in test/verify/lint-openapi.test.ts):
//
// 1. $ref resolution. Spectral resolves with @stoplight/json-ref-resolver, which builds immer drafts
//    and dependency graphs with array scans: about 1.2 s of CPU for a 2 MB document with 7,600
//    local $refs. LOCAL_RESOLVER builds the very same answer directly — the resolved document with
//    the same copies, shared objects, key order and frozen objects (rules and nimma's traversal see
//    no difference), the same refMap and the same dependency graph — for documents whose $refs are
//    all plain local pointers to values that exist, without cycles. Anything else (remote or odd
//    refs, missing targets, cycles, refs to a parent) goes to Spectral's own resolver.
// 2. Schema compilation. The example rules copy each schema before validating an example or
//    default against it, so Ajv compiles one validator per parameter and property even when
//    hundreds are alike (about 0.5 s for the same document). AJV_MEMO keeps, per Ajv instance,
//    the validator of each schema text: a schema made only of JSON values and without an id or
//    anchor compiles to the same validator whatever object holds it.
//
// 3. JSONPath traversal. spectral-core loads `nimma/legacy`, nimma compiled down with Babel's
//    helpers for private fields, which cost about a third of the traversal; the worker has it load
//    the package's untranspiled build of the same version instead (`nimma`).
//
// All are plain CommonJS source evaluated in the worker (see lint-openapi.ts).

/** `createLocalResolver(stock, lib)`: a resolver with the stock one's interface (resolve, uriCache). */
export const LOCAL_RESOLVER = String.raw`
function createLocalResolver(stock, lib) {
  const { ResolveRunner, DepGraph, pathToPointer, pointerToPath } = lib;
  const SIMPLE = new RegExp('^#(/[A-Za-z0-9_.~-]+)+$');
  const SEP = String.fromCharCode(0);
  const own = Object.prototype.hasOwnProperty;
  const objectSource = Function.toString.call(Object);
  // immer's notion of what it drafts, copies and freezes.
  const isPlain = (v) => {
    if (!v || typeof v !== 'object') return false;
    const proto = Object.getPrototypeOf(v);
    if (proto === null) return true;
    const Ctor = own.call(proto, 'constructor') && proto.constructor;
    return Ctor === Object || (typeof Ctor === 'function' && Function.toString.call(Ctor) === objectSource);
  };
  const draftable = (v) => Array.isArray(v) || isPlain(v);
  // immer's shallowCopy: the copy of a container that a resolved $ref changes.
  const shallowCopy = (base) => {
    if (Array.isArray(base)) return Array.prototype.slice.call(base);
    const descriptors = Object.getOwnPropertyDescriptors(base);
    for (const key of Reflect.ownKeys(descriptors)) {
      const desc = descriptors[key];
      if (desc.writable === false) { desc.writable = true; desc.configurable = true; }
      if (desc.get || desc.set) descriptors[key] = { configurable: true, writable: true, enumerable: desc.enumerable, value: base[key] };
    }
    return Object.create(Object.getPrototypeOf(base), descriptors);
  };
  const freeze = (value) => {
    if (!draftable(value) || Object.isFrozen(value)) return;
    Object.freeze(value);
    for (const key of Object.keys(value)) freeze(value[key]);
  };
  const isRef = (v) => Boolean(v) && typeof v === 'object' && typeof v.$ref === 'string';

  // The $refs in the order the stock crawler meets them, and the containers above them.
  function plan(source) {
    if (!source || typeof source !== 'object' || isRef(source)) return undefined;
    const refs = [];
    const above = new Set();
    const walk = (node, path, key) => {
      for (const k of Object.keys(node)) {
        if (k === 'hasOwnProperty') throw new Error('the stock crawler calls hasOwnProperty');
        const value = node[k];
        const childKey = key + SEP + k;
        path.push(k);
        if (isRef(value)) {
          refs.push({ path: path.slice(), key: childKey, ref: value.$ref });
          for (let i = 0, at = key; i < path.length; i++, at = at.slice(0, at.lastIndexOf(SEP))) above.add(at);
        } else if (typeof value === 'object' && value !== null) walk(value, path, childKey);
        path.pop();
      }
    };
    walk(source, [], '');
    for (const r of refs) {
      if (!SIMPLE.test(r.ref) || r.path.some((p) => p.includes('%'))) return undefined;
      const targetPath = pointerToPath(r.ref);
      if (targetPath.every((p, i) => r.path[i] === p)) return undefined;
      let node = source;
      for (const p of targetPath) {
        if (!node || typeof node !== 'object' || isRef(node) || !own.call(node, p)) return undefined;
        node = node[p];
      }
      if (node === undefined) return undefined;
      r.targetPath = targetPath;
      r.targetKey = targetPath.map((p) => SEP + p).join('');
    }
    return { refs, above };
  }

  // The resolved document: each $ref replaced by its resolved target, shared wherever it is used;
  // containers above a $ref copied; everything else the parsed objects themselves.
  function dereference(source, { refs, above }) {
    const refAt = new Map(refs.map((r) => [r.key, r]));
    const done = new Map();
    const active = new Set();
    const target = (r) => {
      if (active.has(r)) throw new Error('circular $ref');
      active.add(r);
      let node = source;
      for (const p of r.targetPath) node = node[p];
      const value = at(r.targetKey, node);
      active.delete(r);
      return value;
    };
    const at = (key, node) => {
      const r = refAt.get(key);
      if (r) return target(r);
      if (!above.has(key)) return node;
      if (done.has(key)) return done.get(key);
      if (active.has(key)) throw new Error('circular $ref');
      active.add(key);
      const copy = shallowCopy(node);
      for (const k of Object.keys(node)) {
        const childKey = key + SEP + k;
        if (refAt.has(childKey) || above.has(childKey)) copy[k] = at(childKey, node[k]);
      }
      active.delete(key);
      done.set(key, copy);
      return copy;
    };
    return at('', source);
  }

  async function resolve(source, opts = {}) {
    let found;
    let result;
    try {
      found = plan(source);
      if (found) result = dereference(source, found);
    } catch {
      found = undefined;
    }
    if (!found) return stock.resolve(source, opts);
    const graph = new DepGraph({ circular: true });
    const runner = new ResolveRunner(source, graph, Object.assign({
      uriCache: stock.uriCache, resolvers: stock.resolvers, getRef: stock.getRef, transformRef: stock.transformRef,
      dereferenceInline: stock.dereferenceInline, dereferenceRemote: stock.dereferenceRemote,
      parseResolveResult: stock.parseResolveResult, transformDereferenceResult: stock.transformDereferenceResult,
    }, opts, { ctx: Object.assign({}, stock.ctx || {}, opts.ctx || {}) }));
    const base = runner.baseUri.toString();
    if (!base) return stock.resolve(source, opts);
    const added = new Set();
    for (const r of found.refs) {
      const node = base + r.ref;
      if (added.has(node)) continue;
      added.add(node);
      if (!graph.hasNode(node)) graph.addNode(node, { refMap: {} });
      if (runner.root !== node) graph.addDependency(runner.root, node);
    }
    const refMap = {};
    for (const r of found.refs) refMap[pathToPointer(r.path)] = pathToPointer(r.targetPath);
    freeze(result);
    const rootData = graph.getNodeData(runner.root);
    rootData.refMap = Object.assign(rootData.refMap || {}, refMap);
    rootData.data = result;
    graph.setNodeData(runner.root, rootData);
    return { result, graph, refMap, errors: [], runner };
  }
  return { uriCache: stock.uriCache, resolve };
}
`;

/** `memoiseAjvCompile(ajvClasses)`: patches each class's compile (on the lint worker only). */
export const AJV_MEMO = String.raw`
function memoiseAjvCompile(classes) {
  const own = Object.prototype.hasOwnProperty;
  const IDS = new Set(['$id', 'id', '$anchor', '$dynamicAnchor', '$recursiveAnchor']);
  // The schema's JSON text when it is made only of JSON values and names no id or anchor.
  const textOf = (schema) => {
    const seen = new Set();
    const plain = (v) => {
      if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
      if (typeof v === 'number') return Number.isFinite(v);
      if (typeof v !== 'object' || seen.has(v)) return false;
      seen.add(v);
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (!(i in v) || !plain(v[i])) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const k of Object.keys(v)) if (IDS.has(k) || !plain(v[k])) return false;
      return true;
    };
    return plain(schema) ? JSON.stringify(schema) : undefined;
  };
  const patched = new Set();
  for (const C of classes) {
    let proto = C && C.prototype;
    while (proto && !own.call(proto, 'compile')) proto = Object.getPrototypeOf(proto);
    if (!proto || patched.has(proto)) continue;
    patched.add(proto);
    const compile = proto.compile;
    const compiled = new WeakMap();
    proto.compile = function (schema, meta) {
      const text = meta === undefined && schema !== null && typeof schema === 'object' ? textOf(schema) : undefined;
      if (text === undefined) return compile.call(this, schema, meta);
      let byText = compiled.get(this);
      if (!byText) compiled.set(this, (byText = new Map()));
      let validate = byText.get(text);
      if (!validate) {
        validate = compile.call(this, schema, meta);
        byText.set(text, validate);
      }
      return validate;
    };
  }
}
`;

/** `useModernNimma(nimma)`: before spectral-core loads, makes `nimma/legacy` the untranspiled build. */
export const MODERN_NIMMA = String.raw`
function useModernNimma(nimma) {
  if (!nimma || nimma.legacy === nimma.modern || require.cache[nimma.legacy]) return;
  require(nimma.modern);
  require.cache[nimma.legacy] = require.cache[nimma.modern];
}
`;

/** Where the worker finds Spectral's resolver parts, Ajv and nimma; undefined when the layout is not the expected one. */
export interface SpeedupModules {
  readonly nimma: { readonly legacy: string; readonly modern: string };
  readonly refResolver: string;
  readonly runner: string;
  readonly depGraph: string;
  readonly json: string;
  readonly ajv: readonly string[];
}

export function speedupModules(core: string): SpeedupModules | undefined {
  try {
    const fromCore = createRequire(core);
    const refResolver = fromCore.resolve('@stoplight/spectral-ref-resolver');
    const fromRefResolver = createRequire(refResolver);
    const fromFunctions = createRequire(fromCore.resolve('@stoplight/spectral-functions'));
    return {
      nimma: { legacy: fromCore.resolve('nimma/legacy'), modern: fromCore.resolve('nimma') },
      refResolver,
      runner: createRequire(fromRefResolver.resolve('@stoplight/json-ref-resolver')).resolve('@stoplight/json-ref-resolver/runner'),
      depGraph: fromRefResolver.resolve('dependency-graph'),
      json: fromCore.resolve('@stoplight/json'),
      ajv: ['ajv', 'ajv/dist/2019', 'ajv/dist/2020', 'ajv-draft-04'].map((m) => fromFunctions.resolve(m)),
    };
  } catch {
    return undefined;
  }
}
