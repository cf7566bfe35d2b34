import Papa from "papaparse";
import { z } from "zod";
import { roles, type Role } from "@/lib/auth/permissions";
import { FIRST_DAY, LAST_DAY } from "@/lib/validation/dates";
import { controlCharacterIn } from "@/lib/validation/text";

/**
 * The employee CSV: what HR systems upload and what export writes. Pure:
 * text in, rows or row issues out; the database side is lib/data/employee-import.ts.
 */

export type CsvColumn = "email" | "givenName" | "familyName" | "office" | "team" | "startDate" | "role";

/**
 * Header names as export writes them (`header`), and every name import
 * accepts for the column (`accepted`: English and the app's other languages,
 * as an HR system or a person in Oslo, Stockholm or Utrecht would write
 * them). Import matches them ignoring case, accents' composition, spaces,
 * "-" and "_"; the missing-column message lists them as written here.
 */
export const CSV_COLUMNS: { key: CsvColumn; header: string; accepted: string[]; required: boolean }[] = [
  { key: "email", header: "email", accepted: ["email", "e-mail", "mail", "E-post", "E-postadresse", "E-postadress", "E-mailadres"], required: true },
  { key: "givenName", header: "given name", accepted: ["given name", "first name", "Fornavn", "Förnamn", "Voornaam"], required: true },
  { key: "familyName", header: "family name", accepted: ["family name", "surname", "last name", "Etternavn", "Efternamn", "Achternaam"], required: true },
  { key: "office", header: "office", accepted: ["office", "Kontor", "Kantoor"], required: true },
  { key: "team", header: "team", accepted: ["team", "Lag"], required: false },
  { key: "startDate", header: "start date", accepted: ["start date", "Startdato", "Startdatum"], required: true },
  { key: "role", header: "role", accepted: ["role", "Rolle", "Roll", "Rol"], required: false },
];

const headerOf = Object.fromEntries(CSV_COLUMNS.map((column) => [column.key, column.header])) as Record<CsvColumn, string>;

/** Why a row (or the header, row 1) cannot be imported; `code` is a message key, `message` plain English. */
export interface CsvIssue {
  row: number;
  column: string;
  code:
    | "empty_file"
    | "missing_column"
    | "duplicate_column"
    | "malformed_row"
    | "email_missing"
    | "email_invalid"
    | "email_duplicate"
    | "given_name_missing"
    | "family_name_missing"
    | "name_too_long"
    | "office_missing"
    | "office_unknown"
    | "team_unknown"
    | "start_date_missing"
    | "start_date_invalid"
    | "start_date_out_of_range"
    | "control_characters"
    | "role_unknown"
    | "role_not_allowed";
  message: string;
  /** Placeholders of the translated message (`issues.<code>`), e.g. the headers found for missing_column. */
  values?: Record<string, string>;
}

export interface CsvRow {
  /** Line in the file: the header is row 1. */
  row: number;
  email: string;
  givenName: string;
  familyName: string;
  office: string;
  team: string;
  startDate: string;
  role: string;
}

const unescapeFormula = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const normalizeHeader = (header: string) => header.normalize("NFC").trim().toLowerCase().replace(/[\s_-]+/g, "");

const columnByName = new Map(CSV_COLUMNS.flatMap((column) => column.accepted.map((name) => [normalizeHeader(name), column] as const)));

// A header row of a wrong file can hold thousands of cells: the message names a few.
const FOUND_SHOWN = 20;

function missingColumn(column: (typeof CSV_COLUMNS)[number], header: string[]): CsvIssue {
  const cells = header.map((cell) => cell.trim()).filter((cell) => cell !== "");
  const shown = cells.slice(0, FOUND_SHOWN).map((cell) => `"${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}"`);
  const found = cells.length > FOUND_SHOWN ? `${shown.join(", ")}, …` : shown.join(", ");
  const accepted = column.accepted.map((name) => `"${name}"`).join(", ");
  return {
    row: 1,
    column: column.header,
    code: "missing_column",
    message: `The header has no "${column.header}" column (accepted names: ${accepted}). It has: ${found || "—"}.`,
    values: { column: `"${column.header}"`, accepted, found: found || "—" },
  };
}

/** Reads the file: UTF-8 with or without BOM, comma or semicolon separated, header names in any case. */
export function readEmployeeCsv(text: string): { rows: CsvRow[]; issues: CsvIssue[] } {
  const clean = text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(clean, { delimitersToGuess: [",", ";"], skipEmptyLines: false });
  const lines = parsed.data;
  const header = lines[0];
  if (!header || header.every((cell) => cell.trim() === "")) {
    return { rows: [], issues: [{ row: 1, column: "", code: "empty_file", message: "The file is empty: it needs a header row and one row per person." }] };
  }
  const issues: CsvIssue[] = [];
  const index = new Map<CsvColumn, number>();
  header.forEach((cell, position) => {
    const column = columnByName.get(normalizeHeader(cell));
    if (!column) return;
    if (index.has(column.key)) issues.push({ row: 1, column: column.header, code: "duplicate_column", message: `The column "${column.header}" appears twice.` });
    else index.set(column.key, position);
  });
  for (const column of CSV_COLUMNS) {
    if (column.required && !index.has(column.key)) issues.push(missingColumn(column, header));
  }
  if (issues.length > 0) return { rows: [], issues };
  const rows: CsvRow[] = [];
  lines.slice(1).forEach((cells, at) => {
    const row = at + 2;
    if (cells.every((cell) => cell.trim() === "")) return;
    const cell = (key: CsvColumn) => {
      const position = index.get(key);
      return position === undefined ? "" : unescapeFormula((cells[position] ?? "").trim());
    };
    rows.push({ row, email: cell("email").toLowerCase(), givenName: cell("givenName"), familyName: cell("familyName"), office: cell("office"), team: cell("team"), startDate: cell("startDate"), role: cell("role") });
  });
  if (rows.length === 0) issues.push({ row: 2, column: "", code: "empty_file", message: "The file has a header but no people." });
  return { rows, issues };
}

