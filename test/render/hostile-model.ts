import type { ArchitectureModel } from '../../src/model/index.js';
import { tinyModel } from '../fixtures/tiny-model.js';

const EVIL = 'end "x" <script>|`{#}; DROP TABLE "users"; --\nsubgraph';

/** The tiny model with every user-supplied name replaced by text that breaks naive Mermaid, Markdown and DSL output. */
export const hostileModel: ArchitectureModel = {
  ...tinyModel,
  system: { id: 'end', name: `Select ${EVIL}`, summary: `Summary ${EVIL}` },
  people: tinyModel.people.map((p) => ({ ...p, id: 'end', name: `Person ${EVIL}`, description: EVIL })),
  externalSystems: tinyModel.externalSystems.map((s) => ({ ...s, name: `Mailer ${EVIL}` })),
  containers: tinyModel.containers.map((c) => ({ ...c, name: `${c.name} ${EVIL}`, technology: `T ${EVIL}`, description: EVIL })),
  components: tinyModel.components.map((c) => ({ ...c, name: `${c.name} ${EVIL}`, entities: [`Order ${EVIL}`] })),
  relations: tinyModel.relations.map((r) => ({ ...r, from: r.from === 'writer' ? 'end' : r.from, description: `${r.description} ${EVIL}`, technology: EVIL })),
  deployment: tinyModel.deployment.map((o) => ({ ...o, name: `Option ${EVIL}`, target: EVIL, pros: [EVIL], cons: [EVIL] })),
  traceability: tinyModel.traceability.map((t) => ({ ...t, requirement: EVIL })),
  questions: tinyModel.questions.map((q) => ({ ...q, question: EVIL, why: EVIL })),
};
