"use server";

import { createTeam } from "@/lib/data/teams";
import { createTeamSchema } from "@/lib/validation/teams";
import { safeAction } from "./safe-action";

export const createTeamAction = safeAction("teams:manage", createTeamSchema, async (user, fields, now) => createTeam(user, fields, now));
