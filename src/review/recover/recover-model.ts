import { MODEL_SCHEMA_VERSION } from '../../model/architecture.js';
import type {
  ArchitectureModel, Component, ComponentKind, Container, Endpoint, ExternalSystem, Layer, Relation, Table,
} from '../../model/architecture.js';
import type { ModuleGraph, ParsedFile, RecoveredEndpoint, ScanResult } from '../review-types.js';
import { knownPackage } from '../scan/known-packages.js';
import { DEFAULT_LAYERS, domainOf, type LayerConvention } from './assign-layers.js';
import { compareText } from '../compare-text.js';
import { ownValue } from '../../shared/own-value.js';

const COMPONENT_KINDS: Readonly<Record<string, ComponentKind>> = {
  routes: 'router', controllers: 'controller', services: 'service', repositories: 'repository', middleware: 'middleware',
};

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';

export interface RecoverInput {
  readonly name: string;
  readonly scan: ScanResult;
  readonly parsed: readonly ParsedFile[];
  readonly graph: ModuleGraph;
  readonly layerOf: Readonly<Record<string, string>>;
  readonly endpoints: readonly RecoveredEndpoint[];
  readonly conventions?: readonly LayerConvention[];
  readonly tenantTables: readonly string[];
}

function operationOf(e: RecoveredEndpoint): Endpoint['operation'] {
  const endsWithParam = /\}$/.test(e.path);
  if (e.method === 'get') return endsWithParam ? 'read' : 'list';
  if (e.method === 'post') return endsWithParam ? 'action' : 'create';
  if (e.method === 'delete') return 'delete';
  return 'update';
}

