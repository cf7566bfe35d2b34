import { z } from "zod";
import { calendarDaySchema } from "./dates";
import { readQuery, type RawQuery } from "./query-string";

/** Kinds of audited records, for the audit page's filter. */
export const AUDIT_KINDS = ["office", "closure", "team", "employee", "import", "plan", "token", "delivery"] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/**
 * Everything the audit log records, "<record>.<verb>": recordAudit takes
 * only these, and a unit test checks the audit page words each of them in
 * every language (a new one would otherwise show as its raw key).
 */
export const AUDIT_ACTIONS = [
  "office.create", "office.update", "office.channels",
  "closure.create", "closure.update", "closure.delete",
  "team.create", "team.update", "team.delete",
  "employee.create", "employee.update", "employee.role_change", "employee.deactivate", "employee.reactivate", "employee.import", "employee.create_admin",
  "plan.create", "plan.copy", "plan.update", "plan.discard", "plan.publish", "plan.reject", "plan.propose", "plan.submit",
  "token.revoke",
  "deliveries.retry",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A keyset position, "<createdAt ISO>_<id>": the audit log and the notifications page share its format. */
export const keysetCursorSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[A-Za-z0-9_-]{1,64}$/, { error: "cursorInvalid" });

// A filter, not a loop over days: the window applies, the 366-day limit does not (entries are paged).
const auditDay = calendarDaySchema({ invalid: "dateInvalid", outside: "dateOutOfRange" });

/** The audit page's query string: ?kind=employee&actor=…&from=2026-11-01&to=2026-11-30&before=<cursor> */
export const auditQuerySchema = z.object({
  kind: z.enum(AUDIT_KINDS, { error: "kindInvalid" }).optional(),
  actor: z.string().max(64).optional(),
  from: auditDay.optional(),
  to: auditDay.optional(),
  /** Entries older than this position (the "older" link). */
  before: keysetCursorSchema.optional(),
  /** Entries newer than this position (the "newer" link). */
  after: keysetCursorSchema.optional(),
});

export type AuditQuery = z.output<typeof auditQuerySchema>;

/** Parses field by field: a bad field is dropped and reported, the others still apply. */
export function parseAuditQuery(raw: RawQuery): { query: AuditQuery; errors: string[] } {
  const { values, errors } = readQuery(raw);
  const shape = auditQuerySchema.shape;
  const query: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const value = values[key];
    if (value === undefined || value === "") continue;
    const result = shape[key].safeParse(value);
    if (result.success) query[key] = result.data;
    else errors.push(result.error.issues[0]?.message ?? "dateInvalid");
  }
  return { query: query as AuditQuery, errors: [...new Set(errors)] };
}

export function encodeCursor(entry: { createdAt: Date; id: string }): string {
  return `${entry.createdAt.toISOString()}_${entry.id}`;
}

export function decodeCursor(value: string): { createdAt: Date; id: string } {
  const at = value.indexOf("Z_");
  return { createdAt: new Date(value.slice(0, at + 1)), id: value.slice(at + 2) };
}
