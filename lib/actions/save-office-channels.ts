"use server";

import { revalidatePath } from "next/cache";
import { saveOfficeChannels } from "@/lib/data/channel-posts";
import { officeChannelsSchema } from "@/lib/validation/office-channels";
import { safeAction } from "./safe-action";

/** HR sets or removes the office's Slack and Teams webhook URLs (the weekly schedule follows). */
export const saveOfficeChannelsAction = safeAction("offices:manage", officeChannelsSchema, async (user, input) => {
  const saved = await saveOfficeChannels(user, input);
  revalidatePath(`/offices/${input.officeId}`);
  return saved;
});
