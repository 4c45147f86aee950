import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchwayIssue } from '../../errors/issue.js';
import type { InfrastructureFact, ScannedFile, ScanResult } from '../review-types.js';
import { detectDatastores, isComposeFile } from './detect-datastores.js';
import { detectStack, type ReadText } from './detect-stack.js';
import { walkFiles } from './walk-files.js';
import { compareText } from '../compare-text.js';
import { ownValue } from '../../shared/own-value.js';

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  ts: 'TypeScript', tsx: 'TypeScript', mts: 'TypeScript', cts: 'TypeScript', js: 'JavaScript', jsx: 'JavaScript',
  mjs: 'JavaScript', cjs: 'JavaScript', py: 'Python', go: 'Go', java: 'Java', kt: 'Kotlin', cs: 'C#', rb: 'Ruby',
  rs: 'Rust', php: 'PHP', scala: 'Scala', swift: 'Swift', sql: 'SQL', sh: 'Shell',
};

/** Test files by the naming conventions of the common test runners. */
export const isTestFile = (path: string): boolean =>
  /(^|\/)(tests?|__tests__|spec)\/|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)test_[^/]+\.py$|_test\.(py|go)$|(^|\/)conftest\.py$/.test(path);

function infrastructureKind(path: string, read: (p: string) => string | undefined): InfrastructureFact['kind'] | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  // Most files are source files: only a Dockerfile or Containerfile name makes one of them infrastructure.
  if (Object.hasOwn(LANGUAGE_NAMES, name.slice(name.lastIndexOf('.') + 1)) && !name.startsWith('Dockerfile') && !name.startsWith('Containerfile')) return undefined;
  if (/^Dockerfile|\.Dockerfile$|^Containerfile/.test(name)) return 'dockerfile';
  if (isComposeFile(path)) return 'compose';
  if (name.endsWith('.tf')) return 'terraform';
  if (/^\.github\/workflows\/.+\.ya?ml$/.test(path) || /^(\.gitlab-ci\.ya?ml|Jenkinsfile|azure-pipelines\.ya?ml|bitbucket-pipelines\.ya?ml)$/.test(path) || path === '.circleci/config.yml') return 'ci';
  if (name === 'Chart.yaml') return 'helm';
  if (/^serverless\.ya?ml$/.test(name)) return 'serverless';
  if (/\.ya?ml$/.test(name)) {
    const text = read(path) ?? '';
    if (/^apiVersion:\s*\S+/m.test(text) && /^kind:\s*(Deployment|Service|StatefulSet|Ingress|CronJob|ConfigMap|DaemonSet|Job)\b/m.test(text)) return 'kubernetes';
  }
  return undefined;
}

/**
 * Scans a repository: its files (honouring .gitignore), languages, frameworks with versions,
 * datastores and brokers, infrastructure files and tests. Reads only manifests and config files.
 */
export function scanRepository(root: string, options: { readonly skip?: readonly string[] } = {}): ScanResult {
  return describeRepository(root, walkFiles(root, options.skip));
}

/** Reads a file of the repository at `root` by its relative path. */
export function readerOf(root: string): ReadText {
  return (path) => {
    try {
      return readFileSync(join(root, path), 'utf8');
    } catch {
      return undefined;
    }
  };
}

/** The scan of a repository whose files have been listed (see `walkFiles`); `read` reads only listed files. */
export function describeRepository(root: string, walked: { readonly files: readonly ScannedFile[]; readonly issues: readonly ArchwayIssue[] }, read: ReadText = readerOf(root)): ScanResult {
  const { files, issues } = walked;
  const paths = files.map((f) => f.path);
  const counts = new Map<string, number>();
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i]!;
    const ext = path.slice(path.lastIndexOf('.') + 1);
    const language = path.includes('.') ? ownValue(LANGUAGE_NAMES, ext) : undefined;
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const infrastructure: InfrastructureFact[] = [];
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i]!;
    const kind = infrastructureKind(path, read);
    if (kind) infrastructure.push({ kind, path });
  }
  return {
    root,
    files,
    languages: [...counts].map(([name, n]) => ({ name, files: n })).sort((a, b) => b.files - a.files || compareText(a.name, b.name)),
    stack: detectStack(paths, read),
    datastores: detectDatastores(paths, read),
    infrastructure,
    testFiles: paths.filter(isTestFile),
    issues,
  };
}
