import { z } from "zod";
import { CALENDAR_FILE_PATTERN } from "@/lib/auth/calendar-token";

/** The feed's path segment, "<token>.ics", parsed to the token. */
export const calendarFileParamsSchema = z.object({
  file: z
    .string()
    .regex(CALENDAR_FILE_PATTERN, { error: "Not a calendar feed address: expected <token>.ics." })
    .transform((file) => file.slice(0, -".ics".length))
    .meta({ description: "`<token>.ics`, the secret token of the feed URL" }),
});

/** Creating or resetting one's feed takes no input. */
export const resetCalendarFeedSchema = z.object({});
