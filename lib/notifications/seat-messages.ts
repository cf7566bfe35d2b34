import type { SeatChange } from "@/lib/seats/seat-changes";
import type { NotificationInput } from "./kinds";

/**
 * "You got a seat" / "you lost your seat": one message per person and kind
 * for everything one change did to them, with their own days only. `cause`
 * names the change, so each message's key is unique to it and the person.
 */
export function seatChangeMessages(changes: readonly SeatChange[], cause: string): NotificationInput[] {
  const byPerson = new Map<string, { employeeId: string; change: SeatChange["change"]; dates: string[] }>();
  for (const { employeeId, date, change } of changes) {
    const key = `${change}/${employeeId}`;
    const entry = byPerson.get(key) ?? { employeeId, change, dates: [] };
    entry.dates.push(date);
    byPerson.set(key, entry);
  }
  return [...byPerson.values()].map(({ employeeId, change, dates }) => ({
    employeeId,
    kind: change === "gained" ? ("seat-gained" as const) : ("seat-lost" as const),
    payload: { days: [...dates].sort().map((date) => ({ date })) },
    dedupeKey: `seat-${change}/${cause}/${employeeId}`,
  }));
}
