import { importEmployees } from "@/lib/api/contracts/people";
import { apiRoute } from "@/lib/api/route";
import { importEmployees as runImport, invalidRowsError } from "@/lib/data/employee-import";

export const POST = apiRoute(importEmployees, async ({ user, query, body, now }) => {
  const outcome = await runImport(user, body, query, now);
  if (!outcome.ok) throw invalidRowsError(outcome.issues);
  return { body: outcome.summary };
});
