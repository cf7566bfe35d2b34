"use server";

import { syncWeeklySchedules } from "@/lib/data/channel-posts";
import { updateOffice } from "@/lib/data/offices";
import { jobSender } from "@/lib/jobs/sender";
import { updateOfficeSchema } from "@/lib/validation/offices";
import { safeAction } from "./safe-action";

export const updateOfficeAction = safeAction("offices:manage", updateOfficeSchema, async (user, { id, settings }, now) => {
  await updateOffice(user, id, settings, now);
  // The weekly channel post follows a changed time zone.
  await syncWeeklySchedules(await jobSender(), [id]);
  return { id };
});
