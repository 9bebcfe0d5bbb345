import { DEFAULT_CALENDAR_DATA, WorkingCalendar } from '@dondoc/domain';
import type { LeaderDigestItems, LeaderDigestRequest } from '@dondoc/contracts';
import type { DigestSource } from '../ports';
import { digestItemsOf } from './digest-items';

/** Dependencies of {@link createDigestActivities}; without a source (workers of other tests) every digest is empty. */
export interface DigestActivityDeps {
  digestSource?: DigestSource;
}

/** The weekly digest's read side: a leader's overdue and due-soon items at the digest instant. */
export function createDigestActivities(deps: DigestActivityDeps) {
  return {
    async loadLeaderDigest(request: LeaderDigestRequest): Promise<LeaderDigestItems> {
      if (!deps.digestSource) return { items: [] };
      const calendar = request.calendarAdditions?.length ? WorkingCalendar.fromData(DEFAULT_CALENDAR_DATA, ...request.calendarAdditions) : WorkingCalendar.default();
      const rows = await deps.digestSource.openTasksOf(request.leaderId);
      return { items: digestItemsOf(rows, new Date(request.at), calendar) };
    },
  };
}
