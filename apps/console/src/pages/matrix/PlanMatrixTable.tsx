import { useState } from 'react';
import { Alert, Box, Button, LinearProgress, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Link as RouterLink } from 'react-router-dom';
import { useDataProvider, useGetOne, useNotify, useTranslate } from 'react-admin';
import { useLoad } from '../../components/use-load';
import { formatDeadline } from '../../format/date';
import type { DondocDataProvider } from '../../providers/data-provider';
import type { MatrixCell, Plan, PlanMatrix as PlanMatrixData } from '../../types';
import { cellColours, cellLetter, cellTaskId } from './matrix-cell';
import { buildXlsx, matrixAppendixRows, XLSX_MIME, xlsxFileName } from './matrix-xlsx';

const BORDER = '1px solid #e0e0e0';
const headBase = { position: 'sticky', background: '#f5f5f5', zIndex: 2, border: BORDER, p: 0.5 } as const;

const Cell = ({ matrix, row, orgId }: { matrix: PlanMatrixData; row: PlanMatrixData['rows'][number]; orgId: string }) => {
  const translate = useTranslate();
  const cell: MatrixCell | undefined = row.cells[orgId];
  if (!cell) return <Box component="td" data-org={orgId} sx={{ border: BORDER }} />;
  const { bg, fg } = cellColours(cell);
  const letter = cellLetter(cell);
  const title = translate('dondoc.work.matrix.cell_title', {
    organisation: matrix.organisations[orgId] ?? orgId,
    role: translate(cell.role === 'coordinator' ? 'dondoc.work.matrix.coordinator_long' : 'dondoc.work.matrix.lead_long'),
    status: cell.status?.label ?? translate('dondoc.work.matrix.no_task'),
    due: cell.due ? formatDeadline(cell.due) : '—',
  });
  const taskId = cellTaskId(matrix.planId, row.responsibilityId, orgId, cell);
  const content = (
    <>
      {letter}
      {cell.overdueCount > 0 && <sup>{cell.overdueCount}</sup>}
    </>
  );
  return (
    <Box
      component="td"
      title={title}
      data-org={orgId}
      data-role={cell.role ?? ''}
      data-status={cell.status?.code ?? ''}
      sx={{ border: BORDER, background: bg, color: fg, textAlign: 'center', fontWeight: 700, p: 0 }}
    >
      {taskId ? (
        <Box
          component={RouterLink}
          to={`/tasks/${encodeURIComponent(taskId)}/show`}
          aria-label={title}
          sx={{ display: 'block', color: 'inherit', textDecoration: 'none', p: 0.75, '&:hover': { outline: '2px solid currentColor' } }}
        >
          {content}
        </Box>
      ) : (
        <Box component="span" sx={{ display: 'block', p: 0.75 }}>
          {content}
        </Box>
      )}
    </Box>
  );
};

/**
 * Rows = responsibilities, columns = organisations; cells C (chủ trì) / P (phối hợp) coloured by
 * task status, deadline on hover, a click opens the task; overdue totals per row and column.
 * Headers stick while the table scrolls inside its own box (60 × 30 stays usable).
 */
