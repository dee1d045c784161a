/**
 * Bounds on what an upload may cost. A file past any of them is refused with a message saying
 * which bound and by how much, before it is parsed in full, so memory and time stay bounded.
 */
export const LIMITS = {
  /** Bytes of the uploaded file. */
  fileBytes: 10 * 1024 * 1024,
  /** Bytes of an XLSX once unpacked (all entries together). */
  unpackedBytes: 80 * 1024 * 1024,
  /** Entries in an XLSX package. */
  zipEntries: 2_000,
  /** Unpacked / packed size of one entry; real sheets stay far below (XML compresses ~10-30×). */
  compressionRatio: 200,
  /** Data rows over all sheets. */
  rows: 20_000,
  /** Columns of one sheet. */
  columns: 60,
  /** Characters of one cell. */
  cellChars: 10_000,
  /** Sheets of a workbook. */
  sheets: 20,
} as const;
