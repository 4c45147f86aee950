/**
 * The value a lookup table holds under `key` itself, never one inherited from Object.prototype:
 * keys taken from input (a file named `notes.constructor`, a command `archway toString`, a package
 * or decorator named `valueOf`) must not find `Object`'s own members.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
