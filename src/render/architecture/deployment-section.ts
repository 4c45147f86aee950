import type { ArchitectureModel, DeploymentNode, DeploymentOption } from '../../model/architecture.js';
import { formatNumber, formatUsd } from '../text/format.js';
import { mdInline, mdTable } from '../text/markdown.js';
import { mermaidBlock, mermaidId, mermaidLabel } from '../text/mermaid.js';
import { containerNode } from './c4-diagrams.js';
import { narratives } from './style-stack-sections.js';

function nodeLines(model: ArchitectureModel, option: DeploymentOption, node: DeploymentNode, indent: string): string[] {
  const id = mermaidId(`${option.id}:${node.id}`);
  const label = mermaidLabel(node.name, `[${node.technology}]`, node.instances > 1 ? `× ${node.instances}` : '');
  const inner: string[] = [];
  for (const cid of node.containerIds) {
    const c = model.containers.find((x) => x.id === cid);
    inner.push(`${indent}  ${c ? containerNode(c, mermaidId(`${option.id}:${node.id}:${cid}`)) : `${mermaidId(`${option.id}:${node.id}:${cid}`)}[${mermaidLabel(cid)}]`}`);
  }
  for (const child of node.children) inner.push(...nodeLines(model, option, child, `${indent}  `));
  if (inner.length === 0) return [`${indent}${id}[${label}]`];
  return [`${indent}subgraph ${id}[${label}]`, ...inner, `${indent}end`];
}

/** A Mermaid deployment diagram: nested nodes as subgraphs, containers inside them. */
export function deploymentDiagram(model: ArchitectureModel, option: DeploymentOption): string {
  return mermaidBlock(['flowchart TB', ...option.nodes.flatMap((n) => nodeLines(model, option, n, '  '))]);
}

function optionBlock(model: ArchitectureModel, option: DeploymentOption, letter: string): string {
  const costRows = option.costLines.map((l) => [l.item, formatNumber(l.quantity), formatUsd(l.unitMonthlyUsd), formatUsd(l.monthlyUsd), `\`${l.priceId}\``]);
  costRows.push(['**Total**', '', '', `**${formatUsd(option.monthlyUsd)}**`, '']);
  const budget = option.fitsBudget === null ? 'no budget stated' : option.fitsBudget ? 'fits the budget' : 'over the budget';
  return [
    `### Option ${letter}: ${mdInline(option.name)}${option.recommended ? ' (recommended)' : ''}`,
    `**Target**: ${mdInline(option.target)}`,
    '**Deployment Architecture**:',
    deploymentDiagram(model, option),
    `**Monthly cost** (prices of ${option.priceDate}; ${budget}):`,
    mdTable(['Item', 'Quantity', 'Unit / month', 'Monthly', 'Price id'], costRows),
    `**Pros**:\n\n${option.pros.map((p) => `- ✅ ${mdInline(p)}`).join('\n') || '_None._'}`,
    `**Cons**:\n\n${option.cons.map((c) => `- ⚠️ ${mdInline(c)}`).join('\n') || '_None._'}`,
  ].join('\n\n');
}

/** Section 5: each deployment option with its diagram and cost, then the comparison. */
export function deploymentSection(model: ArchitectureModel): string {
  const letters = 'ABCDEFGHIJ';
  const summary = model.deployment.map((o, i) => [
    `${letters[i] ?? i + 1}: ${o.name}`,
    formatUsd(o.monthlyUsd),
    o.priceDate,
    o.fitsBudget === null ? '—' : o.fitsBudget ? 'yes' : 'no',
    o.recommended ? 'yes' : '',
  ]);
  return [
    '## 5. Deployment Options',
    model.deployment.length
      ? mdTable(['Option', 'Monthly cost', 'Price date', 'Fits budget', 'Recommended'], summary)
      : '_No deployment option was derived._',
    ...model.deployment.map((o, i) => optionBlock(model, o, letters[i] ?? String(i + 1))),
    narratives(model, ['deployment', 'ci-cd']),
  ].join('\n\n');
}
