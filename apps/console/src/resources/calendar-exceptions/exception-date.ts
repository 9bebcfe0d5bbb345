/** `2027-04-30` → `30/04/2027` (what the form shows); anything else is left as typed. */
export function isoToVn(value: unknown): string {
  if (typeof value !== 'string') return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/**
 * Whether a typed date is a real day written dd/mm/yyyy (or ISO, as stored). 31/02 is refused,
 * never rolled over; the API checks the rest (range, weekends, holidays, duplicates).
 */
export function isRealVnDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const t = value.trim();
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const [d, m, y] = vn ? [+vn[1]!, +vn[2]!, +vn[3]!] : iso ? [+iso[3]!, +iso[2]!, +iso[1]!] : [0, 0, 0];
  if (!y || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
