/**
 * An input of an action dialog. Values are strings (`run` converts them): `date` is the browser's
 * date picker (YYYY-MM-DD), `vndate` a day typed dd/mm/yyyy, `checkbox` is 'true' or '',
 * `multiselect` joins its values with commas. `files` picks files, handed to `run` beside the values.
 */
export interface ActionField {
  name: string;
  /** i18n key of the label, or a text shown as it is (e.g. a plan target's name). */
  label: string;
  kind: 'text' | 'multiline' | 'number' | 'date' | 'vndate' | 'select' | 'multiselect' | 'checkbox' | 'files';
  required?: boolean;
  /** Shown under the input as it is (e.g. a target's unit). */
  helper?: string;
  /** For `select`/`multiselect`: value and its label (an i18n key or a name). */
  choices?: { id: string; name: string }[];
}

/**
 * One server-confirmed action (pessimistic: the dialog waits for the answer, shows a refusal's
 * Vietnamese reason and is never undoable).
 */
export interface ActionSpec {
  /** Stable id (also the button's `data-action`). */
  key: string;
  /** i18n key of the button and dialog title. */
  label: string;
  /** Destructive or returning actions are shown outlined. */
  variant?: 'contained' | 'outlined';
  fields?: ActionField[];
  initial?: Record<string, string>;
  /** What the dialog says before confirming (an i18n key with its arguments), e.g. that an edit voids the approval. */
  notices?: { key: string; args?: Record<string, string>; severity?: 'info' | 'warning' }[];
  /**
   * Calls the API with the click's idempotency key and, for a `files` input, the picked files;
   * throws an Error whose message is an i18n key or the API's message.
   */
  run(values: Record<string, string>, idempotencyKey: string, files?: File[]): Promise<unknown>;
}

/**
 * How the dialog is shown: `confirm` for the workflow buttons (plan page, inbox), `form` for the
 * task and report pages' longer forms (see `action-layouts.ts`).
 */
export type ActionLayout = 'confirm' | 'form';
