import { singular } from '../ingest/inflect.js';
import { allClauses, at, type Clause } from './clause-scan.js';
import { clientKindsIn, OFFLINE } from './client-kinds.js';
import { addItem, addStrings, getPath, setFact, setFlag, type FactSet } from './fact-set.js';
import type { SourceRef } from '../model/source.js';
import type { TextUnit } from './markdown-units.js';

/** Phrases that switch a capability on. Read in every section except Constraints (which names technologies). */
const FLAGS: ReadonlyArray<[string, RegExp]> = [
  ['capabilities.clients.publicApi', /\bpublic (?:REST |HTTP |GraphQL )?API\b|\bscriptable through the API\b|\bAPI keys? for automation\b|\bthird[- ]party developers\b|\bopen API for\b/i],
  ['capabilities.offline', OFFLINE],
  ['capabilities.search.fullText', /\bfull[- ]text search\b|\bkeyword search\b|\bsearch (?:by|on) (?:name|title|text|keyword)s?\b/i],
  ['capabilities.search.semantic', /\bsemantic search\b|\bvector search\b|\bsimilarity search\b/i],
  ['capabilities.ai.llm', /\bLLMs?\b|\blanguage models?\b|\bAI\b|\bGPT\b|\bmodel completions?\b|\bgenerative\b/],
  ['capabilities.ai.embeddings', /\bembeddings?\b|\bsemantic search\b|\bvector search\b|\bsimilarity search\b/i],
  ['capabilities.ai.pluggableProviders', /\bprovider is pluggable\b|\bpluggable (?:AI |LLM |model )?providers?\b|\bproviders? (?:is|are) (?:pluggable|configurable|swappable)\b|\bswap(?:pable)? (?:the )?(?:AI|LLM|model) providers?\b/i],
  ['capabilities.ai.tools', /\b(?:agents?|models?|LLMs?)\s+(?:may\s+|can\s+)?(?:call|use|invoke)s?\s+tools\b|\btool[- ]calling\b|\bfunction[- ]calling\b|\bMCP\b|\bgive them tools\b/i],
  ['capabilities.payments', /\bpayments?\b|\bcredit cards?\b|\bcheckout\b/i],
  ['capabilities.analytics', /\banalytics\b|\bdashboards?\b/i],
  ['capabilities.reporting', /\breports?\b|\breporting\b/i],
  ['capabilities.backgroundJobs', /\bbackground (?:jobs?|tasks?|processing|workers?)\b|\bjob queues?\b|\btask queues?\b|\blong[- ]running\b|\blong \w+ (?:steps|jobs|tasks|operations)\b|\bprocessed asynchronously\b/i],
  ['capabilities.audit', /\baudit(?:able)?\s+(?:trail|logs?|logging|events?)\b/i],
  ['capabilities.domainEvents', /\bdomain events?\b|\bevent[- ]driven\b|\bfor every \w+ event\b|\b(?:creating|deleting|updating|completing|closing|when)\b[^.;]*\b(?:sends?|triggers?|attaches|notif\w*)\b/i],
  ['capabilities.metering', /\bmeter(?:ed|ing)\b|\busage[- ]based\b|\busage (?:records?|events?|tracking)\b/i],
  ['capabilities.apiKeys', /\bAPI keys?\b/i],
  ['capabilities.webhooksOut', /\boutgoing webhooks?\b|\bwebhooks? (?:out|delivered|to|for every)\b|\bsends? webhooks?\b|\bwebhook consumers?\b/i],
  ['capabilities.webhooksIn', /\bincoming webhooks?\b|\breceives? webhooks?\b|\bwebhooks? from\b/i],
  ['capabilities.sync', /\b(?:two-way|bidirectional|bi-directional)\s+sync\w*\b|\bsynchroni[sz]\w*\s+with\b/i],
  ['capabilities.vpn', /\bVPN\b|\bWireGuard\b/i],
  ['capabilities.provisioning', /\bprovision(?:ed|ing|s)?\b/i],
  ['capabilities.backupRestore', /\bbackups?\b[^.;]*\brestor/i],
  ['capabilities.rbac', /\bRBAC\b|\broles?\b|\brole-based\b|\badmins? can (?:access|see|manage|read)\b/i],
  ['capabilities.ownership', /\b(?:only|can only)\s+(?:access|see|read|edit|manage)\s+(?:their|his|her)\s+own\b/i],
  ['capabilities.rateLimits', /\brate[- ]limit(?:s|ed|ing)?\b|\bthrottl\w*\b/i],
  ['capabilities.versioning', /\bversion(?:s|ed|ing)?\b(?!\s*\d)/i],
];

