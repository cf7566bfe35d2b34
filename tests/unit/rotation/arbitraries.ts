import fc from "fast-check";
import {
  alphabetFor,
  assignmentsOn,
  PRIORITY_CLASSES,
  rotationRulesSchema,
  type Assignment,
  type EngineEmployee,
  type EngineInput,
  type EngineSeatRequest,
  type EngineTeam,
  type RotationDay,
  type RotationLocale,
  type RotationResult,
  type RotationRules,
  type SurnameGroupInput,
  type WaveInput,
  type Weekday,
} from "@/lib/rotation";

/** Random but realistic engine input for property tests. */

const BASE_DAY = Date.UTC(2026, 0, 1);
export function isoDay(offset: number): string {
  return new Date(BASE_DAY + offset * 86_400_000).toISOString().slice(0, 10);
}
export function dayOffset(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - BASE_DAY) / 86_400_000);
}

export const FAMILY_NAMES = [
  "Ødegård", "Ås", "Æsøy", "Berg", "Hansen", "Lie", "Aas", "Øst-Hansen", "Nilsen", "Johansen", "Dahl", "Moe",
  "Åberg", "Älvström", "Öberg", "Lindqvist", "Andersson", "Karlsson", "Nyström", "Wikström",
  "van der Berg", "de Vries", "'t Hart", "van den Broek", "ter Horst", "Jansen", "Bakker", "Visser", "Smit",
  "Müller", "Öztürk", "d'Artagnan", "Quist", "Yilmaz", "Zeller", "Christensen", "Fjeld", "Gran", "Iversen",
  "Kvist", "Pettersen", "Rønning", "Strand", "Torp", "Ulstein", "Eide", "李",
];

const locales = fc.constantFrom<RotationLocale>("nb", "da", "sv", "nl", "en", "de");
const weekdays = fc.subarray<Weekday>([1, 2, 3, 4, 5, 6, 7], { minLength: 1 });
const cycle = fc.integer({ min: 1, max: 3 }).chain((weeksInCycle) =>
  fc.record({ weeksInCycle: fc.constant(weeksInCycle), weekOfCycle: fc.integer({ min: 1, max: weeksInCycle }) }),
);

/** Letter groups that cover the locale's alphabet exactly once. */
export function surnameGroups(locale: RotationLocale, maxGroups = 5): fc.Arbitrary<SurnameGroupInput[]> {
  const alphabet = alphabetFor(locale);
  const cuts = fc.uniqueArray(fc.integer({ min: 1, max: alphabet.length - 1 }), { maxLength: maxGroups - 1 });
  return cuts.chain((points) => {
    const bounds = [0, ...[...points].sort((a, b) => a - b), alphabet.length];
    const ranges = bounds.slice(0, -1).map((start, index) => [start, (bounds[index + 1] as number) - 1] as const);
    return fc.tuple(...ranges.map(() => fc.tuple(weekdays, cycle))).map((slots) =>
      ranges.map(([from, to], index) => {
        const [days, { weeksInCycle, weekOfCycle }] = slots[index] as [Weekday[], { weeksInCycle: number; weekOfCycle: number }];
        return { from: alphabet[from] as string, to: alphabet[to] as string, weekdays: days, weeksInCycle, weekOfCycle };
      }),
    );
  });
}

function distribution(locale: RotationLocale, teamIds: string[]): fc.Arbitrary<WaveInput["distribution"]> {
  const bySurname = surnameGroups(locale).map((groups) => ({ rule: "surname" as const, groups }));
  if (teamIds.length === 0) return bySurname;
  const byTeam = fc
    .subarray(teamIds, { minLength: 1 })
    .chain((ids) => fc.tuple(...ids.map((teamId) => fc.record({ teamId: fc.constant(teamId), weekdays, weeksInCycle: fc.constant(1), weekOfCycle: fc.constant(1) }))))
    .map((teams) => ({ rule: "team" as const, teams }));
  return fc.oneof(bySurname, byTeam);
}

function selectors(teamIds: string[]): fc.Arbitrary<WaveInput["selectors"]> {
  const options: fc.Arbitrary<WaveInput["selectors"][number]>[] = [
    fc.integer({ min: 1, max: 90 }).map((withinDays) => ({ kind: "new-hires" as const, withinDays })),
    fc.constant({ kind: "essential-teams" as const }),
    fc.constant({ kind: "hard-hit-teams" as const }),
    fc.constant({ kind: "everyone" as const }),
  ];
  if (teamIds.length > 0) options.push(fc.subarray(teamIds, { minLength: 1 }).map((ids) => ({ kind: "teams" as const, teamIds: ids })));
  return fc.array(fc.oneof(...options), { minLength: 1, maxLength: 3 });
}

