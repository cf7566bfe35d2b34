import ExcelJS from "exceljs";
import { columnKind, downloadFields, type ColumnKind, type TrendRow } from "./rows";

const FORMATS: Record<ColumnKind, string | undefined> = { date: "yyyy-mm-dd", count: "0", share: "0.0%", text: undefined };

/** A cell's value: a calendar day (ISO, as the CSV writes it) becomes a date at UTC midnight, which exceljs stores as the day's serial. */
function cellValue(kind: ColumnKind, value: string | number): string | number | Date {
  if (kind === "date" && typeof value === "string") return new Date(`${value}T00:00:00Z`);
  return value;
}

/**
 * The same rows as the CSV as a workbook: real dates and numbers (shares as
 * numbers shown as percentages), the header in the reader's language, and an
 * empty cell (never 0) where a figure is held back. Text is written as text,
 * so a group's name never runs as a formula.
 */
export async function trendsXlsx(keys: readonly string[], rows: readonly TrendRow[], header: (field: string) => string): Promise<Uint8Array<ArrayBuffer>> {
  const fields = downloadFields(keys);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Trends", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = fields.map((field) => ({ key: field, header: header(field), width: Math.max(12, header(field).length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const line = sheet.addRow({});
    fields.forEach((field, index) => {
      const value = row[field];
      if (value === null || value === undefined) return;
      const kind = columnKind(field);
      const cell = line.getCell(index + 1);
      cell.value = cellValue(kind, value);
      const numFmt = FORMATS[kind];
      if (numFmt) cell.numFmt = numFmt;
    });
  }
  // exceljs types its Buffer loosely; a copy is a plain Uint8Array a Response takes.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
