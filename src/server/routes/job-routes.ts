import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { jobsRepository } from '../../store/repositories/jobs-repository.js';
import { projectsRepository } from '../../store/repositories/projects-repository.js';
import type { AppContext } from '../app-context.js';
import { notFound, quotaExceeded } from '../app-error.js';
import type { Step } from '../schemas/entities.js';
import { jobDto } from '../services/dto.js';
import { streamJobEvents } from '../services/job-event-stream.js';
import { defineRoute } from './define-route.js';
import { scoped } from './scoped.js';

async function createJob(ctx: AppContext, request: FastifyRequest, projectId: string, step: Step | null) {
  const id = randomUUID();
  const tenant = request.tenant!;
  const job = await scoped(ctx, request, async (s) => {
    if (!(await projectsRepository.get(s, projectId))) throw notFound('The project');
    if ((await jobsRepository.countActive(s)) >= ctx.config.quotas.concurrentJobs) throw quotaExceeded('concurrentJobs', ctx.config.quotas.concurrentJobs);
    await jobsRepository.create(s, { id, projectId, kind: 'generate', step, createdBy: tenant.actorType === 'user' ? tenant.actorId : null });
    return jobsRepository.get(s, projectId, id);
  });
  await ctx.queue.enqueue({ orgId: tenant.orgId, jobId: id });
  request.auditTarget = id;
  return jobDto(job!);
}

export function jobRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, 'generateStep', async (request, reply) => reply.status(202).send(await createJob(ctx, request, request.params.projectId, request.params.step)));
  defineRoute(app, 'generateAll', async (request, reply) => reply.status(202).send(await createJob(ctx, request, request.params.projectId, null)));

  defineRoute(app, 'listJobs', async (request) => {
    const { projectId } = request.params;
    const rows = await scoped(ctx, request, async (s) => {
      if (!(await projectsRepository.get(s, projectId))) throw notFound('The project');
      return jobsRepository.list(s, projectId);
    });
    return { items: rows.map(jobDto) };
  });

  defineRoute(app, 'getJob', async (request) => {
    const { projectId, jobId } = request.params;
    const job = await scoped(ctx, request, (s) => jobsRepository.get(s, projectId, jobId));
    if (!job) throw notFound('The job');
    return jobDto(job);
  });

  defineRoute(app, 'jobEvents', async (request, reply) => {
    const { projectId, jobId } = request.params;
    const job = await scoped(ctx, request, (s) => jobsRepository.get(s, projectId, jobId));
    if (!job) throw notFound('The job');
    const header = request.headers['last-event-id'];
    const query = (request.query ?? {}) as Record<string, string | undefined>;
    const lastId = Number((typeof header === 'string' ? header : undefined) ?? query.lastEventId ?? 0);
    await streamJobEvents(ctx, request, reply, { orgId: request.tenant!.orgId, jobId, afterSeq: Number.isFinite(lastId) && lastId > 0 ? Math.floor(lastId) : 0 });
  });
}
