import type { Renderer } from '../renderer.js';
import { renderOpenApi } from './render-openapi.js';

/** `contracts/openapi.yaml`: the API contract (OpenAPI 3.1). */
export const openApiRenderer: Renderer = { id: 'openapi', render: renderOpenApi };