export function planRules(locale: RotationLocale, teamIds: string[]): fc.Arbitrary<RotationRules> {
  const wave = fc.record({ selectors: selectors(teamIds), distribution: distribution(locale, teamIds) });
  // Most plans end with a wave for everyone.
  const lastWave = fc.record({
    selectors: fc.oneof({ arbitrary: fc.constant([{ kind: "everyone" as const }]), weight: 3 }, { arbitrary: selectors(teamIds), weight: 1 }),
    distribution: distribution(locale, teamIds),
  });
  return fc
    .record({
      waves: fc.tuple(fc.array(wave, { maxLength: 2 }), lastWave).map(([first, last]) => [...first, last]),
      starts: fc.array(fc.integer({ min: -90, max: 90 }), { minLength: 3, maxLength: 3 }),
      firstHasStart: fc.boolean(),
      order: fc.shuffledSubarray([...PRIORITY_CLASSES], { minLength: PRIORITY_CLASSES.length }),
      newHireWithinDays: fc.integer({ min: 1, max: 60 }),
      anchor: fc.option(fc.integer({ min: -120, max: 120 }), { nil: undefined }),
    })
    .map(({ waves, starts, firstHasStart, order, newHireWithinDays, anchor }) => {
      const sorted = [...starts].sort((a, b) => a - b);
      return rotationRulesSchema.parse({
        ...(anchor === undefined ? {} : { cycleAnchor: isoDay(anchor) }),
        waves: waves.map((entry, index) => ({
          ...entry,
          ...(index > 0 || firstHasStart ? { from: isoDay(sorted[index] as number) } : {}),
        })),
        priority: { order, newHireWithinDays },
      });
    });
}

/**
 * Dated changes to a person's place: mostly none; sometimes an end date
 * (they left), earlier places (they moved between teams or surnames), or both.
 */
export function membershipChanges(
  teamId: fc.Arbitrary<string | null>,
  first: number,
  last: number,
): fc.Arbitrary<Pick<EngineEmployee, "endDate" | "earlierPlaces">> {
  // Some places are days away from the office (before arriving, or between leaving and coming back).
  const place = fc.record({ teamId, familyName: fc.constantFrom(...FAMILY_NAMES), away: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }) });
  const changes = fc.record({
    endDate: fc.option(fc.integer({ min: first, max: last }).map(isoDay), { nil: undefined }),
    earlierPlaces: fc.uniqueArray(fc.integer({ min: first, max: last }), { maxLength: 2 }).chain((days) =>
      fc.tuple(...days.map(() => place)).map((places) =>
        [...days]
          .sort((a, b) => a - b)
          .map((day, index) => {
            const { away, ...held } = places[index] as { teamId: string | null; familyName: string; away: boolean };
            return { until: isoDay(day), ...held, ...(away ? { away } : {}) };
          }),
      ),
    ),
  });
  return fc.oneof({ arbitrary: fc.constant({}), weight: 2 }, { arbitrary: changes, weight: 1 }).map((picked) => {
    const { endDate, earlierPlaces } = picked as Pick<EngineEmployee, "endDate" | "earlierPlaces">;
    return {
      ...(endDate === undefined ? {} : { endDate }),
      ...(earlierPlaces === undefined || earlierPlaces.length === 0 ? {} : { earlierPlaces }),
    };
  });
}

const teamArbitrary = (index: number): fc.Arbitrary<EngineTeam> =>
  fc.record({ essential: fc.boolean(), servesHardHitCustomers: fc.boolean() }).map((flags) => ({ id: `t${index}`, name: `Team ${index}`, ...flags }));

export interface InputOptions {
  maxEmployees?: number;
  maxDays?: number;
}

