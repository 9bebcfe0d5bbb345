import { Engine, type EngineDeps } from './engine';
import { startActivityTask } from './activity.ops';
import { startQueryTask } from './queries.ops';
import { scheduleWorkflowTask, startWorkflowTask } from './workflow-task.ops';

/** Wires the engine core to its task starters and workflow-task scheduling. */
export function createEngine(deps: EngineDeps): Engine {
  const engine = new Engine(deps, {
    wft: (e, task, poll) => startWorkflowTask(e, task, poll),
    activity: (e, task, poll) => startActivityTask(e, task, poll.identity),
    query: (e, task) => startQueryTask(e, task),
  });
  engine.scheduleWft = scheduleWorkflowTask;
  return engine;
}
