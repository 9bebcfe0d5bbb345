import { useRef, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { type ClickKey, keyForInputs, newRequestKey } from '../../components/actions/request-key';
import type { AllowedPlanAction } from './allowed-actions.types';
import { type ContentFormValues, contentEditOf, formValuesOf, serverErrorsOf, type TargetRow } from './plan-content-form';
import { planContentApi } from './plan-content.api';
import type { TargetComparator } from './plan-content.types';

const COMPARATORS: TargetComparator[] = ['eq', 'gt', 'gte', 'lt', 'lte', 'range', 'reduceBy'];
const EMPTY_TARGET: TargetRow = { text: '', baseline: '', value: '', comparator: '', unit: '', dueYear: '' };

/**
 * "Sửa dự thảo": the drafter edits the draft's title, summary, targets and the assignment rows'
 * deadlines (dd/mm/yyyy). Saved pessimistically as a new revision (the server answers first; a
 * refusal or a field error stays in the dialog); warns when the edit voids the signer's approval.
 */
export const PlanContentEditButton = ({
  action,
  planId,
  onDone,
}: {
  action: AllowedPlanAction;
  planId: string;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [pending, setPending] = useState(false);
  const [original, setOriginal] = useState<ContentFormValues | null>(null);
  const [values, setValues] = useState<ContentFormValues | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  // One request id per dialog and values: a retry of the same values is answered with the first outcome.
  const key = useRef<ClickKey>({ id: '' });
  const label = translate(action.labelKey);
  const t = (k: string, args?: Record<string, unknown>) => translate(`dondoc.plan_page.edit_form.${k}`, args);

  const openDialog = async () => {
    key.current = { id: newRequestKey() };
    setErrors({});
    setFailure(null);
    setValues(null);
    setOpen(true);
    setLoading(true);
    try {
      const start = formValuesOf(await planContentApi.content(planId));
      setOriginal(start);
      setValues(start);
    } catch (e) {
      setFailure(serverErrorsOf(e).message ?? String(e));
    } finally {
      setLoading(false);
    }
  };

  const save = async () => {
    if (!values || !original) return;
    const edit = contentEditOf(values, original);
    if (edit.errors) {
      setErrors(edit.errors);
      return;
    }
    setErrors({});
    setFailure(null);
    setPending(true);
    key.current = keyForInputs(key.current, JSON.stringify(edit.body));
    try {
      const done = await planContentApi.save(planId, edit.body, key.current.id);
      setOpen(false);
      notify('dondoc.plan_page.edit_form.saved', { type: 'success', messageArgs: { revision: done.revision } });
      onDone();
      refresh();
    } catch (e) {
      const { fields, message } = serverErrorsOf(e);
      setErrors(fields);
      setFailure(Object.keys(fields).length ? t('fix_fields') : (message ?? String(e)));
    } finally {
      setPending(false);
    }
  };

  const set = (patch: Partial<ContentFormValues>) => setValues((v) => (v ? { ...v, ...patch } : v));
  const setTarget = (i: number, patch: Partial<TargetRow>) =>
    setValues((v) => (v ? { ...v, targets: v.targets.map((x, j) => (j === i ? { ...x, ...patch } : x)) } : v));
  const err = (field: string) => (errors[field] ? { error: true, helperText: errors[field] } : {});

  if (!action.allowed) {
    return (
      <Tooltip title={translate('dondoc.plan_page.refused', { reason: action.reason ?? action.code ?? '—' })}>
        <span data-action-wrapper="edit">
          <Button variant="outlined" disabled data-action="edit" data-refused={action.reason ?? action.code}>
            {label}
          </Button>
        </span>
      </Tooltip>
    );
  }
  return (
    <>
      <Button variant="outlined" onClick={() => void openDialog()} data-action="edit" sx={{ whiteSpace: 'nowrap' }}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => !pending && setOpen(false)} fullWidth maxWidth="lg" aria-labelledby="plan-edit-title">
        <DialogTitle id="plan-edit-title">{label}</DialogTitle>
        <DialogContent dividers data-testid="plan-edit-form">
          {loading && <LinearProgress />}
          {action.notes?.voidsApproval && (
            <Alert severity="warning" sx={{ mb: 2 }} data-testid="action-notice">
              {translate('dondoc.plan_page.notes.voids_approval', { revision: action.notes.voidsApproval })}
            </Alert>
          )}
          {failure && (
            <Alert severity="error" sx={{ mb: 2 }} role="alert">
              {failure}
            </Alert>
          )}
          {values && (
            <Stack spacing={2}>
              <TextField
                label={t('title')}
                value={values.title}
                onChange={(e) => set({ title: e.target.value })}
                required
                disabled={pending}
                {...err('title')}
              />
              <TextField
                label={t('summary')}
                value={values.summary}
                onChange={(e) => set({ summary: e.target.value })}
                multiline
                minRows={2}
                disabled={pending}
                {...err('summary')}
              />
              <Box>
                <Typography variant="subtitle2" component="h3">
                  {t('targets')}
                </Typography>
                <Table size="small" aria-label={t('targets')} data-testid="plan-edit-targets">
                  <TableHead>
                    <TableRow>
                      {['text', 'baseline', 'value', 'comparator', 'unit', 'dueYear'].map((c) => (
                        <TableCell key={c}>{t(`target.${c}`)}</TableCell>
                      ))}
                      <TableCell />
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {values.targets.map((row, i) => (
                      <TableRow key={row.id ?? `new-${i}`} data-target={i}>
                        <TableCell sx={{ minWidth: 280 }}>
                          <TextField
                            fullWidth
                            multiline
                            size="small"
                            value={row.text}
                            onChange={(e) => setTarget(i, { text: e.target.value })}
                            slotProps={{ htmlInput: { 'aria-label': `${t('target.text')} ${i + 1}` } }}
                            disabled={pending}
                            {...err(`targets[${i}].text`)}
                          />
                        </TableCell>
                        {(['baseline', 'value'] as const).map((name) => (
                          <TableCell key={name} sx={{ width: 110 }}>
                            <TextField
                              size="small"
                              value={row[name]}
                              onChange={(e) => setTarget(i, { [name]: e.target.value })}
                              slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': `${t(`target.${name}`)} ${i + 1}` } }}
                              disabled={pending}
                              {...err(`targets[${i}].${name}`)}
                            />
                          </TableCell>
                        ))}
                        <TableCell sx={{ width: 150 }}>
                          <TextField
                            select
                            size="small"
                            fullWidth
                            value={row.comparator}
                            onChange={(e) => setTarget(i, { comparator: e.target.value as TargetComparator | '' })}
                            slotProps={{ htmlInput: { 'aria-label': `${t('target.comparator')} ${i + 1}` } }}
                            disabled={pending}
                          >
                            <MenuItem value="">—</MenuItem>
                            {COMPARATORS.map((c) => (
                              <MenuItem key={c} value={c}>
                                {t(`comparators.${c}`)}
                              </MenuItem>
                            ))}
                          </TextField>
                        </TableCell>
                        <TableCell sx={{ width: 90 }}>
                          <TextField
                            size="small"
                            value={row.unit}
                            onChange={(e) => setTarget(i, { unit: e.target.value })}
                            slotProps={{ htmlInput: { 'aria-label': `${t('target.unit')} ${i + 1}` } }}
                            disabled={pending}
                          />
                        </TableCell>
                        <TableCell sx={{ width: 90 }}>
                          <TextField
                            size="small"
                            value={row.dueYear}
                            onChange={(e) => setTarget(i, { dueYear: e.target.value })}
                            slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': `${t('target.dueYear')} ${i + 1}` } }}
                            disabled={pending}
                            {...err(`targets[${i}].dueYear`)}
                          />
                        </TableCell>
                        <TableCell padding="none">
                          <IconButton
                            aria-label={t('remove_target', { n: i + 1 })}
                            onClick={() => set({ targets: values.targets.filter((_, j) => j !== i) })}
                            disabled={pending}
                          >
                            <DeleteIcon fontSize="small" />
                          </IconButton>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                <Button size="small" onClick={() => set({ targets: [...values.targets, { ...EMPTY_TARGET }] })} disabled={pending}>
                  {t('add_target')}
                </Button>
              </Box>
              {values.responsibilities.length > 0 && (
                <Box>
                  <Typography variant="subtitle2" component="h3">
                    {t('responsibilities')}
                  </Typography>
                  <Table size="small" aria-label={t('responsibilities')} data-testid="plan-edit-responsibilities">
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('duties')}</TableCell>
                        <TableCell>{t('due_date')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {values.responsibilities.map((r, i) => (
                        <TableRow key={r.id} data-responsibility={i}>
                          <TableCell sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                            {r.label ? <Typography variant="caption">{r.label}</Typography> : null}
                            <Typography variant="body2">{r.duties}</Typography>
                          </TableCell>
                          <TableCell sx={{ width: 170 }}>
                            <TextField
                              size="small"
                              placeholder="dd/mm/yyyy"
                              value={r.dueDate}
                              onChange={(e) =>
                                set({
                                  responsibilities: values.responsibilities.map((x, j) => (j === i ? { ...x, dueDate: e.target.value } : x)),
                                })
                              }
                              slotProps={{ htmlInput: { 'aria-label': `${t('due_date')} ${i + 1}` } }}
                              disabled={pending}
                              {...err(`responsibilities[${i}].dueDate`)}
                            />
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Box>
              )}
              <TextField
                label={t('change_summary')}
                value={values.changeSummary}
                onChange={(e) => set({ changeSummary: e.target.value })}
                multiline
                minRows={2}
                required
                disabled={pending}
                {...err('changeSummary')}
              />
            </Stack>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={pending}>
            {translate('dondoc.work.actions.cancel')}
          </Button>
          <Button variant="contained" onClick={() => void save()} disabled={pending || !values} data-testid="plan-edit-save">
            {t('save')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
