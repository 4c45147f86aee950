import { createHash } from 'node:crypto';
import type { ArchwayIssue } from '../errors/issue.js';
import type { ArchitectureModel } from '../model/architecture.js';
import { textOf, type PackageFiles } from './package-files.js';
import { verifyCodes } from './verify-codes.js';

/** Every file listed in manifest.json exists with the listed SHA-256; every file is listed. */
export function checkManifest(files: PackageFiles): ArchwayIssue[] {
  const text = textOf(files, 'manifest.json');
  if (text === undefined) return [];
  let entries: { path: string; sha256: string }[];
  try {
    entries = (JSON.parse(text) as { files: { path: string; sha256: string }[] }).files;
  } catch {
    return [verifyCodes.issue('VERIFY_MANIFEST_HASH', 'manifest.json is not valid JSON', { file: 'manifest.json' })];
  }
  const issues: ArchwayIssue[] = [];
  const listed = new Set<string>();
  for (const [i, entry] of entries.entries()) {
    listed.add(entry.path);
    const bytes = files.get(entry.path);
    if (!bytes) issues.push(verifyCodes.issue('VERIFY_MANIFEST_HASH', `${entry.path} is listed but missing`, { file: 'manifest.json', path: `files.${i}` }));
    else if (createHash('sha256').update(bytes).digest('hex') !== entry.sha256) {
      issues.push(verifyCodes.issue('VERIFY_MANIFEST_HASH', `${entry.path} does not match its SHA-256 in the manifest`, { file: entry.path, path: `files.${i}` }));
    }
  }
  for (const path of [...files.keys()].sort()) {
    if (path !== 'manifest.json' && !listed.has(path)) issues.push(verifyCodes.issue('VERIFY_MANIFEST_HASH', `${path} is not listed in the manifest`, { file: path }));
  }
  return issues;
}

/** docs/adr/README.md links exactly the ADR files of docs/adr/. */
export function checkAdrIndex(files: PackageFiles): ArchwayIssue[] {
  const index = textOf(files, 'docs/adr/README.md');
  const adrFiles = [...files.keys()].filter((p) => /^docs\/adr\/ADR-[^/]+\.md$/.test(p)).map((p) => p.slice('docs/adr/'.length));
  if (index === undefined) {
    return adrFiles.length > 0 ? [verifyCodes.issue('VERIFY_ADR_INDEX', 'docs/adr/ has ADR files but no README.md index', { file: 'docs/adr/README.md' })] : [];
  }
  const linked = new Map<string, number>();
  index.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\]\((?:\.\/)?(ADR-[^)\s]+\.md)\)/g)) if (!linked.has(m[1]!)) linked.set(m[1]!, i + 1);
  });
  const issues: ArchwayIssue[] = [];
  for (const [name, line] of linked) {
    if (!adrFiles.includes(name)) issues.push(verifyCodes.issue('VERIFY_ADR_INDEX', `the index links ${name}, which does not exist`, { file: 'docs/adr/README.md', line }));
  }
  for (const name of adrFiles.sort()) {
    if (!linked.has(name)) issues.push(verifyCodes.issue('VERIFY_ADR_INDEX', `docs/adr/${name} is not in the index`, { file: 'docs/adr/README.md' }));
  }
  return issues;
}

const NON_CONTAINER = /\[(Person|External System|Software System)\]/;

/** Every container drawn in the container diagram of docs/architecture.md exists in the model. */
export function checkDiagrams(files: PackageFiles, model: ArchitectureModel): ArchwayIssue[] {
  const doc = textOf(files, 'docs/architecture.md');
  if (doc === undefined) return [];
  const names = new Set(model.containers.map((c) => c.name));
  const lines = doc.split('\n');
  const issues: ArchwayIssue[] = [];
  let inContainerSection = false;
  let inBlock = false;
  for (const [i, line] of lines.entries()) {
    if (/^#{1,6} /.test(line)) inContainerSection = /container diagram/i.test(line);
    if (line.startsWith('```')) { inBlock = line.startsWith('```mermaid') && inContainerSection; continue; }
    if (!inBlock) continue;
    const node = /^\s*n_[A-Za-z0-9_]+\s*(?:\[\(|\(\(|\[|\()"([^"]*)"/.exec(line);
    if (!node || /^\s*subgraph/.test(line)) continue;
    const label = node[1]!;
    if (NON_CONTAINER.test(label) || !label.includes('<br/>')) continue;
    const name = label.split('<br/>')[0]!.replace(/#quot;/g, '"').replace(/#amp;/g, '&').replace(/#lt;/g, '<').replace(/#gt;/g, '>').replace(/#35;/g, '#');
    if (!names.has(name)) issues.push(verifyCodes.issue('VERIFY_DIAGRAM_CONTAINER', `the container diagram shows '${name}', which is not a container of the model`, { file: 'docs/architecture.md', line: i + 1 }));
  }
  return issues;
}
