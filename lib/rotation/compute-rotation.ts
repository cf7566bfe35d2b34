import { allocateSeats } from "./allocate-seats";
import { buildRoster, type Roster } from "./build-roster";
import { formatDay, parseDay, weekdayOf, type DayNumber } from "./calendar-days";
import { compilePlan, type CompiledPlan } from "./compile-plan";
import { decideDay, openDesk } from "./decide-day";
import { buildTimelines, type Timelines } from "./employee-timeline";
import type { EngineEmployee, EngineInput, EngineOptOut, EnginePlanVersion, EngineTeam, RotationDay } from "./engine-types";
import { RotationInputError } from "./errors";
import { isRotationLocale, type RotationLocale } from "./locale-alphabet";
import type { DecisionGrid, RotationResult } from "./rotation-result";
import { scheduleCuts, type CutSchedule } from "./schedule-cuts";

/** Ten years: a guard against an accidental open-ended range. */
const MAX_RANGE_DAYS = 3660;

/**
 * Decides who is expected in the office on each day from `from` to `to`,
 * and why. Pure: the same input always gives the same result, a day's result
 * does not depend on the range it was asked in, and a plan version only
 * ever affects days from its effective date on.
 */
export function computeRotation(input: EngineInput): RotationResult {
  const firstDay = parseDay(input.from, "from");
  const lastDay = parseDay(input.to, "to");
  if (lastDay < firstDay) throw new RotationInputError(`from (${input.from}) is after to (${input.to})`);
  if (lastDay - firstDay >= MAX_RANGE_DAYS) throw new RotationInputError(`Ask for at most ${MAX_RANGE_DAYS} days at a time`);
  const { office } = input;
  if (!isRotationLocale(office.locale)) throw new RotationInputError(`Unsupported office locale "${office.locale}"`);
  if (!Number.isInteger(office.capacityPerDay) || office.capacityPerDay < 0) {
    throw new RotationInputError("capacityPerDay must be a whole number of people, 0 or more");
  }

  const roster = rosterFor(input.employees, input.teams, office.locale);
  const dayCount = lastDay - firstDay + 1;
  const workingMask = office.workingWeekdays.reduce((mask, weekday) => mask | (1 << weekday), 0);
  const closures = closuresByDay(input, firstDay, lastDay);
  const optOuts = optOutsByDay(input, roster, firstDay, dayCount);
  const versions = orderVersions(input.planVersions);

  const days: RotationDay[] = [];
  const versionOfDay = new Int32Array(dayCount);
  const rowOfDay = new Int32Array(dayCount).fill(-1);
  const planOfDay = new Int32Array(dayCount).fill(-1);
  let rows = 0;
  for (let offset = 0, version = -1; offset < dayCount; offset++) {
    const day = firstDay + offset;
    while (version + 1 < versions.length && (versions[version + 1] as OrderedVersion).fromDay <= day) version++;
    versionOfDay[offset] = version;
    const weekday = weekdayOf(day);
    const closure = closures.get(day) ?? null;
    const status = (workingMask & (1 << weekday)) === 0 ? "non-working" : closure !== null ? "closed" : "open";
    const plan = version >= 0 ? (versions[version] as OrderedVersion).source : null;
    if (status === "open" && plan) rowOfDay[offset] = rows++;
    const capacity = status === "open" ? office.capacityPerDay : 0;
    days.push({
      date: formatDay(day),
      weekday,
      status,
      closure: status === "closed" ? closure : null,
      planVersionId: plan?.id ?? null,
      capacity,
      expected: 0,
      freeSeats: capacity,
      optedOut: 0,
      cut: 0,
      extra: 0,
      waitlisted: 0,
    });
  }

  const cells = new Int32Array(rows * roster.size);
  const plans: CompiledPlan[] = [];
  const schedules: CutSchedule[] = [];
  for (let start = 0; start < dayCount; ) {
    const version = versionOfDay[start] as number;
    let end = start;
    while (end + 1 < dayCount && versionOfDay[end + 1] === version) end++;
    if (version >= 0) {
      const source = (versions[version] as OrderedVersion).source;
      const { plan, timelines } = compiledFor(source, roster, office.locale);
      const schedule = cutsFor(source, roster, `${office.capacityPerDay}|${workingMask}|${firstDay + start}|${firstDay + end}`, () =>
        scheduleCuts(plan, roster, timelines, office.capacityPerDay, workingMask, firstDay + start, firstDay + end),
      );
      const desk = openDesk(plan, roster, timelines, schedule, office.capacityPerDay);
      for (let offset = start; offset <= end; offset++) {
        planOfDay[offset] = plans.length;
        const row = rowOfDay[offset] as number;
        if (row < 0) continue;
        const marked = optOuts.ranks.subarray(optOuts.start[offset], optOuts.start[offset + 1]);
        for (const rank of marked) desk.optedOut[rank] = 1;
        const totals = decideDay(desk, firstDay + offset, cells.subarray(row * roster.size, (row + 1) * roster.size));
        for (const rank of marked) desk.optedOut[rank] = 0;
        const summary = days[offset] as RotationDay;
        summary.expected = totals.expected;
        summary.freeSeats = summary.capacity - totals.expected;
        summary.optedOut = totals.optedOut;
        summary.cut = totals.cut;
      }
      plans.push(plan);
      schedules.push(schedule);
    }
    start = end + 1;
  }

  const seats = allocateSeats(input.seatRequests ?? [], roster, days, cells, rowOfDay, firstDay);
  const grid: DecisionGrid = {
    rankOf: roster.rankOf,
    active: roster.active,
    startDates: roster.startDates,
    endDay: roster.endDay,
    places: roster.places,
    cells,
    rowOfDay,
    planOfDay,
    plans,
    schedules,
    firstDay,
    seatIndex: new Map(seats.map((decision) => [`${decision.employeeId}|${decision.date}`, decision])),
  };
  return { from: input.from, to: input.to, days, employeeIds: roster.ids, seats, grid };
}

