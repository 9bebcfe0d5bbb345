/** An input of an action dialog (values are strings; `toBody` converts them). */
export interface ActionField {
  name: string;
  /** i18n key of the label. */
  label: string;
  kind: 'text' | 'multiline' | 'number' | 'date' | 'select' | 'multiselect';
  required?: boolean;
  /** For `select`/`multiselect` (values joined by commas): value and its label (an i18n key or a name). */
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
  /** Calls the API with the click's idempotency key. */
  run(values: Record<string, string>, idempotencyKey: string): Promise<unknown>;
}
