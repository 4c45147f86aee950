import type { Renderer } from '../renderer.js';
import { stableJson } from '../text/stable-json.js';

/** `architecture.json`: the whole model, keys sorted, so it diffs cleanly and can be rendered again. */
export const architectureJsonRenderer: Renderer = {
  id: 'architecture-json',
  render: (model) => [{ path: 'architecture.json', content: stableJson(model) }],
};
