import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useCreatePath, useRecordContext, useResourceContext } from 'react-admin';

/**
 * The record's main text as a real link to its show page, so the list is usable with a keyboard
 * and a screen reader (a clickable row alone is neither focusable nor announced).
 */
export const ShowLinkField = ({ source }: { source: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  if (!record || !resource) return null;
  const text = record[source] as unknown;
  return (
    <Link
      component={RouterLink}
      to={createPath({ resource, id: record.id, type: 'show' })}
      onClick={(e) => e.stopPropagation()}
      underline="hover"
      color="inherit"
    >
      {typeof text === 'string' ? text : String(text ?? '')}
    </Link>
  );
};
