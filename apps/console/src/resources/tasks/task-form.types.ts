/** An input of a task-page form; `files` picks evidence, `vndate` is a day typed dd/mm/yyyy, `checkbox` is 'true' or ''. */
export interface TaskFormField {
  name: string;
  /** i18n key of the label. */
  label: string;
  kind: 'text' | 'multiline' | 'number' | 'vndate' | 'select' | 'files' | 'checkbox';
  required?: boolean;
  /** Shown under the input as it is (e.g. a target's unit). */
  helper?: string;
  /** For `select`: value and label (shown as it is). */
  choices?: { id: string; name: string }[];
}

/**
 * One server-confirmed step of the task page (pessimistic: the dialog waits for the answer, keeps
 * a refusal's Vietnamese reason on screen, never undoes). `run` gets the typed values and the
 * picked files; it throws an Error whose message is an i18n key or the API's message.
 */
export interface TaskFormSpec {
  key: string;
  label: string;
  variant?: 'contained' | 'outlined';
  fields: TaskFormField[];
  run(values: Record<string, string>, files: File[], idempotencyKey: string): Promise<unknown>;
}
