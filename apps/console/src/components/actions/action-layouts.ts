import type { ActionLayout } from './action.types';
import { errorMessageText, refusalText } from './refusal-text';

/**
 * What differs between the two places action dialogs are used. The workflow buttons sit in tight
 * bars (labels never wrap) and word refusals as the console words its error codes; the task and
 * report pages' forms have more inputs, so they take the whole screen on a phone and show the
 * server's per-field messages, which say which input to fix.
 */
export const ACTION_LAYOUTS = {
  confirm: {
    fullScreenOnPhone: false,
    buttonNoWrap: true,
    titleWraps: false,
    multilineRows: 3,
    refusal: errorMessageText,
  },
  form: { fullScreenOnPhone: true, buttonNoWrap: false, titleWraps: true, multilineRows: 2, refusal: refusalText },
} satisfies Record<ActionLayout, unknown>;
