import { z } from "zod";
import { roles } from "@/lib/auth/permissions";
import { MAX_CSV_BYTES } from "@/lib/people/csv-encoding";
import { calendarDaySchema } from "./dates";
import { parseQueryFields } from "./list-query";
import type { RawQuery } from "./query-string";
import { singleLineText } from "./text";

/** Employees, shared by the forms, the server actions and the API. Messages are "formErrors" keys. */
const id = z.string().min(1).max(64);

export const employeeFieldsSchema = z.object({
  givenName: singleLineText({ max: 100, required: "givenNameRequired", tooLong: "nameTooLong" }),
  familyName: singleLineText({ max: 100, required: "familyNameRequired", tooLong: "nameTooLong" }),
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "emailInvalid" })),
  officeId: z.string().min(1, { error: "officeRequired" }).max(64),
  teamId: z
    .string()
    .max(64)
    .nullable()
    .transform((value) => (value ? value : null)),
  startDate: calendarDaySchema({ invalid: "dateInvalid", outside: "dateOutOfRange" }),
  role: z.enum(roles, { error: "roleInvalid" }),
});

export type EmployeeFields = z.output<typeof employeeFieldsSchema>;

export const createEmployeeSchema = employeeFieldsSchema;
export const updateEmployeeSchema = z.object({ id, employee: employeeFieldsSchema });
/** The import page's upload: the file's bytes, decoded on the server (lib/people/csv-encoding.ts). */
export const importEmployeesSchema = z.object({
  csv: z
    .instanceof(Uint8Array, { error: "fileRequired" })
    .refine((bytes) => bytes.byteLength > 0, { error: "fileRequired" })
    .refine((bytes) => bytes.byteLength <= MAX_CSV_BYTES, { error: "fileTooLarge" }),
  dryRun: z.boolean(),
  deactivateMissing: z.boolean(),
  createTeams: z.boolean(),
});

export const setEmployeeActiveSchema = z.object({ id, active: z.boolean() });

export const employeeSorts = ["name", "email", "office", "startDate", "role"] as const;

/** The employees list's query string: ?q=&sort=name&dir=asc&status=active&office=…&page=2 */
export const employeeListQuerySchema = z.object({
  q: z.string().trim().max(100, { error: "searchTooLong" }).optional(),
  sort: z.enum(employeeSorts, { error: "sortInvalid" }).default("name"),
  dir: z.enum(["asc", "desc"], { error: "sortInvalid" }).default("asc"),
  status: z.enum(["active", "inactive", "all"], { error: "statusInvalid" }).default("active"),
  office: z.string().max(64).optional(),
  page: z.coerce.number({ error: "pageInvalid" }).int({ error: "pageInvalid" }).min(1, { error: "pageInvalid" }).max(10_000, { error: "pageInvalid" }).default(1),
});

export type EmployeeListQuery = z.output<typeof employeeListQuerySchema>;

/** Parses the query one field at a time: a bad field falls back to its default and is reported, the others still apply. */
export function parseEmployeeListQuery(raw: RawQuery): { query: EmployeeListQuery; errors: string[] } {
  return parseQueryFields(employeeListQuerySchema, raw);
}
