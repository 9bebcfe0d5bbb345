import type { Identifier } from 'react-admin';
import { apiFetch } from '../../providers/http';
import type { PlanContent, PlanContentEdit, PlanContentEdited, PlanTimelineEvent } from './plan-content.types';

// The plan page's own calls beside the data provider's (same `apiFetch`: cookie session, errors as HttpError).

const plan = (id: Identifier) => `/plans/${encodeURIComponent(String(id))}`;

export const planContentApi = {
  /** `GET /api/plans/:id/content`: what the edit form opens with. */
  content: (planId: Identifier) => apiFetch<PlanContent>(`${plan(planId)}/content`),
  /** `PUT /api/plans/:id/content` with the dialog's `Idempotency-Key` (reused on retry of the same values). */
  save: (planId: Identifier, body: PlanContentEdit, idempotencyKey: string) =>
    apiFetch<PlanContentEdited>(`${plan(planId)}/content`, { method: 'PUT', body, headers: { 'Idempotency-Key': idempotencyKey } }),
  /** `GET /api/plans/:id/timeline`: the audited steps with who took them. */
  timeline: (planId: Identifier) => apiFetch<{ data: PlanTimelineEvent[] }>(`${plan(planId)}/timeline`),
  /** `POST /api/plans/:id/amendments`: drafts the amending plan and starts its lifecycle (answers its state). */
  amend: (planId: Identifier, body: object, idempotencyKey: string) =>
    apiFetch<{ planId: string }>(`${plan(planId)}/amendments`, { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } }),
};
