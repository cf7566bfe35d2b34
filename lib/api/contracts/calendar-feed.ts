import { z } from "zod";
import { calendarFileParamsSchema } from "@/lib/validation/calendar-feed";
import { defineContract } from "../contract";

export const calendarFeedContract = defineContract({
  method: "GET",
  path: "/calendar/{file}",
  summary: "A person's office days as an iCalendar feed (subscribe in Outlook or Google Calendar)",
  description:
    "`file` is `<token>.ics`; the token is the secret of the feed URL shown once on the profile page, so no sign-in is needed. Office days and confirmed extra days from four weeks back to thirteen weeks ahead, as all-day events. An unknown or reset token answers 404.",
  tag: "Calendar",
  access: "public",
  params: calendarFileParamsSchema,
  responses: { 200: { description: "The calendar", contentType: "text/calendar", schema: z.string() } },
  errors: { 404: "No feed has this token, or it was reset, or its owner left (`feed_not_found`)" },
});

export const calendarFeedContracts = [calendarFeedContract];
