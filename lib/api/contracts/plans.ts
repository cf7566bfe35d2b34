import { z } from "zod";
import { defineContract } from "../contract";
import { previewPlanBodySchema } from "@/lib/validation/plans";

const officeParams = z.object({ id: z.string().min(1).max(64).meta({ description: "Office id" }) });

export const planPreviewSchema = z
  .object({
    officeId: z.string(),
    from: z.iso.date(),
    to: z.iso.date(),
    overCapacityDays: z.number().int().meta({ description: "Open days on which the plan puts in more people than there are seats" }),
    days: z.array(
      z.object({
        date: z.iso.date(),
        status: z.enum(["open", "closed", "non-working"]),
        capacity: z.number().int(),
        planned: z.number().int().meta({ description: "People the plan puts in before capacity (expected + cut)" }),
        expected: z.number().int(),
        cut: z.number().int().meta({ description: "People left out for capacity" }),
        plannedBefore: z.number().int().meta({ description: "Planned under the published plan" }),
      }),
    ),
  })
  .meta({ id: "PlanPreview" });

export const planSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    version: z.number().int(),
    status: z.enum(["DRAFT", "SUBMITTED", "REJECTED", "PUBLISHED", "ARCHIVED"]),
    effectiveFrom: z.iso.date(),
    teamId: z.string().nullable().meta({ description: "Set on a leader's proposal of their team's days" }),
  })
  .meta({ id: "PlanSummary" });

export const previewPlan = defineContract({
  method: "POST",
  path: "/offices/{id}/plans/preview",
  summary: "Preview rotation rules: per-day totals from an effective date",
  description:
    "Runs the rotation engine on the office's people with `rules` published from `effectiveFrom` (today or later in the office's time zone) and returns, per day for six weeks, planned people against capacity and how many are cut. Nothing is saved. Rules are checked like the plan form: 422 `invalid_rules` lists every field at fault (`rules.waves.0.distribution.groups`).",
  tag: "Plans",
  access: "plans:manage",
  params: officeParams,
  body: previewPlanBodySchema,
  responses: { 200: { description: "The per-day totals", schema: planPreviewSchema } },
  errors: { 404: "No office has this id (`office_not_found`)", 422: "Rules that do not hold (`invalid_rules`, every field in `issues`), a past effective date (`past_effective_date`)" },
});

export const listOfficePlans = defineContract({
  method: "GET",
  path: "/offices/{id}/plans",
  summary: "The office's plan versions, newest first",
  tag: "Plans",
  access: "plans:manage",
  params: officeParams,
  responses: { 200: { description: "Plan versions", schema: z.object({ plans: z.array(planSummarySchema) }) } },
});

export const planContracts = [previewPlan, listOfficePlans];
