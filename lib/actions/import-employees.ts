"use server";

import { importEmployees } from "@/lib/data/employee-import";
import { importEmployeesSchema } from "@/lib/validation/employees";
import { safeAction } from "./safe-action";

/** The import page's preview (dryRun) and apply: the same data function as POST /api/v1/employees/import. */
export const importEmployeesAction = safeAction("employees:manage", importEmployeesSchema, async (user, { csv, ...options }, now) => {
  const outcome = await importEmployees(user, csv, options, now);
  // Only what HR's page shows: seatChanges say who holds extra days, which is private to each of them.
  return outcome.ok ? { ok: true as const, summary: outcome.summary } : outcome;
});
