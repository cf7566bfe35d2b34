import { z } from "zod";
import { calendarDaySchema } from "@/lib/validation/dates";

/**
 * The rule configuration of one plan version, as stored in RotationPlan.rules
 * and edited in the admin forms. These schemas check shape and internal
 * consistency; checks that need the office (its alphabet, teams and working
 * weekdays) live in validate-rules.ts and rotationRulesSchemaFor().
 */

export const weekdaySchema = z.literal([1, 2, 3, 4, 5, 6, 7], {
  error: "A weekday is 1 (Monday) to 7 (Sunday)",
});

const weekdaysSchema = z
  .array(weekdaySchema)
  .min(1, "Choose at least one weekday")
  .refine((days) => new Set(days).size === days.length, "Each weekday may appear only once");

/** A day of a plan (effective date, wave start, cycle anchor): a real day in the app's window. */
export const isoDateSchema = calendarDaySchema({ invalid: "Use a date written as yyyy-MM-dd" });

/** A single letter; lower case is accepted and stored upper case. */
export const letterSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\p{L}$/u, "Use a single letter");

// Alternating weeks: week 1 of the cycle is the ISO week (Monday–Sunday)
// containing the plan's cycleAnchor, so the alternation never depends on
// ISO week numbers (53-week years would put two "odd" weeks in a row).
const cycleFields = {
  weeksInCycle: z.number().int().min(1).max(8).default(1),
  weekOfCycle: z.number().int().min(1).max(8).default(1),
};

function checkCycle(value: { weeksInCycle: number; weekOfCycle: number }, ctx: z.RefinementCtx) {
  if (value.weekOfCycle > value.weeksInCycle) {
    ctx.addIssue({
      code: "custom",
      path: ["weekOfCycle"],
      message: `Week ${value.weekOfCycle} does not exist in a cycle of ${value.weeksInCycle} weeks`,
    });
  }
}

export const surnameGroupSchema = z
  .object({ from: letterSchema, to: letterSchema, weekdays: weekdaysSchema, ...cycleFields })
  .superRefine(checkCycle);

export const teamDaysSchema = z
  .object({ teamId: z.string().min(1), weekdays: weekdaysSchema, ...cycleFields })
  .superRefine(checkCycle);

export const surnameDistributionSchema = z.object({
  rule: z.literal("surname"),
  groups: z.array(surnameGroupSchema).min(1, "Add at least one letter group"),
});

export const teamDistributionSchema = z.object({
  rule: z.literal("team"),
  teams: z
    .array(teamDaysSchema)
    .min(1, "Give at least one team its days")
    .superRefine((teams, ctx) => {
      const seen = new Set<string>();
      teams.forEach((team, index) => {
        if (seen.has(team.teamId)) {
          ctx.addIssue({ code: "custom", path: [index, "teamId"], message: "This team already has its days" });
        }
        seen.add(team.teamId);
      });
    }),
});

export const distributionSchema = z.discriminatedUnion("rule", [
  surnameDistributionSchema,
  teamDistributionSchema,
]);

export const waveSelectorSchema = z.discriminatedUnion("kind", [
  /** People during their first `withinDays` calendar days (the start day is day 1). */
  z.object({ kind: z.literal("new-hires"), withinDays: z.number().int().min(1).max(3650) }),
  z.object({ kind: z.literal("essential-teams") }),
  z.object({ kind: z.literal("hard-hit-teams") }),
  z.object({ kind: z.literal("teams"), teamIds: z.array(z.string().min(1)).min(1, "Choose at least one team") }),
  /** Everyone not already in an earlier wave. */
  z.object({ kind: z.literal("everyone") }),
]);

export const waveSchema = z.object({
  name: z.string().trim().min(1).max(80).optional(),
  /** First day of the wave; without it the wave starts with the plan version. */
  from: isoDateSchema.optional(),
  selectors: z.array(waveSelectorSchema).min(1, "Say who is in this wave"),
  distribution: distributionSchema,
});

export const PRIORITY_CLASSES = ["new-hires", "hard-hit", "essential", "others"] as const;
export const priorityClassSchema = z.enum(PRIORITY_CLASSES);
export const DEFAULT_PRIORITY_ORDER = [...PRIORITY_CLASSES];

export const prioritySchema = z.object({
  /** Who keeps their seat first when a day is over capacity. */
  order: z
    .array(priorityClassSchema)
    .default(DEFAULT_PRIORITY_ORDER)
    .refine(
      (order) => order.length === PRIORITY_CLASSES.length && new Set(order).size === order.length,
      "List each of new-hires, hard-hit, essential and others exactly once",
    ),
  /** How long someone counts as a new hire for priority (start day is day 1). */
  newHireWithinDays: z.number().int().min(1).max(3650).default(30),
});

export const rotationRulesSchema = z
  .object({
    schemaVersion: z.literal(1).default(1),
    /** Week 1 of every alternating cycle is the week containing this day; defaults to the version's effective date. */
    cycleAnchor: isoDateSchema.optional(),
    /** In order; a person belongs to the first wave that selects them. */
    waves: z.array(waveSchema).min(1, "A plan needs at least one wave").max(12),
    priority: prioritySchema.prefault({}),
  })
  .superRefine((rules, ctx) => {
    rules.waves.forEach((wave, index) => {
      const previous = rules.waves[index - 1];
      if (!previous?.from) return;
      if (!wave.from) {
        ctx.addIssue({
          code: "custom",
          path: ["waves", index, "from"],
          message: `Wave ${index + 1} needs a start date on or after ${previous.from}, when wave ${index} starts`,
        });
      } else if (wave.from < previous.from) {
        ctx.addIssue({
          code: "custom",
          path: ["waves", index, "from"],
          message: `Wave ${index + 1} cannot start before wave ${index} (${previous.from})`,
        });
      }
    });
  });

export type RotationRules = z.output<typeof rotationRulesSchema>;
export type RotationRulesInput = z.input<typeof rotationRulesSchema>;
export type Wave = RotationRules["waves"][number];
export type WaveSelector = Wave["selectors"][number];
export type Distribution = Wave["distribution"];
export type SurnameGroup = z.output<typeof surnameGroupSchema>;
export type TeamDays = z.output<typeof teamDaysSchema>;
export type PriorityClass = z.output<typeof priorityClassSchema>;
export type WaveInput = z.input<typeof waveSchema>;
export type SurnameGroupInput = z.input<typeof surnameGroupSchema>;
export type TeamDaysInput = z.input<typeof teamDaysSchema>;

/** "Æ–Å", or "M" for a one-letter group: the label explanations carry. */
export function labelSurnameGroup(group: Pick<SurnameGroup, "from" | "to">): string {
  return group.from === group.to ? group.from : `${group.from}–${group.to}`;
}
