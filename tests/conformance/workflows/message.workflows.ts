import { condition, getExternalWorkflowHandle, workflowInfo } from '@temporalio/workflow';
import { appendSignal } from './definitions';
import { registerMessageHandlers } from './message-handlers';

/** Collects signals and updates until `finish`; returns the collected values. */
export async function messagesWorkflow(): Promise<string[]> {
  const { state, finished } = registerMessageHandlers();
  await condition(finished);
  return state;
}

/** Collects values until `count` arrived; returns them. */
export async function collectWorkflow(count: number): Promise<string[]> {
  const { state } = registerMessageHandlers();
  await condition(() => state.length >= count);
  return state;
}

/** Signals another workflow (SignalExternalWorkflowExecution) and returns. */
export async function signalExternalWorkflow(targetWorkflowId: string, value: string): Promise<string> {
  await getExternalWorkflowHandle(targetWorkflowId).signal(appendSignal, value);
  return `signalled ${targetWorkflowId} from ${workflowInfo().workflowId}`;
}

/** Signals a workflow id that does not exist; returns the error the workflow sees. */
export async function signalMissingWorkflow(targetWorkflowId: string): Promise<string> {
  try {
    await getExternalWorkflowHandle(targetWorkflowId).signal(appendSignal, 'nobody');
    return 'delivered';
  } catch (e) {
    return (e as Error).name;
  }
}
