import { expectedDaysOf, type RotationResult } from "@/lib/rotation";

/** Someone who shares their office days with the viewer (the data layer picks them, by name: lib/data/sharing.ts). */
export interface Sharer {
  id: string;
  name: string;
  /** In the viewer's team: listed first. */
  teammate: boolean;
}

export interface DayColleagues {
  date: string;
  /** Teammates first, then others in the office, each by name (the first `limit` of them). */
  colleagues: Sharer[];
  /** All of them, however many `colleagues` holds. */
  count: number;
}

/**
 * Per day of the result, the sharers the engine expects that day (their
 * planned day they did not stay home on, or a confirmed extra day or
 * return): the engine's own answer, so a sharer who stays home or waits for
 * a seat is simply absent. Only people in `sharers` can appear, so nothing
 * here counts or hints at anyone who does not share.
 */
export function colleaguesByDay(result: RotationResult, sharers: readonly Sharer[], limit = Infinity): DayColleagues[] {
  // Teammates first, each group in the order given (by name): a stable partition, no sort per request.
  const ordered = [...sharers.filter((sharer) => sharer.teammate), ...sharers.filter((sharer) => !sharer.teammate)];
  const byId = new Map(ordered.map((sharer) => [sharer.id, sharer]));
  const expected = expectedDaysOf(
    result,
    ordered.map((sharer) => sharer.id),
    limit,
  );
  return result.days.map((day, index) => {
    const { ids, count } = day.status === "open" ? (expected[index] as { ids: string[]; count: number }) : { ids: [], count: 0 };
    return { date: day.date, colleagues: ids.map((id) => byId.get(id) as Sharer), count };
  });
}
