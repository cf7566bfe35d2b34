import fc from "fast-check";
import {
  alphabetFor,
  assignmentsOn,
  computeRotation,
  PRIORITY_CLASSES,
  rotationRulesSchema,
  surnameInitial,
  type Assignment,
  type EngineEmployee,
  type EngineInput,
  type EngineTeam,
  type PriorityClass,
  type RotationLocale,
  type RotationResult,
  type SurnameGroupInput,
  type Weekday,
} from "@/lib/rotation";
import { FAMILY_NAMES, isoDay, membershipChanges, surnameGroups } from "./arbitraries";

/**
 * A model for testing the fairness of capacity cuts while people come and
 * go (README, "The exact bound"): among people who were equals (same wave,
 * group and priority) on every day of a period, whoever joined or left
 * meanwhile, a is cut at most 1 + m(b) times more than b over that period,
 * m(b) being b's turns in it that b did not have to take (a closed day, or
 * a seat freed by a stay-home). Who was whose equal on which day is worked
 * out here from the generated people and plan, independently of the engine.
 */

export const DAYS = 12 * 7;

export interface Scenario {
  input: EngineInput;
  /** New-hire wave first (its own letter groups), or one wave for everyone. */
  newHireWave: { withinDays: number; groups: SurnameGroupInput[] } | null;
  groups: SurnameGroupInput[];
  /** The everyone wave spreads people by team instead (each team on some weekdays), when there are teams. */
  teamDays: { teamId: string; weekdays: Weekday[] }[] | null;
  order: PriorityClass[];
  newHireWithinDays: number;
}

export const churnScenario: fc.Arbitrary<Scenario> = fc
  .record({
    locale: fc.constantFrom<RotationLocale>("nb", "sv", "nl", "en"),
    teams: fc.array(fc.record({ essential: fc.boolean(), servesHardHitCustomers: fc.boolean() }), { maxLength: 3 }),
    count: fc.integer({ min: 2, max: 40 }),
    capacity: fc.integer({ min: 1, max: 20 }),
    effective: fc.integer({ min: -40, max: 0 }),
    order: fc.shuffledSubarray([...PRIORITY_CLASSES], { minLength: PRIORITY_CLASSES.length }),
    newHireWithinDays: fc.integer({ min: 1, max: 40 }),
    weekdays: fc.constantFrom<Weekday[]>([1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5]),
    closed: fc.uniqueArray(fc.integer({ min: 0, max: DAYS - 1 }), { maxLength: 6 }),
  })
  .chain((base) => {
    const teams: EngineTeam[] = base.teams.map((flags, index) => ({ id: `t${index}`, name: `Team ${index}`, ...flags }));
    const teamId = teams.length > 0 ? fc.option(fc.constantFrom(...teams.map((team) => team.id)), { nil: null }) : fc.constant(null);
    // Most people are there all along; some start during the period, some
    // leave, some move between teams or surnames (several of these at once).
    const person = (index: number): fc.Arbitrary<EngineEmployee> =>
      fc
        .record({
          familyName: fc.constantFrom(...FAMILY_NAMES),
          teamId,
          start: fc.oneof({ arbitrary: fc.constant(-400), weight: 1 }, { arbitrary: fc.integer({ min: -60, max: DAYS }), weight: 1 }),
          churn: membershipChanges(teamId, -30, DAYS),
        })
        .map(({ familyName, teamId: team, start, churn }) => ({ id: `p${index}`, familyName, teamId: team, startDate: isoDay(start), active: true, ...churn }));
    return fc.record({
      base: fc.constant(base),
      teams: fc.constant(teams),
      employees: fc.tuple(...Array.from({ length: base.count }, (_, index) => person(index))),
      groups: surnameGroups(base.locale, 4),
      teamDays:
        teams.length === 0
          ? fc.constant(null)
          : fc.option(fc.tuple(...teams.map((team) => fc.record({ teamId: fc.constant(team.id), weekdays: fc.subarray<Weekday>([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }) }))), { nil: null }),
      newHireWave: fc.option(
        fc.record({ withinDays: fc.integer({ min: 1, max: 40 }), groups: surnameGroups(base.locale, 2) }),
        { nil: null },
      ),
      optOuts: fc.array(fc.record({ who: fc.nat({ max: base.count - 1 }), day: fc.integer({ min: 0, max: DAYS - 1 }) }), { maxLength: 30 }),
    });
  })
  .map(({ base, teams, employees, groups, teamDays, newHireWave, optOuts }) => {
    const everyone = {
      selectors: [{ kind: "everyone" }],
      distribution: teamDays ? { rule: "team", teams: teamDays } : { rule: "surname", groups },
    };
    const rules = rotationRulesSchema.parse({
      waves: newHireWave
        ? [{ selectors: [{ kind: "new-hires", withinDays: newHireWave.withinDays }], distribution: { rule: "surname", groups: newHireWave.groups } }, everyone]
        : [everyone],
      priority: { order: base.order, newHireWithinDays: base.newHireWithinDays },
    });
    // One stay-home per person and day.
    const stayHomes = new Map(optOuts.map(({ who, day }) => [`p${who}|${isoDay(day)}`, { employeeId: `p${who}`, date: isoDay(day) }]));
    const input: EngineInput = {
      office: { id: "o", locale: base.locale, capacityPerDay: base.capacity, workingWeekdays: base.weekdays },
      teams,
      employees,
      planVersions: [{ id: "v", effectiveFrom: isoDay(base.effective), rules }],
      closures: base.closed.map((day) => ({ date: isoDay(day), reason: "Closed" })),
      optOuts: [...stayHomes.values()],
      from: isoDay(0),
      to: isoDay(DAYS - 1),
    };
    return { input, newHireWave, groups, teamDays, order: base.order, newHireWithinDays: base.newHireWithinDays };
  });

