/**
 * The Vietnamese name of a period key of the domain ("2027-H1" → "6 tháng đầu năm 2027",
 * "2027-9M" → "9 tháng năm 2027", "2027-Y" → "Năm 2027", "2027-Q2" → "Quý II năm 2027",
 * "2027-M06" → "Tháng 6 năm 2027"); an unknown key is shown as it is.
 */
export function periodLabel(key: string): string {
  const m = /^(\d{4})-(H1|9M|Y|Q([1-4])|M(\d{2}))$/.exec(key);
  if (!m) return key;
  const year = m[1];
  if (m[2] === 'H1') return `6 tháng đầu năm ${year}`;
  if (m[2] === '9M') return `9 tháng năm ${year}`;
  if (m[2] === 'Y') return `Năm ${year}`;
  if (m[3]) return `Quý ${['I', 'II', 'III', 'IV'][Number(m[3]) - 1]} năm ${year}`;
  return `Tháng ${Number(m[4])} năm ${year}`;
}
