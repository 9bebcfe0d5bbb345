import type { CalendarExceptionKind } from '@dondoc/contracts';

/** Kinds of calendar exception (the API's `CALENDAR_EXCEPTION_KINDS`). */
export const EXCEPTION_KINDS = ['dayOff', 'makeUpWorkingDay', 'tetDay'] as const satisfies readonly CalendarExceptionKind[];

export const kindChoices = EXCEPTION_KINDS.map((k) => ({ id: k, name: `dondoc.calendar_exceptions.kinds.${k}` }));

/** Field labels live under `dondoc.calendar_exceptions` (one catalogue spread, no `resources.*` entry). */
export const label = (field: string) => `dondoc.calendar_exceptions.fields.${field}`;
