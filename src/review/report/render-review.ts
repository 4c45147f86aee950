import type { RenderedFile } from '../../model/rendered-file.js';
import type { ReviewResult } from '../review-repository.js';
import { c4ComponentMermaid, c4ContainerMermaid, structurizrDsl } from './c4-diagrams.js';
import { renderGraph, renderedGraphFile, type GraphFormat } from './graph-formats.js';
import { reviewMarkdown } from './review-markdown.js';
import { sarifReport } from './sarif-report.js';
import { techDebtItems, techDebtTable } from './tech-debt-table.js';
import { compareText } from '../compare-text.js';

export const ARCHWAY_VERSION = '0.1.0';

/** The review as JSON: stats, findings, suppressions, endpoints, debt and the recovered model. Deterministic. */
export function reviewJson(result: ReviewResult): string {
  const { analysis } = result;
  return `${JSON.stringify({
    stats: { files: result.stats.files, modules: result.stats.modules, edges: result.stats.edges },
    findings: result.findings,
    suppressions: result.suppressions,
    issues: result.issues,
    techDebt: techDebtItems(result.findings),
    scan: { languages: analysis.scan.languages, stack: analysis.scan.stack, datastores: analysis.scan.datastores, infrastructure: analysis.scan.infrastructure, testFiles: analysis.scan.testFiles },
    endpoints: analysis.endpoints,
    layers: analysis.layerOf,
    model: result.model,
  }, null, 2)}\n`;
}

/**
 * A file of the review folder whose content is also in a file of the cache folder (`copyOf`): a
 * writer may copy that file. Its `content` is read from there when first asked for.
 */
export interface CopiedFile extends RenderedFile {
  readonly copyOf: string;
}

/** A dependency graph rendering: the kept file's content, read when asked for, when the run keeps renderings. */
function graphFile(result: ReviewResult, path: string, format: GraphFormat): RenderedFile {
  const { graph, layerOf } = result.analysis;
  const copyOf = renderedGraphFile(graph, layerOf, format);
  if (!copyOf) return { path, content: renderGraph(graph, layerOf, format) };
  let content: string | undefined;
  const file: CopiedFile = {
    path,
    copyOf,
    get content(): string {
      return (content ??= renderGraph(graph, layerOf, format));
    },
  };
  return file;
}

/** Every file of the `review/` folder, sorted by path. Pure apart from the cache folder's kept renderings: the CLI writes them. */
export function renderReview(result: ReviewResult): RenderedFile[] {
  const { analysis } = result;
  const files: RenderedFile[] = [
    { path: 'review.md', content: reviewMarkdown(result) },
    { path: 'tech-debt.md', content: `## Technical Debt\n\n${techDebtTable(result.findings)}\n` },
    { path: 'review.json', content: reviewJson(result) },
    { path: 'review.sarif', content: sarifReport(result.findings, { toolVersion: ARCHWAY_VERSION }) },
    { path: 'architecture.json', content: `${JSON.stringify(result.model, null, 2)}\n` },
    { path: 'c4-containers.mmd', content: c4ContainerMermaid(result.model) },
    { path: 'c4-components.mmd', content: c4ComponentMermaid(result.model) },
    { path: 'workspace.dsl', content: structurizrDsl(result.model) },
    graphFile(result, 'dependencies.mmd', 'mermaid'),
    graphFile(result, 'dependencies.dot', 'dot'),
    graphFile(result, 'dependencies.json', 'json'),
  ];
  return files.sort((a, b) => compareText(a.path, b.path));
}
