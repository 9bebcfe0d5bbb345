import type { AssignedTaskCarried, AssignedTaskInput } from '@dondoc/contracts';
import { type Deadline, resolveDueRule, type WorkingCalendar } from '@dondoc/domain';

/**
 * The deadline a task starts with: the first one of its rule after the assignment (a yearly rule
 * yields one per year), else the last; null for ongoing duties.
 */
export function firstDeadline(input: AssignedTaskInput, assignedAt: string, calendar: WorkingCalendar): Deadline | null {
  const all = resolveDueRule(input.dueRule, { planPeriod: input.planPeriod, eventDate: input.eventDate }, calendar);
  const after = all.find((d) => d.dueAt.getTime() > new Date(assignedAt).getTime());
  return after ?? all[all.length - 1] ?? null;
}

/** The state of a freshly assigned task. */
export function initialTaskCarried(input: AssignedTaskInput, assignedAt: string, deadline: Deadline | null): AssignedTaskCarried {
  return {
    task: {
      phase: 'open',
      ownerUnitId: input.orgId,
      dueAt: deadline ? deadline.dueAt.toISOString() : null,
      progress: 0,
      ...(input.planPeriod ? { planPeriodEnd: input.planPeriod.end } : {}),
      reassignments: [],
    },
    assignedAt,
    chaseFrom: assignedAt,
    ruleDueAt: deadline ? deadline.dueAt.toISOString() : null,
    ...(deadline ? { dueRuleText: deadline.ruleText } : {}),
    sentKeys: [],
    reportCount: 0,
    chain: input.chain,
    calendarAdditions: input.calendarAdditions,
  };
}
