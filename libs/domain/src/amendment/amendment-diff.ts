import { type DueRule } from '../deadline';

/** What the diff needs of a responsibility (a row of the assignment matrix); extra fields are carried along. */
export interface DiffableResponsibility {
  /** Stable key: the amending plan keeps the amended plan's id for every row it keeps or changes. */
  responsibilityId: string;
  leads: readonly { orgId: string }[];
  coordinatorOrgIds?: readonly string[];
  dueRule: DueRule;
}

/** One task (responsibility × lead organisation) on either side of the diff. */
export interface TaskSlot<R> {
  responsibilityId: string;
  orgId: string;
  responsibility: R;
}

/** A task present before and after, with what changed. */
export interface ChangedTaskSlot<R> {
  responsibilityId: string;
  orgId: string;
  before: R;
  after: R;
  dueRuleChanged: boolean;
  coordinatorsChanged: boolean;
}

/**
 * The difference of two assignment matrices per task (responsibility × lead organisation): tasks to
 * start, to close as superseded, to change (deadline moves, coordinators), and to leave alone.
 */
export interface ResponsibilityDiff<R> {
  added: TaskSlot<R>[];
  removed: TaskSlot<R>[];
  changed: ChangedTaskSlot<R>[];
  unchanged: TaskSlot<R>[];
}

/**
 * Diffs the responsibilities in force (`before`) against those of the amending document (`after`),
 * keyed by responsibility id and lead organisation: a lead dropped from a kept row is a removed
 * task, a lead added to it an added one. A due rule or the set of coordinators (order ignored) that
 * differs makes the task `changed`. Pure; order follows `before`, then `after`.
 */
export function diffResponsibilities<R extends DiffableResponsibility>(before: readonly R[], after: readonly R[]): ResponsibilityDiff<R> {
  const slots = (rs: readonly R[]) => {
    const m = new Map<string, TaskSlot<R>>();
    for (const r of rs) for (const l of r.leads) m.set(`${r.responsibilityId}\u0000${l.orgId}`, { responsibilityId: r.responsibilityId, orgId: l.orgId, responsibility: r });
    return m;
  };
  const old = slots(before);
  const next = slots(after);
  const diff: ResponsibilityDiff<R> = { added: [], removed: [], changed: [], unchanged: [] };
  for (const [key, slot] of old) {
    const now = next.get(key);
    if (!now) {
      diff.removed.push(slot);
      continue;
    }
    const dueRuleChanged = canonical(slot.responsibility.dueRule) !== canonical(now.responsibility.dueRule);
    const coordinatorsChanged = canonical([...new Set(slot.responsibility.coordinatorOrgIds ?? [])].sort()) !== canonical([...new Set(now.responsibility.coordinatorOrgIds ?? [])].sort());
    if (dueRuleChanged || coordinatorsChanged) {
      diff.changed.push({ responsibilityId: slot.responsibilityId, orgId: slot.orgId, before: slot.responsibility, after: now.responsibility, dueRuleChanged, coordinatorsChanged });
    } else {
      diff.unchanged.push({ ...slot, responsibility: now.responsibility });
    }
  }
  for (const [key, slot] of next) if (!old.has(key)) diff.added.push(slot);
  return diff;
}

/** What the diff needs of a reporting duty. */
export interface DiffableDuty {
  dutyId: string;
  duty: unknown;
  reporters: readonly { orgId: string }[];
}

/** Duties to start, to end, whose rule or reporters changed, and to leave alone (by duty id). */
export interface DutyDiff<D> {
  added: D[];
  removed: D[];
  changed: { before: D; after: D }[];
  unchanged: D[];
}

/** Diffs reporting duties by id; a changed rule (frequency, due day, cut-off) or reporter set makes it `changed`. */
export function diffDuties<D extends DiffableDuty>(before: readonly D[], after: readonly D[]): DutyDiff<D> {
  const next = new Map(after.map((d) => [d.dutyId, d]));
  const old = new Set(before.map((d) => d.dutyId));
  const diff: DutyDiff<D> = { added: [], removed: [], changed: [], unchanged: [] };
  for (const d of before) {
    const now = next.get(d.dutyId);
    if (!now) diff.removed.push(d);
    else if (canonical(d.duty) !== canonical(now.duty) || canonical(d.reporters.map((r) => r.orgId).sort()) !== canonical(now.reporters.map((r) => r.orgId).sort())) diff.changed.push({ before: d, after: now });
    else diff.unchanged.push(now);
  }
  for (const d of after) if (!old.has(d.dutyId)) diff.added.push(d);
  return diff;
}

/** JSON with object keys sorted, so equal rules compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
