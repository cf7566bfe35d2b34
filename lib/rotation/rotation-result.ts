import type { EarlierPlaces } from "./build-roster";
import type { CompiledPlan } from "./compile-plan";
import type { IsoDate, RotationDay, SeatDecision } from "./engine-types";
import type { CutSchedule } from "./schedule-cuts";

/**
 * What computeRotation returns. Per-day totals are plain objects; the
 * decision for every person on every open day is kept compact (one integer
 * each) and turned into objects on demand by the helpers in
 * result-queries.ts, so 50,000 people x 65 days costs 13 MB, not millions
 * of objects.
 */
export interface RotationResult {
  from: IsoDate;
  to: IsoDate;
  days: readonly RotationDay[];
  /** Every employee of the input (in the engine's internal order). */
  employeeIds: readonly string[];
  /** Every seat request in the range and what became of it, by day. */
  seats: readonly SeatDecision[];
  /** Internal; read it through the helpers. */
  grid: DecisionGrid;
}

/** A cell is `code | state << CODE_BITS`, where state is the person's ring. */
export const CODE_BITS = 4;
export const CODE_MASK = (1 << CODE_BITS) - 1;
export const Code = {
  assigned: 0,
  inactive: 1,
  notStarted: 2,
  noWave: 3,
  beforeWave: 4,
  noGroup: 5,
  notTheirDay: 6,
  optedOut: 7,
  capacityCut: 8,
} as const;

export interface DecisionGrid {
  rankOf: ReadonlyMap<string, number>;
  active: Uint8Array;
  startDates: readonly string[];
  /** Per rank, the last day counted (+Infinity: still here). */
  endDay: Float64Array;
  /** Earlier places, for the days a person was away. */
  places: EarlierPlaces;
  /** Row r holds the decisions of the r-th open day that has a plan, indexed by rank. */
  cells: Int32Array;
  /** Per day of the result: its row in cells, or -1 (closed, non-working or no plan). */
  rowOfDay: Int32Array;
  /** Per day: index into plans, or -1. */
  planOfDay: Int32Array;
  plans: readonly CompiledPlan[];
  /** The cut rotation of each plan, parallel to plans. */
  schedules: readonly CutSchedule[];
  firstDay: number;
  /** Seat decisions by `${employeeId}|${date}`. */
  seatIndex: ReadonlyMap<string, SeatDecision>;
}
