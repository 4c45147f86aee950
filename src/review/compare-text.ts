/**
 * The order of the printable ASCII characters in the Unicode collation (CLDR root, which English
 * uses: punctuation and symbols, then digits, then letters), each letter's two cases sharing a
 * place. test/review/compare-text.test.ts holds it to `Intl.Collator('en')`.
 */
const ASCII_ORDER = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz";

/** Each printable ASCII character's place in `ASCII_ORDER` (from 1), by character code. */
const PRIMARY = (() => {
  const weights = new Uint8Array(128);
  for (let i = 0; i < ASCII_ORDER.length; i++) weights[ASCII_ORDER.charCodeAt(i)] = i + 1;
  for (let code = 65; code <= 90; code++) weights[code] = weights[code + 32]!;
  return weights;
})();

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

let collator: Intl.Collator | undefined;

/**
 * Text in the Unicode collation's order, as `Intl.Collator('en')` orders it, whatever the machine's
 * locale (so output is the same everywhere). Printable ASCII text (paths, rule ids: nearly all that
 * is sorted) is compared here, level by level: the first character that differs apart from case
 * decides, then the shorter text comes first, then the first difference of case (lower before
 * upper). Anything else goes to the collator, made on first need: making one costs more than a
 * warm review's sorting.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  if (PRINTABLE_ASCII.test(a) && PRINTABLE_ASCII.test(b)) {
    const n = Math.min(a.length, b.length);
    let caseOrder = 0;
    for (let i = 0; i < n; i++) {
      const x = a.charCodeAt(i);
      const y = b.charCodeAt(i);
      if (x === y) continue;
      const order = PRIMARY[x]! - PRIMARY[y]!;
      if (order !== 0) return order;
      // The same letter in two cases: lower case first, if nothing else tells the two apart.
      if (caseOrder === 0) caseOrder = x > y ? -1 : 1;
    }
    return a.length - b.length || caseOrder;
  }
  return (collator ??= new Intl.Collator('en')).compare(a, b);
}
