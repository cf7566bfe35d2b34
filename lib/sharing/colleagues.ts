import { expectedOn, type RotationResult } from "@/lib/rotation";

/** Someone who shares their office days with the viewer (the data layer picked them: lib/data/sharing.ts). */
export interface Sharer {
  id: string;
  name: string;
  /** In the viewer's team: listed first. */
  teammate: boolean;
}

export interface DayColleagues {
  date: string;
  /** Teammates first, then others in the office, each by name. */
  colleagues: Sharer[];
}

/**
 * Per day of the result, the sharers the engine expects that day (their
 * planned day they did not stay home on, or a confirmed extra day or
 * return): the engine's own answer, so a sharer who stays home or waits for
 * a seat is simply absent. Only people in `sharers` can appear, so nothing
 * here counts or hints at anyone who does not share.
 */
export function colleaguesByDay(result: RotationResult, sharers: readonly Sharer[]): DayColleagues[] {
  const byId = new Map(sharers.map((sharer) => [sharer.id, sharer]));
  const ordered = (a: Sharer, b: Sharer) => Number(b.teammate) - Number(a.teammate) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  return result.days.map((day) => ({
    date: day.date,
    colleagues:
      byId.size === 0 || day.status !== "open"
        ? []
        : [...new Set(expectedOn(result, day.date))].flatMap((id) => byId.get(id) ?? []).sort(ordered),
  }));
}
