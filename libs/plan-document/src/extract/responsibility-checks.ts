import { toSearchKey } from '@dondoc/domain';
import type { PlanWarning, Responsibility, SourceSpan, Target } from '../types';
import { PlanWarningCode } from '../types';

/**
 * Review warnings on the assignment matrix: the same agency as lead and coordinator of a row,
 * names that are not recognisable bodies, rows without a lead, the same duty assigned twice, and
 * deprivation indicators ("chỉ số N") mentioned but owned by nobody.
 */
export function checkResponsibilities(rows: Responsibility[], targets: Target[], extraTexts: Array<{ text: string; span: SourceSpan }>, knownKeys?: ReadonlySet<string>): PlanWarning[] {
  const out: PlanWarning[] = [];
  const unresolved = new Set<string>();
  for (const r of rows) {
    const leadKeys = new Set(r.leads.map((l) => l.key));
    for (const c of r.coordinators) {
      if (leadKeys.has(c.key)) out.push({ code: PlanWarningCode.LeadIsCoordinator, message: `"${c.name}" vừa chủ trì vừa phối hợp cùng một nhiệm vụ: cần người xác nhận`, spans: [r.span] });
    }
    if (!r.leads.length) out.push({ code: PlanWarningCode.NoLead, message: 'Nhiệm vụ có cơ quan phối hợp nhưng không có cơ quan chủ trì', spans: [r.span] });
    for (const p of [...r.leads, ...r.coordinators]) {
      const unknown = p.kind === 'unknown' || (knownKeys && p.kind === 'organisation' && !knownKeys.has(p.key));
      if (unknown && !unresolved.has(p.key)) {
        unresolved.add(p.key);
        out.push({ code: PlanWarningCode.UnresolvedName, message: `Không nhận ra tên cơ quan/đơn vị "${p.name}"`, spans: [r.span] });
      }
    }
  }
  // Same duty twice (e.g. under "Nhiệm vụ" and again under "Phân công"): show a person.
  const seen = new Map<string, SourceSpan>();
  const dutyKeys: Array<{ key: string; span: SourceSpan }> = [];
  for (const r of rows) for (const d of r.duties) {
    const key = toSearchKey(d);
    if (key.length >= 40) dutyKeys.push({ key, span: r.span });
  }
  const reported = new Set<string>();
  for (const { key, span } of dutyKeys) {
    const prev = seen.get(key);
    if (prev && prev !== span && !reported.has(key)) {
      reported.add(key);
      out.push({ code: PlanWarningCode.DuplicateDuty, message: 'Cùng một nhiệm vụ được giao hai lần: cần người kiểm tra, gộp nếu trùng', spans: [prev, span] });
    }
    if (!prev) seen.set(key, span);
  }
  const byKey = new Map(dutyKeys.map((d) => [d.key, d] as const));
  for (const t of extraTexts) {
    if (t.text.length < 40) continue;
    const key = toSearchKey(t.text);
    if (key.length < 40 || reported.has(key)) continue;
    const hit = byKey.get(key);
    if (hit && hit.span !== t.span) {
      reported.add(key);
      out.push({ code: PlanWarningCode.DuplicateDuty, message: 'Nhiệm vụ ở phần "Nhiệm vụ" được nhắc lại ở phần phân công: cần người kiểm tra', spans: [t.span, hit.span] });
    }
  }
  const owned = new Set(rows.flatMap((r) => r.indicatorCodes));
  const mentioned = new Map<number, SourceSpan>();
  for (const t of targets) for (const c of t.indicatorCodes) if (!mentioned.has(c)) mentioned.set(c, t.span);
  if (owned.size > 0 || mentioned.size > 0) {
    for (const [code, span] of [...mentioned].sort((a, b) => a[0] - b[0])) {
      if (!owned.has(code)) out.push({ code: PlanWarningCode.IndicatorWithoutOwner, message: `Chỉ số thiếu hụt ${code} chưa có cơ quan chủ trì`, spans: [span] });
    }
  }
  return out;
}
