import { toDbDate, type IsoDate } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import { formatDayHeading } from "@/lib/i18n/dates";
import type { Translate } from "@/lib/i18n/translator";
import type { ShownTotals } from "@/lib/privacy/small-groups";
import type { DayStatus } from "@/lib/rotation";

/** One day of an office's week as a channel may see it: totals after the small-group rule, never a person. */
export interface WeekPostDay extends ShownTotals {
  date: IsoDate;
  status: DayStatus;
  closure: string | null;
}

/** A week-ahead post in words: the same words become Slack's blocks and Teams' card. */
export interface WeekPostText {
  title: string;
  intro: string;
  /** One per working or closed day: "Monday 7 December" and its totals. */
  days: { label: string; line: string }[];
  note: string;
  link: { url: string; label: string };
}

/**
 * The week ahead of an office in totals only: each working day's capacity,
 * expected and free seats, or that it is closed and why. A day whose counts
 * the small-group rule holds back shows its capacity only: a suppressed
 * count is never posted. Days the office does not open are left out.
 */
export function describeWeekPost(officeName: string, days: readonly WeekPostDay[], capacityUrl: string, t: Translate, locale: Locale): WeekPostText {
  const shown = days.filter((day) => day.status !== "non-working");
  const first = days[0]?.date;
  return {
    title: t("title", { office: officeName }),
    intro: first ? t("intro", { date: formatDayHeading(toDbDate(first), locale).date }) : "",
    days: shown.map((day) => {
      const { weekday, date } = formatDayHeading(toDbDate(day.date), locale);
      return { label: `${weekday} ${date}`, line: dayLine(day, t) };
    }),
    note: t("note"),
    link: { url: capacityUrl, label: t("openCapacity") },
  };
}

function dayLine(day: WeekPostDay, t: Translate): string {
  if (day.status === "closed") return t("closed", { reason: day.closure ?? "" });
  if (day.suppressed || day.expected === null || day.free === null) return t("hidden", { capacity: day.capacity });
  return t("open", { expected: day.expected, capacity: day.capacity, free: day.free });
}

/**
 * Slack's incoming-webhook body with Block Kit blocks (header, one section
 * per day, a button to the Capacity page) and `text` as the notification's
 * fallback. No Block Kit builder library is installed, so these are typed
 * objects following https://api.slack.com/reference/block-kit/blocks.
 */
export function slackMessage(post: WeekPostText) {
  const plain = (text: string) => ({ type: "plain_text" as const, text: text.slice(0, 150), emoji: false });
  return {
    text: `${post.title}: ${post.intro}`,
    blocks: [
      { type: "header" as const, text: plain(post.title) },
      { type: "section" as const, text: { type: "mrkdwn" as const, text: escapeSlack(post.intro) } },
      { type: "section" as const, fields: post.days.slice(0, 10).map((day) => ({ type: "mrkdwn" as const, text: `*${escapeSlack(day.label)}*\n${escapeSlack(day.line)}` })) },
      { type: "context" as const, elements: [{ type: "mrkdwn" as const, text: escapeSlack(post.note) }] },
      { type: "actions" as const, elements: [{ type: "button" as const, text: plain(post.link.label), url: post.link.url }] },
    ],
  };
}

/** Slack's mrkdwn treats &, < and > as control characters (links, mentions): HR's closure reasons are text. */
function escapeSlack(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * A Teams Workflows ("Post to a channel when a webhook request is received")
 * body: a message with one Adaptive Card 1.4 (title, introduction, a FactSet
 * of the days, a link to the Capacity page). No Adaptive Cards library is
 * installed, so this is a typed object following the card schema at
 * https://adaptivecards.io/schemas/adaptive-card.json.
 */
export function teamsMessage(post: WeekPostText) {
  return {
    type: "message" as const,
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive" as const,
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard" as const,
          version: "1.4" as const,
          body: [
            { type: "TextBlock" as const, text: post.title, size: "Large" as const, weight: "Bolder" as const, wrap: true },
            { type: "TextBlock" as const, text: post.intro, wrap: true },
            { type: "FactSet" as const, facts: post.days.map((day) => ({ title: day.label, value: day.line })) },
            { type: "TextBlock" as const, text: post.note, isSubtle: true, size: "Small" as const, wrap: true },
          ],
          actions: [{ type: "Action.OpenUrl" as const, title: post.link.label, url: post.link.url }],
        },
      },
    ],
  };
}

/** The Monday of the week `day` falls in (weeks run Monday to Sunday, as in the office's calendar). */
export function mondayOf(day: IsoDate): IsoDate {
  const date = toDbDate(day);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday after `today`: the week the weekly post announces. */
export function nextMonday(today: IsoDate): IsoDate {
  return mondayOf(new Date(toDbDate(today).getTime() + 7 * 86_400_000).toISOString().slice(0, 10));
}

/** When the weekly post goes out, in the office's time zone: Fridays at 13:00, before the digest most offices send at 14:00. */
export const WEEKLY_POST_CRON = "0 13 * * 5";
