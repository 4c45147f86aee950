/** Whether a document path is an architecture decision record. */
export const isAdr = (path: string): boolean => /(^|\/)adr\/ADR-[^/]+\.md$/i.test(path);

/**
 * The status an ADR declares, from a `Status:` line, a `## Status` section or front matter.
 * @example adrStatus('# ADR-001\nStatus: Accepted\n') // 'Accepted'
 */
export function adrStatus(markdown: string): string | null {
  const line = /^\s*(?:[-*]\s+)?(?:\*\*)?status(?:\*\*)?\s*:\s*(?:\*\*)?\s*"?([A-Za-z][\w -]*?)"?\s*(?:\*\*)?\s*$/im.exec(markdown);
  if (line?.[1]) return line[1];
  const section = /^#{2,3}\s*status\s*\n+\s*([A-Za-z][\w -]*)/im.exec(markdown);
  return section?.[1]?.trim() ?? null;
}
