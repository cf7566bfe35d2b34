import { z } from "zod";
import { oneClickParamsSchema } from "@/lib/validation/answers";
import { defineContract } from "../contract";

export const postAnswer = defineContract({
  method: "POST",
  path: "/answers/{token}",
  summary: "Stay home on a day, from an email's one-click link",
  description:
    "The token is the link's secret, from the week-ahead digest or the evening-before reminder, so no sign-in is needed. It acts for its owner's day only (whoever sends it), does what \"I'll stay home\" does on My office days (the seat goes to the waitlist at once), works once, and expires when the day starts in the office's time zone. Opening the link (GET) only shows a page with a button.",
  tag: "My days",
  access: "public",
  params: oneClickParamsSchema,
  responses: { 200: { description: "The link's owner now stays home that day", schema: z.object({ date: z.iso.date() }) } },
  errors: {
    404: "Not a link of this app (`answer_invalid`), or its owner left (`answer_owner_left`)",
    409: "Used already (`answer_used`)",
    422: "The day has started (`answer_expired`), or there is nothing to stay home from: closed (`day_closed`), no longer the owner's day (`not_your_day`)",
  },
});

export const postUnsubscribe = defineContract({
  method: "POST",
  path: "/unsubscribe/{token}",
  summary: "Turn off the digest or the reminder, from an email's List-Unsubscribe link (RFC 8058)",
  description:
    "Mail clients POST `List-Unsubscribe=One-Click` here; the body is not needed. Turns the link's setting (digest or reminder) off for its owner, as the profile page would; doing it again changes nothing.",
  tag: "Notifications",
  access: "public",
  params: oneClickParamsSchema,
  responses: { 200: { description: "The setting is off", schema: z.object({ setting: z.enum(["digest", "reminder"]) }) } },
  errors: { 404: "Not a link of this app (`answer_invalid`), or its owner left (`answer_owner_left`)" },
});

export const getUnsubscribe = defineContract({
  method: "GET",
  path: "/unsubscribe/{token}",
  summary: "Open an unsubscribe link in a browser",
  description: "Changes nothing: redirects (303) to the page that asks before it turns the setting off.",
  tag: "Notifications",
  access: "public",
  params: oneClickParamsSchema,
  responses: { 303: { description: "To the confirmation page (`Location`), with no body" } },
  errors: {},
});

export const answerContracts = [postAnswer, postUnsubscribe, getUnsubscribe];
