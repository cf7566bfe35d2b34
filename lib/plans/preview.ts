import { plusDays } from "@/lib/date-only";
import {
  computeRotation,
  type DayStatus,
  type EngineInput,
  type EnginePlanVersion,
  type IsoDate,
  type RotationResult,
  type RotationRules,
} from "@/lib/rotation";

/** How many days a preview shows, from the draft's effective date on. */
export const PREVIEW_DAYS = 42;

/** Everything about an office a preview needs except the range and anyone's opt-outs. */
export type PreviewBase = Omit<EngineInput, "from" | "to" | "optOuts">;

export interface PreviewDay {
  date: IsoDate;
  status: DayStatus;
  capacity: number;
  /** People the draft puts in that day before capacity is applied (expected + cut). */
  planned: number;
  expected: number;
  cut: number;
  /** The same day under the published plan, for comparison. */
  plannedBefore: number;
}

export interface PlanPreview {
  from: IsoDate;
  to: IsoDate;
  days: PreviewDay[];
  overCapacityDays: number;
  before: RotationResult;
  after: RotationResult;
}

/** The id a draft has inside a preview's engine input. */
export const DRAFT_VERSION_ID = "draft";


/**
 * The published versions once a version effective from `effectiveFrom` is
 * published: versions effective before it keep their days; versions that
 * would only have started on or after it never take effect (they are archived).
 */
export function versionsAfterPublishing(published: readonly EnginePlanVersion[], version: EnginePlanVersion): EnginePlanVersion[] {
  const topVersion = Math.max(0, ...published.map((candidate) => candidate.version ?? 0));
  return [...published.filter((candidate) => candidate.effectiveFrom < version.effectiveFrom), { ...version, version: topVersion + 1 }];
}

/**
 * What a draft does to an office, day by day: computed with the published
 * versions (before) and with the draft published from `effectiveFrom`
 * (after). People's choices (stay-homes, extra days) are left out on
 * purpose: a plan is judged by whom it puts in, and a preview must not
 * reveal anyone's choice (README "Small groups").
 */
export function previewPlan(base: PreviewBase, draft: { rules: RotationRules; effectiveFrom: IsoDate }, days = PREVIEW_DAYS): PlanPreview {
  const from = draft.effectiveFrom;
  const to = plusDays(from, days - 1);
  const before = computeRotation({ ...base, optOuts: [], seatRequests: [], from, to });
  const after = computeRotation({
    ...base,
    planVersions: versionsAfterPublishing(base.planVersions, { id: DRAFT_VERSION_ID, effectiveFrom: from, rules: draft.rules }),
    optOuts: [],
    seatRequests: [],
    from,
    to,
  });
  const previewDays = after.days.map((day, index) => {
    const previous = before.days[index];
    return {
      date: day.date,
      status: day.status,
      capacity: day.capacity,
      planned: day.expected + day.cut,
      expected: day.expected,
      cut: day.cut,
      plannedBefore: previous ? previous.expected + previous.cut : 0,
    };
  });
  return { from, to, days: previewDays, overCapacityDays: previewDays.filter((day) => day.cut > 0).length, before, after };
}