export const MatrixTable = ({ matrix }: { matrix: PlanMatrixData }) => {
  const translate = useTranslate();
  if (matrix.rows.length === 0) return <Typography>{translate('dondoc.work.matrix.empty')}</Typography>;
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('dondoc.work.matrix.legend')}
      </Typography>
      {/* width 0 + min-width 100%: the box fills its container without adding the table's width to the
          container's own minimum (react-admin's Show card is a flex item that would otherwise widen the page). */}
      <Box sx={{ overflow: 'auto', maxHeight: '70vh', width: 0, minWidth: '100%', border: BORDER }} data-testid="matrix-scroll">
        <Box
          component="table"
          aria-label={translate('dondoc.work.matrix.title')}
          sx={{ borderCollapse: 'separate', borderSpacing: 0, fontSize: '0.8125rem' }}
        >
          <thead>
            <tr>
              <Box component="th" scope="col" sx={{ ...headBase, top: 0, left: 0, zIndex: 3, minWidth: 240, textAlign: 'left' }}>
                {translate('dondoc.work.matrix.responsibility')}
              </Box>
              {matrix.columns.map((orgId) => (
                <Box
                  component="th"
                  scope="col"
                  key={orgId}
                  data-org={orgId}
                  title={matrix.organisations[orgId] ?? orgId}
                  sx={{ ...headBase, top: 0, minWidth: 56, maxWidth: 96, fontWeight: 500, verticalAlign: 'bottom' }}
                >
                  <Box sx={{ display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
                    {matrix.organisations[orgId] ?? orgId}
                  </Box>
                </Box>
              ))}
              <Box component="th" scope="col" sx={{ ...headBase, top: 0, right: 0, zIndex: 3 }}>
                {translate('dondoc.work.matrix.overdue_total')}
              </Box>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.responsibilityId} data-responsibility={row.responsibilityId}>
                <Box
                  component="th"
                  scope="row"
                  title={row.label}
                  sx={{ ...headBase, left: 0, zIndex: 1, background: '#fff', textAlign: 'left', fontWeight: 400, maxWidth: 320 }}
                >
                  <Box sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
                    {row.label}
                  </Box>
                </Box>
                {matrix.columns.map((orgId) => (
                  <Cell key={orgId} matrix={matrix} row={row} orgId={orgId} />
                ))}
                <Box
                  component="td"
                  data-total="row"
                  sx={{ border: BORDER, textAlign: 'center', position: 'sticky', right: 0, background: '#fff', color: row.overdue ? 'error.main' : undefined }}
                >
                  {row.overdue}
                </Box>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <Box component="th" scope="row" sx={{ ...headBase, bottom: 0, left: 0, zIndex: 3, textAlign: 'left' }}>
                {translate('dondoc.work.matrix.column_total')}
              </Box>
              {matrix.columns.map((orgId) => (
                <Box component="td" key={orgId} data-total="column" data-org={orgId} sx={{ ...headBase, bottom: 0, textAlign: 'center' }}>
                  {matrix.columnOverdue[orgId] ?? 0}
                </Box>
              ))}
              <Box component="td" data-total="all" sx={{ ...headBase, bottom: 0, right: 0, zIndex: 3, textAlign: 'center', fontWeight: 700 }}>
                {matrix.totalOverdue}
              </Box>
            </tr>
          </tfoot>
        </Box>
      </Box>
      {matrix.warnings.length > 0 && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          <strong>{translate('dondoc.work.matrix.warnings')}:</strong>
          <ul style={{ margin: 0 }}>
            {matrix.warnings.map((w, i) => (
              <li key={i}>
                {w.messageVi}
                {w.organisationId ? ` (${matrix.organisations[w.organisationId] ?? w.organisationId})` : ''}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </>
  );
};

/** The matrix of one plan, loaded from `GET /api/plans/:id/matrix`. */
export const PlanMatrix = ({ planId }: { planId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<DondocDataProvider>();
  const { data, isPending, error } = useLoad(() => dataProvider.getPlanMatrix(planId), [planId, dataProvider]);
  if (error) return <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>;
  if (isPending || !data) return <LinearProgress />;
  return (
    <>
      {data.rows.length > 0 && <ExportXlsxButton matrix={data} />}
      <MatrixTable matrix={data} />
    </>
  );
};

/** "Xuất Excel": the matrix as a plan appendix (.xlsx), built in the browser. */
const ExportXlsxButton = ({ matrix }: { matrix: PlanMatrixData }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { data: plan } = useGetOne<Plan>('plans', { id: matrix.planId });
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    if (!plan) return;
    setBusy(true);
    try {
      const info = { numberText: plan.numberText, title: plan.title };
      const bytes = await buildXlsx(matrixAppendixRows(matrix, info));
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
      const a = document.createElement('a');
      a.href = url;
      a.download = xlsxFileName(info);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      notify('dondoc.work.matrix.export_failed', { type: 'error', messageArgs: { error: String(e) } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" variant="outlined" startIcon={<DownloadIcon />} disabled={!plan || busy} onClick={onClick} sx={{ mb: 1 }}>
      {translate('dondoc.work.matrix.export_xlsx')}
    </Button>
  );
};
