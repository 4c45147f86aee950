import type { ArchitectureModel } from '../../model/architecture.js';
import type { DecisionArea } from '../../model/decision.js';
import { findDecision } from '../model-lookup.js';
import { mdInline, mdTable } from '../text/markdown.js';
import { decisionNarrative } from './decision-narrative.js';

/** Renders the applicable decisions of these areas, in area order, as narratives. */
export function narratives(model: ArchitectureModel, areas: readonly DecisionArea[], heading = '###'): string {
  const parts = areas
    .map((a) => findDecision(model, a))
    .filter((d) => d !== undefined && d.status !== 'not-applicable')
    .map((d) => decisionNarrative(model, d!, heading));
  return parts.length ? parts.join('\n\n') : '_No decision in this area applies._';
}

/** Section 2: the architecture style, with rationale and trade-offs. */
export function styleSection(model: ArchitectureModel): string {
  const d = findDecision(model, 'architecture-style');
  const chosen = d?.options.find((o) => o.chosen);
  const tradeOffs =
    d && d.status !== 'not-applicable'
      ? [
          '**Trade-offs**:',
          [
            ...(chosen?.pros ?? d.consequences.positive).map((p) => `- ✅ Pro: ${mdInline(p)}`),
            ...(chosen?.cons ?? d.consequences.negative).map((c) => `- ⚠️ Con: ${mdInline(c)}`),
            ...d.consequences.risks.map((r) => `- ⚠️ Risk: ${mdInline(r.risk)} — mitigation: ${mdInline(r.mitigation)}`),
          ].join('\n'),
        ].join('\n\n')
      : '';
  return [
    '## 2. Architecture Style Decision',
    `**Chosen Style**: ${mdInline(d && d.status !== 'not-applicable' ? d.choice : 'not decided')}`,
    narratives(model, ['architecture-style']),
    tradeOffs,
  ]
    .filter(Boolean)
    .join('\n\n');
}

const STACK_AREAS: readonly DecisionArea[] = [
  'backend-language', 'backend-framework', 'web-frontend', 'mobile-frontend', 'desktop-frontend',
  'primary-database', 'cache', 'messaging', 'background-jobs', 'search', 'vector-store',
  'object-storage', 'analytics', 'ai-integration',
];

/** Section 3: the technology stack with minimum versions, then each stack decision. */
export function stackSection(model: ArchitectureModel): string {
  return [
    '## 3. Technology Stack',
    model.stack.length
      ? mdTable(['Area', 'Technology', 'Minimum version'], model.stack.map((s) => [s.area, s.name, s.minVersion]))
      : '_No technology was chosen._',
    narratives(model, STACK_AREAS),
  ].join('\n\n');
}
