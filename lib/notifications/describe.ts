import { toDbDate } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translator";
import { formatLongDate, weekdayName } from "@/lib/i18n/dates";
import { listFormat, wordReason } from "@/components/rotation/reason-words";
import { translatorFor } from "@/lib/i18n/translator";
import type { AheadDay, TypedNotification } from "./kinds";

/** A translator of the "notifications" messages: next-intl's on pages, use-intl's elsewhere (lib/i18n/translator.ts). */
export type NotificationTranslator = Translate;

/** A notification in words: the same words in the app, in the API and in the email. */
export interface NotificationText {
  title: string;
  intro: string;
  /** One line per day (or item) the message is about. */
  items: string[];
  outro: string;
  /** Where to act on it in the app: a path and the link's words. */
  action: { href: string; label: string };
}

/** Words for one notification in the reader's language; calendar days are the office's own days. */
export function describeNotification(notification: TypedNotification, t: NotificationTranslator, locale: Locale): NotificationText {
  switch (notification.kind) {
    case "day-lost": {
      const count = notification.payload.days.length;
      return {
        title: t("dayLost.title", { count }),
        intro: t("dayLost.closure", { count }),
        items: notification.payload.days.map((day) => t("dayLost.day", { date: formatLongDate(toDbDate(day.date), locale), reason: day.reason })),
        outro: t("dayLost.after"),
        action: { href: "/", label: t("openMyDays") },
      };
    }
    case "seat-gained":
    case "seat-lost": {
      const words = notification.kind === "seat-gained" ? "seatGained" : "seatLost";
      const count = notification.payload.days.length;
      return {
        title: t(`${words}.title`, { count }),
        intro: t(`${words}.intro`, { count }),
        items: notification.payload.days.map((day) => formatLongDate(toDbDate(day.date), locale)),
        outro: t(`${words}.after`),
        action: { href: "/", label: t("openMyDays") },
      };
    }
    case "days-changed": {
      const { effectiveFrom, before, after } = notification.payload;
      const date = formatLongDate(toDbDate(effectiveFrom), locale);
      const days = (weekdays: readonly number[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(weekdays.map((weekday) => t(`weekdays.${weekday}`)));
      return {
        title: t("daysChanged.title", { date }),
        intro: daysChangedIntro(t, date, days(before), days(after), before.join() === after.join()),
        items: [],
        outro: t("daysChanged.after"),
        action: { href: "/", label: t("openMyDays") },
      };
    }
    case "proposal-published": {
      const { teamName, effectiveFrom } = notification.payload;
      return {
        title: t("proposalPublished.title", { team: teamName }),
        intro: t("proposalPublished.intro", { team: teamName, date: formatLongDate(toDbDate(effectiveFrom), locale) }),
        items: [],
        outro: t("proposalPublished.after"),
        action: { href: "/team-days", label: t("openTeamDays") },
      };
    }
    case "proposal-rejected": {
      const { teamName, comment } = notification.payload;
      return {
        title: t("proposalRejected.title", { team: teamName }),
        intro: t("proposalRejected.intro"),
        items: [comment],
        outro: t("proposalRejected.after"),
        action: { href: "/team-days", label: t("openTeamDays") },
      };
    }
    case "proposal-waiting": {
      const { teamName, officeName, planId } = notification.payload;
      return {
        title: t("proposalWaiting.title", { team: teamName }),
        intro: t("proposalWaiting.intro", { team: teamName, office: officeName }),
        items: [],
        outro: t("proposalWaiting.after"),
        action: { href: `/plans/${encodeURIComponent(planId)}`, label: t("openProposal") },
      };
    }
    case "week-ahead": {
      const { days } = notification.payload;
      const weekdays = days.map((day) => weekdayName(isoWeekday(day.date), locale));
      return {
        title: t("weekAhead.title", { count: days.length }),
        intro: t("weekAhead.intro", { days: listFormat(locale).format(weekdays) }),
        items: days.map((day) => aheadDayLine(day, t, locale)),
        outro: t("weekAhead.after"),
        action: { href: "/", label: t("openMyDays") },
      };
    }
    case "day-reminder": {
      const { day } = notification.payload;
      return {
        title: t("dayReminder.title", { date: formatLongDate(toDbDate(day.date), locale) }),
        intro: t("dayReminder.intro"),
        items: [aheadDayLine(day, t, locale)],
        outro: t("dayReminder.after"),
        action: { href: "/", label: t("openMyDays") },
      };
    }
  }
}

/** "From Monday 7 December you come on Fridays; before: Tuesdays and Fridays", or the sentence for no days on either side, or for the same weekdays on other dates. */
function daysChangedIntro(t: NotificationTranslator, date: string, before: string, after: string, sameWeekdays: boolean): string {
  if (sameWeekdays) return after ? t("daysChanged.sameWeekdays", { date, after }) : t("daysChanged.none", { date });
  if (!after) return t("daysChanged.noDaysNow", { date, before });
  if (!before) return t("daysChanged.noDaysBefore", { date, after });
  return t("daysChanged.pattern", { date, after, before });
}

/** ISO weekday (1 = Monday) of a calendar day. */
function isoWeekday(day: string): number {
  return toDbDate(day).getUTCDay() || 7;
}

/** "Tuesday 8 December: Group A–K comes on Tuesdays. 18 of 30 seats taken." The reason as My office days words it; no count in a small group. */
function aheadDayLine(day: AheadDay, t: NotificationTranslator, locale: Locale): string {
  const reason = day.extra ? t("aheadDay.extra") : wordReason(translatorFor(locale, "reasons"), locale, day.reason);
  const load = day.expected === null ? t("aheadDay.hidden", { capacity: day.capacity }) : t("aheadDay.load", { expected: day.expected, capacity: day.capacity });
  return t("aheadDay.line", { date: formatLongDate(toDbDate(day.date), locale), reason, load });
}
