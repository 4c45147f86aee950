import type { ArchitectureModel } from '../../src/model/architecture.js';
import { contractModel, decision } from './contract-model.js';
import { SMALL_SAAS } from '../verify/contract-package.js';

export const GOLDEN_DIR = new URL('../fixtures/contracts/golden/', import.meta.url);

/** The small models the contract renderers' golden files are made from. */
export function goldenModels(): Record<string, ArchitectureModel> {
  return {
    'row-level': contractModel(SMALL_SAAS, [decision('authentication', 'JWT bearer tokens and API keys'), decision('multi-tenancy', 'Shared tables with row-level security')]),
    'schema-per-tenant': contractModel({ ...SMALL_SAAS, name: 'Vault' }, [decision('multi-tenancy', 'Schema per tenant', { isolation: 'schema-per-tenant' })]),
  };
}
