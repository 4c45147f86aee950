/** Joins route path parts with single slashes: `joinPath('/v1', 'users/')` → `/v1/users`. */
export function joinPath(prefix: string, path: string): string {
  const joined = `/${prefix}/${path}`.replace(/\/+/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}
