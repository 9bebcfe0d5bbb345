import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

/** Appends a value to the workflow's state. */
export const appendSignal = defineSignal<[string]>('append');
/** Lets a waiting workflow return. */
export const finishSignal = defineSignal('finish');
/** The workflow's state (values appended so far). */
export const stateQuery = defineQuery<string[]>('state');
/** A query whose handler throws. */
export const failingQuery = defineQuery<string>('failingQuery');
/** Appends a value and returns the new state; the validator rejects '' and values starting with 'reject'. */
export const appendUpdate = defineUpdate<string[], [string]>('appendUpdate');
/** An update whose handler throws after acceptance. */
export const failingUpdate = defineUpdate<string, [string]>('failingUpdate');
/** An update whose handler never returns (accepted, never completed). */
export const waitingUpdate = defineUpdate<string, [string]>('waitingUpdate');
