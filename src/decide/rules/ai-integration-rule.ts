import { decision, fact, notApplicable, option } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const aiIntegrationRule: Rule = (ctx) => {
  const { ai } = ctx.brief.capabilities;
  if (!ai.llm && !ai.embeddings && ctx.pinned.length === 0) return notApplicable('ai-integration', 'AI integration', 'No LLM or embedding features are required.');
  const providers = ctx.brief.integrations
    .filter((i) => i.kind === 'llm-provider' || i.kind === 'embedding-provider')
    .flatMap((i) => ctx.catalog.mentionedIn(`${i.name} ${i.description}`).filter((t) => t.kind === 'llm-provider'));
  const techIds = [...new Set([...ctx.pinned.map((t) => t.id), ...providers.map((t) => t.id), ...(ai.tools ? ['mcp'] : [])])];
  const budgets = ctx.brief.tenancy.perTenantQuotas || ctx.brief.capabilities.rateLimits;
  const scopes = ['tenant', ...ctx.brief.tenancy.scopes].join(' and per ');
  const reqs = ctx.brief.requirements.filter((r) => /ai|agent|llm|provider|model|semantic|token/i.test(r.text)).map((r) => r.id);
  return decision('ai-integration', {
    title: 'AI integration',
    choice: `Provider interface (strategy pattern) selected by configuration${ai.embeddings ? ' for completions and embeddings' : ''}; retries with exponential backoff and a circuit breaker around every model call${budgets ? `; token budgets per ${scopes}` : ''}`,
    technologies: techIds,
    context: 'Model calls are slow, metered, rate-limited and fail in ways the rest of the system must survive.',
    options: [
      option('provider-interface', 'Provider interface with one adapter per vendor', true, ['Swap or add providers by configuration', 'One place for retries, budgets and tracing'], ['Lowest common denominator across vendors needs extension points']),
      option('direct-sdk', 'Call one vendor SDK directly', false, ['Less code at first'], ['Vendor lock-in; retries and budgets scattered']),
    ],
    drivers: [
      fact(ctx, 'capabilities.ai.llm', 'Features call LLM providers.'),
      ...(ai.pluggableProviders ? [fact(ctx, 'capabilities.ai.pluggableProviders', 'The AI provider is chosen by configuration.')] : []),
      ...(ctx.brief.quality.resilientExternalCalls ? [fact(ctx, 'quality.resilientExternalCalls', 'Calls to LLM and embedding providers must retry with backoff and not cascade failures.')] : []),
      ...(budgets ? [fact(ctx, 'tenancy.perTenantQuotas', 'Usage is limited per tenant.')] : []),
    ],
    rationale: 'A `ModelProvider` interface (complete, stream, embed) with one adapter per vendor keeps vendors replaceable and puts resilience in one place: timeouts, retries with exponential backoff and jitter on 429/5xx, and a circuit breaker that fails fast while a provider is down.',
    positive: ['Providers switch by configuration', 'Failures of a provider stay contained', 'Token usage metered per call'],
    negative: ['Streaming and tool calling differ per vendor; adapters normalise them'],
    risks: [
      { risk: 'Runaway token spend', mitigation: budgets ? `Token budgets per ${scopes}, checked before each call and counted in Redis` : 'Per-user daily token budget checked before each call' },
      { risk: 'Prompt injection through user content or tool output', mitigation: 'Tool calls allow-listed per agent; tool output treated as data; secrets never in prompts' },
    ],
    requirementIds: reqs,
    details: {
      pattern: 'strategy: ModelProvider interface, adapter per vendor, selected by configuration',
      resilience: 'timeout 60 s, retries with exponential backoff and jitter (max 4), circuit breaker (open after 5 failures for 30 s)',
      ...(budgets ? { tokenBudgets: `per ${scopes}, counted in Redis` } : {}),
      ...(ai.agents ? { agents: 'each agent run recorded (prompt, model, tokens, outcome) for audit and cost' } : {}),
      ...(ai.tools ? { tools: 'tools registered per agent; MCP servers and HTTP APIs called through an allow-list' } : {}),
    },
    confirmation: ['Model SDKs imported only inside provider adapters (`archway check`)'],
  });
};
