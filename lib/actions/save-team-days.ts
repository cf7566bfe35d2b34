"use server";

import { saveTeamDays } from "@/lib/data/team-proposals";
import { teamDaysSchema } from "@/lib/validation/plans";
import { safeAction } from "./safe-action";

/** A leader saves (and with `submit`, sends to HR) the days of a team they lead. */
export const saveTeamDaysAction = safeAction("team:propose", teamDaysSchema, saveTeamDays);