/**
 * The roster and each version's compiled plan and timelines depend only on
 * the people, teams and plan, which change rarely, while opt-outs and seat
 * requests change all the time. Callers that pass the same (never mutated)
 * arrays again, as the app's engine-input cache does, skip rebuilding them:
 * for 10,000 people that is most of the work of deciding one day. Keyed by
 * object identity, so the result is exactly what a fresh build would give.
 */
const rosters = new WeakMap<readonly EngineEmployee[], { teams: readonly EngineTeam[]; locale: string; roster: Roster }>();
const compiled = new WeakMap<EnginePlanVersion, CompiledEntry>();

interface CompiledEntry {
  roster: Roster;
  locale: string;
  plan: CompiledPlan;
  timelines: Timelines;
  /** Cut schedules by capacity, working weekdays and day range: a handful of common ranges per version. */
  cuts: Map<string, CutSchedule>;
}

/** `key`: the capacity, working weekdays and day range the schedule is built for. */
function cutsFor(source: EnginePlanVersion, roster: Roster, key: string, build: () => CutSchedule): CutSchedule {
  const entry = compiled.get(source);
  if (!entry || entry.roster !== roster) return build();
  const hit = entry.cuts.get(key);
  if (hit) return hit;
  const schedule = build();
  entry.cuts.set(key, schedule);
  if (entry.cuts.size > 64) entry.cuts.delete(entry.cuts.keys().next().value as string);
  return schedule;
}

function rosterFor(employees: readonly EngineEmployee[], teams: readonly EngineTeam[], locale: RotationLocale): Roster {
  const hit = rosters.get(employees);
  if (hit && hit.teams === teams && hit.locale === locale) return hit.roster;
  const roster = buildRoster(employees, teams, locale);
  rosters.set(employees, { teams, locale, roster });
  return roster;
}

