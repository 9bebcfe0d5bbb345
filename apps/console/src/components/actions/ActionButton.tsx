import { useRef, useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  TextField,
  Tooltip,
} from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionDialogActions, ActionError } from './ActionDialogFooter';
import type { ActionSpec } from './action.types';
import { newRequestKey } from './request-key';

/** The message of a refusal: an i18n key for codes the console words itself, else the API's Vietnamese text. */
const errorText = (error: unknown, translate: (key: string, options?: object) => string): string => {
  const message = error instanceof Error ? error.message : String(error);
  return translate(message, { _: message });
};

/**
 * A button that opens a confirmation dialog (with the action's inputs, e.g. the reason of a
 * return) and runs the action on the server. The confirm button waits for the answer; a refusal
 * stays in the dialog with its reason, and a retry reuses the same idempotency key.
 */
export const ActionButton = ({
  spec,
  title,
  onDone,
  size = 'small',
  disabledReason,
}: {
  spec: ActionSpec;
  /** What the action is about (the plan or task title), shown in the dialog title. */
  title: string;
  onDone?: (result: unknown) => void;
  size?: 'small' | 'medium';
  /** When set, the step is refused now: the button is disabled and says why (the server's Vietnamese reason). */
  disabledReason?: string;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  // The click's request id, and the inputs it was sent with: a retry of the same inputs reuses it
  // (the server then answers the first outcome); changed inputs are a new request.
  const key = useRef<{ id: string; sent?: string }>({ id: '' });
  const label = translate(spec.label);

  const openDialog = () => {
    key.current = { id: newRequestKey() };
    setValues({ ...spec.initial });
    setError(null);
    setOpen(true);
  };
  const missing = (spec.fields ?? []).some((f) => f.required && !(values[f.name] ?? '').trim());

  const confirm = async () => {
    setPending(true);
    setError(null);
    const sent = JSON.stringify(values);
    if (key.current.sent !== undefined && key.current.sent !== sent) key.current = { id: newRequestKey() };
    key.current.sent = sent;
    try {
      const result = await spec.run(values, key.current.id);
      setOpen(false);
      notify('dondoc.work.actions.done', { type: 'success', messageArgs: { action: label } });
      onDone?.(result);
      refresh();
    } catch (e) {
      setError(errorText(e, translate));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      {disabledReason ? (
        // A disabled button fires no events: the tooltip sits on a wrapper.
        <Tooltip title={translate('dondoc.plan_page.refused', { reason: disabledReason })}>
          <span data-action-wrapper={spec.key}>
            <Button
              size={size}
              variant="outlined"
              disabled
              data-action={spec.key}
              data-refused={disabledReason}
              sx={{ whiteSpace: 'nowrap' }}
            >
              {label}
            </Button>
          </span>
        </Tooltip>
      ) : (
        <Button size={size} variant={spec.variant ?? 'contained'} onClick={openDialog} data-action={spec.key} sx={{ whiteSpace: 'nowrap' }}>
          {label}
        </Button>
      )}
      <Dialog open={open} onClose={() => !pending && setOpen(false)} fullWidth maxWidth="sm" aria-labelledby={`action-${spec.key}-title`}>
        <DialogTitle id={`action-${spec.key}-title`}>
          {translate('dondoc.work.actions.confirm_title', { action: label, title })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 1 }}>{translate('dondoc.work.actions.confirm_body')}</DialogContentText>
          {(spec.notices ?? []).map((n) => (
            <Alert key={n.key} severity={n.severity ?? 'info'} sx={{ mb: 1 }} data-testid="action-notice">
              {translate(n.key, n.args)}
            </Alert>
          ))}
          {(spec.fields ?? []).map((f) => (
            <TextField
              key={f.name}
              name={f.name}
              label={translate(f.label)}
              required={f.required}
              value={f.kind === 'multiselect' ? (values[f.name] ? values[f.name]!.split(',') : []) : (values[f.name] ?? '')}
              onChange={(e) => {
                const value: unknown = e.target.value;
                setValues((v) => ({ ...v, [f.name]: Array.isArray(value) ? value.join(',') : String(value) }));
              }}
              fullWidth
              margin="dense"
              multiline={f.kind === 'multiline'}
              minRows={f.kind === 'multiline' ? 3 : undefined}
              type={f.kind === 'number' ? 'number' : f.kind === 'date' ? 'date' : 'text'}
              select={f.kind === 'select' || f.kind === 'multiselect'}
              slotProps={
                f.kind === 'date'
                  ? { inputLabel: { shrink: true }, htmlInput: { lang: 'vi' } }
                  : f.kind === 'multiselect'
                    ? { select: { multiple: true } }
                    : undefined
              }
              disabled={pending}
            >
              {f.kind === 'select' || f.kind === 'multiselect'
                ? [
                    ...(f.kind === 'select' && !f.required ? [<MenuItem key="" value="">—</MenuItem>] : []),
                    ...(f.choices ?? []).map((c) => (
                      <MenuItem key={c.id} value={c.id}>
                        {translate(c.name, { _: c.name })}
                      </MenuItem>
                    )),
                  ]
                : undefined}
            </TextField>
          ))}
          <ActionError error={error} />
        </DialogContent>
        <ActionDialogActions pending={pending} missing={missing} onCancel={() => setOpen(false)} onConfirm={() => void confirm()} />
      </Dialog>
    </>
  );
};
