/** Limits and switches for {@link parsePlanDocument}. Defaults suit a Word plan of a few hundred pages. */
export interface ParsePlanOptions {
  /** Largest accepted input file in bytes (default 10 MiB). */
  maxInputBytes?: number;
  /** Largest accepted uncompressed size of one .docx part (default 30 MiB). */
  maxEntryBytes?: number;
  /** Largest accepted total uncompressed size of a .docx (default 100 MiB). */
  maxTotalUncompressedBytes?: number;
  /** Most entries a .docx may hold (default 2000). */
  maxEntries?: number;
  /** Highest accepted compression ratio of a part larger than 1 MiB (default 200). */
  maxCompressionRatio?: number;
  /** Organisation keys the system knows; names not among them get UNRESOLVED_NAME. */
  knownOrganisationKeys?: ReadonlySet<string>;
}