export function engineInput({ maxEmployees = 40, maxDays = 42 }: InputOptions = {}): fc.Arbitrary<EngineInput> {
  return fc
    .record({
      locale: locales,
      teamCount: fc.integer({ min: 0, max: 4 }),
      from: fc.integer({ min: 0, max: 120 }),
      length: fc.integer({ min: 1, max: maxDays }),
      capacity: fc.integer({ min: 0, max: 25 }),
      workingWeekdays: fc.oneof(
        { arbitrary: fc.constant<Weekday[]>([1, 2, 3, 4, 5]), weight: 3 },
        { arbitrary: fc.subarray<Weekday>([1, 2, 3, 4, 5, 6, 7]), weight: 1 },
      ),
    })
    .chain(({ locale, teamCount, from, length, capacity, workingWeekdays }) => {
      const teamIds = Array.from({ length: teamCount }, (_, index) => `t${index}`);
      const to = from + length - 1;
      const teamId = teamIds.length > 0 ? fc.option(fc.constantFrom(...teamIds), { nil: null }) : fc.constant(null);
      const employee = (index: number): fc.Arbitrary<EngineEmployee> =>
        fc
          .record({
            familyName: fc.constantFrom(...FAMILY_NAMES),
            teamId,
            start: fc.integer({ min: -200, max: to + 10 }),
            // One in ten inactive.
            roll: fc.nat({ max: 9 }),
            churn: membershipChanges(teamId, -120, to + 10),
          })
          .map(({ familyName, teamId, start, roll, churn }) => ({
            id: `e${index}`,
            familyName,
            teamId,
            startDate: isoDay(start),
            active: roll > 0,
            ...churn,
          }));
      return fc
        .record({
          teams: fc.tuple(...teamIds.map((_, index) => teamArbitrary(index))),
          employees: fc
            .oneof({ arbitrary: fc.integer({ min: 5, max: maxEmployees }), weight: 5 }, { arbitrary: fc.integer({ min: 0, max: 4 }), weight: 1 })
            .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => employee(index)))),
          versionStarts: fc.uniqueArray(fc.integer({ min: -60, max: to }), { minLength: 1, maxLength: 3 }),
          closures: fc.uniqueArray(fc.integer({ min: from - 10, max: to + 10 }), { maxLength: 6 }),
        })
        .chain(({ teams, employees, versionStarts, closures }) =>
          fc
            .record({
              rules: fc.tuple(...versionStarts.map(() => planRules(locale, teamIds))),
              optOuts:
                employees.length === 0
                  ? fc.constant<{ employee: number; day: number }[]>([])
                  : fc.array(fc.record({ employee: fc.nat({ max: employees.length - 1 }), day: fc.integer({ min: from - 5, max: to + 5 }) }), {
                      maxLength: 30,
                    }),
            })
            .map(
              ({ rules, optOuts }): EngineInput => ({
                office: { id: "office", locale, capacityPerDay: capacity, workingWeekdays },
                teams,
                employees,
                planVersions: versionStarts.map((start, index) => ({ id: `v${index}`, effectiveFrom: isoDay(start), rules: rules[index] as RotationRules })),
                closures: closures.map((day) => ({ date: isoDay(day), reason: `Closed ${day}` })),
                optOuts: uniqueBy(
                  optOuts.map(({ employee, day }) => ({ employeeId: (employees[employee] as EngineEmployee).id, date: isoDay(day) })),
                  (optOut) => `${optOut.employeeId}@${optOut.date}`,
                ),
                from: isoDay(from),
                to: isoDay(to),
              }),
            ),
        );
    });
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const value = key(item);
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  });
}

/** Everything a result says about some days, in a form toEqual can compare. */
export function snapshot(result: RotationResult, keep: (date: string) => boolean = () => true) {
  return result.days
    .filter((day) => keep(day.date))
    .map((day: RotationDay) => ({
      day,
      assignments: assignmentsOn(result, day.date).sort((a: Assignment, b: Assignment) => (a.employeeId < b.employeeId ? -1 : 1)),
    }));
}

/** Engine input with extra-day and return requests on its first two weeks. */
export function engineInputWithRequests(): fc.Arbitrary<EngineInput> {
  return engineInput().chain((base) =>
    fc
      .array(
        fc.record({
          person: fc.nat({ max: Math.max(0, base.employees.length - 1) }),
          day: fc.nat({ max: 13 }),
          kind: fc.constantFrom<EngineSeatRequest["kind"]>("extra", "return"),
          queueKey: fc.integer({ min: 0, max: 1000 }),
        }),
        { maxLength: 40 },
      )
      .map((raw): EngineInput => {
        const first = Date.parse(`${base.from}T00:00:00Z`);
        const seen = new Set<string>();
        const seatRequests = raw.flatMap(({ person, day, kind, queueKey }) => {
          const who = base.employees[person];
          const date = new Date(first + day * 86_400_000).toISOString().slice(0, 10);
          if (!who || date > base.to || seen.has(`${who.id}|${date}`)) return [];
          seen.add(`${who.id}|${date}`);
          return [{ employeeId: who.id, date, kind, queueKey }];
        });
        return { ...base, seatRequests };
      }),
  );
}
