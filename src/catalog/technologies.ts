import type { Technology } from './catalog.js';
import { AI_AND_STORAGE } from './data/ai-and-storage.js';
import { BACKEND_FRAMEWORKS } from './data/backend-frameworks.js';
import { DATA_STORES } from './data/data-stores.js';
import { FRONTENDS } from './data/frontends.js';
import { IDENTITY_AND_PROTOCOLS } from './data/identity-and-protocols.js';
import { LANGUAGES } from './data/languages.js';
import { MESSAGING_AND_JOBS } from './data/messaging-and-jobs.js';
import { OPERATIONS } from './data/operations.js';

/** Every technology Archway knows, grouped by family in `data/`. */
export const TECHNOLOGIES: readonly Technology[] = [
  ...LANGUAGES,
  ...BACKEND_FRAMEWORKS,
  ...FRONTENDS,
  ...DATA_STORES,
  ...MESSAGING_AND_JOBS,
  ...AI_AND_STORAGE,
  ...OPERATIONS,
  ...IDENTITY_AND_PROTOCOLS,
];
