import type { ArchitectureModel } from '../../model/architecture.js';
import { notApplicableDecisions } from '../model-lookup.js';
import type { Renderer } from '../renderer.js';
import { doc, mdInline, mdTable } from '../text/markdown.js';
import { communicationSection, securitySection } from './communication-security-sections.js';
import { componentsSection } from './components-section.js';
import { deploymentSection } from './deployment-section.js';
import { observabilitySection, recoverySection, scalabilitySection, traceabilitySection } from './operations-sections.js';
import { contextAndConstraints, overviewSection } from './overview-section.js';
import { stackSection, styleSection } from './style-stack-sections.js';

/** `docs/architecture.md`: seed 003's eleven sections, written as a narrative (context → constraints → options → rationale → decisions). */
export const architectureRenderer: Renderer = {
  id: 'architecture',
  render: (model) => [{ path: 'docs/architecture.md', content: renderArchitecture(model) }],
};

function renderArchitecture(model: ArchitectureModel): string {
  const na = notApplicableDecisions(model);
  return doc([
    `# ${mdInline(model.system.name)} — System Architecture Specification`,
    contextAndConstraints(model),
    overviewSection(model),
    styleSection(model),
    stackSection(model),
    componentsSection(model),
    deploymentSection(model),
    communicationSection(model),
    securitySection(model),
    scalabilitySection(model),
    observabilitySection(model),
    recoverySection(model),
    traceabilitySection(model),
    '## Decisions Not Applicable',
    na.length
      ? mdTable(['Decision', 'Why not'], na.map((d) => [d.title, d.notApplicableReason ?? 'No requirement calls for it.']))
      : '_Every decision area applies._',
  ]);
}
