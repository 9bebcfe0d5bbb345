import type { DutyView, ReportingDutyInput } from '@dondoc/contracts';
import { expandReportingPeriods, type ReportingPeriod, toIsoDate, type WorkingCalendar } from '@dondoc/domain';

/** The duty's periods over the plan period, computed with the given calendar. */
export function dutyPeriods(input: ReportingDutyInput, calendar: WorkingCalendar): ReportingPeriod[] {
  return expandReportingPeriods(input.duty, input.planPeriod, calendar);
}

/** A period as the REST view shows it. */
export function periodView(p: ReportingPeriod): NonNullable<DutyView['period']> {
  return {
    key: p.key,
    cutOffStart: toIsoDate(p.cutOff.start),
    cutOffEnd: toIsoDate(p.cutOff.end),
    dueDate: toIsoDate(p.deadline.dueDate),
    dueAt: p.deadline.dueAt.toISOString(),
    ruleText: p.deadline.ruleText,
    calendarVersion: p.deadline.calendarVersion,
    estimate: p.estimate,
  };
}
