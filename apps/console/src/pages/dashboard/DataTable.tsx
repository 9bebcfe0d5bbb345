import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatNumber } from '../../format/number';

/**
 * The figures behind a chart as a compact table (charts are images to a screen reader), numbers
 * formatted in the UI language. Text cells are rendered as text, never as HTML.
 */
export const DataTable = ({ id, head, rows }: { id: string; head: string[]; rows: { key: string; cells: (string | number | null)[] }[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Table size="small" id={id} aria-label={translate('dondoc.dashboard.table_caption')} sx={{ mt: 1, '& td, & th': { px: 1 } }}>
      <TableHead>
        <TableRow>
          {head.map((h, i) => (
            <TableCell key={i} align={i ? 'right' : 'left'}>
              {h}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            {r.cells.map((c, i) => (
              <TableCell key={i} align={i ? 'right' : 'left'}>
                {typeof c === 'number' ? formatNumber(c, locale) : (c ?? '—')}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
