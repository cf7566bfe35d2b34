"use server";

import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { setOwnCalendarFeedLocale } from "@/lib/data/calendar-feed";
import { setOwnLocale } from "@/lib/data/profile";
import { localeCookie, localeSchema } from "@/lib/i18n/config";

/**
 * Remembers the chosen interface language for a year. Open to everyone,
 * signed in or not; a signed-in person's choice is also kept on their
 * record, so their emails are written in it, and their calendar feed follows it.
 */
export async function setLocaleAction(locale: string): Promise<void> {
  const parsed = localeSchema.parse(locale);
  (await cookies()).set(localeCookie, parsed, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const user = await getCurrentUser();
  if (user) {
    await setOwnLocale(user, parsed);
    await setOwnCalendarFeedLocale(user, parsed);
  }
}
