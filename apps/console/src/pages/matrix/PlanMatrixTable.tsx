import { memo, useMemo, useState } from 'react';
import { Alert, Box, Button, LinearProgress, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Link as RouterLink } from 'react-router-dom';
import { useDataProvider, useGetOne, useNotify, useTranslate } from 'react-admin';
import { useLoad } from '../../components/use-load';
import { formatDeadline } from '../../format/date';
import type { DondocDataProvider } from '../../providers/data-provider';
import type { MatrixCell, Plan, PlanMatrix as PlanMatrixData } from '@dondoc/contracts';
import { cellColours, cellLetter, cellTaskId } from './matrix-cell';
import { earlyMatrixIfArrived, takeEarlyMatrix } from './matrix-early-load';
import { buildXlsx, matrixAppendixRows, XLSX_MIME, xlsxFileName } from './matrix-xlsx';

const BORDER = '1px solid #e0e0e0';

/**
 * The table's whole style as one rule set on the <table> (descendant selectors): 1,800 cells of a
 * 60 × 30 plan are plain elements with class names, not one emotion style (`sx`) each, which made
 * the first render of a large matrix several times slower.
 */
const tableSx = {
  borderCollapse: 'separate',
  borderSpacing: 0,
  fontSize: '0.8125rem',
  '& td': { border: BORDER },
  '& .mx-head': { position: 'sticky', background: '#f5f5f5', zIndex: 2, border: BORDER, p: 0.5 },
  '& thead .mx-head': { top: 0 },
  '& tfoot .mx-head': { bottom: 0 },
  '& tfoot td': { textAlign: 'center' },
  '& .mx-corner': { left: 0, zIndex: 3, textAlign: 'left' },
  '& .mx-corner-top': { minWidth: 240 },
  '& .mx-end': { right: 0, zIndex: 3 },
  '& .mx-col': { minWidth: 56, maxWidth: 96, fontWeight: 500, verticalAlign: 'bottom' },
  '& .mx-row': { left: 0, zIndex: 1, background: '#fff', textAlign: 'left', fontWeight: 400, maxWidth: 320 },
  '& .mx-clamp2, & .mx-clamp3': { display: '-webkit-box', WebkitBoxOrient: 'vertical', overflow: 'hidden' },
  '& .mx-clamp2': { WebkitLineClamp: 2 },
  '& .mx-clamp3': { WebkitLineClamp: 3 },
  '& .mx-cell': { textAlign: 'center', fontWeight: 700, p: 0 },
  '& .mx-cell > span, & .mx-cell > a': { display: 'block', p: 0.75 },
  '& .mx-cell > a': { color: 'inherit', textDecoration: 'none', '&:hover': { outline: '2px solid currentColor' } },
  '& .mx-row-total': { textAlign: 'center', position: 'sticky', right: 0, background: '#fff' },
  '& .mx-overdue': { color: 'error.main' },
  '& .mx-all': { fontWeight: 700 },
} as const;

/** Translated words every cell's tooltip uses, looked up once per table. */
interface CellWords {
  translate: ReturnType<typeof useTranslate>;
  lead: string;
  coordinator: string;
  noTask: string;
}

const Cell = ({ matrix, row, orgId, words }: { matrix: PlanMatrixData; row: MatrixRow; orgId: string; words: CellWords }) => {
  const cell: MatrixCell | undefined = row.cells[orgId];
  if (!cell) return <td data-org={orgId} />;
  const { bg, fg } = cellColours(cell);
  const title = words.translate('dondoc.work.matrix.cell_title', {
    organisation: matrix.organisations[orgId] ?? orgId,
    role: cell.role === 'coordinator' ? words.coordinator : words.lead,
    status: cell.status?.label ?? words.noTask,
    due: cell.due ? formatDeadline(cell.due) : '—',
  });
  const taskId = cellTaskId(matrix.planId, row.responsibilityId, orgId, cell);
  const content = (
    <>
      {cellLetter(cell)}
      {cell.overdueCount > 0 && <sup>{cell.overdueCount}</sup>}
    </>
  );
  return (
    <td
      className="mx-cell"
      title={title}
      data-org={orgId}
      data-role={cell.role ?? ''}
      data-status={cell.status?.code ?? ''}
      style={{ background: bg, color: fg }}
    >
      {taskId ? (
        <RouterLink to={`/tasks/${encodeURIComponent(taskId)}/show`} aria-label={title}>
          {content}
        </RouterLink>
      ) : (
        <span>{content}</span>
      )}
    </td>
  );
};