const emailSchema = z.email();

/** "2027-01-04" or "04.01.2027" as an ISO date, or null when it is not a real calendar day. */
export function parseCsvDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return date.toISOString().slice(0, 10);
}

export interface ValidRow {
  row: number;
  email: string;
  givenName: string;
  familyName: string;
  officeId: string;
  /** The team's name as written (null: no team); resolved against the office's teams by the planner. */
  team: string | null;
  startDate: string;
  /** null: not given (new people become employees, existing ones keep theirs). */
  role: Role | null;
}

/** Checks every row against the rules and the known offices; returns all issues, never only the first. */
export function validateCsvRows(rows: CsvRow[], offices: { id: string; name: string }[]): { valid: ValidRow[]; issues: CsvIssue[] } {
  const officeByName = new Map(offices.map((office) => [office.name.trim().toLowerCase(), office.id]));
  const firstRowOf = new Map<string, number>();
  const issues: CsvIssue[] = [];
  const valid: ValidRow[] = [];
  for (const row of rows) {
    const before = issues.length;
    const issue = (column: CsvColumn, code: CsvIssue["code"], message: string) => issues.push({ row: row.row, column: headerOf[column], code, message });
    // Every cell is one line of text: no control character, tab and line breaks (inside quotes) included.
    for (const column of CSV_COLUMNS) {
      const character = controlCharacterIn(row[column.key], "none");
      if (character) issue(column.key, "control_characters", `The cell contains the control character ${character}; remove it.`);
    }
    if (issues.length > before) continue;
    if (row.email === "") issue("email", "email_missing", "The email is missing.");
    else if (!emailSchema.safeParse(row.email).success) issue("email", "email_invalid", `"${row.email}" is not an email address.`);
    else if (firstRowOf.has(row.email)) issue("email", "email_duplicate", `${row.email} is also on row ${firstRowOf.get(row.email)}.`);
    else firstRowOf.set(row.email, row.row);
    if (row.givenName === "") issue("givenName", "given_name_missing", "The given name is missing.");
    if (row.familyName === "") issue("familyName", "family_name_missing", "The family name is missing.");
    if (row.givenName.length > 100 || row.familyName.length > 100) issue(row.givenName.length > 100 ? "givenName" : "familyName", "name_too_long", "A name can be at most 100 characters.");
    const officeId = officeByName.get(row.office.toLowerCase());
    if (row.office === "") issue("office", "office_missing", "The office is missing.");
    else if (!officeId) issue("office", "office_unknown", `There is no office called "${row.office}".`);
    const startDate = row.startDate === "" ? null : parseCsvDate(row.startDate);
    if (row.startDate === "") issue("startDate", "start_date_missing", "The start date is missing.");
    else if (!startDate) issue("startDate", "start_date_invalid", `"${row.startDate}" is not a date as yyyy-MM-dd or dd.MM.yyyy.`);
    else if (startDate < FIRST_DAY || startDate > LAST_DAY) issue("startDate", "start_date_out_of_range", `${startDate} is not a day from ${FIRST_DAY} to ${LAST_DAY}.`);
    const role = row.role === "" ? null : (roles as readonly string[]).find((candidate) => candidate === row.role.toUpperCase()) ?? undefined;
    if (role === undefined) issue("role", "role_unknown", `"${row.role}" is not a role (${roles.join(", ")}).`);
    if (issues.length === before && officeId && startDate && role !== undefined) {
      valid.push({ row: row.row, email: row.email, givenName: row.givenName, familyName: row.familyName, officeId, team: row.team === "" ? null : row.team, startDate, role: role as Role | null });
    }
  }
  return { valid, issues };
}

export interface ExportRow {
  email: string;
  givenName: string;
  familyName: string;
  office: string;
  team: string | null;
  startDate: string;
  role: Role;
}

/** The export: the same columns and header names import reads, comma separated, UTF-8. */
export function writeEmployeeCsv(rows: ExportRow[]): string {
  return Papa.unparse(
    {
      fields: CSV_COLUMNS.map((column) => column.header),
      data: rows.map((row) => [row.email, row.givenName, row.familyName, row.office, row.team ?? "", row.startDate, row.role]),
    },
    // A cell starting with = + - @ is written as '=... so spreadsheets never run it as a formula; import strips that quote again.
    { newline: "\n", escapeFormulae: true },
  ) + "\n";
}
