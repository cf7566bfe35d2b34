"use server";

import { dismissOwnNotice } from "@/lib/data/plan-notices";
import { noticeIdSchema } from "@/lib/validation/plans";
import { safeAction } from "./safe-action";

/** The employee hides a notice of their changed days. */
export const dismissNoticeAction = safeAction("days:own", noticeIdSchema, (user, input, now) => dismissOwnNotice(user, input.noticeId, now));
