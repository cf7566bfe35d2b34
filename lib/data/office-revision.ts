import "server-only";
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
 * Like bumpOfficeRevision, for an employee's own choice (stay home, undo,
 * extra day, waitlist): also bumps `choiceRevision`, which tells the engine
 * input cache that the office's people, plans and closures did not change.
 */
export async function bumpOfficeChoiceRevision(tx: Tx, officeId: string): Promise<void> {
  await tx.office.update({ where: { id: officeId }, data: { revision: { increment: 1 }, choiceRevision: { increment: 1 } } });
}
