import { figure } from '../brief-queries.js';
import { capacityDriver, decision, fact, notApplicable, techOption } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const realtimeRule: Rule = (ctx) => {
  const rt = ctx.brief.capabilities.realtime;
  if (!rt.needed && ctx.pinned.length === 0) return notApplicable('realtime', 'Realtime transport', 'Nothing needs to be pushed to clients; polling or ordinary requests suffice.');
  const oneWay = rt.direction === 'server-to-client';
  const transport = ctx.pinned[0] ?? ctx.catalog.byId(oneWay ? 'sse' : 'websocket');
  const streams = figure(ctx, 'connections.realtime');
  const purposes = rt.purposes.length > 0 ? rt.purposes.join(', ') : 'live updates';
  const reqs = ctx.brief.requirements.filter((r) => /stream|real-time|realtime|live|progress|token by token/i.test(r.text)).map((r) => r.id);
  return decision('realtime', {
    title: 'Realtime transport',
    choice: `${transport.name} for ${purposes}`,
    technologies: [transport.id],
    context: `Clients receive ${purposes} while it happens.`,
    options: [
      techOption(ctx.catalog.byId('sse'), transport.id === 'sse', ['Plain HTTP: works through proxies, auth headers and HTTP/2', 'Automatic reconnect with Last-Event-ID'], ['Server-to-client only']),
      techOption(ctx.catalog.byId('websocket'), transport.id === 'websocket', ['Bidirectional, low overhead per message'], ['Stateful connections; custom reconnect and auth; proxies need upgrade support']),
    ],
    drivers: [
      fact(ctx, 'capabilities.realtime.direction', oneWay ? `The stream is one-way (server to client): ${purposes}.` : `Clients and server exchange messages both ways: ${purposes}.`),
      ...(streams > 0 ? [capacityDriver('connections.realtime', `About ${Math.round(streams)} open streams at peak.`)] : []),
    ],
    rationale: oneWay
      ? `The data flows only from server to client, so SSE is enough: it is plain HTTP, reconnects by itself and resumes from the last event id. WebSocket's bidirectional channel would add connection state without a use.`
      : 'Clients send as well as receive on the same live channel, which SSE cannot do; WebSocket carries both directions on one connection.',
    positive: ['Progress appears as it happens without polling'],
    negative: ['Long-lived connections need proxy timeouts and instance capacity planned'],
    risks: [{ risk: 'Events published on one instance miss clients connected to another', mitigation: 'Publish through Redis pub/sub (or the broker) so every instance forwards to its clients' }],
    requirementIds: reqs,
    details: { transport: transport.id, direction: rt.direction, heartbeatSeconds: 15, resume: oneWay ? 'Last-Event-ID' : 'client re-subscribes with last sequence number', ...(streams > 0 ? { peakStreams: Math.round(streams) } : {}) },
    confirmation: ['The OpenAPI document declares the stream endpoint (text/event-stream or upgrade)'],
  });
};
