import { useMemo, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Link, Typography } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import {
  Form,
  Loading,
  ShowBase,
  Title,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import type { DondocDataProvider } from '../../providers';
import { outlineLines, sourceLines, spanLines } from './import-format';
import type { ImportJob, SourceSpan } from './import-job.types';
import {
  BudgetLines,
  DuplicateHints,
  HeaderFields,
  ReportingDuties,
  Responsibilities,
  Warnings,
} from './ImportReviewParts';
import { apiErrorMessage } from './ImportUpload';
import { mappingsFromForm, NameMapping } from './NameMapping';
import { recallSource } from './source-cache';
import { SourcePanel, type LineRange } from './SourcePanel';

/** Field errors of a refused confirm, as "field: message" lines. */
const fieldErrors = (error: unknown): string[] => {
  const body = (error as { body?: { errors?: unknown } })?.body;
  const errors = body && typeof body.errors === 'object' && body.errors !== null ? body.errors : {};
  return Object.values(errors as Record<string, unknown>).filter((m): m is string => typeof m === 'string');
};

/** "Xác nhận tạo kế hoạch": pessimistic, waits for the API, then opens the created plan. */
const ConfirmButton = ({ job, onError }: { job: ImportJob; onError: (messages: string[]) => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<DondocDataProvider>();
  const notify = useNotify();
  const navigate = useNavigate();
  const refresh = useRefresh();
  const { getValues } = useFormContext();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    onError([]);
    try {
      const organisationMappings = mappingsFromForm(job.unresolvedNames ?? [], getValues());
      const done = await dataProvider.confirmImport(job.id, { organisationMappings });
      notify('dondoc.import.created', { type: 'success' });
      void navigate(`/plans/${encodeURIComponent(done.confirmedPlanId ?? '')}/show/assignments`);
    } catch (error) {
      onError([apiErrorMessage(error, translate), ...fieldErrors(error)]);
      refresh();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="contained"
      size="large"
      startIcon={busy ? <CircularProgress size={18} color="inherit" /> : <CheckIcon />}
      onClick={() => void confirm()}
      disabled={busy}
    >
      {translate(busy ? 'dondoc.import.confirming' : 'dondoc.import.confirm')}
    </Button>
  );
};

/** Names mapped so far in the form (their rows then say "đã chọn"). */
const useMappedKeys = (job: ImportJob): Set<string> => {
  const mappings = useWatch({ name: 'mappings' }) as Record<string, unknown> | undefined;
  return new Set(Object.keys(mappingsFromForm(job.unresolvedNames ?? [], { mappings })));
};

const ReviewContent = ({ job }: { job: ImportJob }) => {
  const translate = useTranslate();
  const [selected, setSelected] = useState<LineRange | null>(null);
  const [selectedRow, setSelectedRow] = useState<number | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const mapped = useMappedKeys(job);
  const warnings = useMemo(() => (Array.isArray(job.warnings) ? job.warnings : []), [job.warnings]);

  const { lines, exact } = useMemo(() => {
    const text = recallSource(job.id);
    if (text !== undefined) return { lines: new Map(sourceLines(text).map((t, i) => [i + 1, t])), exact: true };
    return { lines: outlineLines(job.parsed?.sections), exact: false };
  }, [job.id, job.parsed?.sections]);

  const { warningLines, warningNotes } = useMemo(() => {
    const lines = new Set<number>();
    const notes = new Map<number, string[]>();
    for (const w of warnings)
      for (const span of Array.isArray(w.spans) ? w.spans : []) {
        const r = spanLines(span);
        if (!r) continue;
        for (let n = r.from; n <= r.to; n++) lines.add(n);
        if (!notes.get(r.from)?.includes(w.message)) notes.set(r.from, [...(notes.get(r.from) ?? []), w.message]);
      }
    return { warningLines: lines, warningNotes: notes };
  }, [warnings]);
  // The outline has no line for a warning's place: give it one so the message still shows there.
  const shownLines = useMemo(() => {
    if (exact) return lines;
    const merged = new Map(lines);
    for (const n of warningNotes.keys()) if (!merged.has(n)) merged.set(n, '…');
    return merged;
  }, [exact, lines, warningNotes]);

  const select = (span: SourceSpan | undefined | null, row: number | null = null) => {
    setSelected(spanLines(span));
    setSelectedRow(row);
  };
  const confirmed = job.status !== 'previewed';

  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 7fr) minmax(0, 5fr)' },
        gap: 2,
        alignItems: 'start',
      }}
    >
      <Box sx={{ minWidth: 0 }}>
        <DuplicateHints job={job} />
        {confirmed && (
          <Alert severity="success" role="status" sx={{ mb: 2 }}>
            {translate('dondoc.import.already_confirmed')}{' '}
            {job.confirmedPlanId && (
              <Link component={RouterLink} to={`/plans/${encodeURIComponent(job.confirmedPlanId)}/show`}>
                {translate('dondoc.import.open_plan')}
              </Link>
            )}
          </Alert>
        )}
        <HeaderFields job={job} select={select} />
        <Warnings warnings={warnings} select={select} />
        <NameMapping names={job.unresolvedNames ?? []} disabled={confirmed} />
        <Responsibilities
          job={job}
          mapped={mapped}
          selectedIndex={selectedRow}
          select={(span, index) => select(span, index)}
        />
        <ReportingDuties job={job} select={select} />
        <BudgetLines job={job} select={select} />
        {errors.length > 0 && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {errors.map((m, i) => (
              <div key={i}>{m}</div>
            ))}
          </Alert>
        )}
        {!confirmed && <ConfirmButton job={job} onError={setErrors} />}
      </Box>
      <Box sx={{ position: { lg: 'sticky' }, top: { lg: 72 }, minWidth: 0 }}>
        <SourcePanel
          lines={shownLines}
          exact={exact}
          selected={selected}
          warningLines={warningLines}
          warnings={warningNotes}
        />
      </Box>
    </Box>
  );
};

const Review = () => {
  const translate = useTranslate();
  const job = useRecordContext<ImportJob>();
  if (!job) return <Loading />;
  const title = job.parsed?.document?.title ?? job.fileName;
  return (
    // overflow visible: a Card clips, which would stop the source panel from staying in view (sticky).
    <Card sx={{ mt: 2, overflow: 'visible' }}>
      <Title title={translate('dondoc.import.review_title', { name: job.fileName })} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom sx={{ overflowWrap: 'anywhere' }}>
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('dondoc.import.file_line', { name: job.fileName })}
        </Typography>
        <Form defaultValues={{ mappings: {} }} onSubmit={() => undefined}>
          <ReviewContent job={job} />
        </Form>
      </CardContent>
    </Card>
  );
};

/** Step 2 of "Nhập kế hoạch" (also opened from the review queue): check, map names, confirm. */
export const ImportJobReview = () => (
  <ShowBase>
    <Review />
  </ShowBase>
);
