/** The upload step of "Nhập kế hoạch" (a custom route: the API's permission is `plans.import`, not `import-jobs.write`). */
export const IMPORT_PATH = '/import-jobs/new';

/** Who may import (and see the review queue): the API's `plans.import`. */
export const IMPORT_PERMISSION = 'plans.import';
