/**
 * Kinds of announced calendar exceptions, as an administrator enters them:
 * an extra day off (bridged, "nghỉ bù/hoán đổi"), a make-up working day (a Saturday worked),
 * and a Tết day chosen by the Prime Minister (a holiday).
 */
export const CALENDAR_EXCEPTION_KINDS = ['dayOff', 'makeUpWorkingDay', 'tetDay'] as const;
export type CalendarExceptionKind = (typeof CALENDAR_EXCEPTION_KINDS)[number];
