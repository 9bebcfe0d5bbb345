// A stored file (task evidence, report attachment) as the REST API answers it: never the bytes.
import type { IsoInstant } from '../common.contract';

/** `POST /api/{tasks|duties}/:id/files` answer and list item. */
export interface StoredFileView {
  id: string;
  /** `file:<id>:<sha256>`: what the workflow step carries. */
  ref: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  organisationId: string;
  /** The report period an attachment belongs to (null for task evidence). */
  periodKey: string | null;
  uploadedBy: string;
  uploadedAt: IsoInstant;
}
