import { parseDay, tryParseDay } from "./calendar-days";
import type { EngineEarlierPlace, EngineEmployee, EngineTeam } from "./engine-types";
import { RotationInputError } from "./errors";
import type { RotationLocale } from "./locale-alphabet";
import { hashString } from "./stable-hash";
import { surnameLetterIndex } from "./surname-initial";

/**
 * Employees and teams as typed arrays, in "rank" order: sorted by a hash of
 * the employee id. Everything inside the engine indexes people by rank, so
 * the order capacity cuts walk through is the order of memory, and the
 * result does not depend on the order the database returned rows in.
 */
export interface Roster {
  size: number;
  ids: readonly string[];
  rankOf: ReadonlyMap<string, number>;
  /** The stable hash of each id (ascending: rank order is hash order). */
  hash: Uint32Array;
  active: Uint8Array;
  startDay: Int32Array;
  startDates: readonly string[];
  /** The last day counted (endDate), +Infinity for people still here. */
  endDay: Float64Array;
  /** Position of the surname's initial in the office alphabet, -1 for none. */
  letter: Int16Array;
  /** Index into teams, -1 for no (known) team. */
  team: Int32Array;
  teams: RosterTeams;
  places: EarlierPlaces;
}

/**
 * Earlier places (team and surname letter before a dated move), few and
 * far between: those of rank r are offset[r] .. offset[r + 1] - 1, oldest
 * first, each holding on days before its `until`.
 */
export interface EarlierPlaces {
  offset: Int32Array;
  until: Int32Array;
  letter: Int16Array;
  team: Int32Array;
  /** 1: not in the office on the place's days. */
  away: Uint8Array;
}

export interface RosterTeams {
  ids: readonly string[];
  names: readonly string[];
  indexOf: ReadonlyMap<string, number>;
  essential: Uint8Array;
  hardHit: Uint8Array;
}

const NO_PLACES: readonly EngineEarlierPlace[] = [];

// Sort keys pack hash * 2^20 + input position into one exactly representable double.
const MAX_EMPLOYEES = 1 << 20;

export function buildRoster(
  employees: readonly EngineEmployee[],
  teams: readonly EngineTeam[],
  locale: RotationLocale,
): Roster {
  const size = employees.length;
  if (size >= MAX_EMPLOYEES) throw new RotationInputError(`At most ${MAX_EMPLOYEES - 1} employees per call`);
  const rosterTeams = buildTeams(teams);
  const { order, hashes } = rankOrder(employees);

  const ids: string[] = new Array<string>(size);
  const startDates: string[] = new Array<string>(size);
  const rankOf = new Map<string, number>();
  const active = new Uint8Array(size);
  const startDay = new Int32Array(size);
  const hash = new Uint32Array(size);
  const endDay = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  const letter = new Int16Array(size);
  const team = new Int32Array(size);
  const letterCache = new Map<string, number>();
  const letterOf = (familyName: string): number => {
    let initial = letterCache.get(familyName);
    if (initial === undefined) {
      initial = surnameLetterIndex(familyName, locale);
      letterCache.set(familyName, initial);
    }
    return initial;
  };
  const teamOf = (teamId: string | null): number => (teamId === null ? -1 : (rosterTeams.indexOf.get(teamId) ?? -1));
  const earlier: (readonly EngineEarlierPlace[])[] = [];

  for (let rank = 0; rank < size; rank++) {
    const employee = employees[order[rank] as number] as EngineEmployee;
    if (rankOf.has(employee.id)) throw new RotationInputError(`Employee ${employee.id} appears twice`);
    ids[rank] = employee.id;
    hash[rank] = hashes[order[rank] as number] as number;
    rankOf.set(employee.id, rank);
    active[rank] = employee.active ? 1 : 0;
    startDates[rank] = employee.startDate;
    const start = tryParseDay(employee.startDate);
    if (Number.isNaN(start)) {
      throw new RotationInputError(`startDate of employee ${employee.id} is not a yyyy-MM-dd calendar date: "${employee.startDate}"`);
    }
    startDay[rank] = start;
    if (employee.endDate !== undefined && employee.endDate !== null) endDay[rank] = parseDay(employee.endDate, `endDate of employee ${employee.id}`);
    letter[rank] = letterOf(employee.familyName);
    team[rank] = teamOf(employee.teamId);
    earlier[rank] = employee.earlierPlaces ?? NO_PLACES;
  }
  return { size, ids, rankOf, hash, active, startDay, startDates, endDay, letter, team, teams: rosterTeams, places: packPlaces(earlier, ids, letterOf, teamOf) };
}

