import { useCallback, useEffect, useRef, useState } from 'react';
import { API_BASE, authHeaders } from '../api/api-client.js';
import { openEventStream } from '../api/event-stream.js';
import type { SseMessage } from '../api/sse-parser.js';

export interface Progress {
  readonly status: 'running' | 'done' | 'failed';
  readonly fraction: number;
  readonly log: readonly string[];
  readonly connected: boolean;
  readonly error: string | null;
  readonly stepBase: number;
  readonly stepShare: number;
  readonly sections: number;
}

const initial: Progress = { status: 'running', fraction: 0, log: [], connected: true, error: null, stepBase: 0, stepShare: 1, sections: 0 };

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/**
 * Folds one progress event into the progress shown. The server sends `started`, `step`
 * ({ step, index, total }), `section` ({ path, change }) per document written, `done` (the
 * generation result) and `error` ({ code, message }). Within a step the bar creeps towards the
 * step's end as sections arrive, since their number is not known in advance.
 */
export function applyEvent(progress: Progress, message: SseMessage): Progress {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(message.data);
    if (typeof parsed === 'object' && parsed !== null) data = parsed as Record<string, unknown>;
  } catch {
    data = { message: message.data };
  }
  switch (message.event) {
    case 'started':
      return { ...progress, log: [...progress.log, 'Reading the requirements…'] };
    case 'step': {
      const index = num(data.index) ?? 1;
      const total = Math.max(1, num(data.total) ?? 1);
      const name = str(data.step) ?? `step ${index}`;
      return {
        ...progress,
        stepBase: (index - 1) / total,
        stepShare: 1 / total,
        sections: 0,
        fraction: Math.max(progress.fraction, (index - 1) / total),
        log: [...progress.log, `Step ${index} of ${total}: ${name}`],
      };
    }
    case 'section': {
      const sections = progress.sections + 1;
      const fraction = progress.stepBase + progress.stepShare * (sections / (sections + 3));
      const path = str(data.path) ?? str(data.title) ?? 'a section';
      const change = str(data.change);
      return {
        ...progress,
        sections,
        fraction: Math.min(0.99, Math.max(progress.fraction, fraction)),
        log: [...progress.log, `${change === 'unchanged' ? 'Unchanged' : change === 'added' ? 'Wrote' : 'Updated'} ${path}`],
      };
    }
    case 'done': {
      const documents = Array.isArray(data.documents) ? (data.documents as { change?: unknown }[]) : [];
      const changed = documents.filter((d) => d.change !== 'unchanged').length;
      return { ...progress, status: 'done', fraction: 1, log: [...progress.log, `Done: ${changed} of ${documents.length} documents new or changed.`] };
    }
    case 'error':
      return { ...progress, status: 'failed', error: str(data.message) ?? 'The job failed.', log: [...progress.log, `Failed: ${str(data.message) ?? 'unknown error'}`] };
    default:
      return progress;
  }
}

/** Follows a generation job's progress stream; `onFinished` runs once when it is done or failed. */
export function useGeneration(eventsPath: string | null, onFinished: () => void) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const finishedRef = useRef(false);
  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;

  useEffect(() => {
    if (eventsPath === null) return;
    finishedRef.current = false;
    setProgress(initial);
    const close = openEventStream({
      url: `${API_BASE}${eventsPath}`,
      headers: authHeaders,
      isFinished: () => finishedRef.current,
      onConnection: (connected) => setProgress((p) => (p ? { ...p, connected } : p)),
      onMessage: (message) => {
        setProgress((p) => applyEvent(p ?? initial, message));
        if ((message.event === 'done' || message.event === 'error') && !finishedRef.current) {
          finishedRef.current = true;
          onFinishedRef.current();
        }
      },
    });
    return close;
  }, [eventsPath]);

  const dismiss = useCallback(() => setProgress(null), []);
  return { progress, dismiss };
}
