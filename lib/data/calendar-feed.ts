import "server-only";
import { createTranslator } from "next-intl";
import { generateCalendarToken } from "@/lib/auth/calendar-token";
import { hashAccessToken } from "@/lib/auth/access-token";
import type { CurrentUser } from "@/lib/auth/session";
import { officeDaysIcs, type FeedDay } from "@/lib/calendar/office-days-ics";
import { db } from "@/lib/db";
import { plusDays, todayIn } from "@/lib/date-only";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { localeSchema, type Locale } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/messages";
import { scheduleFor } from "@/lib/rotation";
import { getOfficeRotation } from "./office-rotation";

/** The feed covers recent weeks (so last week's days stay visible) and the coming quarter. */
export const FEED_DAYS_BACK = 28;
export const FEED_DAYS_AHEAD = 91;

/** The feed's public address. The app's own URL comes from NEXTAUTH_URL (set by `npm start`). */
export function calendarFeedUrl(token: string): string {
  const { NEXTAUTH_URL, PORT } = env();
  return new URL(`/api/v1/calendar/${token}.ics`, NEXTAUTH_URL ?? `http://localhost:${PORT}`).toString();
}

/** When the person's current feed URL was made, or null if they have none. */
export async function getOwnCalendarFeed(user: CurrentUser): Promise<{ createdAt: Date } | null> {
  return db.calendarFeed.findUnique({ where: { employeeId: user.id }, select: { createdAt: true } });
}

/**
 * Makes a new feed URL for the person, replacing the old one (which stops
 * working at once: its hash is gone). The URL is returned once, never stored.
 * `locale`: the person's language now, for the events' titles.
 */
export async function resetOwnCalendarFeed(user: CurrentUser, now: Date, locale: Locale): Promise<{ url: string; createdAt: Date }> {
  const { token, tokenHash } = generateCalendarToken();
  const { createdAt } = await db.calendarFeed.upsert({
    where: { employeeId: user.id },
    create: { employeeId: user.id, tokenHash, createdAt: now, locale },
    update: { tokenHash, createdAt: now, locale },
    select: { createdAt: true },
  });
  return { url: calendarFeedUrl(token), createdAt };
}

/** The person switched the app's language: their calendar follows on its next refresh (the URL stays the same). */
export async function setOwnCalendarFeedLocale(user: CurrentUser, locale: Locale): Promise<void> {
  await db.calendarFeed.updateMany({ where: { employeeId: user.id }, data: { locale } });
}

/**
 * The feed's calendar language: the person's own, stored with the feed
 * (their UI language lives in a browser cookie, which a calendar app
 * fetching the URL does not send); for a feed made before that was stored,
 * the office's language when the app speaks it; else English.
 */
function feedLocale(feedLocale: string | null, officeLocale: string): Locale {
  for (const candidate of [feedLocale, officeLocale]) {
    const parsed = localeSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return "en";
}

/**
 * The iCalendar file behind a feed token: the owner's office days (by the
 * plan) and confirmed extra days, nobody else's. Read through the engine's
 * cached result, so a published plan, a closure, a stay-home or a seat
 * shows on the calendar's next refresh. Unknown token → 404.
 */
export async function calendarFeedIcs(token: string, now: Date): Promise<string> {
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashAccessToken(token) },
    select: { locale: true, employee: { select: { id: true, active: true, office: { select: { id: true, name: true, timezone: true, locale: true } } } } },
  });
  if (!feed || !feed.employee.active) throw notFound("There is no calendar feed at this address. It may have been reset on the profile page.", "feed_not_found");
  const { employee } = feed;
  const { office } = employee;
  const today = todayIn(office.timezone, now);
  const result = await getOfficeRotation(office.id, plusDays(today, -FEED_DAYS_BACK), plusDays(today, FEED_DAYS_AHEAD));
  const days: FeedDay[] = scheduleFor(result, employee.id).flatMap((day) =>
    day.seat.kind === "planned" || day.seat.kind === "extra" ? [{ date: day.date, kind: day.seat.kind }] : [],
  );
  const locale = feedLocale(feed.locale, office.locale);
  const messages = messagesFor(locale) as { calendarFeed: Record<"calendarName" | "calendarDescription" | "officeDay" | "extraDay", string> };
  const t = createTranslator({ locale, messages, namespace: "calendarFeed" });
  return officeDaysIcs({
    feedId: employee.id,
    timezone: office.timezone,
    location: office.name,
    labels: {
      calendarName: t("calendarName", { office: office.name }),
      calendarDescription: t("calendarDescription"),
      planned: t("officeDay", { office: office.name }),
      extra: t("extraDay", { office: office.name }),
    },
    days,
    now,
  });
}
