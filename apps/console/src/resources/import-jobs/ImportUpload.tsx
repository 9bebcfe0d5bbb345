import { useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { HttpError, Title, useDataProvider, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { DondocDataProvider } from '../../providers';
import { rememberSource } from './source-cache';

export const ACCEPTED_EXTENSIONS = ['.docx', '.md', '.txt'];
const MAX_BYTES = 20 * 1024 * 1024;
const TEXT_KINDS = /\.(md|txt)$/i;

type State =
  { step: 'idle' } | { step: 'uploading'; fileName: string; progress: number } | { step: 'error'; message: string };

/** The API's own (Vietnamese) reason when it gave one, else the console's message for the code. */
export const apiErrorMessage = (error: unknown, translate: (key: string, options?: object) => string): string => {
  const body = error instanceof HttpError ? (error.body as { message?: unknown } | undefined) : undefined;
  if (typeof body?.message === 'string' && body.message && error instanceof HttpError && error.status !== 0)
    return body.message;
  const message = error instanceof Error ? error.message : String(error);
  return translate(message, { _: message });
};

/** "Nhập kế hoạch", step 1: pick or drop a .docx/.md/.txt; the API reads it and answers the preview. */
export const ImportUpload = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<DondocDataProvider>();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);

  const upload = async (file: File) => {
    if (!ACCEPTED_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext))) {
      setState({ step: 'error', message: translate('dondoc.import.wrong_type') });
      return;
    }
    if (file.size > MAX_BYTES) {
      setState({ step: 'error', message: translate('dondoc.import.too_large') });
      return;
    }
    setState({ step: 'uploading', fileName: file.name, progress: 0 });
    try {
      const job = await dataProvider.importPlan(file, (progress) =>
        setState({ step: 'uploading', fileName: file.name, progress }),
      );
      if (TEXT_KINDS.test(file.name)) rememberSource(job.id, await file.text());
      void navigate(`/import-jobs/${encodeURIComponent(job.id)}/show`);
    } catch (error) {
      setState({ step: 'error', message: apiErrorMessage(error, translate) });
    }
  };

  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void upload(file);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && state.step !== 'uploading') void upload(file);
  };

  const busy = state.step === 'uploading';
  return (
    <Card component="section" aria-labelledby="import-title" sx={{ mt: 2 }}>
      <Title title={translate('dondoc.import.title')} />
      <CardContent>
        <Typography id="import-title" variant="h5" component="h1" gutterBottom>
          {translate('dondoc.import.title')}
        </Typography>
        <Typography sx={{ mb: 2 }}>{translate('dondoc.import.intro')}</Typography>
        <Box
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="import-drop-zone"
          sx={{
            border: '2px dashed',
            borderColor: dragging ? 'primary.main' : 'divider',
            bgcolor: dragging ? 'action.hover' : 'transparent',
            borderRadius: 2,
            p: { xs: 2, sm: 4 },
            textAlign: 'center',
          }}
        >
          <UploadFileIcon color="action" sx={{ fontSize: 48 }} />
          <Typography sx={{ my: 1 }}>{translate('dondoc.import.drop_here')}</Typography>
          <input
            ref={input}
            id="import-file"
            type="file"
            accept={ACCEPTED_EXTENSIONS.join(',')}
            onChange={onPick}
            disabled={busy}
            hidden
          />
          <Button variant="contained" onClick={() => input.current?.click()} disabled={busy}>
            {translate('dondoc.import.choose_file')}
          </Button>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('dondoc.import.accepted')}
          </Typography>
        </Box>
        {state.step === 'uploading' && (
          <Box sx={{ mt: 2 }} role="status" aria-live="polite">
            <Typography variant="body2">
              {state.progress < 1
                ? translate('dondoc.import.uploading', {
                    name: state.fileName,
                    percent: Math.round(state.progress * 100),
                  })
                : translate('dondoc.import.reading', { name: state.fileName })}
            </Typography>
            <LinearProgress
              variant={state.progress < 1 ? 'determinate' : 'indeterminate'}
              value={Math.round(state.progress * 100)}
              aria-label={translate('dondoc.import.progress')}
            />
          </Box>
        )}
        {state.step === 'error' && (
          <Alert severity="error" sx={{ mt: 2 }} role="alert">
            {state.message}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
};
