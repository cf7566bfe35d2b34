import { z } from "zod";
import { capacityParamsSchema, dateRangeQuerySchema } from "@/lib/validation/capacity";
import { defineContract } from "../contract";

export const officeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    timezone: z.string().meta({ description: "IANA time zone; days are calendar days in it" }),
    seats: z.number().int(),
    capacityPercent: z.number().int(),
    capacityFixed: z.number().int().nullable().meta({ description: "A fixed number of people per day; when set it is used instead of the percentage" }),
    capacityPerDay: z.number().int().meta({ description: "Most people expected on one open day: capacityFixed, or else seats x capacityPercent / 100 rounded down" }),
    workingWeekdays: z.array(z.number().int().min(1).max(7)).meta({ description: "ISO weekdays the office opens, 1 = Monday" }),
  })
  .meta({ id: "Office" });

const hidden = "; null when suppressed";

/**
 * A day's totals as anyone may see them (README "Small groups"): every count
 * that people's choices move is null, and `suppressed` true, on an open day
 * with fewer than PRIVACY_MIN_GROUP people planned (or with others who could
 * ask for an extra day, but fewer than that many).
 */
export const shownTotalsShape = {
  capacity: z.number().int().meta({ description: "Seats on the day (0 unless open); always shown" }),
  expected: z.number().int().nullable().meta({ description: `People expected, confirmed extra days included${hidden}` }),
  optedOut: z.number().int().nullable().meta({ description: `People whose day it was who stay home (a total, never who)${hidden}` }),
  extra: z.number().int().nullable().meta({ description: `Confirmed extra days, included in expected${hidden}` }),
  waitlisted: z.number().int().nullable().meta({ description: `Requests waiting for a seat${hidden}` }),
  free: z.number().int().nullable().meta({ description: `Seats still free${hidden}` }),
  suppressed: z.boolean().meta({
    description: "True when the counts are held back because too few people were planned that day to keep one person's choice private (PRIVACY_MIN_GROUP, default 5)",
  }),
};

export const capacityDaySchema = z
  .object({
    date: z.iso.date(),
    status: z.enum(["open", "closed", "non-working"]),
    closure: z.string().nullable().meta({ description: "Why the office is closed, on a closed day" }),
    ...shownTotalsShape,
  })
  .meta({ id: "CapacityDay" });

export const listOfficesContract = defineContract({
  method: "GET",
  path: "/offices",
  summary: "Every office, with its capacity per day",
  tag: "Capacity",
  access: "capacity:view",
  responses: { 200: { description: "The offices, by name", schema: z.object({ offices: z.array(officeSchema) }) } },
});

export const officeCapacityContract = defineContract({
  method: "GET",
  path: "/offices/{id}/capacity",
  summary: "How full an office is on each day from..to (totals only)",
  description:
    "Every calendar day of the range (at most 366 days), non-working and closed days included with their status. On a day with too few people planned to keep anyone's choice private, the counts are null and `suppressed` is true.",
  tag: "Capacity",
  access: "capacity:view",
  params: capacityParamsSchema,
  query: dateRangeQuerySchema,
  responses: {
    200: {
      description: "The office and its days",
      schema: z.object({ office: officeSchema, from: z.iso.date(), to: z.iso.date(), days: z.array(capacityDaySchema) }),
    },
  },
  errors: { 404: "No office has this id (`office_not_found`)" },
});

export const capacityContracts = [listOfficesContract, officeCapacityContract];
