// Free of "server-only": `npm run admin:create` (outside Next.js) reactivates people too.
import { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

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
 * office concerned, and the days before keep what was.
 *
 * - Leaving an office (deactivated, or moved to another one): a departure,
 *   so the person counts there up to yesterday in the place they held.
 * - A new team or surname in the same office: an earlier place, held on the
 *   days before today (a second change the same day keeps the first one's,
 *   which is what the days before today had).
 * - Coming to an office (moved in, or reactivated): counted there from
 *   today. The days before are away, back to the last departure from it if
 *   there was one (whose place holds up to its last day), else from the
 *   start: a newcomer to the office joins its rotation as a start does.
 */
export async function recordDatedChanges(tx: Tx, changes: readonly PersonChange[], now: Date): Promise<void> {
  const moved = (change: PersonChange) => change.before.officeId !== change.after.officeId;
  const left = changes.filter((change) => change.before.active && (!change.after.active || moved(change)));
  const came = changes.filter((change) => change.after.active && (!change.before.active || moved(change)));
  const newPlace = changes.filter(
    ({ before, after }) => before.active && after.active && before.officeId === after.officeId && (before.teamId !== after.teamId || before.familyName !== after.familyName),
  );
  if (left.length > 0) {
    await tx.$executeRaw`
      INSERT INTO office_departure (employee_id, office_id, last_day, team_id, family_name)
      SELECT v.employee_id, v.office_id, ${today(Prisma.sql`o`, now)} - 1, v.team_id, v.family_name
      FROM ${placesOf(left, "before")} JOIN office o ON o.id = v.office_id
      ON CONFLICT DO NOTHING`;
  }
  if (newPlace.length > 0) {
    await tx.$executeRaw`
      INSERT INTO earlier_place (employee_id, office_id, until, team_id, family_name)
      SELECT v.employee_id, v.office_id, ${today(Prisma.sql`o`, now)}, v.team_id, v.family_name
      FROM ${placesOf(newPlace, "before")} JOIN office o ON o.id = v.office_id
      ON CONFLICT DO NOTHING`;
  }
  if (came.length > 0) {
    await tx.$executeRaw`
      WITH arrival AS (
        SELECT v.employee_id, v.office_id, v.family_name, ${today(Prisma.sql`o`, now)} AS today, d.last_day, d.team_id AS held_team, d.family_name AS held_name
        FROM ${placesOf(came, "after")} JOIN office o ON o.id = v.office_id
        LEFT JOIN LATERAL (
          SELECT last_day, team_id, family_name FROM office_departure
          WHERE employee_id = v.employee_id AND office_id = v.office_id ORDER BY last_day DESC LIMIT 1
        ) d ON true
      )
      INSERT INTO earlier_place (employee_id, office_id, until, team_id, family_name, away)
      SELECT employee_id, office_id, last_day + 1, held_team, held_name, false FROM arrival WHERE last_day IS NOT NULL
      UNION ALL
      SELECT employee_id, office_id, today, NULL, family_name, true FROM arrival WHERE last_day IS NULL OR last_day + 1 < today
      ON CONFLICT DO NOTHING`;
  }
}

/** Today in the office aliased `office`, at `now`. */
const today = (office: Prisma.Sql, now: Date) => Prisma.sql`(${now}::timestamptz AT TIME ZONE ${office}.timezone)::date`;

/** The people's places before or after the change as rows v(employee_id, office_id, team_id, family_name). */
function placesOf(changes: readonly PersonChange[], side: "before" | "after") {
  const places = changes.map((change) => change[side]);
  return Prisma.sql`unnest(
    ${changes.map((change) => change.employeeId)}::text[], ${places.map((place) => place.officeId)}::text[],
    ${places.map((place) => place.teamId)}::text[], ${places.map((place) => place.familyName)}::text[]
  ) AS v(employee_id, office_id, team_id, family_name)`;
}