function compiledFor(source: EnginePlanVersion, roster: Roster, locale: RotationLocale): CompiledEntry {
  const hit = compiled.get(source);
  if (hit && hit.roster === roster && hit.locale === locale) return hit;
  const plan = compilePlan(source, roster, locale);
  const entry: CompiledEntry = { roster, locale, plan, timelines: buildTimelines(plan, roster), cuts: new Map() };
  compiled.set(source, entry);
  return entry;
}

interface OrderedVersion {
  fromDay: DayNumber;
  source: EnginePlanVersion;
}

/** By effective date; of two versions effective the same day the higher `version` wins. */
function orderVersions(versions: readonly EnginePlanVersion[]): OrderedVersion[] {
  const ordered = versions
    .map((source) => ({ fromDay: parseDay(source.effectiveFrom, `effectiveFrom of plan version ${source.id}`), source }))
    .sort((a, b) => a.fromDay - b.fromDay || (a.source.version ?? 0) - (b.source.version ?? 0));
  const kept: OrderedVersion[] = [];
  for (const entry of ordered) {
    const previous = kept.at(-1);
    if (previous && previous.fromDay === entry.fromDay) {
      if ((previous.source.version ?? 0) === (entry.source.version ?? 0)) {
        throw new RotationInputError(
          `Plan versions ${previous.source.id} and ${entry.source.id} both take effect on ${entry.source.effectiveFrom}`,
        );
      }
      kept[kept.length - 1] = entry;
    } else {
      kept.push(entry);
    }
  }
  return kept;
}

function closuresByDay(input: EngineInput, firstDay: DayNumber, lastDay: DayNumber): Map<DayNumber, string> {
  const closures = new Map<DayNumber, string>();
  for (const closure of input.closures) {
    const day = parseDay(closure.date, "closure date");
    if (day >= firstDay && day <= lastDay && !closures.has(day)) closures.set(day, closure.reason);
  }
  return closures;
}

/**
 * Ranks of the people staying home, grouped by day offset (a counting sort
 * into one typed array: there may be hundreds of thousands of opt-outs).
 * Opt-outs of unknown employees or outside the range are ignored.
 */
interface OptOutsByDay {
  /** Opt-outs of day offset d are ranks[start[d] .. start[d + 1] - 1]. */
  start: Int32Array;
  ranks: Int32Array;
}

function optOutsByDay(input: EngineInput, roster: Roster, firstDay: DayNumber, dayCount: number): OptOutsByDay {
  const optOuts = input.optOuts;
  const offsets = new Int32Array(optOuts.length).fill(-1);
  const ranks = new Int32Array(optOuts.length);
  const start = new Int32Array(dayCount + 1);
  // Rows for one person usually come together (a period at home).
  let lastId: string | null = null;
  let lastRank: number | undefined;
  for (let index = 0; index < optOuts.length; index++) {
    const optOut = optOuts[index] as EngineOptOut;
    const offset = parseDay(optOut.date, "opt-out date") - firstDay;
    if (offset < 0 || offset >= dayCount) continue;
    if (optOut.employeeId !== lastId) {
      lastId = optOut.employeeId;
      lastRank = roster.rankOf.get(lastId);
    }
    if (lastRank === undefined) continue;
    offsets[index] = offset;
    ranks[index] = lastRank;
    start[offset + 1] = (start[offset + 1] as number) + 1;
  }
  for (let day = 0; day < dayCount; day++) start[day + 1] = (start[day + 1] as number) + (start[day] as number);
  const fill = start.slice(0, dayCount);
  const sorted = new Int32Array(start[dayCount] as number);
  for (let index = 0; index < optOuts.length; index++) {
    const offset = offsets[index] as number;
    if (offset < 0) continue;
    sorted[fill[offset] as number] = ranks[index] as number;
    fill[offset] = (fill[offset] as number) + 1;
  }
  return { start, ranks: sorted };
}
