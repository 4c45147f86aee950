import { Link } from '../router/link.js';

export type StepState = 'not-started' | 'queued' | 'running' | 'done' | 'failed' | 'stale';

export interface StepItem {
  readonly slug: string;
  readonly title: string;
  readonly state: StepState;
  readonly href: string;
}

const stateLabel: Record<StepState, string> = {
  'not-started': 'not started',
  queued: 'queued',
  running: 'running',
  done: 'done',
  failed: 'failed',
  stale: 'out of date',
};

const stateIcon: Record<StepState, string> = {
  'not-started': '○',
  queued: '◔',
  running: '◑',
  done: '✓',
  failed: '!',
  stale: '↻',
};

/** The four project steps in order, each with its state; the current one is marked. */
export function Stepper({ steps, current }: { readonly steps: readonly StepItem[]; readonly current: string }) {
  return (
    <nav className="stepper" aria-label="Project steps">
      <ol>
        {steps.map((step, index) => (
          <li key={step.slug} className={`step step-${step.state}${step.slug === current ? ' step-current' : ''}`}>
            <Link to={step.href} aria-current={step.slug === current ? 'step' : undefined}>
              <span className="step-icon" aria-hidden="true">
                {stateIcon[step.state]}
              </span>
              <span className="step-text">
                <span className="step-title">
                  {index + 1}. {step.title}
                </span>
                <span className="step-state">{stateLabel[step.state]}</span>
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
