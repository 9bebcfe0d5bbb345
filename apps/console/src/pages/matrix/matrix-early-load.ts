import type { DataProvider, GetOneResult } from 'react-admin';
import { authProvider, dataProvider } from '../../providers';
import type { PlanMatrix } from '@dondoc/contracts';
import { matrixPlanOfHash } from './matrix-address';

/** How long an early answer may wait for its page before it is thought stale and fetched again. */
const MAX_AGE_MS = 10_000;

interface Early<T> {
  planId: string;
  at: number;
  answer: Promise<T>;
  /** The answer once it has arrived. */
  value?: T;
}

const start = <T>(planId: string, load: () => Promise<T>): Early<T> => {
  const entry: Early<T> = { planId, at: performance.now(), answer: load() };
  // A failure (no session yet, say) is not reported here: the page asks again through react-admin.
  entry.answer.then(
    (value) => (entry.value = value),
    () => undefined,
  );
  return entry;
};

const fresh = <T>(entry: Early<T> | undefined, planId: string): entry is Early<T> =>
  !!entry && entry.planId === planId && performance.now() - entry.at <= MAX_AGE_MS;

let earlyMatrix: Early<PlanMatrix> | undefined;
let earlyPlan: Early<GetOneResult> | undefined;

/**
 * When the console is opened on a matrix (a link, a reload), its `GET /api/plans/:id/matrix` (and,
 * on the plan page, the plan's `GET /api/plans/:id`) start as soon as the session is known, while
 * react-admin renders its layout, instead of one after the other once the page has rendered. They
 * wait for `GET /api/me` (started here, shared with react-admin's own session check): sent beside
 * it, they made the API answer it later, and react-admin waits for it before anything else.
 */
if (typeof window !== 'undefined') {
  const opened = matrixPlanOfHash(window.location.hash);
  if (opened) {
    const { planId } = opened;
    const session = authProvider.checkAuth({});
    if (opened.planPage) earlyPlan = start(planId, () => session.then(() => dataProvider.getOne('plans', { id: planId })));
    earlyMatrix = start(planId, () => session.then(() => dataProvider.getPlanMatrix(planId)));
  }
}

/**
 * The matrix of `planId` fetched at start-up, once, if it is the plan asked for and recent; an
 * early failure falls back to a new request.
 */
export function takeEarlyMatrix(planId: string): Promise<PlanMatrix> | undefined {
  const taken = earlyMatrix;
  earlyMatrix = undefined;
  return fresh(taken, planId) ? taken.answer.catch(() => dataProvider.getPlanMatrix(planId)) : undefined;
}

/**
 * The early matrix of `planId` if it has already arrived (without taking it): the page then shows
 * the table in its first render instead of a progress bar for one more pass.
 */
export function earlyMatrixIfArrived(planId: string): PlanMatrix | undefined {
  return fresh(earlyMatrix, planId) ? earlyMatrix.value : undefined;
}

/**
 * The data provider, except that the first `getOne('plans', id)` of the plan whose matrix tab the
 * console opened on is answered by the request started at start-up (a failed one is asked again).
 */
export function withEarlyPlan<P extends DataProvider>(provider: P): P {
  return {
    ...provider,
    getOne: (resource, params) => {
      const id = String(params.id);
      if (resource === 'plans' && fresh(earlyPlan, id)) {
        const taken = earlyPlan;
        earlyPlan = undefined;
        return taken.answer.catch(() => provider.getOne(resource, params));
      }
      return provider.getOne(resource, params);
    },
  };
}
