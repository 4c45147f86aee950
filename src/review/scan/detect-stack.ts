import type { StackFact } from '../review-types.js';
import { knownPackage } from './known-packages.js';
import { compareText } from '../compare-text.js';

/** A listed file's text, or undefined when it cannot be read. */
export type ReadText = (path: string) => string | undefined;

const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
const cleanVersion = (v: string): string => v.replace(/^[\^~>=<! ]+/, '').split(/[ ,;]/)[0] ?? '';

function fromPackageJson(path: string, text: string, lock: Readonly<Record<string, string>>): StackFact[] {
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return [];
  }
  const facts: StackFact[] = [];
  const deps = { ...(pkg.devDependencies as object), ...(pkg.dependencies as object) } as Record<string, string>;
  for (const [name, range] of Object.entries(deps)) {
    const known = knownPackage(name);
    if (!known?.stack) continue;
    const version = lock[name] ?? cleanVersion(String(range));
    facts.push({ kind: name === 'typescript' ? 'language' : known.stack, name: known.name, version, source: path });
  }
  const engines = pkg.engines as Record<string, string> | undefined;
  facts.push({ kind: 'language', name: 'Node.js', version: engines?.node ? cleanVersion(engines.node) : '', source: path });
  return facts;
}

function lockVersions(text: string | undefined): Record<string, string> {
  if (!text) return {};
  try {
    const lock = JSON.parse(text) as { packages?: Record<string, { version?: string }> };
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(lock.packages ?? {})) {
      const at = key.lastIndexOf('node_modules/');
      if (at >= 0 && value.version && key.indexOf('node_modules/', 0) === at) out[key.slice(at + 13)] = value.version;
    }
    return out;
  } catch {
    return {};
  }
}

/** `name==1.2`, `name>=1.2`, `"name>=1.2"`, `name = "^1.2"` lines of requirements files and pyproject.toml. */
function fromPythonDeps(path: string, text: string): StackFact[] {
  const facts: StackFact[] = [];
  const python = /requires-python\s*=\s*"([^"]+)"|^python\s*=\s*"([^"]+)"/m.exec(text);
  facts.push({ kind: 'language', name: 'Python', version: python ? cleanVersion(python[1] ?? python[2] ?? '') : '', source: path });
  for (const match of text.matchAll(/^\s*"?([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?\s*(?:(?:==|>=|~=|\^|=)\s*"?([0-9][^",\s;]*))?/gm)) {
    const name = match[1]!.toLowerCase();
    const known = knownPackage(name);
    if (known?.stack) facts.push({ kind: known.stack, name: known.name, version: cleanVersion(match[2] ?? ''), source: path });
  }
  return facts;
}

function fromGoMod(path: string, text: string): StackFact[] {
  const go = /^go\s+(\S+)/m.exec(text);
  const facts: StackFact[] = [{ kind: 'language', name: 'Go', version: go?.[1] ?? '', source: path }];
  for (const m of text.matchAll(/^\s*(?:require\s+)?(\S+)\s+v(\S+)/gm)) {
    const known = knownPackage(m[1]!);
    if (known?.stack) facts.push({ kind: known.stack, name: known.name, version: m[2]!, source: path });
  }
  return facts;
}

function fromPom(path: string, text: string): StackFact[] {
  const java = /<java\.version>([^<]+)<|<maven\.compiler\.source>([^<]+)</.exec(text);
  const facts: StackFact[] = [{ kind: 'language', name: 'Java', version: java?.[1] ?? java?.[2] ?? '', source: path }];
  const parent = /<parent>[\s\S]*?<version>([^<]+)<\/version>[\s\S]*?<\/parent>/.exec(text);
  for (const m of text.matchAll(/<artifactId>([^<]+)<\/artifactId>/g)) {
    const known = knownPackage(m[1]!);
    if (known?.stack) facts.push({ kind: known.stack, name: known.name, version: parent?.[1] ?? '', source: path });
  }
  return facts;
}

function fromCsproj(path: string, text: string): StackFact[] {
  const target = /<TargetFrameworks?>([^<;]+)/.exec(text);
  const facts: StackFact[] = [{ kind: 'language', name: 'C#', version: target?.[1] ?? '', source: path }];
  for (const m of text.matchAll(/<(?:PackageReference|FrameworkReference) Include="([^"]+)"(?: Version="([^"]+)")?/g)) {
    const known = knownPackage(m[1]!);
    if (known?.stack) facts.push({ kind: known.stack, name: known.name, version: m[2] ?? '', source: path });
  }
  return facts;
}

/** Languages, frameworks and their versions, from every manifest in the repository. Sorted, one fact per name. */
export function detectStack(paths: readonly string[], read: ReadText): StackFact[] {
  const facts: StackFact[] = [];
  const pathSet = new Set(paths);
  for (const path of paths) {
    const name = base(path);
    const dir = path.slice(0, path.length - name.length);
    const text = (): string => read(path) ?? '';
    if (name === 'package.json') facts.push(...fromPackageJson(path, text(), lockVersions(pathSet.has(`${dir}package-lock.json`) ? read(`${dir}package-lock.json`) : undefined)));
    else if (name === 'pyproject.toml' || /^requirements[\w.-]*\.txt$/.test(name) || name === 'Pipfile') facts.push(...fromPythonDeps(path, text()));
    else if (name === 'go.mod') facts.push(...fromGoMod(path, text()));
    else if (name === 'pom.xml') facts.push(...fromPom(path, text()));
    else if (name.endsWith('.csproj')) facts.push(...fromCsproj(path, text()));
    else if (name === 'tsconfig.json') facts.push({ kind: 'tool', name: 'tsconfig', version: '', source: path });
    else if (name === 'pnpm-lock.yaml' || name === 'yarn.lock' || name === 'package-lock.json' || name === 'poetry.lock' || name === 'uv.lock')
      facts.push({ kind: 'tool', name: name.replace(/[.-]lock.*|\.lock$/, ''), version: '', source: path });
  }
  const best = new Map<string, StackFact>();
  for (const fact of facts) {
    const key = `${fact.kind}:${fact.name}`;
    const prior = best.get(key);
    if (!prior || (!prior.version && fact.version)) best.set(key, fact);
  }
  return [...best.values()].sort((a, b) => compareText(a.kind, b.kind) || compareText(a.name, b.name));
}
