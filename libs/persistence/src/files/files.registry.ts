import { FileAttachmentEntity } from './file-attachment.entity';
import { Files1763800000000 } from './migrations/1763800000000-files.migration';

/** Entities of the files schema (evidence and report attachments). */
export const FILE_ENTITIES = [FileAttachmentEntity];

/** Migrations of the files schema, oldest first. */
export const FILE_MIGRATIONS = [Files1763800000000];
