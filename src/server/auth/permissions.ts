import type { Permission } from '../schemas/api-routes.js';
import type { Role } from '../schemas/entities.js';

const VIEWER: readonly Permission[] = ['org:read', 'project:read'];
const EDITOR: readonly Permission[] = [...VIEWER, 'project:write', 'job:run'];
const ADMIN: readonly Permission[] = [...EDITOR, 'project:delete', 'member:manage', 'apikey:manage', 'audit:read'];

/** What each role may do; each role includes the one below it. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  viewer: new Set(VIEWER),
  editor: new Set(EDITOR),
  admin: new Set(ADMIN),
  owner: new Set(ADMIN),
};

/** An API key may do what its scopes name; any scope lets it read the organization itself. */
export function keyAllows(scopes: readonly string[], permission: Permission): boolean {
  return permission === 'org:read' ? scopes.length > 0 : scopes.includes(permission);
}

export function roleAllows(role: string, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role as Role]?.has(permission) ?? false;
}
