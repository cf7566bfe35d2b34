import { z } from "zod";
import { officeIdSchema } from "./capacity";
import { calendarDaySchema } from "./dates";

/** With whom a person shares the days they are expected in the office; nobody is the default. */
export const sharingScopes = ["nobody", "team", "office"] as const;
export type SharingScope = (typeof sharingScopes)[number];

export const sharingSchema = z
  .object({
    with: z.enum(sharingScopes, { error: 'must be "nobody", "team" or "office"' }).meta({
      description: "nobody (the default): nobody sees your days; team: the people in your team; office: everyone in your office",
    }),
  })
  .meta({ id: "DaySharing" });

export type SharingInput = z.infer<typeof sharingSchema>;

/** GET /offices/{id}/whos-in?date=: one day, today (in the office) when not given. */
export const whosInParamsSchema = z.object({ id: officeIdSchema });
export const whosInQuerySchema = z.object({ date: calendarDaySchema().optional() }).meta({ id: "WhosInQuery" });

/** The day view's address: /days/YYYY-MM-DD. */
export const dayPageParamsSchema = z.object({ date: calendarDaySchema() });
