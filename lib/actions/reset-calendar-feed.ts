"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { resetOwnCalendarFeed } from "@/lib/data/calendar-feed";
import { localeSchema } from "@/lib/i18n/config";
import { resetCalendarFeedSchema } from "@/lib/validation/calendar-feed";
import { safeAction } from "./safe-action";

/** Creates the person's calendar feed URL, or replaces it (the old one stops working). The URL is returned once. */
export const resetCalendarFeedAction = safeAction("profile:own", resetCalendarFeedSchema, async (user, _input, now) => {
  // The events are titled in the language the person uses the app in.
  const feed = await resetOwnCalendarFeed(user, now, localeSchema.parse(await getLocale()));
  revalidatePath("/profile");
  return { url: feed.url };
});
