/** Free of lib/db and "server-only": the delivery worker reads settings too (who gets the digest). */
import { notificationKinds, type NotificationKind } from "@/lib/notifications/kinds";
import { defaultNotificationSettings, type NotificationSettings } from "@/lib/notifications/settings";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inBatches } from "./insert-batches";

/** Each person's email settings (the defaults for anyone who never chose). */
export async function readNotificationSettings(tx: Pick<Prisma.TransactionClient, "notificationSettings">, employeeIds: readonly string[]): Promise<Map<string, NotificationSettings>> {
  // In batches, one after another: Prisma splits a long IN list and sends the parts at once on a transaction's connection.
  const rows = await inBatches(employeeIds, (batch) => tx.notificationSettings.findMany({ where: { employeeId: { in: batch } } }));
  const byPerson = new Map(rows.map((row) => [row.employeeId, row]));
  return new Map(
    employeeIds.map((id) => {
      const row = byPerson.get(id);
      if (!row) return [id, defaultNotificationSettings];
      // A kind removed from the code since the row was written is simply ignored.
      const emailOff = row.emailOff.filter((kind): kind is NotificationKind => (notificationKinds as string[]).includes(kind));
      return [id, { emailOff, digest: row.digest, reminder: row.reminder }];
    }),
  );
}
