"use server";

import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { setOwnCalendarFeedLocale } from "@/lib/data/calendar-feed";
import { localeCookie, localeSchema } from "@/lib/i18n/config";

/**
 * Remembers the chosen interface language for a year. Open to everyone,
 * signed in or not; a signed-in person's calendar feed follows the change.
 */
export async function setLocaleAction(locale: string): Promise<void> {
  const parsed = localeSchema.parse(locale);
  (await cookies()).set(localeCookie, parsed, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const user = await getCurrentUser();
  if (user) await setOwnCalendarFeedLocale(user, parsed);
}
