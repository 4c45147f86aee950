let collator: Intl.Collator | undefined;

/**
 * `a.localeCompare(b)`: the same order (the default locale's collation), through one collator made
 * once instead of a lookup per call, which makes sorting thousands of findings several times faster.
 */
export function compareText(a: string, b: string): number {
  return (collator ??= new Intl.Collator()).compare(a, b);
}
