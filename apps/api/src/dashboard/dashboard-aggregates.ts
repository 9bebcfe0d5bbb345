export type { CompletionRate, OrganisationTaskCounts, PeriodSubmissions, TargetProgress } from '@dondoc/contracts';
import type { CompletionRate, OrganisationTaskCounts, PeriodSubmissions, TargetProgress } from '@dondoc/contracts';
import type { TaskStatusCode } from '@dondoc/domain';

/** Task statuses the dashboard counts per organisation (the rest are rare and shown in `other`). */
export const COUNTED_STATUSES = ['overdue', 'dueSoon', 'inProgress', 'awaitingConfirmation', 'completedOnTime', 'completedLate'] as const;
type Counted = (typeof COUNTED_STATUSES)[number] & keyof OrganisationTaskCounts;

/** A task reduced to what the dashboard needs: its owner and its status now. */
export interface TaskFact {
  organisationId: string;
  organisationName: string | null;
  status: TaskStatusCode;
}

/**
 * Counts per owning organisation, the organisations with the most overdue (then due-soon) work
 * first, so the bar chart reads "who is late" from the top.
 */
export function countTasksByOrganisation(tasks: readonly TaskFact[]): OrganisationTaskCounts[] {
  const byOrg = new Map<string, OrganisationTaskCounts>();
  for (const t of tasks) {
    let row = byOrg.get(t.organisationId);
    if (!row) {
      row = { organisationId: t.organisationId, organisationName: t.organisationName, other: 0, total: 0, ...zeroCounts() };
      byOrg.set(t.organisationId, row);
    }
    if ((COUNTED_STATUSES as readonly string[]).includes(t.status)) row[t.status as Counted]++;
    else row.other++;
    row.total++;
  }
  return [...byOrg.values()].sort(
    (a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || (a.organisationName ?? a.organisationId).localeCompare(b.organisationName ?? b.organisationId, 'vi'),
  );
}

function zeroCounts(): Record<Counted, number> {
  return Object.fromEntries(COUNTED_STATUSES.map((s) => [s, 0])) as Record<Counted, number>;
}

/** On-time completion rate over the accepted tasks (judged by submission time, as the domain does). */
export function completionRate(tasks: readonly Pick<TaskFact, 'status'>[]): CompletionRate {
  const onTime = tasks.filter((t) => t.status === 'completedOnTime').length;
  const late = tasks.filter((t) => t.status === 'completedLate').length;
  const completed = onTime + late;
  return { completed, onTime, late, onTimeRate: completed ? onTime / completed : null };
}

/** One reporting organisation's submission for one period (from the duty projections). */
export interface SubmissionFact {
  periodKey: string;
  dueAt: string | null;
  status: 'open' | 'overdue' | 'submitted';
  late: boolean;
}

/** Submissions received vs expected per reporting period, oldest period first. */
export function submissionsByPeriod(rows: readonly SubmissionFact[]): PeriodSubmissions[] {
  const byPeriod = new Map<string, PeriodSubmissions>();
  for (const r of rows) {
    let p = byPeriod.get(r.periodKey);
    if (!p) {
      p = { periodKey: r.periodKey, dueAt: r.dueAt, expected: 0, submittedOnTime: 0, submittedLate: 0, missing: 0, overdue: 0 };
      byPeriod.set(r.periodKey, p);
    }
    if (r.dueAt && (!p.dueAt || r.dueAt > p.dueAt)) p.dueAt = r.dueAt;
    p.expected++;
    if (r.status === 'submitted') {
      if (r.late) p.submittedLate++;
      else p.submittedOnTime++;
    } else {
      p.missing++;
      if (r.status === 'overdue') p.overdue++;
    }
  }
  return [...byPeriod.values()].sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? '') || a.periodKey.localeCompare(b.periodKey));
}

/** A plan target with its figures. */
export interface TargetFact {
  targetId: string;
  text: string;
  unit: string | null;
  comparator: string | null;
  baseline: number | null;
  target: number | null;
}

/** A figure reported for a target: a consolidated total, or the sum of one period's submissions. */
export interface ReportedFigure {
  key: string;
  value: number;
  periodKey: string;
  /** When the figure was last reported (latest submission or the consolidation). */
  at: string;
  consolidated: boolean;
}

/**
 * Baseline → target vs the latest reported value. Figures are keyed by target id (what the report
 * form sends); the most recently reported period wins.
 */
export function targetProgress(targets: readonly TargetFact[], figures: readonly ReportedFigure[]): TargetProgress[] {
  return targets.map((t) => {
    let best: ReportedFigure | undefined;
    for (const f of figures) if (f.key === t.targetId && (!best || f.at > best.at)) best = f;
    return { ...t, reported: best?.value ?? null, reportedPeriodKey: best?.periodKey ?? null, consolidated: best?.consolidated ?? false };
  });
}

/** A report event from the audit trail of a duty (submissions and consolidations carry the figures). */
export interface ReportEvent {
  kind: 'submit' | 'consolidate';
  dutyId: string;
  periodKey: string;
  orgId: string | null;
  figures: Record<string, number>;
  at: string;
}

/**
 * Figures per duty period: the last consolidation's totals when the standing agency consolidated,
 * else the sum of each organisation's latest submission (a resubmission replaces, never adds).
 */
export function reportedFigures(events: readonly ReportEvent[]): ReportedFigure[] {
  const periods = new Map<string, ReportEvent[]>();
  for (const e of events) {
    const k = `${e.dutyId}\0${e.periodKey}`;
    periods.set(k, [...(periods.get(k) ?? []), e]);
  }
  const out: ReportedFigure[] = [];
  for (const list of periods.values()) {
    const sorted = [...list].sort((a, b) => a.at.localeCompare(b.at));
    const last = sorted[sorted.length - 1]!;
    const consolidation = sorted.filter((e) => e.kind === 'consolidate').pop();
    if (consolidation) {
      for (const [key, value] of Object.entries(consolidation.figures)) out.push({ key, value, periodKey: last.periodKey, at: consolidation.at, consolidated: true });
      continue;
    }
    const latestByOrg = new Map<string, ReportEvent>();
    for (const e of sorted) if (e.kind === 'submit') latestByOrg.set(e.orgId ?? '', e);
    const sums = new Map<string, number>();
    for (const e of latestByOrg.values()) for (const [key, value] of Object.entries(e.figures)) sums.set(key, (sums.get(key) ?? 0) + value);
    for (const [key, value] of sums) out.push({ key, value, periodKey: last.periodKey, at: last.at, consolidated: false });
  }
  return out;
}
