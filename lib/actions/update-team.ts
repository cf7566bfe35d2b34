"use server";

import { updateTeam } from "@/lib/data/teams";
import { updateTeamSchema } from "@/lib/validation/teams";
import { safeAction } from "./safe-action";

export const updateTeamAction = safeAction("teams:manage", updateTeamSchema, async (user, { id, team }, now) => {
  await updateTeam(user, id, team, now);
  return { id };
});
