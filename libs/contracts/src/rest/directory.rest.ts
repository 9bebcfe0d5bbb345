// `/api/administrative-units` and `/api/positions`: read-only directories.

/** An administrative unit (tỉnh, xã, a historical huyện…). */
export interface AdministrativeUnit {
  id: string;
  code: string;
  name: string;
  /** A level code (`province`, `commune`, …). */
  level: string;
  parentId: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/** A position with its portfolio. */
export interface Position {
  id: string;
  code: string;
  title: string;
  portfolio: string | null;
  organisationId: string;
}
