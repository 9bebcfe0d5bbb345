import AssignmentIcon from '@mui/icons-material/Assignment';
import type { TaskItem } from '../../types';
import { TaskShow } from './TaskShow';

export { TaskShow };

/** Tasks are reached from the inbox and the matrix (no list screen yet). */
export const tasks = {
  name: 'tasks',
  show: TaskShow,
  icon: AssignmentIcon,
  recordRepresentation: (r: TaskItem) => r.title,
};