type MatrixRow = PlanMatrixData['rows'][number];

/** One responsibility: its label, a cell per organisation, its overdue total (memoised: a row re-renders only with its data). */
const Row = memo(({ matrix, row, words }: { matrix: PlanMatrixData; row: MatrixRow; words: CellWords }) => (
  <tr data-responsibility={row.responsibilityId}>
    <th scope="row" title={row.label} className="mx-head mx-row">
      <div className="mx-clamp2">{row.label}</div>
    </th>
    {matrix.columns.map((orgId) => (
      <Cell key={orgId} matrix={matrix} row={row} orgId={orgId} words={words} />
    ))}
    <td data-total="row" className={row.overdue ? 'mx-row-total mx-overdue' : 'mx-row-total'}>
      {row.overdue}
    </td>
  </tr>
));
Row.displayName = 'MatrixRow';

/**
 * Rows = responsibilities, columns = organisations; cells C (chủ trì) / P (phối hợp) coloured by
 * task status, deadline on hover, a click opens the task; overdue totals per row and column.
 * Headers stick while the table scrolls inside its own box (60 × 30 stays usable).
 */
export const MatrixTable = ({ matrix }: { matrix: PlanMatrixData }) => {
  const translate = useTranslate();
  const words = useMemo<CellWords>(
    () => ({
      translate,
      lead: translate('dondoc.work.matrix.lead_long'),
      coordinator: translate('dondoc.work.matrix.coordinator_long'),
      noTask: translate('dondoc.work.matrix.no_task'),
    }),
    [translate],
  );
  if (matrix.rows.length === 0) return <Typography>{translate('dondoc.work.matrix.empty')}</Typography>;
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('dondoc.work.matrix.legend')}
      </Typography>
      {/* width 0 + min-width 100%: the box fills its container without adding the table's width to the
          container's own minimum (react-admin's Show card is a flex item that would otherwise widen the page). */}
      <Box sx={{ overflow: 'auto', maxHeight: '70vh', width: 0, minWidth: '100%', border: BORDER }} data-testid="matrix-scroll">
        <Box component="table" aria-label={translate('dondoc.work.matrix.title')} sx={tableSx}>
          <thead>
            <tr>
              <th scope="col" className="mx-head mx-corner mx-corner-top">
                {translate('dondoc.work.matrix.responsibility')}
              </th>
              {matrix.columns.map((orgId) => (
                <th scope="col" key={orgId} data-org={orgId} title={matrix.organisations[orgId] ?? orgId} className="mx-head mx-col">
                  <div className="mx-clamp3">{matrix.organisations[orgId] ?? orgId}</div>
                </th>
              ))}
              <th scope="col" className="mx-head mx-end">
                {translate('dondoc.work.matrix.overdue_total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <Row key={row.responsibilityId} matrix={matrix} row={row} words={words} />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="mx-head mx-corner">
                {translate('dondoc.work.matrix.column_total')}
              </th>
              {matrix.columns.map((orgId) => (
                <td key={orgId} data-total="column" data-org={orgId} className="mx-head">
                  {matrix.columnOverdue[orgId] ?? 0}
                </td>
              ))}
              <td data-total="all" className="mx-head mx-end mx-all">
                {matrix.totalOverdue}
              </td>
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

/** The matrix of one plan, loaded from `GET /api/plans/:id/matrix` (or taken from the start-up request, see matrix-early-load). */
export const PlanMatrix = ({ planId }: { planId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<DondocDataProvider>();
  const [arrived] = useState(() => earlyMatrixIfArrived(planId));
  const { data: loaded, isPending, error } = useLoad(
    () => takeEarlyMatrix(planId) ?? dataProvider.getPlanMatrix(planId),
    [planId, dataProvider],
  );
  const data = !isPending ? loaded : arrived?.planId === planId ? arrived : undefined;
  if (error) return <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>;
  if (!data) return <LinearProgress />;
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
