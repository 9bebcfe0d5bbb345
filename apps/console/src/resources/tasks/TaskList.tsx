import { useMediaQuery, type Theme } from '@mui/material';
import {
  BooleanInput,
  Datagrid,
  DateInput,
  FilterButton,
  FunctionField,
  List,
  ReferenceInput,
  AutocompleteInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { SearchFilter, ShowLinkField } from '../../components';
import { formatDeadline } from '../../format/date';
import type { TaskItem } from '@dondoc/contracts';
import { TaskBadges } from './TaskBadges';
import { TASK_STATUS_CODES } from './task-status-codes';


const searchQ = (q: string) => ({ q });
const statusChoices = TASK_STATUS_CODES.map((c) => ({ id: c, name: `dondoc.task_pages.statuses.${c}` }));

const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <ReferenceInput key="planId" source="planId" reference="plans" sort={{ field: 'title', order: 'ASC' }}>
    <AutocompleteInput optionText="title" label="resources.tasks.fields.planId" filterToQuery={searchQ} />
  </ReferenceInput>,
  <ReferenceInput key="organisationId" source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" label="resources.tasks.fields.organisationName" filterToQuery={searchQ} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={statusChoices} label="dondoc.task_pages.filters.status" />,
  <BooleanInput key="overdue" source="overdue" label="dondoc.task_pages.filters.overdue" />,
  <DateInput key="dueFrom" source="dueFrom" label="dondoc.task_pages.filters.due_from" />,
  <DateInput key="dueTo" source="dueTo" label="dondoc.task_pages.filters.due_to" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
  </TopToolbar>
);

const Due = (r: TaskItem) => (r.dueAt ? formatDeadline(r.dueAt) : '—');

/** "Nhiệm vụ": the tasks the user may see (a department its own), earliest deadline first. */
export const TaskList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'dueAt', order: 'ASC' }} perPage={25} empty={false}>
      {isSmall ? (
        <SimpleList<TaskItem>
          primaryText={(r) => r.title}
          secondaryText={(r) =>
            [r.organisationName, `${translate('dondoc.work.tasks.due')}: ${Due(r)}`, `${r.progress}%`]
              .filter(Boolean)
              .join(' · ')
          }
          tertiaryText={(r) => <TaskBadges status={r.status} />}
          linkType="show"
          sx={{ '& .MuiListItemText-primary': { overflowWrap: 'anywhere' } }}
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <ShowLinkField source="title" sortable />
          <TextField source="organisationName" sortable={false} emptyText="—" />
          <FunctionField<TaskItem> source="dueAt" sortBy="dueAt" render={Due} />
          <FunctionField<TaskItem>
            source="status"
            sortable={false}
            render={(r) => <TaskBadges status={r.status} />}
          />
          <FunctionField<TaskItem> source="progress" sortable={false} render={(r) => `${r.progress}%`} />
        </Datagrid>
      )}
    </List>
  );
};
