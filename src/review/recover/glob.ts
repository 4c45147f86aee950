/**
 * A path glob as a regular expression: `**` any folders, `*` within one segment, `?` one character.
 * A pattern without a slash or wildcard names a folder anywhere in the path (`routes` ≡ `**\/routes/**`).
 */
export function globToRegExp(glob: string): RegExp {
  if (!/[/*?]/.test(glob)) return new RegExp(`(^|/)${escape(glob)}(/|$)`);
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += escape(ch);
  }
  return new RegExp(`^${re}$`);
}

const escape = (s: string): string => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
