/** What a stored file is evidence for: a task's progress/completion, or a duty period's report. */
export const FILE_SUBJECT_KINDS = ['task', 'duty'] as const;
export type FileSubjectKind = (typeof FILE_SUBJECT_KINDS)[number];
