import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";

/** The viewer's own team in aggregate: name, office and how many active members. */
export async function getOwnTeamSummary(user: CurrentUser) {
  if (!user.teamId) return null;
  return db.team.findUnique({
    where: { id: user.teamId },
    select: {
      id: true,
      name: true,
      essential: true,
      servesHardHitCustomers: true,
      office: { select: { name: true, seats: true, capacityPercent: true, capacityFixed: true } },
      _count: { select: { employees: { where: { active: true } } } },
    },
  });
}
