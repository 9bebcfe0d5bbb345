import { Box, Button, Checkbox, Chip, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import { useTranslate } from 'react-admin';
import type { ActionField } from './action.types';

/** The `type`, placeholder and slot props of a text-like input, by kind. */
const textInputOf = (kind: ActionField['kind']) => {
  switch (kind) {
    case 'number':
      return { type: 'number' };
    case 'date':
      return { type: 'date', slotProps: { inputLabel: { shrink: true }, htmlInput: { lang: 'vi' } } };
    case 'vndate':
      // People in Vietnam type days dd/mm/yyyy whatever the browser's locale: a text input.
      return { type: 'text', placeholder: 'dd/mm/yyyy' };
    case 'multiselect':
      return { type: 'text', slotProps: { select: { multiple: true } } };
    case 'text':
    case 'multiline':
    case 'select':
    case 'checkbox':
    case 'files':
      return { type: 'text' };
  }
};

/**
 * One input of an action dialog. Every value is a string (see {@link ActionField}); the picked
 * files of a `files` input are kept apart, as `run` uploads them.
 */
export const ActionFieldInput = ({
  field: f,
  value,
  onChange,
  files,
  onFiles,
  disabled,
  multilineRows,
  fileInputTestId,
}: {
  field: ActionField;
  value: string;
  onChange: (value: string) => void;
  files: File[];
  onFiles: (files: File[]) => void;
  disabled: boolean;
  multilineRows: number;
  /** `data-testid` of the hidden file input (browser tests set files on it). */
  fileInputTestId: string;
}) => {
  const translate = useTranslate();
  // Labels are i18n keys, or texts shown as they are (a plan target's name).
  const label = translate(f.label, { _: f.label });
  if (f.kind === 'checkbox') {
    return (
      <FormControlLabel
        sx={{ mt: 1, display: 'flex' }}
        control={
          <Checkbox
            name={f.name}
            checked={value === 'true'}
            onChange={(e) => onChange(e.target.checked ? 'true' : '')}
            disabled={disabled}
          />
        }
        label={label}
      />
    );
  }
  if (f.kind === 'files') {
    return (
      <Box sx={{ mt: 1 }}>
        <Button component="label" variant="outlined" size="small" startIcon={<AttachFileIcon />} disabled={disabled}>
          {label}
          <input
            hidden
            type="file"
            multiple
            name={f.name}
            data-testid={fileInputTestId}
            onChange={(e) => onFiles([...(e.target.files ?? [])])}
          />
        </Button>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, mt: 1 }}>
          {files.map((file) => (
            <Chip key={`${file.name}-${file.size}`} size="small" label={file.name} sx={{ maxWidth: '100%' }} />
          ))}
        </Stack>
      </Box>
    );
  }
  const select = f.kind === 'select' || f.kind === 'multiselect';
  return (
    <TextField
      name={f.name}
      label={label}
      helperText={f.helper}
      required={f.required}
      value={f.kind === 'multiselect' ? (value ? value.split(',') : []) : value}
      onChange={(e) => {
        const picked: unknown = e.target.value;
        onChange(Array.isArray(picked) ? picked.join(',') : String(picked));
      }}
      fullWidth
      margin="dense"
      multiline={f.kind === 'multiline'}
      minRows={f.kind === 'multiline' ? multilineRows : undefined}
      select={select}
      disabled={disabled}
      {...textInputOf(f.kind)}
    >
      {select
        ? [
            ...(f.kind === 'select' && !f.required
              ? [
                  <MenuItem key="" value="">
                    —
                  </MenuItem>,
                ]
              : []),
            ...(f.choices ?? []).map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {translate(c.name, { _: c.name })}
              </MenuItem>
            )),
          ]
        : undefined}
    </TextField>
  );
};
