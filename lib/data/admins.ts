import "server-only";
import { refused } from "@/lib/errors";
import type { Tx } from "./transaction";

/**
 * Locks every active admin's row until the transaction ends, so that two
 * changes that each remove "another" admin cannot both pass the check:
 * the second waits for the first and then sees one admin fewer.
 */
export async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM employee WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

/** Call after the change, in the same transaction that called lockActiveAdmins: at least one active admin must remain. */
export async function ensureAnAdminRemains(tx: Tx): Promise<void> {
  const admins = await tx.employee.count({ where: { role: "ADMIN", active: true } });
  if (admins === 0) throw refused("last_admin", "This would leave no active admin: make someone else an admin first.", "role");
}
