import { api } from '../api/archway-api.js';
import type { Org, Project } from '../api/api-types.js';
import { useResource, type Resource } from '../api/use-resource.js';

/** The project named by the slug in the URL, inside the given organization only. */
export function useProject(org: Org, slug: string): [Resource<Project | null>, () => void] {
  return useResource(`${org.id}|${slug}`, () => api.projectBySlug(org.id, slug));
}
