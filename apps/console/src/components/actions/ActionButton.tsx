import { useRef, useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Tooltip,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { ACTION_LAYOUTS } from './action-layouts';
import type { ActionLayout, ActionSpec } from './action.types';
import { ActionDialogActions, ActionError } from './ActionDialogFooter';
import { ActionFieldInput } from './ActionFieldInput';
import { type ClickKey, keyForInputs, newRequestKey } from './request-key';

/**
 * A button that opens a confirmation dialog (with the action's inputs, e.g. the reason of a
 * return, or evidence files) and runs the action on the server. The confirm button waits for the
 * answer; a refusal stays in the dialog with its reason, and a retry reuses the same idempotency key.
 */
export const ActionButton = ({
  spec,
  title,
  onDone,
  size = 'small',
  disabledReason,
  layout = 'confirm',
}: {
  spec: ActionSpec;
  /** What the action is about (the plan or task title), shown in the dialog title. */
  title: string;
  onDone?: (result: unknown) => void;
  size?: 'small' | 'medium';
  /** When set, the step is refused now: the button is disabled and says why (the server's Vietnamese reason). */
  disabledReason?: string;
  layout?: ActionLayout;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const look = ACTION_LAYOUTS[layout];
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [files, setFiles] = useState<File[]>([]);
  const key = useRef<ClickKey>({ id: '' });
  const label = translate(spec.label);
  const fields = spec.fields ?? [];
  const buttonSx = look.buttonNoWrap ? { whiteSpace: 'nowrap' } : undefined;

  const openDialog = () => {
    key.current = { id: newRequestKey() };
    setValues({ ...spec.initial });
    setFiles([]);
    setError(null);
    setOpen(true);
  };
  const missing = fields.some(
    (f) => f.required && (f.kind === 'files' ? files.length === 0 : !(values[f.name] ?? '').trim()),
  );

  const confirm = async () => {
    setPending(true);
    setError(null);
    key.current = keyForInputs(
      key.current,
      JSON.stringify([values, files.map((f) => [f.name, f.size, f.lastModified])]),
    );
    try {
      const result = await spec.run(values, key.current.id, files);
      setOpen(false);
      notify('dondoc.work.actions.done', { type: 'success', messageArgs: { action: label } });
      onDone?.(result);
      refresh();
    } catch (e) {
      setError(look.refusal(e, translate));
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
              sx={buttonSx}
            >
              {label}
            </Button>
          </span>
        </Tooltip>
      ) : (
        <Button
          size={size}
          variant={spec.variant ?? 'contained'}
          onClick={openDialog}
          data-action={spec.key}
          sx={buttonSx}
        >
          {label}
        </Button>
      )}
      <Dialog
        open={open}
        onClose={() => !pending && setOpen(false)}
        fullWidth
        fullScreen={look.fullScreenOnPhone && phone}
        maxWidth="sm"
        aria-labelledby={`action-${spec.key}-title`}
      >
        <DialogTitle id={`action-${spec.key}-title`} sx={look.titleWraps ? { overflowWrap: 'anywhere' } : undefined}>
          {translate('dondoc.work.actions.confirm_title', { action: label, title })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 1 }}>{translate('dondoc.work.actions.confirm_body')}</DialogContentText>
          {(spec.notices ?? []).map((n) => (
            <Alert key={n.key} severity={n.severity ?? 'info'} sx={{ mb: 1 }} data-testid="action-notice">
              {translate(n.key, n.args)}
            </Alert>
          ))}
          {fields.map((f) => (
            <ActionFieldInput
              key={f.name}
              field={f}
              value={values[f.name] ?? ''}
              onChange={(value) => setValues((v) => ({ ...v, [f.name]: value }))}
              files={files}
              onFiles={setFiles}
              disabled={pending}
              multilineRows={look.multilineRows}
              fileInputTestId={`file-input-${spec.key}`}
            />
          ))}
          <ActionError error={error} />
        </DialogContent>
        <ActionDialogActions
          pending={pending}
          missing={missing}
          onCancel={() => setOpen(false)}
          onConfirm={() => void confirm()}
        />
      </Dialog>
    </>
  );
};
