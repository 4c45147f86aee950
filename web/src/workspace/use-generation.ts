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
}

const initial: Progress = { status: 'running', fraction: 0, log: [], connected: true, error: null };

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/** Folds one progress event (started, step, section, done, error) into the progress shown. */
export function applyEvent(progress: Progress, message: SseMessage): Progress {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(message.data);
    if (typeof parsed === 'object' && parsed !== null) data = parsed as Record<string, unknown>;
  } catch {
    data = { message: message.data };
  }
  const done = num(data.done) ?? num(data.index) ?? num(data.completed);
  const total = num(data.total);
  const explicit = num(data.progress) ?? num(data.fraction) ?? num(data.percent);
  let fraction = progress.fraction;
  if (explicit !== null) fraction = explicit > 1 ? explicit / 100 : explicit;
  else if (done !== null && total !== null && total > 0) fraction = done / total;
  fraction = Math.min(1, Math.max(progress.fraction, fraction));
  const label = str(data.title) ?? str(data.section) ?? str(data.path) ?? str(data.message) ?? str(data.step);
  switch (message.event) {
    case 'done':
      return { ...progress, status: 'done', fraction: 1, log: [...progress.log, 'Done.'] };
    case 'error':
      return { ...progress, status: 'failed', error: str(data.message) ?? str(data.error) ?? 'The job failed.' };
    case 'started':
      return { ...progress, log: [...progress.log, `Started${label ? `: ${label}` : ''}`] };
    case 'step':
    case 'section':
      return { ...progress, fraction, log: label ? [...progress.log, `${message.event === 'step' ? 'Step' : 'Wrote'}: ${label}`] : progress.log };
    default:
      return { ...progress, fraction };
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
