import type { Catalog } from '../../catalog/catalog.js';
import type { CostLine } from '../../model/architecture.js';

/** Builds cost lines from catalog prices; quantities are rounded to two decimals. */
export class CostSheet {
  readonly lines: CostLine[] = [];
  constructor(private readonly catalog: Catalog) {}

  add(priceId: string, quantity: number, item?: string): this {
    if (quantity <= 0) return this;
    const price = this.catalog.price(priceId);
    const q = Math.round(quantity * 100) / 100;
    this.lines.push({ item: item ?? price.item, quantity: q, unitMonthlyUsd: price.monthlyUsd, monthlyUsd: Math.round(q * price.monthlyUsd * 100) / 100, priceId });
    return this;
  }

  total(): number {
    return Math.round(this.lines.reduce((s, l) => s + l.monthlyUsd, 0));
  }
}
