import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, notFound, refused } from "@/lib/errors";
import type { TeamFields } from "@/lib/validation/teams";
import { recordAudit } from "./audit";
import { inOfficeChange } from "./office-changes";
import type { Tx } from "./transaction";

/** Every team with its office, flags, leaders and number of active members, for HR and admins. */
export async function listTeamsForAdmin() {
  const teams = await db.team.findMany({
    orderBy: [{ office: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      essential: true,
      servesHardHitCustomers: true,
      office: { select: { name: true } },
      leaders: { select: { employee: { select: { givenName: true, familyName: true } } } },
      _count: { select: { employees: { where: { active: true } } } },
    },
  });
  return teams;
}

export async function getTeamForAdmin(teamId: string) {
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: { id: true, name: true, officeId: true, essential: true, servesHardHitCustomers: true, leaders: { select: { employeeId: true } }, _count: { select: { employees: true } } },
  });
  if (!team) throw notFound("No team with this id.");
  return { ...team, leaderIds: team.leaders.map((leader) => leader.employeeId).sort(), members: team._count.employees };
}

/** Who can lead a team: active people with the leader role. */
export async function listLeaderOptions() {
  return db.employee.findMany({
    where: { active: true, role: "LEADER" },
    orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
    select: { id: true, givenName: true, familyName: true, office: { select: { name: true } } },
  });
}

async function checkLeaders(tx: Tx, leaderIds: string[]) {
  if (leaderIds.length === 0) return;
  const leaders = await tx.employee.count({ where: { id: { in: leaderIds }, active: true, role: "LEADER" } });
  if (leaders !== leaderIds.length) throw refused("leader_not_leader", "Leaders must be active people with the leader role.", "leaderIds");
}

async function snapshot(tx: Tx, teamId: string) {
  const team = await tx.team.findUnique({
    where: { id: teamId },
    select: { name: true, officeId: true, essential: true, servesHardHitCustomers: true, leaders: { select: { employeeId: true } } },
  });
  if (!team) return null;
  const { leaders, ...rest } = team;
  return { ...rest, leaderIds: leaders.map((leader) => leader.employeeId).sort() };
}

export async function createTeam(user: CurrentUser, fields: TeamFields, now: Date) {
  const { value } = await inOfficeChange([fields.officeId], now, async (tx) => {
    await checkLeaders(tx, fields.leaderIds);
    const { leaderIds, ...data } = fields;
    const team = await tx.team.create({ data: { ...data, leaders: { create: leaderIds.map((employeeId) => ({ employeeId })) } }, select: { id: true } });
    await recordAudit(tx, { actorId: user.id, action: "team.create", entityType: "team", entityId: team.id, after: fields });
    return team;
  });
  return value;
}

/**
 * A change to one team under its office's lock (changeOffices): its office
 * is read first, to know which to lock, and checked again under the lock.
 */
async function changeTeam<T>(teamId: string, officeIds: (current: string) => string[], now: Date, change: (tx: Tx, before: NonNullable<Awaited<ReturnType<typeof snapshot>>>) => Promise<T>) {
  const current = await db.team.findUnique({ where: { id: teamId }, select: { officeId: true } });
  if (!current) throw notFound("No team with this id.");
  return inOfficeChange(officeIds(current.officeId), now, async (tx) => {
    await tx.$queryRaw`SELECT id FROM team WHERE id = ${teamId} FOR UPDATE`;
    const before = await snapshot(tx, teamId);
    if (!before) throw notFound("No team with this id.");
    if (before.officeId !== current.officeId) throw conflict("team_changed", "Someone moved this team to another office meanwhile: reload and try again.");
    return change(tx, before);
  });
}

/** Someone is in the team, or was before a dated change (their office's rotation still reads it for earlier days). */
async function everHadPeople(tx: Tx, teamId: string): Promise<boolean> {
  // One after the other: a transaction is one connection.
  return (
    (await tx.employee.count({ where: { teamId } })) > 0 ||
    (await tx.earlierPlace.count({ where: { teamId } })) > 0 ||
    (await tx.officeDeparture.count({ where: { teamId } })) > 0
  );
}

/**
 * Edits a team. Moving it to another office is refused while it has
 * members: they belong to an office themselves, so HR moves them first.
 * Its priority flags can move capacity cuts, and so seats (recorded).
 */
export async function updateTeam(user: CurrentUser, teamId: string, fields: TeamFields, now: Date) {
  const { seatChanges } = await changeTeam(teamId, (current) => [current, fields.officeId], now, async (tx, before) => {
    if (before.officeId !== fields.officeId && (await everHadPeople(tx, teamId))) {
      throw refused("team_has_members", "Move the team's people to the other office first.", "officeId");
    }
    await checkLeaders(tx, fields.leaderIds);
    const { leaderIds, ...data } = fields;
    await tx.team.update({ where: { id: teamId }, data });
    await tx.teamLeader.deleteMany({ where: { teamId, employeeId: { notIn: leaderIds } } });
    await tx.teamLeader.createMany({ data: leaderIds.map((employeeId) => ({ teamId, employeeId })), skipDuplicates: true });
    await recordAudit(tx, { actorId: user.id, action: "team.update", entityType: "team", entityId: teamId, before, after: fields });
  });
  return { seatChanges };
}

/**
 * Deletes a team only while nobody (active or not) has ever been put in it
 * and no rotation plan names it: a team with history is kept, renamed if need be.
 */
export async function deleteTeam(user: CurrentUser, teamId: string, now: Date) {
  await changeTeam(teamId, (current) => [current], now, async (tx, before) => {
    if (await everHadPeople(tx, teamId)) throw refused("team_has_members", "Only a team without people can be deleted.", "id");
    const plans = await tx.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM rotation_plan WHERE office_id = ${before.officeId} AND rules::text LIKE ${`%"${teamId}"%`}`;
    if (Number(plans[0]?.count ?? 0) > 0) throw refused("team_in_plan", "A rotation plan names this team; it cannot be deleted.", "id");
    await tx.team.delete({ where: { id: teamId } });
    await recordAudit(tx, { actorId: user.id, action: "team.delete", entityType: "team", entityId: teamId, before });
  });
}
