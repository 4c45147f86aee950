/** `1234567.8` → `1,234,567.8` (at most two decimals), the same on every machine. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const [int = '0', frac] = Math.abs(rounded).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

export function formatUsd(value: number): string {
  return `$${formatNumber(Math.round(value))}`;
}
