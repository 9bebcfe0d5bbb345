import { describeMachine } from '../__test-support__/machine-table';
import { timerMachine } from './timer.machine';

describeMachine(timerMachine, ['started', 'fired', 'canceled'], ['fire', 'cancel'], [
  ['started', 'fire', 'fired'],
  ['started', 'cancel', 'canceled'],
  ['fired', 'cancel', 'canceled'],
]);
