import type { EngineEarlierPlace, EngineEmployee, IsoDate } from "@/lib/rotation";

/** A person in the office now, or who left it. */
export interface PersonRow {
  id: string;
  officeId: string;
  familyName: string;
  teamId: string | null;
  startDate: IsoDate;
  active: boolean;
}

/** An earlier place held in the office (earlier_place). */
export interface PlaceRow extends EngineEarlierPlace {
  employeeId: string;
}

/** A departure from the office (office_departure): the last day counted and the place held then. */
export interface DepartureRow {
  employeeId: string;
  lastDay: IsoDate;
  teamId: string | null;
  familyName: string;
}

/**
 * Everyone the office's rotation knows (README "Dated changes"):
 * - people active in the office now, in their place now, with the places
 *   they held there before and the days they were away from it;
 * - people who left it (deactivated, or moved elsewhere), up to their last
 *   departure's last day, in the place they held then;
 * - people deactivated before departures were recorded: inactive on every day.
 */
export function officePeople(
  officeId: string,
  people: readonly PersonRow[],
  /** Oldest first. */
  places: readonly PlaceRow[],
  /** Oldest first. */
  departures: readonly DepartureRow[],
): EngineEmployee[] {
  const placesOf = new Map<string, EngineEarlierPlace[]>();
  for (const { employeeId, ...place } of places) {
    const list = placesOf.get(employeeId);
    if (list) list.push(place);
    else placesOf.set(employeeId, [place]);
  }
  // In date order: the last one a person has wins.
  const lastDeparture = new Map(departures.map((departure) => [departure.employeeId, departure]));
  return people.map((person) => {
    const earlierPlaces = placesOf.get(person.id);
    const base = { id: person.id, startDate: person.startDate, ...(earlierPlaces ? { earlierPlaces } : {}) };
    if (person.officeId === officeId && person.active) return { ...base, familyName: person.familyName, teamId: person.teamId, active: true };
    const departure = lastDeparture.get(person.id);
    if (departure) return { ...base, familyName: departure.familyName, teamId: departure.teamId, active: true, endDate: departure.lastDay };
    return { ...base, familyName: person.familyName, teamId: person.teamId, active: false };
  });
}

/** Counted in the office from today on: active and not leaving (the people who hear about their seats). */
export function isStillHere(employee: EngineEmployee): boolean {
  return employee.active && (employee.endDate ?? null) === null;
}
