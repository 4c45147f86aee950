/** Technology knowledge as data. The decide rules query it; no technology facts live inside rules. */
export interface Catalog {
  readonly priceDate: string;
}

export function loadCatalog(): Catalog {
  throw new Error('loadCatalog: not implemented yet');
}