const NOTIFY = /\b(?:sends?|sent|receives?|notif\w*|alerts?|by)\b/i;
const CHANNELS: ReadonlyArray<['email' | 'sms' | 'push' | 'in-app', RegExp]> = [
  ['email', /\be-?mails?\b/i],
  ['sms', /\bSMS\b|\btext messages?\b/i],
  ['push', /\bpush(?: notifications?)?\b/i],
  ['in-app', /\bin-app\b/i],
];

const SCHEDULES: ReadonlyArray<[string, RegExp]> = [
  ['nightly', /\bevery night\b|\bnightly\b|\beach night\b|\bovernight\b/i],
  ['hourly', /\bevery hour\b|\bhourly job\b/i],
  ['daily', /\bevery day at\b|\bonce a day\b|\bdaily job\b/i],
  ['weekly', /\bevery week\b|\bonce a week\b/i],
  ['monthly', /\bevery month\b|\bonce a month\b|\bat month[- ]end\b/i],
];

function realtime(set: FactSet, c: Clause): void {
  const m =
    /\breal[- ]?time\s+([a-z]+)(?:\s+(?:about|for|of|on)\s+(?:their|its|the)?\s*([a-z]+))?/i.exec(c.text) ??
    /\bstreams?\s+(?:their|its)\s+progress\b|\bstream(?:s|ed)?\s+back\b|\btoken by token\b|\blive updates?\b|\bserver-sent events\b|\bwebsockets?\b|\bpush(?:ed)? updates\b/i.exec(c.text);
  if (!m) return;
  setFlag(set, 'capabilities.realtime.needed', at(c, m.index));
  let purpose: string;
  if (/token/i.test(c.text)) purpose = 'token streaming';
  else if (/progress/i.test(m[0])) {
    const subject = /\b([a-z]+)\s+(?:steps?|jobs?|tasks?|runs?)\s+streams?\s+(?:their|its)\s+progress/i.exec(c.text);
    purpose = subject ? `${subject[1]!.toLowerCase()} progress` : 'progress';
  } else if (m[1]) purpose = m[2] ? `${singular(m[2].toLowerCase())} ${m[1].toLowerCase()}` : m[1].toLowerCase();
  else purpose = m[0].toLowerCase();
  addStrings(set, 'capabilities.realtime.purposes', [purpose], at(c, m.index));
  const two = /\bbidirectional\b|\btwo-way real[- ]?time\b|\bcollaborative editing\b|\bwebsockets?\b/i.exec(c.text);
  if (two) setFact(set, 'capabilities.realtime.direction', 'bidirectional', at(c, two.index));
}

function files(set: FactSet, c: Clause): void {
  const kinds: string[] = [];
  for (const m of c.text.matchAll(/\b(photos?|images?|pictures?|videos?|attachments?|recordings?)\b/gi)) kinds.push(`${singular(m[1]!.toLowerCase())}s`);
  if (/\buploaded\b|\buploads?\b/i.test(c.text)) {
    for (const m of c.text.matchAll(/\b(documents?|files?)\b/gi)) kinds.push(`${singular(m[1]!.toLowerCase())}s`);
  }
  if (kinds.length === 0) return;
  const specific = kinds.filter((k) => k !== 'files');
  setFlag(set, 'capabilities.files.needed', at(c));
  addStrings(set, 'capabilities.files.kinds', specific.length > 0 ? specific : kinds, at(c));
}

