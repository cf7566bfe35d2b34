import type { Weekday } from "./calendar-days";
import type { PriorityClass, WaveSelector } from "./rules-schema";

/** Which kind of rule put someone on a day. */
export type SlotRule = "surname" | "team";

/**
 * Why someone is, or is not, expected in the office on a day. Small, plain
 * and serialisable: the UI words it in each language. Waves are numbered
 * from 1 in plan order; `group` is a letter range ("Æ–Å") or a team name.
 */

/**
 * What a wave is called for the people in it: the name HR gave it in the
 * plan editor, or (name null) one the UI makes from whom the wave selects,
 * "New hires and essential teams". A number means nothing to an employee.
 */
export interface WaveName {
  name: string | null;
  selectors: readonly WaveSelector["kind"][];
}
export type AssignmentReason = AssignedReason | NotExpectedReason;

export interface AssignedReason {
  kind: "assigned";
  rule: SlotRule;
  group: string;
  weekday: Weekday;
  wave: number;
  waveName: WaveName;
}

export type NotExpectedReason =
  /** Marked inactive: not part of the rotation at all. */
  | { kind: "not-expected"; reason: "inactive" }
  /** The office does not work on this weekday. */
  | { kind: "not-expected"; reason: "non-working-day"; weekday: Weekday }
  /** A closed day or public holiday; nothing is moved to another day. */
  | { kind: "not-expected"; reason: "closed"; closure: string }
  /** No published plan version is in effect on this day. */
  | { kind: "not-expected"; reason: "no-plan" }
  /** Their start date is later. */
  | { kind: "not-expected"; reason: "not-started"; startDate: string }
  /** No wave of the plan selects them. */
  | { kind: "not-expected"; reason: "no-wave" }
  /** Their wave starts later. */
  | { kind: "not-expected"; reason: "before-wave"; wave: number; waveName: WaveName; from: string }
  /** Their wave's rule has no day for them (a team without days, a name outside the alphabet). */
  | { kind: "not-expected"; reason: "no-group"; rule: SlotRule; wave: number; waveName: WaveName }
  /** Their group comes on other days (or in another week of the cycle). */
  | {
      kind: "not-expected";
      reason: "not-their-day";
      rule: SlotRule;
      group: string;
      weekdays: Weekday[];
      weeksInCycle: number;
      weekOfCycle: number;
      wave: number;
      waveName: WaveName;
    }
  /** They said "I stay home"; their seat is free for someone else. */
  | { kind: "not-expected"; reason: "opted-out" }
  /**
   * Their day, but the office is full: people with a higher priority came
   * first, and among equals the cut rotates. This is turn `rotation` of a
   * cycle of `of` turns in which everyone in their group and priority is cut
   * once.
   */
  | {
      kind: "not-expected";
      reason: "capacity-cut";
      priority: PriorityClass;
      rule: SlotRule;
      group: string;
      rotation: number;
      of: number;
    };

export type NotExpectedReasonCode = NotExpectedReason["reason"];
