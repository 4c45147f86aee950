import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { documentsRepository } from '../../store/repositories/documents-repository.js';
import { jobsRepository } from '../../store/repositories/jobs-repository.js';
import { projectsRepository } from '../../store/repositories/projects-repository.js';
import { searchRepository } from '../../store/repositories/search-repository.js';
import type { Scope } from '../../store/tenant-scope.js';
import type { AppContext } from '../app-context.js';
import { conflict, notFound, quotaExceeded } from '../app-error.js';
import { STEPS } from '../schemas/entities.js';
import { rereadBrief, storedBrief } from '../services/brief-service.js';
import { isoRequired, projectDto, slugify } from '../services/dto.js';
import { stepOfFile } from '../services/step-files.js';
import { defineRoute } from './define-route.js';
import { actorOf, scoped } from './scoped.js';

async function requireProject(s: Scope, projectId: string) {
  const p = await projectsRepository.get(s, projectId);
  if (!p) throw notFound('The project');
  return p;
}

async function checkStorage(ctx: AppContext, s: Scope, addBytes: number) {
  const used = await projectsRepository.storageBytes(s);
  if (used + addBytes > ctx.config.quotas.storageBytes) throw quotaExceeded('storageBytes', ctx.config.quotas.storageBytes);
}

export function projectRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, 'listProjects', async (request) => {
    const { limit, offset } = request.query;
    return scoped(ctx, request, async (s) => ({ items: (await projectsRepository.list(s, { limit, offset })).map(projectDto), total: await projectsRepository.count(s) }));
  });

  defineRoute(app, 'createProject', async (request, reply) => {
    const body = request.body;
    const id = randomUUID();
    const project = await scoped(ctx, request, async (s) => {
      if ((await projectsRepository.count(s)) >= ctx.config.quotas.projects) throw quotaExceeded('projects', ctx.config.quotas.projects);
      await checkStorage(ctx, s, body.inputs.reduce((n, i) => n + Buffer.byteLength(i.content), 0));
      let slug = body.slug ?? slugify(body.name);
      if (await projectsRepository.slugExists(s, slug)) {
        if (body.slug) throw conflict('SLUG_TAKEN', `A project with slug '${slug}' exists.`, [{ path: 'body.slug', message: 'taken' }]);
        slug = `${slug.slice(0, 50)}-${id.slice(0, 6)}`;
      }
      await projectsRepository.create(s, { id, name: body.name.trim(), slug, description: body.description, createdBy: actorOf(request) });
      for (const input of body.inputs) await projectsRepository.putInput(s, id, { id: randomUUID(), ...input });
      if (body.inputs.length > 0) await rereadBrief(ctx, s, id);
      return requireProject(s, id);
    });
    request.auditTarget = id;
    return reply.status(201).send(projectDto(project));
  });

  defineRoute(app, 'getProject', async (request) => {
    const { projectId } = request.params;
    return scoped(ctx, request, async (s) => {
      const p = await requireProject(s, projectId);
      const jobs = await jobsRepository.list(s, projectId);
      const docs = await documentsRepository.list(s, projectId);
      const steps = STEPS.map((step) => {
        const job = jobs.find((j) => j.step === step || j.step === null);
        const documents = docs.filter((d) => d.step === step).length;
        let status: 'not-started' | 'queued' | 'running' | 'done' | 'failed' | 'stale' = documents > 0 ? 'done' : 'not-started';
        if (job?.status === 'queued' || job?.status === 'running' || job?.status === 'failed') status = job.status;
        else if (job?.status === 'succeeded') status = job.finished_at && p.updated_at > job.finished_at ? 'stale' : 'done';
        return { step, status, jobId: job?.id ?? null, documents };
      });
      const brief = storedBrief(p);
      return { ...projectDto(p), steps, questions: brief.questions, problems: brief.issues };
    });
  });

  defineRoute(app, 'updateProject', async (request) => {
    const { projectId } = request.params;
    return scoped(ctx, request, async (s) => {
      await requireProject(s, projectId);
      await projectsRepository.update(s, projectId, request.body);
      return projectDto(await requireProject(s, projectId));
    });
  });

  defineRoute(app, 'deleteProject', async (request, reply) => {
    const ok = await scoped(ctx, request, (s) => projectsRepository.remove(s, request.params.projectId));
    if (!ok) throw notFound('The project');
    return reply.status(204).send();
  });

  defineRoute(app, 'listInputs', async (request) => {
    const rows = await scoped(ctx, request, async (s) => {
      await requireProject(s, request.params.projectId);
      return projectsRepository.listInputs(s, request.params.projectId);
    });
    return { items: rows.map((i) => ({ path: i.path, content: i.content, updatedAt: isoRequired(i.updated_at) })) };
  });

  defineRoute(app, 'putInput', async (request) => {
    const { projectId } = request.params;
    const { path, content } = request.body;
    return scoped(ctx, request, async (s) => {
      await requireProject(s, projectId);
      await checkStorage(ctx, s, Buffer.byteLength(content));
      await projectsRepository.putInput(s, projectId, { id: randomUUID(), path, content });
      const brief = await rereadBrief(ctx, s, projectId);
      await projectsRepository.update(s, projectId, {});
      const input = (await projectsRepository.listInputs(s, projectId)).find((i) => i.path === path)!;
      return { input: { path: input.path, content: input.content, updatedAt: isoRequired(input.updated_at) }, problems: brief.issues };
    });
  });

  defineRoute(app, 'deleteInput', async (request, reply) => {
    const { projectId } = request.params;
    await scoped(ctx, request, async (s) => {
      await requireProject(s, projectId);
      if (!(await projectsRepository.removeInput(s, projectId, request.query.path))) throw notFound('The input');
      await rereadBrief(ctx, s, projectId);
      await projectsRepository.update(s, projectId, {});
    });
    return reply.status(204).send();
  });

  defineRoute(app, 'getBrief', async (request) => {
    return scoped(ctx, request, async (s) => storedBrief(await requireProject(s, request.params.projectId)));
  });

  defineRoute(app, 'putAnswers', async (request) => {
    const { projectId } = request.params;
    return scoped(ctx, request, async (s) => {
      const p = await requireProject(s, projectId);
      const answers = Object.fromEntries(Object.entries({ ...(p.answers ?? {}), ...request.body.answers }).filter(([, v]) => v !== ''));
      await projectsRepository.setAnswers(s, projectId, answers);
      return rereadBrief(ctx, s, projectId);
    });
  });

  defineRoute(app, 'search', async (request) => {
    const { projectId } = request.params;
    const hits = await scoped(ctx, request, async (s) => {
      await requireProject(s, projectId);
      return searchRepository.search(s, projectId, request.query.q, request.query.limit);
    });
    return { items: hits.map((h) => ({ ...h, step: h.kind === 'document' ? stepOfFile(h.path) : null })) };
  });
}
