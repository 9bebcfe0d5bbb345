import type { TaskView } from '@dondoc/contracts';

/** A task of a leader's plans, as the projections hold it, with the owning organisation's name. */
export interface LeaderTaskRow {
  view: TaskView;
  organisationName?: string;
}

/**
 * Where a leader's open tasks are read from for the weekly digest: the tasks of the plans the leader
 * is in charge of (the future signer is the leader in charge, see the plan's issuance).
 */
export interface DigestSource {
  openTasksOf(leaderId: string): Promise<LeaderTaskRow[]>;
}
