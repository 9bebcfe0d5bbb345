import type { NumberRegister, NumberReservation } from './ports';
import { refusalsAsFailures } from './business-failure';

/** Dependencies of {@link createPlanActivities}. */
export interface PlanActivityDeps {
  numberRegister: NumberRegister;
}

/** Plan-specific side effects: the outgoing register. */
export function createPlanActivities(deps: PlanActivityDeps) {
  return {
    /** Reserves a number after signature; a used/voided number fails non-retryably (`NUMBER_ALREADY_USED`). */
    async reserveDocumentNumber(reservation: NumberReservation): Promise<number> {
      return refusalsAsFailures(() => deps.numberRegister.reserve(reservation));
    },
  };
}

export type PlanActivities = ReturnType<typeof createPlanActivities>;
