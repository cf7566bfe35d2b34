"use server";

import { revalidatePath } from "next/cache";
import { resetOwnCalendarFeed } from "@/lib/data/calendar-feed";
import { resetCalendarFeedSchema } from "@/lib/validation/calendar-feed";
import { safeAction } from "./safe-action";

/** Creates the person's calendar feed URL, or replaces it (the old one stops working). The URL is returned once. */
export const resetCalendarFeedAction = safeAction("profile:own", resetCalendarFeedSchema, async (user, _input, now) => {
  const feed = await resetOwnCalendarFeed(user, now);
  revalidatePath("/profile");
  return { url: feed.url };
});
