import type { PlanView } from '@dondoc/contracts';
import type { PlanTimelineEvent, TimelinePerson } from './plan-content.types';

/** One step of a plan's history: when, an i18n key with its arguments, and who took it. */
export interface TimelineEntry {
  at: string;
  key: string;
  args?: Record<string, string | number>;
  /** The person (from the audit trail), when known. */
  who?: TimelinePerson;
  /** Whom they acted for (delegation). */
  actingFor?: TimelinePerson;
}

/** The audit action of each lifecycle fact (what the workflow records when it takes the step). */
const ACTION: Record<string, string> = {
  reply: 'plan.consultation.reply',
  returned: 'plan.returnForRevision',
  content_review: 'plan.approveContent',
  format_check: 'plan.checkFormat',
  approval: 'plan.approve',
  signature: 'plan.sign',
  number: 'plan.assignNumber',
  seal: 'plan.applyOrgSeal',
  issued: 'plan.issue',
};

/**
 * The lifecycle as it happened, oldest first, from the workflow state: returns, consultation
 * replies and the checks of the current revision (an edit voids earlier checks, so only the
 * revision that went through shows them); with the audit trail, each step names who took it
 * (the event of the same action nearest in time), and the start and the draft edits appear too.
 */
export function planTimeline(view: PlanView, events: readonly PlanTimelineEvent[] = []): TimelineEntry[] {
  const l = view.lifecycle;
  const entries: TimelineEntry[] = [];
  for (const r of view.replies) entries.push({ at: r.at, key: 'reply', args: { comment: r.comment } });
  for (const r of view.returns) entries.push({ at: r.at, key: 'returned', args: { revision: r.revision, reason: r.reason } });
  if (l.contentReview) entries.push({ at: l.contentReview.at, key: 'content_review' });
  if (l.formatCheck) entries.push({ at: l.formatCheck.at, key: 'format_check' });
  if (l.approval) entries.push({ at: l.approval.at, key: 'approval' });
  if (l.signature) entries.push({ at: l.signature.at, key: 'signature', args: { capacity: l.signature.capacity } });
  if (l.number) entries.push({ at: l.number.at, key: 'number', args: { symbol: l.number.symbol } });
  if (l.orgSeal) entries.push({ at: l.orgSeal.at, key: 'seal' });
  if (l.issuedAt) entries.push({ at: l.issuedAt, key: 'issued' });
  const withWho = entries.map((e) => {
    const action = ACTION[e.key];
    const event = action ? nearest(events.filter((x) => x.action === action), e.at) : undefined;
    return event ? withPeople(e, event) : e;
  });
  for (const e of events) {
    if (e.action === 'plan.workflow.start') withWho.push(withPeople({ at: e.at, key: 'started' }, e));
    if (e.action === 'plan.edit')
      withWho.push(
        withPeople(
          {
            at: e.at,
            key: 'edited',
            args: { revision: e.detail.contentRevision?.to ?? e.detail.revision ?? '?', summary: e.detail.summary ?? '—' },
          },
          e,
        ),
      );
  }
  return withWho.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

const withPeople = (e: TimelineEntry, event: PlanTimelineEvent): TimelineEntry => ({
  ...e,
  ...(event.actor ? { who: event.actor } : {}),
  ...(event.actingFor ? { actingFor: event.actingFor } : {}),
});

function nearest(events: PlanTimelineEvent[], at: string): PlanTimelineEvent | undefined {
  const t = Date.parse(at);
  let best: PlanTimelineEvent | undefined;
  for (const e of events) if (!best || Math.abs(Date.parse(e.at) - t) < Math.abs(Date.parse(best.at) - t)) best = e;
  return best;
}

/** "Nguyễn Văn Hùng (Chủ tịch UBND xã)"; the name alone when the person holds no position. */
export const personText = (p: TimelinePerson): string => (p.position ? `${p.fullName} (${p.position})` : p.fullName);