function notifications(set: FactSet, c: Clause): void {
  if (!NOTIFY.test(c.text)) return;
  for (const [channel, re] of CHANNELS) {
    const m = re.exec(c.text);
    if (!m || (channel === 'push' && !/\bnotif|\bpush (?:notifications?|messages?)|\bpush and\b|, push\b/i.test(c.text))) continue;
    addStrings(set, 'capabilities.notifications', [channel], at(c, m.index));
  }
}

function scheduled(set: FactSet, c: Clause): void {
  for (const [schedule, re] of SCHEDULES) {
    const m = re.exec(c.text);
    if (!m) continue;
    const file = /\b(?:an?|the)\s+([a-z]+)\s+files?\b[^.;]*\b(?:dropped|drop|written|placed|put|exported)\b/i.exec(c.text);
    const what = /\b(?:export|backup|report|digest|summary|sync\w*|import|clean\w*|reminder)s?\b/i.exec(c.text);
    const name = file ? `${file[1]!.toLowerCase()} file drop` : what ? `${what[0].toLowerCase()} job` : `${schedule} job`;
    addItem(set, 'capabilities.scheduledJobs', 'name', { name, schedule }, at(c, m.index));
    return;
  }
}

/** Clients, offline, realtime, search, files, AI, notifications, billing, jobs and the other capabilities. */
export function extractCapabilities(set: FactSet, units: readonly TextUnit[]): void {
  const prose = units.filter((u) => u.section !== 'constraints');
  const billing: { usage?: SourceRef; subscription?: SourceRef } = {};
  for (const c of allClauses(prose)) {
    for (const kind of clientKindsIn(c.text)) if (kind !== 'api') setFlag(set, `capabilities.clients.${kind}`, at(c));
    if (/\bAPI (?:client|consumer)s?\b/i.test(c.text)) setFlag(set, 'capabilities.clients.publicApi', at(c));
    for (const [path, re] of FLAGS) {
      const m = re.exec(c.text);
      if (m && !(path.endsWith('versioning') && /\bAPI version/i.test(c.text))) setFlag(set, path, at(c, m.index));
    }
    if (/\bagents?\b/i.test(c.text) && getPath(set.data, 'capabilities.ai.llm') === true) setFlag(set, 'capabilities.ai.agents', at(c));
    realtime(set, c);
    files(set, c);
    notifications(set, c);
    scheduled(set, c);
    const usage = /\busage[- ]based billing\b|\bmetered\b[^.;]*\bbilling\b|\bpay[- ]as[- ]you[- ]go\b|\bbilled by usage\b/i.exec(c.text);
    if (usage) billing.usage ??= at(c, usage.index);
    const subscription = /\bsubscriptions?\b/i.exec(c.text);
    if (subscription && c.unit.section !== 'personas' && c.unit.section !== 'data') billing.subscription ??= at(c, subscription.index);
    const exportTo = /\bexports?\b[^.;]*?\b(ZIP|CSV|PDF|JSON|Excel|XLSX|XML|Markdown)\b/i.exec(c.text);
    if (exportTo) addStrings(set, 'capabilities.export', [exportTo[1]!.toLowerCase()], at(c, exportTo.index));
    const saml = /\bSAML\b/.exec(c.text);
    if (saml) addStrings(set, 'capabilities.sso', ['saml'], at(c, saml.index));
    const oidc = /\bOIDC\b|\bOpenID Connect\b/i.exec(c.text);
    if (oidc) addStrings(set, 'capabilities.sso', ['oidc'], at(c, oidc.index));
  }
  // Usage-based billing usually comes with subscriptions; the stronger statement wins.
  if (billing.usage) setFact(set, 'capabilities.billing', 'usage-based', billing.usage);
  else if (billing.subscription) setFact(set, 'capabilities.billing', 'subscription', billing.subscription);
}
