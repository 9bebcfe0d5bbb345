import type { PlanContent, PlanContentEdit, TargetComparator } from './plan-content.types';

// The edit form's values are strings as typed (dd/mm/yyyy, decimal commas); the API gets numbers and ISO dates.

export interface TargetRow {
  id?: string;
  text: string;
  baseline: string;
  value: string;
  comparator: TargetComparator | '';
  unit: string;
  dueYear: string;
}

export interface ResponsibilityRow {
  id: string;
  label: string;
  duties: string;
  /** dd/mm/yyyy, or empty for no fixed deadline. */
  dueDate: string;
}

export interface ContentFormValues {
  changeSummary: string;
  title: string;
  summary: string;
  targets: TargetRow[];
  responsibilities: ResponsibilityRow[];
}

/** yyyy-mm-dd → dd/mm/yyyy (empty for none). */
export function toVnDate(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/**
 * dd/mm/yyyy (d/m/yyyy accepted) → yyyy-mm-dd without checking that the day exists: the API
 * refuses 31/02 and days off with its own Vietnamese reason. Null when the text is not a date.
 */
export function fromVnDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
}

/** "3,91" or "3.91" → 3.91; "1.500" (thousands) → 1500; empty → null; NaN when not a number. */
export function parseVnNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (!t) return null;
  // A dot followed by exactly three digits (and no comma) groups thousands, as written in Vietnamese.
  const normal = /^-?\d{1,3}(\.\d{3})+$/.test(t) ? t.replace(/\./g, '') : t.replace(/\./g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

const numberText = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

/** The form's first values from `GET /api/plans/:id/content`. */
export function formValuesOf(c: PlanContent): ContentFormValues {
  return {
    changeSummary: '',
    title: c.title,
    summary: c.summary ?? '',
    targets: c.targets.map((t) => ({
      id: t.id,
      text: t.text,
      baseline: numberText(t.baseline),
      value: numberText(t.value),
      comparator: t.comparator ?? '',
      unit: t.unit ?? '',
      dueYear: t.dueYear === null ? '' : String(t.dueYear),
    })),
    responsibilities: c.responsibilities.map((r) => ({ id: r.id, label: r.label, duties: r.duties, dueDate: toVnDate(r.dueDate) })),
  };
}

/**
 * The request body of `PUT /api/plans/:id/content`, only with what changed (the full target list
 * when any target changed), or the form's own errors by field (API field names, so that the
 * server's 422 lands on the same inputs).
 */
export function contentEditOf(
  v: ContentFormValues,
  original: ContentFormValues,
): { body: PlanContentEdit; errors?: undefined } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!v.changeSummary.trim()) errors.changeSummary = 'Nhập nội dung sửa đổi';
  if (!v.title.trim()) errors.title = 'Nhập trích yếu của kế hoạch';
  const targets = v.targets.map((t, i) => {
    const num = (name: 'baseline' | 'value') => {
      const n = parseVnNumber(t[name]);
      if (Number.isNaN(n)) errors[`targets[${i}].${name}`] = 'Không phải là số';
      return Number.isNaN(n) ? null : n;
    };
    const year = t.dueYear.trim();
    if (year && !/^\d{4}$/.test(year)) errors[`targets[${i}].dueYear`] = 'Năm gồm 4 chữ số';
    if (!t.text.trim()) errors[`targets[${i}].text`] = 'Nhập nội dung chỉ tiêu';
    return {
      ...(t.id ? { id: t.id } : {}),
      text: t.text.trim(),
      baseline: num('baseline'),
      value: num('value'),
      comparator: t.comparator || null,
      unit: t.unit.trim() || null,
      dueYear: year ? Number(year) : null,
    };
  });
  const responsibilities = v.responsibilities.flatMap((r, i): { id: string; dueDate: string | null }[] => {
    const before = original.responsibilities.find((o) => o.id === r.id);
    if (before && before.dueDate.trim() === r.dueDate.trim()) return [];
    if (!r.dueDate.trim()) return [{ id: r.id, dueDate: null }];
    const iso = fromVnDate(r.dueDate);
    if (!iso) errors[`responsibilities[${i}].dueDate`] = 'Nhập ngày dạng dd/mm/yyyy';
    return iso ? [{ id: r.id, dueDate: iso }] : [];
  });
  if (Object.keys(errors).length) return { errors };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return {
    body: {
      changeSummary: v.changeSummary.trim(),
      ...(v.title.trim() !== original.title ? { title: v.title.trim() } : {}),
      ...(v.summary !== original.summary ? { summary: v.summary.trim() || null } : {}),
      ...(!same(v.targets, original.targets) ? { targets } : {}),
      ...(responsibilities.length ? { responsibilities } : {}),
    },
  };
}

/**
 * The server's field errors (react-admin `HttpError` body `{ errors: { field: message } }`) as the
 * form shows them; the rest (403/409 and anything without a field) as one message.
 */
export function serverErrorsOf(e: unknown): { fields: Record<string, string>; message?: string } {
  const body = (e as { body?: { errors?: unknown; message?: unknown } } | null)?.body;
  const fields = body?.errors && typeof body.errors === 'object' ? (body.errors as Record<string, string>) : {};
  const message =
    typeof body?.message === 'string' ? body.message : e instanceof Error ? e.message : undefined;
  return { fields, ...(message ? { message } : {}) };
}
