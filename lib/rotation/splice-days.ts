import type { EngineInput, IsoDate } from "./engine-types";
import { RotationInputError } from "./errors";
import type { RotationResult } from "./rotation-result";

/**
 * A result for a range with some of its days replaced by fresh one-day
 * results: what a cache does after people's choices changed on a few days,
 * instead of deciding the whole range again.
 *
 * Sound because a day's decisions depend only on that day's choices (the
 * engine's invariants test this), provided every patch was computed from the
 * same people, teams, plans and closures as `base` (the same roster). The
 * base is not changed: readers may still hold it.
 */
export function spliceDays(base: RotationResult, patches: readonly RotationResult[]): RotationResult {
  if (patches.length === 0) return base;
  const size = base.employeeIds.length;
  const days = [...base.days];
  const cells = base.grid.cells.slice();
  const replaced = new Set<string>();
  for (const patch of patches) {
    if (patch.from !== patch.to) throw new RotationInputError(`A patch covers one day, not ${patch.from} to ${patch.to}`);
    if (patch.grid.rankOf !== base.grid.rankOf) throw new RotationInputError(`The patch for ${patch.from} was decided for other people`);
    const index = days.findIndex((day) => day.date === patch.from);
    if (index < 0) throw new RotationInputError(`${patch.from} is outside ${base.from} to ${base.to}`);
    const row = base.grid.rowOfDay[index] as number;
    const patchRow = patch.grid.rowOfDay[0] as number;
    if ((row < 0) !== (patchRow < 0) || days[index]?.status !== patch.days[0]?.status) {
      throw new RotationInputError(`The patch for ${patch.from} changes the day's status or plan, which needs a full decision`);
    }
    days[index] = patch.days[0] as RotationResult["days"][number];
    if (row >= 0) cells.set(patch.grid.cells.subarray(patchRow * size, (patchRow + 1) * size), row * size);
    replaced.add(patch.from);
  }
  const seats = [...base.seats.filter((seat) => !replaced.has(seat.date)), ...patches.flatMap((patch) => patch.seats)];
  seats.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    ...base,
    days,
    seats,
    grid: {
      ...base.grid,
      cells,
      seatIndex: new Map(seats.map((decision) => [`${decision.employeeId}|${decision.date}`, decision])),
    },
  };
}

/** The part of `input` that decides `date` alone: that day's closures and choices, the rest as it is. */
export function inputForDay(input: EngineInput, date: IsoDate): EngineInput {
  return {
    ...input,
    from: date,
    to: date,
    closures: input.closures.filter((closure) => closure.date === date),
    optOuts: input.optOuts.filter((optOut) => optOut.date === date),
    seatRequests: (input.seatRequests ?? []).filter((request) => request.date === date),
  };
}
