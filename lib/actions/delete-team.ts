"use server";

import { deleteTeam } from "@/lib/data/teams";
import { deleteTeamSchema } from "@/lib/validation/teams";
import { safeAction } from "./safe-action";

export const deleteTeamAction = safeAction("teams:manage", deleteTeamSchema, async (user, { id }, now) => {
  await deleteTeam(user, id, now);
  return { id };
});
