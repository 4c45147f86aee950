import { useMemo } from 'react';
import { api } from '../api/archway-api.js';
import type { DocumentSummary } from '../api/api-types.js';
import { useResource } from '../api/use-resource.js';
import { Link } from '../router/link.js';
import { adrStatus, isAdr } from './adr-status.js';

export interface DocumentNavProps {
  readonly org: string;
  readonly project: string;
  readonly documents: readonly DocumentSummary[];
  readonly selected: string | null;
  readonly base: string;
}

const href = (base: string, path: string) => `${base}?doc=${encodeURIComponent(path)}`;

/** The step's documents; ADRs are listed on their own with their status. */
export function DocumentNav({ org, project, documents, selected, base }: DocumentNavProps) {
  const sorted = useMemo(() => [...documents].sort((a, b) => a.path.localeCompare(b.path)), [documents]);
  const adrs = sorted.filter((d) => isAdr(d.path));
  const others = sorted.filter((d) => !isAdr(d.path));
  return (
    <nav className="doc-nav" aria-label="Documents">
      {others.length > 0 ? (
        <>
          <h2>Documents</h2>
          <ul>
            {others.map((d) => (
              <li key={d.id}>
                <Link to={href(base, d.path)} aria-current={d.path === selected ? 'page' : undefined}>
                  <span>{d.path}</span>
                  <span className="muted">v{d.activeVersion}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {adrs.length > 0 ? <AdrList org={org} project={project} adrs={adrs} selected={selected} base={base} /> : null}
    </nav>
  );
}

function AdrList({ org, project, adrs, selected, base }: { org: string; project: string; adrs: readonly DocumentSummary[]; selected: string | null; base: string }) {
  const key = adrs.map((d) => `${d.id}@${d.activeVersion}`).join(',');
  const [statuses] = useResource(`${org}|${project}|${key}`, async () => {
    const entries = await Promise.all(
      adrs.map(async (d) => [d.id, adrStatus((await api.version(org, project, d.id, d.activeVersion)).content)] as const),
    );
    return new Map(entries);
  });
  return (
    <>
      <h2 id="adr-list">Decisions (ADRs)</h2>
      <ul aria-labelledby="adr-list">
        {adrs.map((d) => {
          const status = statuses.data?.get(d.id) ?? null;
          return (
            <li key={d.id}>
              <Link to={href(base, d.path)} aria-current={d.path === selected ? 'page' : undefined}>
                <span>{d.path.split('/').pop()?.replace(/\.md$/, '')}</span>
                {status ? <span className={`badge ${status.toLowerCase() === 'accepted' ? 'badge-ok' : 'badge-warn'}`}>{status}</span> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
