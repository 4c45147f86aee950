import type { UnderstoodBrief } from '../brief/understood-brief.js';
import type { CapacityFigure } from '../model/capacity.js';
import { CAPACITY_ASSUMPTIONS as A } from './capacity-assumptions.js';
import { assumption, briefInput, figure, fmt, fromFigure } from './figure.js';

/** Registered users now and later (stated, or tenants × users per tenant), tenants, and concurrent users. */
export function userFigures(understood: UnderstoodBrief): CapacityFigure[] {
  const { scale, tenancy, personas } = understood.brief;
  const out: CapacityFigure[] = [];
  const perTenant = tenancy.usersPerTenant;

  if (tenancy.tenants !== undefined) {
    out.push(figure('tenants.count', 'Tenants', tenancy.tenants, 'tenants', fmt(tenancy.tenants), [
      briefInput(understood, 'tenants', tenancy.tenants, 'tenants', 'tenancy.tenants'),
    ]));
  }
  if (tenancy.tenantsLater !== undefined) {
    out.push(figure('tenants.later', 'Tenants later', tenancy.tenantsLater, 'tenants', fmt(tenancy.tenantsLater), [
      briefInput(understood, 'tenants later', tenancy.tenantsLater, 'tenants', 'tenancy.tenantsLater'),
    ]));
  }

  let registered: CapacityFigure | undefined;
  if (scale.registeredUsers !== undefined) {
    registered = figure('users.registered', 'Registered users', scale.registeredUsers, 'users', fmt(scale.registeredUsers), [
      briefInput(understood, 'registered users', scale.registeredUsers, 'users', 'scale.registeredUsers'),
    ]);
  } else if (tenancy.tenants !== undefined && perTenant !== undefined) {
    registered = figure('users.registered', 'Registered users', tenancy.tenants * perTenant, 'users',
      `${fmt(tenancy.tenants)} × ${fmt(perTenant)}`, [
        briefInput(understood, 'tenants', tenancy.tenants, 'tenants', 'tenancy.tenants'),
        briefInput(understood, 'users per tenant', perTenant, 'users', 'tenancy.usersPerTenant'),
      ]);
  } else {
    const counted = personas.filter((p) => p.count !== undefined);
    if (counted.length > 0) {
      const total = counted.reduce((sum, p) => sum + (p.count ?? 0), 0);
      registered = figure('users.registered', 'Registered users', total, 'users', counted.map((p) => fmt(p.count ?? 0)).join(' + '),
        counted.map((p) => briefInput(understood, p.name, p.count ?? 0, 'users', `personas.${p.id}.count`)));
    }
  }
  if (registered) out.push(registered);

  if (scale.registeredUsersLater !== undefined) {
    out.push(figure('users.registered-later', 'Registered users later', scale.registeredUsersLater, 'users', fmt(scale.registeredUsersLater), [
      briefInput(understood, 'registered users later', scale.registeredUsersLater, 'users', 'scale.registeredUsersLater'),
    ]));
  } else if (tenancy.tenantsLater !== undefined && perTenant !== undefined) {
    out.push(figure('users.registered-later', 'Registered users later', tenancy.tenantsLater * perTenant, 'users',
      `${fmt(tenancy.tenantsLater)} × ${fmt(perTenant)}`, [
        briefInput(understood, 'tenants later', tenancy.tenantsLater, 'tenants', 'tenancy.tenantsLater'),
        briefInput(understood, 'users per tenant', perTenant, 'users', 'tenancy.usersPerTenant'),
      ]));
  }

  if (scale.concurrentUsers !== undefined) {
    out.push(figure('users.concurrent', 'Concurrent users at peak', scale.concurrentUsers, 'users', fmt(scale.concurrentUsers), [
      briefInput(understood, 'concurrent users', scale.concurrentUsers, 'users', 'scale.concurrentUsers'),
    ]));
  } else if (registered) {
    const value = Math.ceil(registered.value * A.concurrentShareOfRegistered);
    out.push(figure('users.concurrent', 'Concurrent users at peak', value, 'users',
      `${fmt(registered.value)} × ${A.concurrentShareOfRegistered}`, [
        fromFigure(registered, 'registered users'),
        assumption('concurrentShareOfRegistered', A.concurrentShareOfRegistered, 'ratio'),
      ]));
  }
  return out;
}
