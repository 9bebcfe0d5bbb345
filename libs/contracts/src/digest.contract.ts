import { defineQuery } from '@temporalio/workflow';
import type { CalendarData, DigestItem, WeeklyDigestSchedule } from '@dondoc/domain';
import type { IsoInstant } from './common.contract';

/** Input of `leaderDigestWorkflow` (one per leader; one run per week, continue-as-new between). */
export interface LeaderDigestInput {
  /** The leader (user id) the digest goes to. */
  leaderId: string;
  /** Default `LEADER_WEEKLY_DIGEST` (Monday 07:30 local, moved to the next working day). */
  schedule?: WeeklyDigestSchedule;
  calendarAdditions?: CalendarData[];
  /** The last digest instant handled (carried over continue-as-new): the next one is strictly after it. */
  lastDigestAt?: IsoInstant;
}

/** What the `loadLeaderDigest` activity is asked. */
export interface LeaderDigestRequest {
  leaderId: string;
  /** The digest instant: "overdue" and "due soon" are judged at it. */
  at: IsoInstant;
  /** The calendar the workflow runs on ("due soon" counts working days). */
  calendarAdditions?: CalendarData[];
}

/** The leader's open overdue and due-soon items, read from the projections. */
export interface LeaderDigestItems {
  items: DigestItem[];
}

/** REST-facing state of a leader's digest workflow. */
export interface LeaderDigestView {
  leaderId: string;
  nextDigestAt: IsoInstant;
  lastDigestAt: IsoInstant | null;
}

export const leaderDigestStateQuery = defineQuery<LeaderDigestView>('leaderDigestState');
