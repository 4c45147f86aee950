import type { FastifyInstance } from 'fastify';
import { documentsRepository } from '../../store/repositories/documents-repository.js';
import { projectsRepository } from '../../store/repositories/projects-repository.js';
import type { AppContext } from '../app-context.js';
import { AppError, notFound } from '../app-error.js';
import { exportZip } from '../services/export-package.js';
import { defineRoute } from './define-route.js';
import { scoped } from './scoped.js';

export function exportRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, 'exportZip', async (request, reply) => {
    const { projectId } = request.params;
    const { project, docs } = await scoped(ctx, request, async (s) => {
      const project = await projectsRepository.get(s, projectId);
      if (!project) throw notFound('The project');
      return { project, docs: await documentsRepository.listActiveWithContent(s, projectId) };
    });
    if (docs.length === 0) throw new AppError(409, 'NOTHING_TO_EXPORT', 'The project has no documents yet: generate a step first.');
    const stream = exportZip(
      { id: project.id, name: project.name, slug: project.slug },
      docs.map((d) => ({ id: d.id, step: d.step, path: d.path, version: d.active_version, content: d.content, sha256: d.sha256 })),
    );
    reply.header('content-type', 'application/zip');
    reply.header('content-disposition', `attachment; filename="${project.slug}.zip"`);
    return reply.send(stream);
  });
}
