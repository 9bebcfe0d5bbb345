import { PLAN_SOURCES, PLAN_STATUSES } from '../../types';

export const statusChoices = PLAN_STATUSES.map((s) => ({ id: s, name: `dondoc.plan_statuses.${s}` }));
export const sourceChoices = PLAN_SOURCES.map((s) => ({ id: s, name: `dondoc.plan_sources.${s}` }));
