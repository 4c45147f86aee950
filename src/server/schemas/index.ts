export * from './entities.js';
export { API, PERMISSIONS, type ApiBody, type ApiResponse, type ApiRouteId, type Permission, type RouteDef } from './api-routes.js';