/** Earlier places as typed arrays, checked to be in date order. */
function packPlaces(
  earlier: readonly (readonly EngineEarlierPlace[])[],
  ids: readonly string[],
  letterOf: (familyName: string) => number,
  teamOf: (teamId: string | null) => number,
): EarlierPlaces {
  const size = ids.length;
  const offset = new Int32Array(size + 1);
  for (let rank = 0; rank < size; rank++) offset[rank + 1] = (offset[rank] as number) + (earlier[rank] as EngineEarlierPlace[]).length;
  const total = offset[size] as number;
  const until = new Int32Array(total);
  const letter = new Int16Array(total);
  const team = new Int32Array(total);
  const away = new Uint8Array(total);
  for (let rank = 0; rank < size; rank++) {
    (earlier[rank] as EngineEarlierPlace[]).forEach((place, index) => {
      const at = (offset[rank] as number) + index;
      until[at] = parseDay(place.until, `until of an earlier place of employee ${ids[rank]}`);
      if (index > 0 && (until[at] as number) <= (until[at - 1] as number)) {
        throw new RotationInputError(`earlierPlaces of employee ${ids[rank]} must be in date order, one per day`);
      }
      letter[at] = letterOf(place.familyName);
      team[at] = teamOf(place.teamId);
      away[at] = place.away === true ? 1 : 0;
    });
  }
  return { offset, until, letter, team, away };
}

function buildTeams(teams: readonly EngineTeam[]): RosterTeams {
  const indexOf = new Map<string, number>();
  const essential = new Uint8Array(teams.length);
  const hardHit = new Uint8Array(teams.length);
  teams.forEach((team, index) => {
    if (indexOf.has(team.id)) throw new RotationInputError(`Team ${team.id} appears twice`);
    indexOf.set(team.id, index);
    essential[index] = team.essential ? 1 : 0;
    hardHit[index] = team.servesHardHitCustomers ? 1 : 0;
  });
  return {
    ids: teams.map((team) => team.id),
    names: teams.map((team) => team.name),
    indexOf,
    essential,
    hardHit,
  };
}

/** Input positions sorted by (hash of id, id). */
function rankOrder(employees: readonly EngineEmployee[]): { order: Int32Array; hashes: Uint32Array } {
  const size = employees.length;
  const hashes = new Uint32Array(size);
  const keys = new Float64Array(size);
  for (let index = 0; index < size; index++) {
    const hash = hashString((employees[index] as EngineEmployee).id);
    hashes[index] = hash;
    keys[index] = hash * MAX_EMPLOYEES + index;
  }
  keys.sort();
  const order = new Int32Array(size);
  for (let rank = 0; rank < size; rank++) order[rank] = (keys[rank] as number) % MAX_EMPLOYEES;

  // Equal hashes are rare; order those by id so input order never matters.
  for (let start = 0; start < size; ) {
    let end = start + 1;
    const hash = hashes[order[start] as number];
    while (end < size && hashes[order[end] as number] === hash) end++;
    if (end - start > 1) {
      const tied = Array.from(order.subarray(start, end)).sort((a, b) =>
        compareIds((employees[a] as EngineEmployee).id, (employees[b] as EngineEmployee).id),
      );
      order.set(tied, start);
    }
    start = end;
  }
  return { order, hashes };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
