import { useRef, useState } from 'react';
import {
  Box,
  Button,
  Checkbox,
  Chip,
  Dialog,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Stack,
  TextField,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionDialogActions, ActionError } from '../../components/actions/ActionDialogFooter';
import { newRequestKey } from '../../components/actions/request-key';
import { refusalText } from './refusal-text';
import type { TaskFormSpec } from './task-form.types';

/**
 * A task step as a button and its form dialog (fields, evidence files). Like the workflow action
 * buttons: the confirm waits for the server, a refusal stays in the dialog with its reason, and a
 * retry of the same inputs reuses the click's idempotency key. Full-screen on a phone.
 */
export const TaskFormButton = ({ spec, title, onDone }: { spec: TaskFormSpec; title: string; onDone?: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const fullScreen = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [files, setFiles] = useState<File[]>([]);
  const key = useRef<{ id: string; sent?: string }>({ id: '' });
  const label = translate(spec.label);

  const openDialog = () => {
    key.current = { id: newRequestKey() };
    setValues({});
    setFiles([]);
    setError(null);
    setOpen(true);
  };
  const missing = spec.fields.some(
    (f) => f.required && f.kind !== 'files' && f.kind !== 'checkbox' && !(values[f.name] ?? '').trim(),
  );

  const confirm = async () => {
    setPending(true);
    setError(null);
    const sent = JSON.stringify([values, files.map((f) => [f.name, f.size, f.lastModified])]);
    if (key.current.sent !== undefined && key.current.sent !== sent) key.current = { id: newRequestKey() };
    key.current.sent = sent;
    try {
      await spec.run(values, files, key.current.id);
      setOpen(false);
      notify('dondoc.work.actions.done', { type: 'success', messageArgs: { action: label } });
      onDone?.();
      refresh();
    } catch (e) {
      setError(refusalText(e, translate));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button size="small" variant={spec.variant ?? 'contained'} onClick={openDialog} data-action={spec.key}>
        {label}
      </Button>
      <Dialog
        open={open}
        onClose={() => !pending && setOpen(false)}
        fullWidth
        fullScreen={fullScreen}
        maxWidth="sm"
        aria-labelledby={`task-form-${spec.key}-title`}
      >
        <DialogTitle id={`task-form-${spec.key}-title`} sx={{ overflowWrap: 'anywhere' }}>
          {translate('dondoc.work.actions.confirm_title', { action: label, title })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 1 }}>{translate('dondoc.work.actions.confirm_body')}</DialogContentText>
          {spec.fields.map((f) =>
            f.kind === 'checkbox' ? (
              <FormControlLabel
                key={f.name}
                sx={{ mt: 1, display: 'flex' }}
                control={
                  <Checkbox
                    name={f.name}
                    checked={values[f.name] === 'true'}
                    onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.checked ? 'true' : '' }))}
                    disabled={pending}
                  />
                }
                label={translate(f.label)}
              />
            ) : f.kind === 'files' ? (
              <Box key={f.name} sx={{ mt: 1 }}>
                <Button component="label" variant="outlined" size="small" startIcon={<AttachFileIcon />} disabled={pending}>
                  {translate(f.label)}
                  <input
                    hidden
                    type="file"
                    multiple
                    name={f.name}
                    data-testid={`file-input-${spec.key}`}
                    onChange={(e) => setFiles([...(e.target.files ?? [])])}
                  />
                </Button>
                <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, mt: 1 }}>
                  {files.map((file) => (
                    <Chip key={`${file.name}-${file.size}`} size="small" label={file.name} sx={{ maxWidth: '100%' }} />
                  ))}
                </Stack>
              </Box>
            ) : (
              <TextField
                key={f.name}
                name={f.name}
                label={translate(f.label, { _: f.label })}
                helperText={f.helper}
                required={f.required}
                value={values[f.name] ?? ''}
                onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
                fullWidth
                margin="dense"
                multiline={f.kind === 'multiline'}
                minRows={f.kind === 'multiline' ? 2 : undefined}
                type={f.kind === 'number' ? 'number' : 'text'}
                placeholder={f.kind === 'vndate' ? 'dd/mm/yyyy' : undefined}
                select={f.kind === 'select'}
                disabled={pending}
              >
                {f.kind === 'select'
                  ? (f.choices ?? []).map((c) => (
                      <MenuItem key={c.id} value={c.id}>
                        {c.name}
                      </MenuItem>
                    ))
                  : undefined}
              </TextField>
            ),
          )}
          <ActionError error={error} />
        </DialogContent>
        <ActionDialogActions pending={pending} missing={missing} onCancel={() => setOpen(false)} onConfirm={() => void confirm()} />
      </Dialog>
    </>
  );
};
