import { useState } from 'react';
import { api } from '../api/archway-api.js';
import type { Step, StepState } from '../api/api-types.js';
import { errorMessage } from '../components/states.js';
import { ProgressPanel } from './progress-panel.js';
import { stepTitles } from './steps.js';
import { useGeneration } from './use-generation.js';

export interface GenerateBarProps {
  readonly org: string;
  readonly project: string;
  readonly step: Step;
  readonly info: StepState | null;
  readonly onFinished: () => void;
}

/** "Generate" for one step, and the live progress of its job — also of a job already running on load. */
export function GenerateBar({ org, project, step, info, onFinished }: GenerateBarProps) {
  const [startedJob, setStartedJob] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const running = info !== null && (info.status === 'running' || info.status === 'queued') ? info.jobId : null;
  const jobId = startedJob ?? running;
  const { progress } = useGeneration(jobId === null ? null : api.jobEventsPath(org, project, jobId), onFinished);
  const active = progress !== null && progress.status === 'running';

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const job = await api.generate(org, project, step);
      setStartedJob(job.id);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const done = info?.status === 'done' || info?.status === 'stale';
  return (
    <div>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => void start()} disabled={busy || active}>
          {active ? 'Generating…' : done ? `Regenerate ${stepTitles[step]}` : `Generate ${stepTitles[step]}`}
        </button>
        {info?.status === 'stale' ? <span className="badge badge-warn">inputs changed since the last generation</span> : null}
        {info?.status === 'failed' && progress === null ? <span className="badge badge-bad">the last run failed</span> : null}
      </div>
      {error ? (
        <p className="state state-error" role="alert">
          {error}
        </p>
      ) : null}
      {progress !== null ? <ProgressPanel progress={progress} /> : null}
    </div>
  );
}
