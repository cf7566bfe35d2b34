import type { Weekday } from "./calendar-days";
import type { RotationLocale } from "./locale-alphabet";
import type { AssignmentReason } from "./reasons";
import type { RotationRules } from "./rules-schema";

/** Dates are ISO calendar days ("2026-03-02") in the office's own time. */
export type IsoDate = string;

export interface EngineOffice {
  id: string;
  /** The alphabet of surname rules. */
  locale: RotationLocale;
  /** Most people expected on one day (seats x capacity percentage). */
  capacityPerDay: number;
  workingWeekdays: readonly Weekday[];
}

export interface EngineTeam {
  id: string;
  name: string;
  essential: boolean;
  servesHardHitCustomers: boolean;
}

export interface EngineEmployee {
  id: string;
  familyName: string;
  teamId: string | null;
  startDate: IsoDate;
  /** False: not part of the rotation on any day (as if never in the office). */
  active: boolean;
  /**
   * The last day the person counts in this office (they left, or moved to
   * another office); from the next day on they are inactive. Unlike
   * `active: false`, days up to it keep the person, so leaving does not
   * rewrite the rotation their equals already had. Absent or null: still here.
   */
  endDate?: IsoDate | null;
  /**
   * Where the person was before dated changes of team or surname (a move
   * between groups), oldest first: each place held on the days before its
   * `until`, from the previous place's `until` on. After the last one,
   * `teamId` and `familyName` hold. Absent: always where they are now.
   */
  earlierPlaces?: readonly EngineEarlierPlace[];
}

export interface EngineEarlierPlace {
  /** The first day of the next place: this one held until the day before. */
  until: IsoDate;
  teamId: string | null;
  familyName: string;
  /**
   * Not in this office on those days: before arriving from another office,
   * or between leaving and coming back. Counted as gone; coming back is a
   * join, as a start is.
   */
  away?: boolean;
}

/** A published plan version; it governs days from effectiveFrom until a later version takes over. */
export interface EnginePlanVersion {
  id: string;
  effectiveFrom: IsoDate;
  /** Breaks a tie between versions effective the same day: the higher one wins. */
  version?: number;
  /** Already parsed with rotationRulesSchema. */
  rules: RotationRules;
}

export interface EngineClosure {
  date: IsoDate;
  reason: string;
}

export interface EngineOptOut {
  employeeId: string;
  date: IsoDate;
}

/**
 * Someone asking for a seat on a day: an extra office day, or coming back
 * on their own day after staying home when the seat went to someone else.
 */
export interface EngineSeatRequest {
  employeeId: string;
  date: IsoDate;
  kind: "extra" | "return";
  /** Queue order on the day: lower comes first. */
  queueKey: number;
}

/** What became of a seat request: holding a seat, waiting (place from 1), or void (no longer applies). */
export interface SeatDecision {
  employeeId: string;
  date: IsoDate;
  kind: EngineSeatRequest["kind"];
  status: "confirmed" | "waitlisted" | "void";
  position: number | null;
}

/** A person's seat on a day: by the plan, an extra day, waiting for one, or none. */
export type Seat = { kind: "planned" } | { kind: "extra" } | { kind: "waitlisted"; position: number } | { kind: "none" };

export interface EngineInput {
  office: EngineOffice;
  teams: readonly EngineTeam[];
  /** Everyone in the office, active or not; order does not matter. */
  employees: readonly EngineEmployee[];
  /** Published versions only; order does not matter. */
  planVersions: readonly EnginePlanVersion[];
  /** Only closures inside from..to matter. */
  closures: readonly EngineClosure[];
  /** Only opt-outs inside from..to matter. */
  optOuts: readonly EngineOptOut[];
  /** Extra-day and return requests; only those inside from..to matter. */
  seatRequests?: readonly EngineSeatRequest[];
  from: IsoDate;
  to: IsoDate;
}

export type DayStatus = "open" | "closed" | "non-working";

/** One day of the result: how full it is. Totals only, never who opted out. */
export interface RotationDay {
  date: IsoDate;
  weekday: Weekday;
  status: DayStatus;
  /** The closure's reason on a closed day. */
  closure: string | null;
  /** The plan version governing the day, null before the first one. */
  planVersionId: string | null;
  /** Seats on the day: the office's capacity when open, 0 otherwise. */
  capacity: number;
  /** Everyone expected: planned people who come, plus confirmed extra days and returns. */
  expected: number;
  freeSeats: number;
  /** People whose day it was but who stay home. */
  optedOut: number;
  /** People whose day it was but who did not fit. */
  cut: number;
  /** Confirmed extra days (included in expected). */
  extra: number;
  /** Requests waiting for a seat. */
  waitlisted: number;
}

export interface Assignment {
  employeeId: string;
  expected: boolean;
  reason: AssignmentReason;
  seat: Seat;
}

export interface EmployeeDay {
  date: IsoDate;
  expected: boolean;
  /** The plan's reason; with an extra day or a waitlist place, `seat` tells the rest. */
  reason: AssignmentReason;
  seat: Seat;
}

export type DayLoad = Pick<RotationDay, "date" | "status" | "capacity" | "expected" | "freeSeats">;
