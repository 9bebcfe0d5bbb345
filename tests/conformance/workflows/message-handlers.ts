import { HandlerUnfinishedPolicy } from '@temporalio/common';
import { ApplicationFailure, condition, setHandler } from '@temporalio/workflow';
import {
  appendSignal,
  appendUpdate,
  failingQuery,
  failingUpdate,
  finishSignal,
  stateQuery,
  waitingUpdate,
} from './definitions';

/** Registers the shared signal/query/update handlers over one state array; returns accessors. */
export function registerMessageHandlers(): { state: string[]; finished: () => boolean } {
  const state: string[] = [];
  let finished = false;
  setHandler(appendSignal, (value) => void state.push(value));
  setHandler(finishSignal, () => void (finished = true));
  setHandler(stateQuery, () => [...state]);
  setHandler(failingQuery, () => {
    throw new Error('query handler failed');
  });
  setHandler(
    appendUpdate,
    (value) => {
      state.push(value);
      return [...state];
    },
    {
      validator: (value) => {
        if (value === '' || value.startsWith('reject')) throw new Error(`rejected value '${value}'`);
      },
    },
  );
  setHandler(failingUpdate, (value) => {
    throw ApplicationFailure.create({
      message: `update failed for ${value}`,
      type: 'UpdateFailed',
      nonRetryable: true,
    });
  });
  setHandler(
    waitingUpdate,
    async (value) => {
      await condition(() => false);
      return value;
    },
    // The tests close the workflow under this handler on purpose.
    { unfinishedPolicy: HandlerUnfinishedPolicy.ABANDON },
  );
  return { state, finished: () => finished };
}
