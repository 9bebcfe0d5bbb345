import { Chip } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Button,
  Datagrid,
  FunctionField,
  List,
  NumberField,
  SelectInput,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { SearchFilter } from '../../components';
import { VnDateField } from '../../fields';
import { IMPORT_JOB_STATUSES, type ImportJobSummary } from './import-job.types';
import { IMPORT_PATH } from './paths';

const statusChoices = IMPORT_JOB_STATUSES.map((s) => ({ id: s, name: `dondoc.import.statuses.${s}` }));

const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} />,
];

/** "Nhập kế hoạch" as a link button (plans list, review queue). */
export const ImportPlanButton = () => (
  <Button component={RouterLink} to={IMPORT_PATH} label="dondoc.import.title">
    <UploadFileIcon />
  </Button>
);

const StatusField = (_props: { label?: string }) => {
  const record = useRecordContext<ImportJobSummary>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={record.status === 'confirmed' ? 'success' : record.status === 'failed' ? 'error' : 'warning'}
      label={translate(`dondoc.import.statuses.${record.status}`, { _: record.status })}
    />
  );
};

/** The review queue: every upload, newest first; a previewed one waits for its confirmation. */
export const ImportJobList = () => (
  <List
    filters={filters}
    actions={
      <TopToolbar>
        <ImportPlanButton />
      </TopToolbar>
    }
    sort={{ field: 'createdAt', order: 'DESC' }}
    perPage={25}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="fileName" />
      <FunctionField<ImportJobSummary>
        source="title"
        sortable={false}
        render={(r) => [r.numberText, r.title].filter(Boolean).join(' — ') || '—'}
      />
      <NumberField source="warningCount" sortable={false} />
      <NumberField source="unresolvedCount" sortable={false} />
      <StatusField label="resources.import-jobs.fields.status" />
      <VnDateField source="createdAt" />
    </Datagrid>
  </List>
);