/** Who is whose equal on a day: a key per person and day (null: not in the rotation that day). */
export function equalsKey(scenario: Scenario): (employee: EngineEmployee, day: number) => string | null {
  const { input, newHireWave, groups, teamDays, order, newHireWithinDays } = scenario;
  const alphabet = alphabetFor(input.office.locale);
  const teams = new Map(input.teams.map((team) => [team.id, team]));
  const groupOf = (list: SurnameGroupInput[], familyName: string) => {
    const letter = alphabet.indexOf(surnameInitial(familyName, input.office.locale) ?? "");
    return list.findIndex((group) => alphabet.indexOf(group.from) <= letter && letter <= alphabet.indexOf(group.to));
  };
  return (employee, day) => {
    const start = Math.round((Date.parse(`${employee.startDate}T00:00:00Z`) - Date.parse(`${isoDay(0)}T00:00:00Z`)) / 86_400_000);
    if (day < start || (employee.endDate != null && isoDay(day) > employee.endDate)) return null;
    const earlier = employee.earlierPlaces?.find((held) => isoDay(day) < held.until);
    if (earlier?.away) return null;
    const place = earlier ?? employee;
    const team = place.teamId === null ? undefined : teams.get(place.teamId);
    const daysIn = day - start;
    const wave = newHireWave && daysIn < newHireWave.withinDays ? 0 : 1;
    const group =
      wave === 0 && newHireWave
        ? groupOf(newHireWave.groups, place.familyName)
        : teamDays
          ? teamDays.findIndex((slot) => slot.teamId === place.teamId)
          : groupOf(groups, place.familyName);
    if (group < 0) return null;
    const applies: Record<PriorityClass, boolean> = {
      "new-hires": daysIn < newHireWithinDays,
      "hard-hit": team?.servesHardHitCustomers === true,
      essential: team?.essential === true,
      others: true,
    };
    return `${wave}|${group}|${order.find((priorityClass) => applies[priorityClass])}`;
  };
}

export const isCut = (assignment: Assignment | undefined) =>
  assignment?.reason.kind === "not-expected" && assignment.reason.reason === "capacity-cut";

/** Per person, per day of the range: 1 if cut for capacity. */
export function cutsByPerson(result: RotationResult, ids: readonly string[]): Map<string, number[]> {
  const cuts = new Map(ids.map((id) => [id, new Array<number>(result.days.length).fill(0)]));
  result.days.forEach((day, index) => {
    for (const assignment of assignmentsOn(result, day.date)) {
      if (isCut(assignment)) (cuts.get(assignment.employeeId) as number[])[index] = 1;
    }
  });
  return cuts;
}

/**
 * The most by which `a` exceeds `b` (counting `b`'s untaken turns for `b`)
 * over any stretch of days on which `same` holds throughout.
 */
export function worstExcess(a: number[], b: number[], untakenB: number[], same: boolean[]): number {
  let worst = Number.NEGATIVE_INFINITY;
  let sum = 0;
  let lowest = 0;
  for (let day = 0; day < same.length; day++) {
    if (!same[day]) {
      sum = 0;
      lowest = 0;
      continue;
    }
    sum += (a[day] as number) - (b[day] as number) - (untakenB[day] as number);
    worst = Math.max(worst, sum - lowest);
    lowest = Math.min(lowest, sum);
  }
  return worst;
}


/**
 * The first breach of the fairness bound in a scenario, described, or null.
 * Also checks that nobody is cut but on their turn.
 */
export function fairnessViolation(generated: Scenario): string | null {
  const { input } = generated;
  const ids = input.employees.map((employee) => employee.id);
  const actual = cutsByPerson(computeRotation(input), ids);
  // The turns: the same people and plan with every day open and nobody at home.
  const turns = cutsByPerson(computeRotation({ ...input, closures: [], optOuts: [] }), ids);
  const key = equalsKey(generated);
  const keys = input.employees.map((employee) => Array.from({ length: DAYS }, (_, day) => key(employee, day)));
  const untaken = new Map(ids.map((id) => [id, (turns.get(id) as number[]).map((turn, day) => turn - ((actual.get(id) as number[])[day] as number))]));
  const none = new Array<number>(DAYS).fill(0);
  for (const id of ids) {
    const day = (untaken.get(id) as number[]).findIndex((value) => value < 0);
    if (day >= 0) return `${id} was cut on ${isoDay(day)}, which was not their turn`;
  }
  for (let i = 0; i < ids.length; i++) {
    for (let j = 0; j < ids.length; j++) {
      if (i === j) continue;
      const a = ids[i] as string;
      const b = ids[j] as string;
      const same = (keys[i] as (string | null)[]).map((keyA, day) => keyA !== null && keyA === (keys[j] as (string | null)[])[day]);
      if (!same.some(Boolean)) continue;
      // Turns alone: within one of each other, whoever came and went.
      const turnExcess = worstExcess(turns.get(a) as number[], turns.get(b) as number[], none, same);
      if (turnExcess > 1) return `${a} had ${turnExcess} more turns than ${b} while they were equals`;
      // What happened: at most one more, plus b's turns b did not have to take.
      const excess = worstExcess(actual.get(a) as number[], actual.get(b) as number[], untaken.get(b) as number[], same);
      if (excess > 1) return `${a} was cut ${excess} more times than ${b} (counting ${b}'s untaken turns) while they were equals`;
    }
  }
  return null;
}
