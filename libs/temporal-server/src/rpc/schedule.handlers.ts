import type { Obj } from '../engine/events';
import { createSchedule, deleteSchedule, describeSchedule, listMatchingTimes, listSchedules, patchSchedule, updateSchedule } from '../schedules/schedule.ops';
import type { Scheduler } from '../schedules/scheduler';
import type { Handler, HandlerTable } from './grpc-server';
import { checkPayloadSizes } from './limits';

/** WorkflowService schedule RPCs (`client.schedule`), as thin adapters over the scheduler's operations. */
export function scheduleHandlers(sc: Scheduler): HandlerTable {
  const ns = (h: (namespace: string, req: Obj) => unknown): Handler => (req, ctx) => {
    const name = sc.e.namespaces.get(req.namespace as string).name;
    checkPayloadSizes(req, ctx.size);
    return h(name, req);
  };
  const W = 'WorkflowService/';
  return {
    [`${W}CreateSchedule`]: ns((n, req) => createSchedule(sc, n, req)),
    [`${W}DescribeSchedule`]: ns((n, req) => describeSchedule(sc, n, req)),
    [`${W}UpdateSchedule`]: ns((n, req) => updateSchedule(sc, n, req)),
    [`${W}PatchSchedule`]: ns((n, req) => patchSchedule(sc, n, req)),
    [`${W}DeleteSchedule`]: ns((n, req) => deleteSchedule(sc, n, req)),
    [`${W}ListSchedules`]: ns((n, req) => listSchedules(sc, n, req)),
    [`${W}ListScheduleMatchingTimes`]: ns((n, req) => listMatchingTimes(sc, n, req)),
  };
}
