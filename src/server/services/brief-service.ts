import type { ArchwayIssue, UnderstoodBrief } from '../../index.js';
import { ArchwayError } from '../../errors/issue.js';
import { projectsRepository } from '../../store/repositories/projects-repository.js';
import type { Scope } from '../../store/tenant-scope.js';
import type { AppContext } from '../app-context.js';

export interface BriefState {
  readonly understood: UnderstoodBrief | null;
  readonly questions: UnderstoodBrief['questions'];
  readonly answers: Record<string, string>;
  readonly issues: readonly ArchwayIssue[];
}

/**
 * Reads the project's inputs (and answers) into an understood brief and keeps it on the project.
 * Input problems come back as issues; they never fail the request that saved the input.
 */
export async function rereadBrief(ctx: AppContext, s: Scope, projectId: string): Promise<BriefState> {
  const project = await projectsRepository.get(s, projectId);
  const inputs = await projectsRepository.listInputs(s, projectId);
  const answers = project?.answers ?? {};
  if (inputs.length === 0) return { understood: null, questions: [], answers, issues: [] };
  try {
    const understood = await ctx.generator.understand(inputs.map((i) => ({ path: i.path, content: i.content })), answers);
    await projectsRepository.setUnderstood(s, projectId, understood);
    return { understood, questions: understood.questions, answers, issues: understood.issues };
  } catch (err) {
    if (err instanceof ArchwayError) return { understood: null, questions: [], answers, issues: err.issues };
    const message = err instanceof Error ? err.message : String(err);
    return { understood: null, questions: [], answers, issues: [{ code: 'BRIEF_UNAVAILABLE', severity: 'error', message: `The inputs could not be read: ${message}`, hint: 'Check the inputs; if they look right, report this with the request id.' }] };
  }
}

export function storedBrief(project: { understood: unknown; answers: Record<string, string> | null }): BriefState {
  const understood = (project.understood ?? null) as UnderstoodBrief | null;
  return { understood, questions: understood?.questions ?? [], answers: project.answers ?? {}, issues: understood?.issues ?? [] };
}
