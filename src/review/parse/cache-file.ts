/** The incremental cache's file name in its folder. */
export const CACHE_FILE = 'review-cache.json';
