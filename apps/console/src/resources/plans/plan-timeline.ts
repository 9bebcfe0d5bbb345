import type { PlanWorkflowView } from '../../types';

/** One step of a plan's history: when, and an i18n key with its arguments. */
export interface TimelineEntry {
  at: string;
  key: string;
  args?: Record<string, string | number>;
}

/**
 * The lifecycle as it happened, oldest first, from the workflow state: returns, consultation
 * replies and the checks of the current revision (an edit voids earlier checks, so only the
 * revision that went through shows them).
 */
export function planTimeline(view: PlanWorkflowView): TimelineEntry[] {
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
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
