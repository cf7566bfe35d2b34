"use server";

import { previewTeamDays } from "@/lib/data/team-proposals";
import { teamDaysPreviewSchema } from "@/lib/validation/plans";
import { safeAction } from "./safe-action";

/** A leader's live preview of proposed team days: the office's totals per day (planned, expected, cut, capacity), nothing saved. */
export const previewTeamDaysAction = safeAction("team:propose", teamDaysPreviewSchema, previewTeamDays);
