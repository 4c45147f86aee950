let collator: Intl.Collator | undefined;

/**
 * `a.localeCompare(b)`: the same order (the default locale's collation), through one collator made
 * once instead of a lookup per call, which makes sorting thousands of findings several times faster.
 */
export function compareText(a: string, b: string): number {
  // Equal strings are often compared (findings of one file, one rule): they collate equal.
  return a === b ? 0 : (collator ??= new Intl.Collator()).compare(a, b);
}
