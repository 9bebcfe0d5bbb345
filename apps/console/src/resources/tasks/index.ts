import AssignmentIcon from '@mui/icons-material/Assignment';
import type { TaskItem } from '@dondoc/contracts';
import { TaskList } from './TaskList';
import { TaskShow } from './TaskShow';

export { TaskList, TaskShow };

/** Tasks: list with filters, and the task page (also reached from the inbox and the matrix). */
export const tasks = {
  name: 'tasks',
  list: TaskList,
  show: TaskShow,
  icon: AssignmentIcon,
  recordRepresentation: (r: TaskItem) => r.title,
};
