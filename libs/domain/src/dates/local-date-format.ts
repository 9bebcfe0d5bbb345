import { type LocalDate, pad2 } from './local-date';

/**
 * Vietnamese long form as in a document's place-and-date line (Decree 30, Appendix I): the day is
 * zero-padded below 10 and the month for January and February only: "ngày 05 tháng 6 năm 2024",
 * "ngày 05 tháng 01 năm 2024", "ngày 15 tháng 12 năm 2024".
 */
export function formatVietnameseDate(d: LocalDate): string {
  const month = d.month <= 2 ? pad2(d.month) : String(d.month);
  return `ngày ${pad2(d.day)} tháng ${month} năm ${d.year}`;
}

/** Short form dd/mm/yyyy ("05/06/2024"). */
export function formatDdMmYyyy(d: LocalDate): string {
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}

/** Vietnamese weekday names, index 0 = Sunday. */
export const VIETNAMESE_WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;
