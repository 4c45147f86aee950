/** Client kinds people name in prose: `desktop application`, `phone app`, `web portal`, `mobile PWA`. */
export type ClientKind = 'web' | 'mobile' | 'pwa' | 'desktop' | 'cli' | 'api';

const CLIENT_PATTERNS: ReadonlyArray<[ClientKind, RegExp]> = [
  ['pwa', /\bPWAs?\b|progressive web app/i],
  ['desktop', /\bdesktop (app|application|client|program|software)s?\b|\bwindows (app|application)\b/i],
  ['mobile', /\b(mobile|phone|smartphone|tablet|ios|android|native) (app|application|client)s?\b|\bon (the|their|a) (phone|smartphone|tablet)s?\b|\biOS\b|\bAndroid\b/i],
  ['web', /\bweb[- ](app|application|portal|client|frontend|front-end|ui|interface|dashboard|site|browser)s?\b|\bbrowsers?\b|\bSPA\b|\bweb-based\b|\bwebsite\b|\bportal\b/i],
  ['cli', /\bcommand[- ]line\b|\bCLI\b|\bterminal client\b/i],
  ['api', /\bAPI (client|consumer|user)s?\b|\bexternal systems?\b|\bwebhook consumers?\b|\bmachine clients?\b/i],
];

/** Every client kind a piece of text names, in a stable order. */
export function clientKindsIn(text: string): ClientKind[] {
  return CLIENT_PATTERNS.filter(([, re]) => re.test(text)).map(([kind]) => kind);
}

export const OFFLINE = /\boffline\b|\bwithout (?:a |any )?(?:network|internet|mobile data|signal|connectivity|reception)\b|\bno (?:network|signal|internet|mobile) (?:coverage|connection|access)\b|\bpoor (?:connectivity|coverage)\b/i;
