import { compareRotations, computeRotation, type EngineInput, type IsoDate, type RotationDay } from "@/lib/rotation";
import type { Weekday } from "@/lib/rotation";

/** Weeks ahead that a change to an office is previewed over. */
export const PREVIEW_WEEKS = 8;

type DayTotals = Pick<RotationDay, "status" | "capacity" | "expected" | "cut">;

/** What a change to an office does to its coming days; plain data, shown by components/offices/change-preview.tsx. */
export interface ChangePreview {
  from: IsoDate;
  to: IsoDate;
  /** Only the days whose totals change. */
  days: { date: IsoDate; before: DayTotals; after: DayTotals }[];
  /** How many people gain or lose at least one office day. */
  peopleMoved: number;
  /** Office days gained and lost, summed over everyone. */
  daysGained: number;
  daysLost: number;
}

/** The part of an office a change may touch: capacity, working weekdays, closed days. */
export interface OfficeChange {
  capacityPerDay?: number;
  workingWeekdays?: readonly Weekday[];
  addClosures?: readonly IsoDate[];
  removeClosures?: readonly IsoDate[];
}

/**
 * Runs the engine on the office as it is and as it would be after `change`,
 * over the same days, and keeps what differs. Pure: the caller loads `input`.
 */
export function previewOfficeChange(input: EngineInput, change: OfficeChange): ChangePreview {
  const removed = new Set(change.removeClosures ?? []);
  const kept = input.closures.filter((closure) => !removed.has(closure.date));
  const closed = new Set(kept.map((closure) => closure.date));
  const after: EngineInput = {
    ...input,
    office: {
      ...input.office,
      capacityPerDay: change.capacityPerDay ?? input.office.capacityPerDay,
      workingWeekdays: change.workingWeekdays ?? input.office.workingWeekdays,
    },
    closures: [
      ...kept,
      ...(change.addClosures ?? []).filter((date) => date >= input.from && date <= input.to && !closed.has(date)).map((date) => ({ date, reason: "preview" })),
    ],
  };
  const comparison = compareRotations(computeRotation(input), computeRotation(after));
  const changed = comparison.days.filter(
    (day) => day.before.status !== day.after.status || day.before.capacity !== day.after.capacity || day.before.expected !== day.after.expected || day.before.cut !== day.after.cut,
  );
  return {
    from: input.from,
    to: input.to,
    days: changed,
    peopleMoved: comparison.people.length,
    daysGained: comparison.people.reduce((sum, person) => sum + person.gained.length, 0),
    daysLost: comparison.people.reduce((sum, person) => sum + person.lost.length, 0),
  };
}
