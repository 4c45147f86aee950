import { DECISION_AREAS } from '../../model/decision.js';
import { decision, fact, option } from '../decision-builder.js';
import { deploymentOptions } from '../deployment/deployment-options.js';
import type { Rule } from '../rule-context.js';

export const deploymentRule: Rule = (ctx) => {
  const earlier = DECISION_AREAS.map((a) => ctx.earlier.get(a)).filter((d) => d !== undefined);
  const options = deploymentOptions(ctx.understood, ctx.capacity, ctx.catalog, earlier);
  const chosen = options.find((o) => o.recommended)!;
  const { constraints, quality } = ctx.brief;
  const budget = constraints.budgetMonthlyUsd !== undefined ? `${constraints.budgetMonthlyUsd} USD/month` : constraints.budgetLevel ? `${constraints.budgetLevel} budget` : undefined;
  const k8s = chosen.nodes.some((n) => /kubernetes/i.test(n.technology) || n.children.some((c) => /kubernetes/i.test(c.technology)));
  return decision('deployment', {
    title: 'Deployment',
    choice: `${chosen.name}: ${chosen.target} (about ${chosen.monthlyUsd} USD/month, prices of ${chosen.priceDate})`,
    technologies: ['docker', ...(k8s ? ['kubernetes'] : ['docker-compose'])],
    context: `Where and how the containers run${budget ? `, within a ${budget}` : ''}${quality.availability ? `, at ${quality.availability}% availability` : ''}.`,
    options: options.map((o) => option(o.id, o.name, o.recommended, [`About ${o.monthlyUsd} USD/month`, ...o.pros], [...o.cons, ...(o.fitsBudget === false ? ['Over budget'] : [])])),
    drivers: [
      ...(constraints.hosting ? [fact(ctx, 'constraints.hosting', `Hosting: ${constraints.hosting}.`)] : []),
      ...(constraints.budgetMonthlyUsd !== undefined ? [fact(ctx, 'constraints.budgetMonthlyUsd', `Budget up to ${constraints.budgetMonthlyUsd} USD per month.`)] : []),
      ...(constraints.budgetLevel ? [fact(ctx, 'constraints.budgetLevel', `The infrastructure budget is ${constraints.budgetLevel}.`)] : []),
      ...(quality.availability ? [fact(ctx, 'quality.availability', `Availability ${quality.availability}%${quality.availabilityWindow ? ` (${quality.availabilityWindow})` : ''}.`)] : []),
      ...(constraints.multiAz ? [fact(ctx, 'constraints.multiAz', 'Runs across several availability zones.')] : []),
    ],
    rationale: `${chosen.name} is the simplest option that meets the availability target${chosen.fitsBudget === true ? ' and fits the budget' : ''}. Costs are typical list prices of ${chosen.priceDate}: ${options.map((o) => `${o.name} ≈ ${o.monthlyUsd} USD`).join(', ')}.`,
    positive: chosen.pros,
    negative: chosen.cons,
    risks: [{ risk: 'Costs drift from the estimate', mitigation: 'Budget alerts; re-run `archway design` with current prices' }],
    details: {
      recommended: chosen.id,
      priceDate: chosen.priceDate,
      monthlyUsd: chosen.monthlyUsd,
      options: options.map((o) => `${o.id}: ${o.monthlyUsd} USD/month${o.fitsBudget === null ? '' : o.fitsBudget ? ' (fits budget)' : ' (over budget)'}`),
    },
    confirmation: ['The package contains a compose file or manifests for the recommended option'],
  });
};
