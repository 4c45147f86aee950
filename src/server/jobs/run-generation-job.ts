import { ArchwayError } from '../../errors/issue.js';
import { auditRepository } from '../../store/repositories/audit-repository.js';
import { documentsRepository } from '../../store/repositories/documents-repository.js';
import { jobsRepository } from '../../store/repositories/jobs-repository.js';
import { projectsRepository } from '../../store/repositories/projects-repository.js';
import { inTenant, type TenantContext } from '../../store/tenant-scope.js';
import type { AppContext } from '../app-context.js';
import { STEPS, type GenerationResult, type Step } from '../schemas/entities.js';
import { stepOfFile } from '../services/step-files.js';
import type { JobRef } from './job-queue.js';

type Change = GenerationResult['documents'][number]['change'];

/**
 * Runs one generation job: understand the inputs, design the package with the library, and store
 * each file of the requested steps as a new document version when its content changed. Progress
 * is stored as events (started, step, section, done, error) that the SSE stream replays.
 */
export async function runGenerationJob(ctx: AppContext, ref: JobRef): Promise<void> {
  const tenant: TenantContext = { orgId: ref.orgId, userId: null };
  const tx = <T>(fn: Parameters<typeof inTenant<T>>[2]) => inTenant(ctx.db, tenant, fn);
  const job = await tx((s) => jobsRepository.getById(s, ref.jobId));
  if (!job || !(await tx((s) => jobsRepository.claim(s, ref.jobId)))) return;
  const emit = async (type: string, data: unknown) => {
    await tx((s) => jobsRepository.appendEvent(s, ref.jobId, type, data));
    ctx.signals.notify(ref.jobId);
  };
  const steps: Step[] = job.step ? [job.step as Step] : [...STEPS];
  try {
    await emit('started', { jobId: ref.jobId, steps });
    const project = await tx((s) => projectsRepository.get(s, job.project_id));
    const inputs = await tx((s) => projectsRepository.listInputs(s, job.project_id));
    if (!project) throw new Error('the project no longer exists');
    if (inputs.length === 0) throw new JobFailure('NO_INPUTS', 'The project has no requirement inputs yet: add a Markdown document or a brief first.');
    const understood = await ctx.generator.understand(inputs.map((i) => ({ path: i.path, content: i.content })), project.answers ?? {});
    await tx((s) => projectsRepository.setUnderstood(s, job.project_id, understood));
    const files = await ctx.generator.render(understood);
    const documents: GenerationResult['documents'][number][] = [];
    const quota = ctx.config.quotas;
    for (const [index, step] of steps.entries()) {
      await emit('step', { step, index: index + 1, total: steps.length });
      const stepFiles = files.filter((f) => stepOfFile(f.path) === step).sort((a, b) => a.path.localeCompare(b.path));
      for (const file of stepFiles) {
        const content = typeof file.content === 'string' ? file.content : Buffer.from(file.content).toString('utf8');
        const written = await tx(async (s) => {
          const current = (await documentsRepository.listActiveWithContent(s, job.project_id)).find((d) => d.path === file.path);
          if (current && current.content === content) return { documentId: current.id, version: current.active_version, change: 'unchanged' as Change };
          if (!current && (await documentsRepository.count(s)) >= quota.documents) throw new JobFailure('QUOTA_EXCEEDED', `The organization's quota of ${quota.documents} documents is reached.`);
          const v = await documentsRepository.appendVersion(s, job.project_id, { path: file.path, step, content, source: 'generated', createdBy: job.created_by });
          return { documentId: v.documentId, version: v.version, change: (current ? 'changed' : 'added') as Change };
        });
        documents.push({ path: file.path, step, ...written });
        await emit('section', { step, path: file.path, documentId: written.documentId, version: written.version, change: written.change });
      }
    }
    const result: GenerationResult = { steps, documents };
    await tx((s) => jobsRepository.finish(s, ref.jobId, { status: 'succeeded', error: null, result }));
    await emit('done', result);
    await audit(ctx, tenant, job, 'job.succeeded', 'success');
    ctx.metrics.jobs.inc({ kind: job.kind, status: 'succeeded' });
  } catch (err) {
    const { code, message } = describe(err);
    await tx((s) => jobsRepository.finish(s, ref.jobId, { status: 'failed', error: message, result: null }));
    await emit('error', { code, message });
    await audit(ctx, tenant, job, 'job.failed', 'failure');
    ctx.metrics.jobs.inc({ kind: job.kind, status: 'failed' });
  }
}

class JobFailure extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

function describe(err: unknown): { code: string; message: string } {
  if (err instanceof JobFailure) return { code: err.code, message: err.message };
  if (err instanceof ArchwayError) return { code: 'INPUT_INVALID', message: err.issues.map((i) => `${i.location?.file ?? ''}${i.location?.line ? `:${i.location.line}` : ''} ${i.code}: ${i.message}`.trim()).join('\n') };
  return { code: 'GENERATION_FAILED', message: err instanceof Error ? err.message : String(err) };
}

async function audit(ctx: AppContext, tenant: TenantContext, job: { id: string; project_id: string; created_by: string | null }, action: string, outcome: 'success' | 'failure') {
  await inTenant(ctx.db, tenant, (s) =>
    auditRepository.append(s, { projectId: job.project_id, actorType: 'system', actorId: job.created_by, action, target: job.id, requestId: null, outcome, statusCode: null }),
  );
}