function operationId(e: RecoveredEndpoint): string {
  const words = e.path.split('/').filter(Boolean).map((s) => s.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')));
  return [e.method, ...words].map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('') || e.method;
}

/**
 * The recovered architecture as the same model type the design pipeline builds (`origin:
 * 'recovered'`): the application container and its datastores, components per layer and domain,
 * the relations between them, endpoints, external systems, layers and the stack.
 */
export function recoverModel(input: RecoverInput): ArchitectureModel {
  const { scan, graph, layerOf, endpoints } = input;
  const conventions = input.conventions ?? DEFAULT_LAYERS;
  const appId = 'app';
  const framework = scan.stack.filter((s) => s.kind === 'framework' && ['FastAPI', 'Flask', 'Django', 'Express', 'Fastify', 'NestJS', 'Hono', 'Koa', 'Spring Boot', 'ASP.NET Core', 'Gin', 'Echo'].includes(s.name));
  const language = scan.stack.find((s) => s.kind === 'language' && s.name !== 'Node.js') ?? scan.stack.find((s) => s.kind === 'language');
  const technology = [language && `${language.name}${language.version ? ` ${language.version}` : ''}`, ...framework.map((f) => f.name)].filter(Boolean).join(' / ') || 'unknown';
  const containers: Container[] = [
    {
      kind: 'container', id: appId, name: input.name, containerKind: endpoints.length ? 'api' : 'service', technology,
      description: `Recovered from ${graph.modules.length} modules`, decisionIds: [], holdsPersonalData: false, publicFacing: endpoints.length > 0,
    },
    ...scan.datastores.map((d): Container => ({
      kind: 'container', id: slug(d.name), name: d.name, containerKind: d.kind, technology: d.name,
      description: `Found in ${d.source}`, decisionIds: [], holdsPersonalData: false, publicFacing: false,
    })),
  ];

  const componentOf = new Map<string, string>();
  const components = new Map<string, Component>();
  for (const [path, layer] of Object.entries(layerOf)) {
    const kind = ownValue(COMPONENT_KINDS, layer);
    if (!kind) continue;
    const domain = domainOf(path, conventions);
    const id = `${layer}.${domain}`;
    componentOf.set(path, id);
    if (!components.has(id)) {
      components.set(id, { kind: 'component', id, containerId: appId, name: `${domain} ${layer.replace(/ies$/, 'y').replace(/s$/, '')}`, componentKind: kind, description: path, layer, entities: [domain] });
    }
  }
  const relationKeys = new Set<string>();
  const relations: Relation[] = [];
  for (let i = 0; i < graph.edges.length; i++) {
    const e = graph.edges[i]!;
    const from = componentOf.get(e.from);
    const to = componentOf.get(e.to);
    if (!from || !to || from === to || e.typeOnly || relationKeys.has(`${from}>${to}`)) continue;
    relationKeys.add(`${from}>${to}`);
    relations.push({ kind: 'relation', from, to, description: 'calls', technology: 'in-process', style: 'sync' });
  }
  const externalSystems = new Map<string, ExternalSystem>();
  const usedPackages = new Set(Object.values(graph.external).flat());
  for (const pkg of [...usedPackages].sort()) {
    const known = knownPackage(pkg);
    if (known?.external && !externalSystems.has(slug(known.external.name))) {
      externalSystems.set(slug(known.external.name), { kind: 'external-system', id: slug(known.external.name), name: known.external.name, description: `Called through ${pkg}`, systemKind: known.external.kind });
    }
  }
  for (const c of containers.slice(1)) relations.push({ kind: 'relation', from: appId, to: c.id, description: c.containerKind === 'message-broker' ? 'publishes and consumes' : 'reads and writes', technology: c.technology, style: c.containerKind === 'message-broker' ? 'async' : 'sync' });
  for (const x of externalSystems.values()) relations.push({ kind: 'relation', from: appId, to: x.id, description: 'calls', technology: 'HTTPS', style: 'sync' });

  const tenantTables = input.tenantTables;
  const tables: Table[] = tenantTables.map((name) => ({
    kind: 'table', name, entity: name, columns: [{ name: 'tenant_id', type: 'uuid', nullable: false, unique: false, personalData: false }],
    primaryKey: [], foreignKeys: [], indexes: [], tenantOwned: true, softDelete: false, given: true,
  }));
  const versioned = endpoints.map((e) => /^(\/api)?\/v\d+/.exec(e.path)?.[0]).filter((v): v is string => v !== undefined);
  // Each layer's folders, in one pass over the modules.
  const dirsOf = new Map<string, Set<string>>();
  for (const [p, l] of Object.entries(layerOf)) (dirsOf.get(l) ?? dirsOf.set(l, new Set()).get(l)!).add(`${p.slice(0, p.lastIndexOf('/') + 1)}**`);
  const layers: Layer[] = conventions.filter((c) => dirsOf.has(c.id)).map((c) => {
    const dirs = [...dirsOf.get(c.id)!].sort();
    return { id: c.id, name: c.id, patterns: dirs, mayDependOn: c.mayDependOn.filter((d) => dirsOf.has(d)), decisionId: 'architecture-style' };
  });
  return {
    kind: 'architecture-model',
    schemaVersion: MODEL_SCHEMA_VERSION,
    origin: 'recovered',
    system: { id: slug(input.name), name: input.name, summary: `Recovered from ${scan.files.length} files (${scan.languages.map((l) => l.name).join(', ') || 'no source'})` },
    people: [],
    externalSystems: [...externalSystems.values()],
    containers,
    components: [...components.values()].sort((a, b) => compareText(a.id, b.id)),
    relations: relations.sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to)),
    deployment: [],
    decisions: [],
    capacity: { figures: [] },
    dataModel: { tenancy: tables.length ? 'row-level' : 'none', tables },
    api: {
      style: 'rest',
      versionPrefix: versioned.length > endpoints.length / 2 ? mostCommon(versioned) : '',
      securitySchemes: [],
      endpoints: endpoints.map((e): Endpoint => ({
        kind: 'endpoint', id: operationId(e), method: e.method, path: e.path, summary: `${e.handler} (${e.file}:${e.line})`,
        operation: operationOf(e), requirementIds: [], containerId: appId, given: true,
      })),
    },
    layers,
    stack: scan.stack.filter((s) => s.kind !== 'tool').map((s) => ({ area: s.kind, name: s.name, minVersion: s.version, catalogId: slug(s.name) })),
    slos: [],
    threats: [],
    traceability: [],
    plan: [],
    assumptions: [],
    questions: [],
  };
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]![0];
}
