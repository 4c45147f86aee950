import type { ArchitectureModel, Epic } from '../../model/architecture.js';
import type { RenderedFile } from '../../model/rendered-file.js';
import type { Renderer } from '../renderer.js';
import { bullets, doc, mdInline, mdTable } from '../text/markdown.js';

/** `docs/plans/overview.md` and one `docs/plans/NN-<slug>.md` per epic (seed 004's export layout). */
export const plansRenderer: Renderer = {
  id: 'plans',
  render: (model) => {
    const files: RenderedFile[] = [{ path: 'docs/plans/overview.md', content: renderOverview(model) }];
    for (const epic of model.plan) files.push({ path: epicFile(epic), content: renderEpic(model, epic) });
    return files;
  },
};

export function epicFile(epic: Epic): string {
  return `docs/plans/${epic.number}-${epic.slug}.md`;
}

function renderOverview(model: ArchitectureModel): string {
  const rows = model.plan.map((e) => [
    `[${e.number}](${epicFile(e).replace(/^docs\/plans\//, '')})`,
    e.title,
    e.goal,
    e.dependsOn.join(', ') || '—',
    String(e.tasks.length),
  ]);
  return doc([
    `# Implementation Plan — ${mdInline(model.system.name)}`,
    'Epics in the order they are built; each names the epics it depends on.',
    rows.length ? mdTable(['Epic', 'Title', 'Goal', 'Depends on', 'Tasks'], rows) : '_No epics._',
  ]);
}

function renderEpic(model: ArchitectureModel, epic: Epic): string {
  return doc([
    `# ${epic.number}. ${mdInline(epic.title)}`,
    `**Goal:** ${mdInline(epic.goal)}`,
    `**Depends on:** ${epic.dependsOn.join(', ') || 'nothing'}`,
    '## Tasks',
    ...epic.tasks.map((t) =>
      [
        `### ${t.id}: ${mdInline(t.title)}`,
        bullets([
          `Depends on: ${t.dependsOn.join(', ') || 'nothing'}`,
          ...(t.requirementIds.length ? [`Requirements: ${t.requirementIds.join(', ')}`] : []),
        ]),
        '**Acceptance criteria:**',
        t.acceptance.map((a) => `- [ ] ${mdInline(a)}`).join('\n'),
      ].join('\n\n'),
    ),
    `Part of the plan for ${mdInline(model.system.name)}; see [the overview](overview.md).`,
  ]);
}
