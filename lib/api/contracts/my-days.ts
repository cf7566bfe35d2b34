import { z } from "zod";
import { dayInputSchema, myDaysQuerySchema, stayHomeSchema } from "@/lib/validation/my-days";
import { defineContract } from "../contract";
import { shownTotalsShape } from "./capacity";

const isoDate = z.iso.date();

const seatSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("planned") }),
    z.object({ kind: z.literal("extra") }),
    z.object({ kind: z.literal("waitlisted"), position: z.number().int().min(1) }),
    z.object({ kind: z.literal("none") }),
  ])
  .meta({ id: "Seat", description: "The person's seat: by the plan, an extra day (or a return), a place on the waitlist, or none" });

const reasonSchema = z
  .looseObject({
    kind: z.enum(["assigned", "not-expected"]),
    reason: z.string().optional().meta({ description: "With not-expected: opted-out, capacity-cut, not-their-day, closed, non-working-day, no-plan, ..." }),
  })
  .meta({ id: "AssignmentReason", description: "The rotation engine's machine-readable reason for the day" });

export const dayTotalsSchema = z
  .object(shownTotalsShape)
  .meta({ id: "DayTotals", description: "The office's totals for the day, as anyone sees them: never who, and no counts in a small group (your own choice is in your day)" });

const myDaySchema = z
  .object({
    date: isoDate,
    status: z.enum(["office", "home", "closed", "non-working"]),
    reason: reasonSchema,
    seat: seatSchema,
    notice: z.enum(["hr-change"]).nullable().meta({ description: "hr-change: a seat you were given was taken back by an HR change to the office" }),
    choices: z.array(z.enum(["stay-home", "undo", "request-extra", "withdraw"])).meta({ description: "What you may do about the day now" }),
    totals: dayTotalsSchema,
  })
  .meta({ id: "MyDay" });

export const getMyDays = defineContract({
  method: "GET",
  path: "/me/days",
  summary: "Your days, each with its status, reason, seat and the office's totals",
  description: "Default range: today (in your office's time zone) and the next 27 days. At most 366 days.",
  tag: "My days",
  access: "days:own",
  query: myDaysQuerySchema,
  responses: {
    200: {
      description: "Every day of the range",
      schema: z.object({ from: isoDate, to: isoDate, today: isoDate, days: z.array(myDaySchema) }),
    },
  },
});

export const postOptOuts = defineContract({
  method: "POST",
  path: "/me/opt-outs",
  summary: "Stay home on a day, or on every office day of a period",
  description:
    "No reason is asked. A single day must be yours (by the plan, or an extra day, which is withdrawn): otherwise 422 not_your_day. A period stays home on all your office days in it (none: 422 no_office_days). Past days: 422 past_day; days more than a year ahead (today + 365): 422 beyond_horizon. HR moved you to another office while the request ran: 409 office_changed.",
  tag: "My days",
  access: "days:own",
  body: stayHomeSchema,
  responses: { 200: { description: "The days you now stay home", schema: z.object({ days: z.array(isoDate) }) } },
  errors: { 422: "A past day (`past_day`), a closed day (`day_closed`), a day that is not yours (`not_your_day`), a period without office days (`no_office_days`)" },
});

const undoSchema = z.object({
  date: isoDate,
  status: z.enum(["office", "home", "waitlisted"]),
  position: z.number().int().min(1).optional(),
});

export const deleteOptOut = defineContract({
  method: "DELETE",
  path: "/me/opt-outs/{date}",
  summary: "Undo a stay-home",
  description:
    "200 when a seat is free and you come after all; 202 when your seat went to someone else: you are first on the waitlist. Refused: past_day, beyond_horizon (422), office_changed (409).",
  tag: "My days",
  access: "days:own",
  params: dayInputSchema,
  responses: {
    200: { description: "You come after all", schema: undoSchema },
    202: { description: "Your seat went to someone else: you are first on the waitlist", schema: undoSchema },
  },
  errors: { 404: "You do not stay home that day (`not_staying_home`)", 422: "A past day (`past_day`)" },
});

const extraDaySchema = z.object({ date: isoDate, status: z.enum(["confirmed", "waitlisted"]), position: z.number().int().min(1).optional() });

export const postExtraDay = defineContract({
  method: "POST",
  path: "/me/extra-days",
  summary: "Ask for an extra office day",
  description:
    "An open day from today that is not yours. 201 when a seat is free, 202 with your place when the day is full. Refused: past_day, beyond_horizon (more than a year ahead), day_closed, non_working_day, own_day, stayed_home (422), already_requested, office_changed (HR moved you to another office meanwhile) (409). 201 is only ever answered for a seat your current office counts.",
  tag: "My days",
  access: "days:own",
  body: dayInputSchema,
  responses: {
    201: { description: "A seat is yours", schema: extraDaySchema },
    202: { description: "The day is full: you are on its waitlist", schema: extraDaySchema },
  },
  errors: {
    409: "You already asked for a seat that day (`already_requested`)",
    422: "A past day (`past_day`), a closed or non-working day (`day_closed`, `non_working_day`), your own day (`own_day`, `stayed_home`)",
  },
});

export const deleteExtraDay = defineContract({
  method: "DELETE",
  path: "/me/extra-days/{date}",
  summary: "Withdraw an extra day or a waitlist place",
  tag: "My days",
  access: "days:own",
  params: dayInputSchema,
  responses: { 204: { description: "Withdrawn; a seat it held goes to the next in line" } },
  errors: { 404: "You have no extra day or waitlist place that day (`no_request`)", 422: "A past day (`past_day`)" },
});

export const myDaysContracts = [getMyDays, postOptOuts, deleteOptOut, postExtraDay, deleteExtraDay];
