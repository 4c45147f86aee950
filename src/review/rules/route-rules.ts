import type { Finding } from '../review-types.js';
import { finding } from './rule-catalog.js';
import { withAny, type RuleContext } from './rule-context.js';

/** Route handlers that query the database themselves instead of delegating to a service. */
export function routeDataAccessRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const file of ctx.parsed) {
    for (const route of file.routes) {
      const [first, ...rest] = route.facts.dataAccessLines;
      if (first === undefined) continue;
      const more = rest.length ? ` (and ${rest.length} more line${rest.length > 1 ? 's' : ''})` : '';
      out.push(finding('route-data-access', { file: file.path, line: first }, `handler ${route.handler} of ${route.method.toUpperCase()} ${route.path} accesses the database directly${more}`, `${route.method} ${route.path} ${route.handler}`));
    }
  }
  return out;
}

/** Route handlers that branch and loop like a service would. */
export function routeLogicRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const file of ctx.parsed) {
    for (const route of file.routes) {
      const logic = route.facts.logic;
      if (!logic) continue;
      out.push(finding('route-business-logic', { file: file.path, line: logic.line }, `handler ${route.handler} of ${route.method.toUpperCase()} ${route.path} holds business logic (${logic.reason})`, `${route.method} ${route.path} ${route.handler}`));
    }
  }
  return out;
}

/** Sleeps, synchronous HTTP, subprocesses and un-awaited database calls inside `async def`. */
export function blockingCallRule(ctx: RuleContext): Finding[] {
  return withAny(ctx, 'blockingCalls').flatMap((file) =>
    file.blockingCalls.map((b) => finding('async-blocking-call', { file: file.path, line: b.line }, `${b.call}() blocks the event loop inside async function ${b.fn}`, `${b.fn} ${b.call}`)),
  );
}
