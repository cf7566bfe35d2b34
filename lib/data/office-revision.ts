import "server-only";
import type { IsoDate } from "@/lib/date-only";
import type { Tx } from "./transaction";

/**
 * Marks that an office's days may have changed. Call it in the same
 * transaction as any change to the office's people, teams, plans, closures,
 * settings, opt-outs or seats: cached engine results are keyed by the
 * revision, so every app instance on the database recomputes on its next read.
 */
export async function bumpOfficeRevision(tx: Tx, officeId: string): Promise<void> {
  await tx.office.update({ where: { id: officeId }, data: { revision: { increment: 1 } } });
}

/**
 * For people's own choices (stay home, undo, extra day, waitlist): bumps the
 * revision of each day the choice changed, in the choice's transaction (which
 * holds those days' locks). Caches then redo only these days; the office row
 * is not touched, so writes on different days never wait for each other.
 */
export async function bumpDayRevisions(tx: Tx, officeId: string, days: readonly IsoDate[]): Promise<void> {
  if (days.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO office_day_revision (office_id, date, revision)
    SELECT ${officeId}, day, 1 FROM unnest(${[...days]}::date[]) AS day
    ON CONFLICT (office_id, date) DO UPDATE SET revision = office_day_revision.revision + 1`;
}
