import UploadFileIcon from '@mui/icons-material/UploadFile';
import { ImportJobList, ImportPlanButton } from './ImportJobList';
import { ImportJobReview } from './ImportJobReview';
import { ImportUpload } from './ImportUpload';
import type { ImportJobSummary } from './import-job.types';

export { ImportJobList, ImportJobReview, ImportPlanButton, ImportUpload };
export { IMPORT_PATH, IMPORT_PERMISSION } from './paths';

/**
 * Plan import (API: POST /api/plans/import, GET /api/import-jobs[/:id], POST …/:id/confirm):
 * the review queue as the list, the review screen as the show view; the upload is a custom
 * route ({@link IMPORT_PATH}).
 */
export const importJobs = {
  name: 'import-jobs',
  list: ImportJobList,
  show: ImportJobReview,
  icon: UploadFileIcon,
  recordRepresentation: (r: ImportJobSummary) => r.fileName,
};
