import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "./transaction";

/** A person as a change finds them, or leaves them: what decides their place in an office's rotation. */
export interface PlaceState {
  officeId: string;
  teamId: string | null;
  familyName: string;
  active: boolean;
}

export interface PersonChange {
  employeeId: string;
  before: PlaceState;
  after: PlaceState;
}

/**
 * Records the day HR's changes to people take effect, in the change's own
 * transaction (README "Dated changes"): a change holds from today in the
 * office the person was in, and the days before keep what was.
 *
 * - Leaving an office (deactivated, or moved to another one): a departure,
 *   so the person counts there up to yesterday in the place they held.
 * - A new team or surname in the same office: an earlier place, held on the
 *   days before today (a second change the same day keeps the first one's,
 *   which is what the days before today had).
 *
 * Coming back (a reactivation, or a move back) records nothing: the engine
 * knows one stay per person and office, so the person counts there as if
 * they had stayed, the days in between included.
 */
export async function recordDatedChanges(tx: Tx, changes: readonly PersonChange[], now: Date): Promise<void> {
  const left = changes.filter(({ before, after }) => before.active && (!after.active || after.officeId !== before.officeId));
  const moved = changes.filter(
    ({ before, after }) => before.officeId === after.officeId && (before.teamId !== after.teamId || before.familyName !== after.familyName),
  );
  if (left.length > 0) {
    await tx.$executeRaw`
      INSERT INTO office_departure (employee_id, office_id, last_day, team_id, family_name)
      SELECT v.employee_id, v.office_id, (${now}::timestamptz AT TIME ZONE o.timezone)::date - 1, v.team_id, v.family_name
      FROM ${unnested(left)} JOIN office o ON o.id = v.office_id
      ON CONFLICT DO NOTHING`;
  }
  if (moved.length > 0) {
    await tx.$executeRaw`
      INSERT INTO earlier_place (employee_id, office_id, until, team_id, family_name)
      SELECT v.employee_id, v.office_id, (${now}::timestamptz AT TIME ZONE o.timezone)::date, v.team_id, v.family_name
      FROM ${unnested(moved)} JOIN office o ON o.id = v.office_id
      ON CONFLICT DO NOTHING`;
  }
}

/** The people's places before the change as rows v(employee_id, office_id, team_id, family_name). */
function unnested(changes: readonly PersonChange[]) {
  return Prisma.sql`unnest(
    ${changes.map((change) => change.employeeId)}::text[], ${changes.map((change) => change.before.officeId)}::text[],
    ${changes.map((change) => change.before.teamId)}::text[], ${changes.map((change) => change.before.familyName)}::text[]
  ) AS v(employee_id, office_id, team_id, family_name)`;
}
