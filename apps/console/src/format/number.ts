/** Numbers follow the UI language: Vietnamese "1.728.000.000" and "3,91%", English "1,728,000,000" and "3.91%". */
const tag = (locale: string) => (locale === 'en' ? 'en-GB' : 'vi-VN');

export function formatNumber(value: number | null | undefined, locale = 'vi'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 2 }).format(value);
}

/** A ratio (0.0391) as a percentage with at most two decimals. */
export function formatPercent(ratio: number | null | undefined, locale = 'vi'): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return new Intl.NumberFormat(tag(locale), { style: 'percent', maximumFractionDigits: 2 }).format(ratio);
}
