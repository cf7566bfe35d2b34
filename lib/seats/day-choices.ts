import type { AssignmentReason, DayStatus, Seat } from "@/lib/rotation";

/**
 * What a person may do about one of their days, from the engine's answer
 * for it. The page offers exactly these, and the write functions check the
 * same rules against fresh data inside their transaction.
 *
 * - stay-home: their day by the plan (coming, or cut for capacity: a cut
 *   person may say they don't want a freed seat), or a day they hold or
 *   wait for an extra seat (staying home withdraws the request).
 * - undo: they stay home on their own day and are not waiting for a seat.
 * - request-extra: an open day that is not theirs and that they asked nothing for.
 * - withdraw: they hold or wait for a seat beyond the plan (an extra day, or a return).
 *   (The API also accepts "stay home" on such a day, which does the same.)
 */
export type DayChoice = "stay-home" | "undo" | "request-extra" | "withdraw";

export interface DayFacts {
  status: DayStatus;
  reason: AssignmentReason;
  seat: Seat;
}

export function isOwnDay(reason: AssignmentReason): boolean {
  return reason.kind === "assigned" || reason.reason === "capacity-cut";
}

export function choicesFor(day: DayFacts): DayChoice[] {
  if (day.status !== "open") return [];
  const { reason, seat } = day;
  // Staying home on such a day also withdraws the request: one button says it plainly.
  if (seat.kind === "extra" || seat.kind === "waitlisted") return ["withdraw"];
  if (reason.kind === "assigned" || reason.reason === "capacity-cut") return ["stay-home"];
  if (reason.reason === "opted-out") return ["undo"];
  if (reason.reason === "inactive") return [];
  return ["request-extra"];
}
