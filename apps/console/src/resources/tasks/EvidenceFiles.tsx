import { Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { API_BASE } from '../../providers/http';
import { formatDateTime, formatSize } from './format-time';
import type { StoredFileView } from '@dondoc/contracts';

/** Where a stored file downloads from (the API checks who may read it). */
export const fileUrl = (subject: 'tasks' | 'duties', id: string, fileId: string) =>
  `${API_BASE}/${subject}/${encodeURIComponent(id)}/files/${encodeURIComponent(fileId)}`;

/** Files as download links; names are shown as text, never as markup. */
export const EvidenceFiles = ({
  files,
  subject,
  subjectId,
  empty,
}: {
  files: StoredFileView[];
  subject: 'tasks' | 'duties';
  subjectId: string;
  empty?: string;
}) => {
  const translate = useTranslate();
  if (files.length === 0) {
    return empty ? (
      <Typography variant="body2" color="text.secondary">
        {translate(empty)}
      </Typography>
    ) : null;
  }
  return (
    <List dense disablePadding>
      {files.map((f) => (
        <ListItem key={f.id} disableGutters data-file={f.id}>
          <ListItemText
            primary={
              <Link href={fileUrl(subject, subjectId, f.id)} download={f.fileName} sx={{ overflowWrap: 'anywhere' }}>
                {f.fileName}
              </Link>
            }
            secondary={`${formatSize(f.sizeBytes)} · ${formatDateTime(f.uploadedAt)}`}
          />
        </ListItem>
      ))}
    </List>
  );
};
