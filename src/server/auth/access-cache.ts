/**
 * A small time-limited map for facts the access check would otherwise read from the database on
 * every request (a session is live and the user's role; an API key's row). Only positive facts are
 * kept, entries live `ttlMs`, and `clear()` drops everything at once — called whenever this
 * instance revokes a session, changes or removes a membership or revokes a key. Another instance
 * learns of such a change when its entry expires; until then the tenant transaction's own re-check
 * (see `TenantGuard` in src/store/tenant-scope.ts) still refuses the data. `ttlMs` 0 disables it.
 */
export class AccessCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.until > Date.now()) return e.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, value: V): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { value, until: Date.now() + this.ttlMs });
  }

  clear(): void {
    this.entries.clear();
  }
}
