/**
 * The bytes of an uploaded CSV file as text. Excel on Windows saves "CSV
 * (semicolon separated)" in Windows-1252, not UTF-8: read as UTF-8, "Ø"
 * becomes "�" (or "Ã˜" when the file was read the other way round). Bytes
 * that are not valid UTF-8 cannot be a UTF-8 file, and in practice such a
 * file is Windows-1252 (every byte decodes there), so that is how it is read.
 * Excel's "Unicode text" (UTF-16 with a byte order mark) is read too.
 * Pure; the upload page and POST /api/v1/employees/import both use it.
 */
export type CsvEncoding = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

export function detectCsvEncoding(bytes: Uint8Array): CsvEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/** The file's text, its byte order mark dropped. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  return new TextDecoder(detectCsvEncoding(bytes)).decode(bytes);
}

/** The largest file the import takes (10,000 people are about 1 MB). */
export const MAX_CSV_BYTES = 20_000_000;
