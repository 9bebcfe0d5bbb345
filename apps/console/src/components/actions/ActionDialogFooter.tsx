import { Alert, Button, CircularProgress, DialogActions } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The server's refusal (its Vietnamese reason) inside a pessimistic action dialog. */
export const ActionError = ({ error }: { error: string | null }) =>
  error ? (
    <Alert severity="error" role="alert" sx={{ mt: 1 }} data-testid="action-error">
      {error}
    </Alert>
  ) : null;

/** Cancel and Confirm of a pessimistic action dialog: Confirm spins and stays disabled until the server has answered. */
export const ActionDialogActions = ({
  pending,
  missing,
  onCancel,
  onConfirm,
}: {
  pending: boolean;
  /** A required input is still empty. */
  missing: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) => {
  const translate = useTranslate();
  return (
    <DialogActions>
      <Button onClick={onCancel} disabled={pending}>
        {translate('dondoc.work.actions.cancel')}
      </Button>
      <Button
        variant="contained"
        onClick={onConfirm}
        disabled={pending || missing}
        startIcon={pending ? <CircularProgress size={16} /> : undefined}
        data-testid="action-confirm"
      >
        {pending ? translate('dondoc.work.actions.pending') : translate('dondoc.work.actions.confirm')}
      </Button>
    </DialogActions>
  );
};
