import { createTwoFilesPatch, structuredPatch } from 'diff';
import type { FastifyInstance } from 'fastify';
import { documentsRepository } from '../../store/repositories/documents-repository.js';
import type { Scope } from '../../store/tenant-scope.js';
import type { AppContext } from '../app-context.js';
import { notFound, quotaExceeded } from '../app-error.js';
import { documentDto, versionDto } from '../services/dto.js';
import { projectsRepository } from '../../store/repositories/projects-repository.js';
import { defineRoute } from './define-route.js';
import { actorOf, scoped } from './scoped.js';

async function requireDocument(s: Scope, projectId: string, documentId: string) {
  const d = await documentsRepository.get(s, projectId, documentId);
  if (!d) throw notFound('The document');
  return d;
}

async function requireVersion(s: Scope, projectId: string, documentId: string, version: number) {
  const v = await documentsRepository.getVersion(s, projectId, documentId, version);
  if (!v) throw notFound(`Version ${version}`);
  return v;
}

export function documentRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, 'listDocuments', async (request) => {
    const { projectId } = request.params;
    const rows = await scoped(ctx, request, async (s) => {
      if (!(await projectsRepository.get(s, projectId))) throw notFound('The project');
      return documentsRepository.list(s, projectId);
    });
    return { items: rows.filter((d) => !request.query.step || d.step === request.query.step).map(documentDto) };
  });

  defineRoute(app, 'getDocument', async (request) => {
    const { projectId, documentId } = request.params;
    const d = await scoped(ctx, request, (s) => requireDocument(s, projectId, documentId));
    return { ...documentDto(d), content: d.content };
  });

  defineRoute(app, 'listVersions', async (request) => {
    const { projectId, documentId } = request.params;
    const rows = await scoped(ctx, request, async (s) => {
      await requireDocument(s, projectId, documentId);
      return documentsRepository.listVersions(s, projectId, documentId);
    });
    return { items: rows.map(versionDto) };
  });

  defineRoute(app, 'getVersion', async (request) => {
    const { projectId, documentId, version } = request.params;
    const v = await scoped(ctx, request, (s) => requireVersion(s, projectId, documentId, version));
    return { ...versionDto(v), content: v.content };
  });

  defineRoute(app, 'saveVersion', async (request, reply) => {
    const { projectId, documentId } = request.params;
    const v = await scoped(ctx, request, async (s) => {
      const d = await requireDocument(s, projectId, documentId);
      const storage = await projectsRepository.storageBytes(s);
      if (storage + Buffer.byteLength(request.body.content) > ctx.config.quotas.storageBytes) throw quotaExceeded('storageBytes', ctx.config.quotas.storageBytes);
      const written = await documentsRepository.appendVersion(s, projectId, { path: d.path, step: d.step, content: request.body.content, source: 'edited', createdBy: actorOf(request) });
      return requireVersion(s, projectId, documentId, written.version);
    });
    request.auditTarget = `${documentId}@${v.version}`;
    return reply.status(201).send(versionDto(v));
  });

  defineRoute(app, 'restoreVersion', async (request, reply) => {
    const { projectId, documentId } = request.params;
    const v = await scoped(ctx, request, async (s) => {
      const d = await requireDocument(s, projectId, documentId);
      const old = await requireVersion(s, projectId, documentId, request.body.version);
      const written = await documentsRepository.appendVersion(s, projectId, { path: d.path, step: d.step, content: old.content, source: 'restored', createdBy: actorOf(request) });
      return requireVersion(s, projectId, documentId, written.version);
    });
    request.auditTarget = `${documentId}@${v.version}`;
    return reply.status(201).send(versionDto(v));
  });

  defineRoute(app, 'diffVersions', async (request) => {
    const { projectId, documentId } = request.params;
    const { from, to } = request.query;
    const [a, b, d] = await scoped(ctx, request, async (s) => [
      await requireVersion(s, projectId, documentId, from),
      await requireVersion(s, projectId, documentId, to),
      await requireDocument(s, projectId, documentId),
    ] as const);
    const unified = createTwoFilesPatch(`${d.path}@${from}`, `${d.path}@${to}`, a.content, b.content, `version ${from}`, `version ${to}`);
    const hunks = structuredPatch(d.path, d.path, a.content, b.content).hunks.map((h) => ({ oldStart: h.oldStart, oldLines: h.oldLines, newStart: h.newStart, newLines: h.newLines, lines: h.lines }));
    return { from, to, unified, hunks };
  });
}
