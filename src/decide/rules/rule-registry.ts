import type { DecisionArea } from '../../model/decision.js';
import type { Rule } from '../rule-context.js';
import { aiIntegrationRule } from './ai-integration-rule.js';
import { analyticsRule } from './analytics-rule.js';
import { apiStyleRule } from './api-style-rule.js';
import { architectureStyleRule } from './architecture-style-rule.js';
import { authenticationRule } from './authentication-rule.js';
import { authorizationRule } from './authorization-rule.js';
import { backendFrameworkRule } from './backend-framework-rule.js';
import { backendLanguageRule } from './backend-language-rule.js';
import { backgroundJobsRule } from './background-jobs-rule.js';
import { backupAndDrRule } from './backup-and-dr-rule.js';
import { cacheRule } from './cache-rule.js';
import { ciCdRule } from './ci-cd-rule.js';
import { dataRetentionAndComplianceRule } from './data-retention-and-compliance-rule.js';
import { deploymentRule } from './deployment-rule.js';
import { desktopFrontendRule } from './desktop-frontend-rule.js';
import { edgeAndTrafficRule } from './edge-and-traffic-rule.js';
import { integrationStyleRule } from './integration-style-rule.js';
import { messagingRule } from './messaging-rule.js';
import { mobileFrontendRule } from './mobile-frontend-rule.js';
import { multiTenancyRule } from './multi-tenancy-rule.js';
import { objectStorageRule } from './object-storage-rule.js';
import { observabilityRule } from './observability-rule.js';
import { primaryDatabaseRule } from './primary-database-rule.js';
import { realtimeRule } from './realtime-rule.js';
import { resilienceRule } from './resilience-rule.js';
import { scalabilityRule } from './scalability-rule.js';
import { searchRule } from './search-rule.js';
import { securityControlsRule } from './security-controls-rule.js';
import { vectorStoreRule } from './vector-store-rule.js';
import { webFrontendRule } from './web-frontend-rule.js';

/** One rule per area; a new area in DECISION_AREAS fails to compile until it has a rule here. */
export const RULES: Readonly<Record<DecisionArea, Rule>> = {
  'architecture-style': architectureStyleRule,
  'backend-language': backendLanguageRule,
  'backend-framework': backendFrameworkRule,
  'web-frontend': webFrontendRule,
  'mobile-frontend': mobileFrontendRule,
  'desktop-frontend': desktopFrontendRule,
  'primary-database': primaryDatabaseRule,
  cache: cacheRule,
  messaging: messagingRule,
  'background-jobs': backgroundJobsRule,
  search: searchRule,
  'vector-store': vectorStoreRule,
  'object-storage': objectStorageRule,
  'edge-and-traffic': edgeAndTrafficRule,
  analytics: analyticsRule,
  'integration-style': integrationStyleRule,
  authentication: authenticationRule,
  authorization: authorizationRule,
  'multi-tenancy': multiTenancyRule,
  'api-style': apiStyleRule,
  realtime: realtimeRule,
  'ai-integration': aiIntegrationRule,
  observability: observabilityRule,
  resilience: resilienceRule,
  deployment: deploymentRule,
  'ci-cd': ciCdRule,
  'backup-and-dr': backupAndDrRule,
  'security-controls': securityControlsRule,
  'data-retention-and-compliance': dataRetentionAndComplianceRule,
  scalability: scalabilityRule,
};
