import { allRequirementIds } from '../brief-queries.js';
import { decision, fact, option } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

const DEFAULT_LAYERS = ['routes', 'controllers', 'services', 'repositories'];
/** Independent teams from which separately deployed services pay for their operational cost. */
const MIN_TEAMS_FOR_MICROSERVICES = 3;

export const architectureStyleRule: Rule = (ctx) => {
  const { team, layering } = ctx.brief.constraints;
  const teams = team.teams ?? 1;
  const micro = teams >= MIN_TEAMS_FOR_MICROSERVICES && (team.deployIndependently || teams >= 5);
  const layers = layering.length > 0 ? layering : DEFAULT_LAYERS;
  const drivers = [
    ...(team.teams !== undefined ? [fact(ctx, 'constraints.team.teams', `${teams} product teams${team.deployIndependently ? ' that deploy independently' : ''}.`)] : []),
    ...(team.size !== undefined ? [fact(ctx, 'constraints.team.size', `One team of ${team.size} engineers.`)] : []),
    ...(layering.length > 0 ? [fact(ctx, 'constraints.layering', `Required layering: ${layering.join(' → ')}.`)] : []),
  ];
  const style = micro ? 'microservices' : 'modular-monolith';
  const teamText = team.size !== undefined ? `one team of ${team.size}` : 'one team';
  return decision('architecture-style', {
    title: 'Architecture style',
    choice: micro ? 'Microservices behind an API gateway' : `Modular monolith, layered ${layers.join(' → ')}`,
    context: micro
      ? `${teams} teams own separate areas and must ship without coordinating releases.`
      : `${teamText[0]!.toUpperCase()}${teamText.slice(1)} builds and runs the system; a single deployable keeps delivery simple.`,
    options: [
      option('monolith', 'Monolith', false, ['Simplest to build, test and deploy'], ['Modules blur over time without enforced boundaries']),
      option('modular-monolith', 'Modular monolith', !micro,
        ['One deployable and one database, with module boundaries enforced by `archway check`', 'Migration path to services when teams grow'],
        ['All modules scale together', 'One release train']),
      option('microservices', 'Microservices', micro,
        ['Teams deploy independently', 'Services scale and fail independently'],
        ['Distributed transactions, tracing and versioned contracts', 'Operational cost of many deployables; needs a platform team']),
    ],
    drivers,
    rationale: micro
      ? `With ${teams} teams deploying independently, a shared deployable would serialise every release; microservices give each team its own service and pipeline, and the API gateway keeps one public entry.`
      : `Microservices pay off with several independent teams; with ${teamText} they would add network calls, distributed tracing and release coordination without a team to own each service. A modular monolith keeps one deployable while module and layer boundaries stay checkable.`,
    positive: micro
      ? ['Independent deployment and scaling per team', 'Fault isolation between areas']
      : ['One build, one deployment, in-process calls', 'Refactoring across modules stays cheap'],
    negative: micro
      ? ['Cross-service consistency through events (eventual consistency)', 'More infrastructure: gateway, broker, tracing']
      : ['Modules share one runtime and one database'],
    risks: micro
      ? [{ risk: 'Services coupled through shared tables', mitigation: 'Each service owns its tables; others read through APIs or events' }]
      : [{ risk: 'Modules erode into a big ball of mud', mitigation: 'Layer and module rules enforced by `archway check` in CI' }],
    requirementIds: allRequirementIds(ctx),
    details: { style, layers, teams, ...(micro ? { serviceBoundaries: 'one service per team area' } : {}) },
    confirmation: [
      `archway check: layers ${layers.join(' → ')}, no cycles`,
      ...(micro ? ['archway check: services import no other service\'s internals'] : ['archway check: modules reach each other only through their public services']),
    ],
  });
};
