/**
 * The brief's lists of records and the field that identifies an item: merging keeps the first
 * item per key across files, and provenance keys name items by it (`requirements.FR-4`).
 */
export const LIST_ITEM_KEYS: Readonly<Record<string, string>> = {
  personas: 'id',
  requirements: 'id',
  entities: 'name',
  integrations: 'name',
  decisions: 'area',
  'scale.workloads': 'name',
  'scale.itemSizes': 'name',
  'capabilities.scheduledJobs': 'name',
};
