/** `API client / webhook consumer` → `api-client-webhook-consumer`. */
export function slug(text: string): string {
  const s = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'item' : s.slice(0, 60);
}

/** `work order` → `WorkOrder`; names already in PascalCase or with symbols are kept as written. */
export function pascalName(text: string): string {
  const t = text.trim();
  if (/^[A-Za-z][A-Za-z0-9]*$/.test(t)) return t.charAt(0).toUpperCase() + t.slice(1);
  if (/^[A-Za-z][A-Za-z0-9]*( [A-Za-z][A-Za-z0-9]*){1,3}$/.test(t)) {
    return t
      .split(' ')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join('');
  }
  return t;
}
