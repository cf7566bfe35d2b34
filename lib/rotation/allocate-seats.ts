import { parseDay, type DayNumber } from "./calendar-days";
import type { Roster } from "./build-roster";
import type { EngineSeatRequest, RotationDay, SeatDecision } from "./engine-types";
import { Code, CODE_MASK } from "./rotation-result";

/**
 * Gives the seats the plan leaves free on each day to the people who asked
 * for one, in queue order. Runs after the plan has decided the day, so the
 * people the plan cut for capacity have already had the seats freed by
 * stay-homes: they come first, the queue second.
 *
 * - An extra day counts only for someone the plan does not bring in that
 *   day (nor who stays home on it); a return only for someone who stays
 *   home on their own day. Anything else, a closed day, or a day after
 *   the person's end date or before their start, is void.
 * - The first requests in queue order take the free seats (confirmed), the
 *   rest wait (waitlisted, numbered from 1). Since the write side never
 *   takes free seats away by anything but an HR change, a confirmed seat
 *   stays confirmed as the queue moves.
 *
 * Updates the days' totals in place and returns every decision.
 */
export function allocateSeats(
  requests: readonly EngineSeatRequest[],
  roster: Roster,
  days: RotationDay[],
  cells: Int32Array,
  rowOfDay: Int32Array,
  firstDay: DayNumber,
): SeatDecision[] {
  const byDay = new Map<number, EngineSeatRequest[]>();
  for (const request of requests) {
    const offset = parseDay(request.date, "seat request date") - firstDay;
    if (offset < 0 || offset >= days.length || !roster.rankOf.has(request.employeeId)) continue;
    const list = byDay.get(offset);
    if (list) list.push(request);
    else byDay.set(offset, [request]);
  }

  const decisions: SeatDecision[] = [];
  for (const offset of [...byDay.keys()].sort((a, b) => a - b)) {
    const day = days[offset] as RotationDay;
    const queue = (byDay.get(offset) as EngineSeatRequest[]).sort(
      (a, b) => a.queueKey - b.queueKey || (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0),
    );
    const row = rowOfDay[offset] as number;
    let waiting = 0;
    for (const request of queue) {
      const rank = roster.rankOf.get(request.employeeId) as number;
      const code = row < 0 ? null : (cells[row * roster.size + rank] as number) & CODE_MASK;
      const valid =
        day.status === "open" &&
        roster.active[rank] === 1 &&
        firstDay + offset <= (roster.endDay[rank] as number) &&
        code !== Code.inactive &&
        // Not started yet: not in the office that day, like someone away (trends count nobody there).
        code !== Code.notStarted &&
        (request.kind === "return" ? code === Code.optedOut : code !== Code.assigned && code !== Code.optedOut);
      if (!valid) {
        decisions.push({ ...pick(request), status: "void", position: null });
      } else if (day.freeSeats > 0) {
        day.freeSeats--;
        day.expected++;
        if (request.kind === "extra") day.extra++;
        else day.optedOut--;
        decisions.push({ ...pick(request), status: "confirmed", position: null });
      } else {
        waiting++;
        day.waitlisted++;
        decisions.push({ ...pick(request), status: "waitlisted", position: waiting });
      }
    }
  }
  return decisions;
}

const pick = ({ employeeId, date, kind }: EngineSeatRequest) => ({ employeeId, date, kind });
