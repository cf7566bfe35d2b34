import { z } from "zod";
import { isoDateSchema, weekdaySchema } from "@/lib/rotation";
import { PLAN_SPREADS } from "@/lib/plans/starter-rules";
import { calendarDaySchema } from "./dates";
import { listQuerySchema, parseQueryFields } from "./list-query";
import type { RawQuery } from "./query-string";
import { singleLineText } from "./text";

/**
 * Inputs of the plan pages, actions and API. The rules themselves are
 * checked against their office (rotationRulesSchemaFor) once the office is
 * known, so here they are only "some JSON".
 */
const id = z.string().trim().min(1).max(64);
const rules = z.unknown().meta({ description: "Rotation rules (see the RotationRules schema of the engine)" });

export const createPlanSchema = z.object({
  officeId: id,
  name: singleLineText({ max: 120, required: "nameRequired", tooLong: "nameTooLong" }),
  spread: z.enum(PLAN_SPREADS),
});

export const copyPlanSchema = z.object({ planId: id });

export const savePlanSchema = z.object({
  planId: id,
  name: singleLineText({ max: 120, required: "nameRequired", tooLong: "nameTooLong" }),
  effectiveFrom: isoDateSchema,
  rules,
});

export const planIdSchema = z.object({ planId: id });

export const publishPlanSchema = z.object({ planId: id, effectiveFrom: isoDateSchema });

export const rejectPlanSchema = z.object({
  planId: id,
  comment: z.string().trim().min(1, "commentRequired").max(2000, "commentTooLong"),
});

const teamDaysFields = z.object({
  teamId: id,
  weekdays: z.array(weekdaySchema).min(1, "chooseWeekday").max(7),
  weeksInCycle: z.number().int().min(1).max(8),
  weekOfCycle: z.number().int().min(1).max(8),
  /** The day the leader wants the days to start; next Monday when left out. Today or later (checked in the office's time zone). */
  effectiveFrom: calendarDaySchema({ invalid: "dateInvalid", outside: "dateOutOfRange" }).optional(),
});
const weekInCycle = (value: { weekOfCycle: number; weeksInCycle: number }) => value.weekOfCycle <= value.weeksInCycle;

export const teamDaysSchema = teamDaysFields
  .extend({ submit: z.boolean().default(false) })
  .refine(weekInCycle, { path: ["weekOfCycle"], message: "weekNotInCycle" });

/** A leader's live preview of proposed team days: the same fields, nothing saved. */
export const teamDaysPreviewSchema = teamDaysFields.refine(weekInCycle, { path: ["weekOfCycle"], message: "weekNotInCycle" });

export const noticeIdSchema = z.object({ noticeId: id });

export const previewPlanBodySchema = z
  .object({ rules, effectiveFrom: isoDateSchema.meta({ description: "First day the plan would govern (today or later in the office's time zone)" }) })
  .meta({ id: "PlanPreviewRequest" });

/** The publish screen's query string: ?effectiveFrom=2026-12-07&q=ann&page=2 (the per-person list is searched and paged). */
export const publishReviewQuerySchema = listQuerySchema.extend({
  effectiveFrom: calendarDaySchema({ invalid: "dateInvalid", outside: "dateOutOfRange" }).optional(),
});

export function parsePublishReviewQuery(raw: RawQuery) {
  return parseQueryFields(publishReviewQuerySchema, raw);
}
