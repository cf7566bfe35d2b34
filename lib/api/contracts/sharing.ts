import { z } from "zod";
import { sharingSchema, whosInParamsSchema, whosInQuerySchema } from "@/lib/validation/sharing";
import { defineContract } from "../contract";

export const getSharing = defineContract({
  method: "GET",
  path: "/me/sharing",
  summary: "With whom you share the days you are expected in the office",
  description: "nobody (the default), team or office. Others see only the days you are expected, which change when you stay home; never why.",
  tag: "Who's in",
  access: "profile:own",
  responses: { 200: { description: "Your choice", schema: sharingSchema } },
});

export const putSharing = defineContract({
  method: "PUT",
  path: "/me/sharing",
  summary: "Share your office days with your team, your office, or nobody",
  description: "Takes effect on the next request everywhere: with nobody, you disappear from every who's-in view at once.",
  tag: "Who's in",
  access: "profile:own",
  body: sharingSchema,
  responses: { 200: { description: "Your choice, as stored", schema: sharingSchema } },
});

const colleagueSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    teammate: z.boolean().meta({ description: "In your team (listed first)" }),
  })
  .meta({ id: "Colleague" });

export const whosInContract = defineContract({
  method: "GET",
  path: "/offices/{id}/whos-in",
  summary: "Who is expected in your office on a day, among those who share their days with you",
  description:
    "Only people who share with you (their team, when it is yours, or the whole office) and whom the plan expects that day after their own choices: a planned day they did not stay home on, or a confirmed extra day. Nothing about anyone else, and no count. Your own office only (another office's id: 404 office_not_found). date: today in your office when not given; from today to a year ahead.",
  tag: "Who's in",
  access: "days:own",
  params: whosInParamsSchema,
  query: whosInQuerySchema,
  responses: {
    200: {
      description: "The day and the colleagues expected, your team first, then by name",
      schema: z.object({ date: z.iso.date(), colleagues: z.array(colleagueSchema) }).meta({ id: "WhosIn" }),
    },
  },
  errors: {
    404: "Not your office, or no such office (`office_not_found`)",
    422: "A past day (`past_day`), a day more than a year ahead (`beyond_horizon`)",
  },
});

export const sharingContracts = [getSharing, putSharing, whosInContract];
