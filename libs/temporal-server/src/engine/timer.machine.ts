import { defineMachine } from './machine';

export type TimerState = 'started' | 'fired' | 'canceled';
export type TimerAction = 'fire' | 'cancel';

/** User timer: started → fired | canceled. */
export const timerMachine = defineMachine<TimerState, TimerAction>('timer', {
  started: { fire: 'fired', cancel: 'canceled' },
  // Fired but the TimerFired event is still buffered behind a started workflow task: the cancel wins.
  fired: { cancel: 'canceled' },
  canceled: {},
});
