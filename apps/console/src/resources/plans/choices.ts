import type { PlanStatus } from '@dondoc/contracts';

// The console imports contracts as types only, so the lists of values live here (checked against the types;
// complete per i18n/domain-vocabulary.spec.ts).
export const PLAN_STATUSES = [
  'draft',
  'consultation',
  'contentReview',
  'formatCheck',
  'awaitingApproval',
  'approved',
  'signed',
  'numbered',
  'issued',
  'withdrawn',
  'recalled',
  'replaced',
] as const satisfies readonly PlanStatus[];

/** How a plan entered dondoc (`Plan.source`). */
const PLAN_SOURCES = ['born-digital', 'imported'] as const;

export const statusChoices = PLAN_STATUSES.map((s) => ({ id: s, name: `dondoc.plan_statuses.${s}` }));
export const sourceChoices = PLAN_SOURCES.map((s) => ({ id: s, name: `dondoc.plan_sources.${s}` }));
