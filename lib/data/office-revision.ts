import "server-only";
import type { Tx } from "./transaction";

/**
 * Marks that an office's days may have changed. Call it in the same
 * transaction as any change HR makes to the office's people, teams, plans,
 * closures or settings: cached engine results are keyed by the revision, so
 * every app instance on the database recomputes on its next read. People's
 * own choices bump their days' revisions instead (makeChoice).
 */
export async function bumpOfficeRevision(tx: Tx, officeId: string): Promise<void> {
  await tx.office.update({ where: { id: officeId }, data: { revision: { increment: 1 } } });
}
