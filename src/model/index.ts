export * from './source.js';
export * from './decision.js';
export * from './capacity.js';
export * from './architecture.js';
export * from './rendered-file.js';
