import { z } from "zod";
import { defineContract } from "../contract";

const flag = (description: string) => z.stringbool().default(false).meta({ description });

export const importSummarySchema = z
  .object({
    applied: z.boolean().meta({ description: "false for a dry run: nothing was written" }),
    created: z.array(z.object({ row: z.number().int(), email: z.string(), name: z.string() })),
    updated: z.array(z.object({ row: z.number().int(), email: z.string(), name: z.string(), changed: z.array(z.string()) })),
    deactivated: z.array(z.object({ email: z.string(), name: z.string() })),
    unchanged: z.number().int(),
    newTeams: z.array(z.object({ office: z.string(), team: z.string() })),
  })
  .meta({ id: "ImportSummary" });

export const importEmployees = defineContract({
  method: "POST",
  path: "/employees/import",
  summary: "Import employees from CSV (all rows or none)",
  description:
    "Columns (header names matched ignoring case, spaces, - and _, in English, Norwegian, Swedish or Dutch): email (E-post, E-mail), given name (Fornavn, Förnamn, Voornaam), " +
    "family name (Etternavn, Efternamn, Achternaam), office (Kontor, Kantoor), team (Lag), start date (Startdato, Startdatum), role (Rolle, Roll, Rol). " +
    "UTF-8 with or without BOM, or Windows-1252 as Excel on Windows saves \"CSV (semicolon separated)\" (a body that is not valid UTF-8 is read as Windows-1252); comma or semicolon separated; dates as yyyy-MM-dd or dd.MM.yyyy; role EMPLOYEE, LEADER, HR or ADMIN (empty: EMPLOYEE for new people, unchanged for existing). " +
    "Any bad row answers 422 `invalid_rows` listing every bad row, and nothing is written. Only admins may give or change roles.",
  tag: "Employees",
  access: "employees:manage",
  query: z.object({
    dryRun: flag("true: only report what would change"),
    deactivateMissing: flag("true: deactivate active people not in the file (never the caller; HR and admins only by admins)"),
    createTeams: flag("true: create teams the file names that the office does not have"),
  }),
  body: z.string().max(20_000_000).meta({ description: "The CSV file" }),
  bodyContentType: "text/csv",
  responses: { 200: { description: "What was (or, with dryRun, would be) created, updated and deactivated", schema: importSummarySchema } },
  errors: { 422: "Bad rows (`invalid_rows`, each in `rows`); nothing was written" },
});

export const exportEmployees = defineContract({
  method: "GET",
  path: "/employees/export",
  summary: "Every active employee as CSV, in the format import reads",
  tag: "Employees",
  access: "employees:manage",
  responses: { 200: { description: "The CSV file (UTF-8, comma separated)", contentType: "text/csv" } },
});

export const peopleContracts = [importEmployees, exportEmployees];
