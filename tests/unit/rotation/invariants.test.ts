import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alphabetFor,
  assignmentsOn,
  computeRotation,
  rotationRulesSchema,
  surnameInitial,
  type EngineInput,
  type RotationLocale,
  type Weekday,
} from "@/lib/rotation";
import { dayOffset, engineInput, FAMILY_NAMES, isoDay, planRules, snapshot, surnameGroups } from "./arbitraries";

const RUNS = { numRuns: 150 };

// Property tests are CPU-bound: on a busy shared machine they take far longer than the 5 s default.
describe("invariants of the rotation", { timeout: 120_000 }, () => {
  it("is deterministic, whatever order the database returns rows in", () => {
    fc.assert(
      fc.property(engineInput(), (input) => {
        const shuffled: EngineInput = {
          ...input,
          employees: [...input.employees].reverse(),
          teams: [...input.teams].reverse(),
          planVersions: [...input.planVersions].reverse(),
          closures: [...input.closures].reverse(),
          optOuts: [...input.optOuts].reverse(),
        };
        expect(snapshot(computeRotation(shuffled))).toEqual(snapshot(computeRotation(input)));
      }),
      RUNS,
    );
  });

  it("never expects more people than the office's capacity, and only leaves seats free when nobody was cut", () => {
    fc.assert(
      fc.property(engineInput(), (input) => {
        const result = computeRotation(input);
        for (const day of result.days) {
          const assignments = assignmentsOn(result, day.date);
          const count = (reason: string) => assignments.filter((a) => a.reason.kind === "not-expected" && a.reason.reason === reason).length;
          expect(day.expected).toBe(assignments.filter((a) => a.expected).length);
          expect(day.expected).toBeLessThanOrEqual(day.capacity);
          expect(day.freeSeats).toBe(day.capacity - day.expected);
          expect(day.cut).toBe(count("capacity-cut"));
          expect(day.optedOut).toBe(count("opted-out"));
          if (day.cut > 0) expect(day.freeSeats).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it("expects nobody on a closed day or a non-working weekday", () => {
    fc.assert(
      fc.property(engineInput(), (input) => {
        const result = computeRotation(input);
        const closed = new Set(input.closures.map((closure) => closure.date));
        for (const day of result.days) {
          const shut = closed.has(day.date) || !input.office.workingWeekdays.includes(day.weekday);
          if (!shut) continue;
          expect(day.expected).toBe(0);
          for (const { reason } of assignmentsOn(result, day.date)) {
            expect(reason.kind === "not-expected" && ["closed", "non-working-day", "inactive"].includes(reason.reason)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it("accounts for every employee on every day, inactive ones (and those after their end date or away) marked", () => {
    fc.assert(
      fc.property(engineInput(), (input) => {
        const result = computeRotation(input);
        const ids = input.employees.map((employee) => employee.id).sort();
        const byId = new Map(input.employees.map((employee) => [employee.id, employee]));
        for (const day of result.days) {
          const assignments = assignmentsOn(result, day.date);
          expect(assignments.map((assignment) => assignment.employeeId).sort()).toEqual(ids);
          for (const { employeeId, reason } of assignments) {
            const employee = byId.get(employeeId);
            const away = employee?.earlierPlaces?.find((place) => day.date < place.until)?.away === true;
            const gone = !employee?.active || (employee.endDate != null && day.date > employee.endDate) || away;
            const markedInactive = reason.kind === "not-expected" && reason.reason === "inactive";
            expect(markedInactive).toBe(gone);
          }
        }
      }),
      RUNS,
    );
  });

  it("never changes days before the effective date of a newly published version", () => {
    const scenario = engineInput().chain((input) =>
      fc.record({
        input: fc.constant(input),
        effective: fc.integer({ min: dayOffset(input.from), max: dayOffset(input.to) + 1 }),
        rules: planRules(input.office.locale, input.teams.map((team) => team.id)),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ input, effective, rules }) => {
        const published = isoDay(effective);
        const versions = input.planVersions.filter((version) => version.effectiveFrom !== published);
        const before = computeRotation({ ...input, planVersions: versions });
        const after = computeRotation({ ...input, planVersions: [...versions, { id: "new", effectiveFrom: published, rules }] });
        const earlier = (date: string) => date < published;
        expect(snapshot(after, earlier)).toEqual(snapshot(before, earlier));
      }),
      RUNS,
    );
  });

  it("gives the same answer for a day whatever range it is asked in", () => {
    const scenario = engineInput().chain((input) => {
      const first = dayOffset(input.from);
      const last = dayOffset(input.to);
      return fc
        .tuple(fc.integer({ min: first, max: last }), fc.integer({ min: first, max: last }))
        .map(([a, b]) => ({ input, from: isoDay(Math.min(a, b)), to: isoDay(Math.max(a, b)) }));
    });
    fc.assert(
      fc.property(scenario, ({ input, from, to }) => {
        const inside = (date: string) => date >= from && date <= to;
        const full = computeRotation(input);
        // As the app loads it: only the closures and opt-outs of the range asked for.
        const part = computeRotation({
          ...input,
          from,
          to,
          closures: input.closures.filter((closure) => inside(closure.date)),
          optOuts: input.optOuts.filter((optOut) => inside(optOut.date)),
        });
        expect(snapshot(part)).toEqual(snapshot(full, inside));
      }),
      RUNS,
    );
  });

  it("lets an opt-out or a closure change only its own day", () => {
    const scenario = engineInput().chain((input) =>
      fc.record({
        input: fc.constant(input),
        day: fc.integer({ min: dayOffset(input.from), max: dayOffset(input.to) }),
        who: fc.nat(),
        closure: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ input, day, who, closure }) => {
        const date = isoDay(day);
        const person = input.employees[who % Math.max(1, input.employees.length)];
        const changed: EngineInput = closure
          ? { ...input, closures: [...input.closures.filter((c) => c.date !== date), { date, reason: "Surprise" }] }
          : {
              ...input,
              optOuts: person
                ? [...input.optOuts.filter((o) => o.date !== date || o.employeeId !== person.id), { employeeId: person.id, date }]
                : input.optOuts,
            };
        const otherDays = (other: string) => other !== date;
        expect(snapshot(computeRotation(changed), otherDays)).toEqual(snapshot(computeRotation(input), otherDays));
      }),
      RUNS,
    );
  });

  describe("fairness of capacity cuts", () => {
    // Stable roster, one priority tier, no opt-outs: the setting in which the
    // rotation promises that nobody is cut twice before all their equals
    // (same group, same priority) were cut once.
    const scenario = fc
      .record({
        locale: fc.constantFrom<RotationLocale>("nb", "sv", "nl", "en"),
        names: fc.array(fc.constantFrom(...FAMILY_NAMES.filter((name) => name !== "李")), { minLength: 2, maxLength: 60 }),
        capacity: fc.integer({ min: 1, max: 25 }),
        effective: fc.integer({ min: -40, max: 0 }),
      })
      .chain((base) => surnameGroups(base.locale, 4).map((groups) => ({ ...base, groups })));

    it("cuts equals in turn: at any point, their cut counts differ by at most one", () => {
      fc.assert(
        fc.property(scenario, ({ locale, names, capacity, effective, groups }) => {
          const employees = names.map((familyName, index) => ({
            id: `e${index}`,
            familyName,
            teamId: null,
            startDate: "2020-01-06",
            active: true,
          }));
          const rules = rotationRulesSchema.parse({
            waves: [{ selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups } }],
          });
          const result = computeRotation({
            office: { id: "o", locale, capacityPerDay: capacity, workingWeekdays: [1, 2, 3, 4, 5, 6, 7] },
            teams: [],
            employees,
            planVersions: [{ id: "v", effectiveFrom: isoDay(effective), rules }],
            closures: [],
            optOuts: [],
            from: isoDay(0),
            to: isoDay(12 * 7 - 1),
          });
          const alphabet = alphabetFor(locale);
          const groupOf = (familyName: string) => {
            const letter = alphabet.indexOf(surnameInitial(familyName, locale) ?? "");
            return groups.findIndex((group) => alphabet.indexOf(group.from) <= letter && letter <= alphabet.indexOf(group.to));
          };
          const cuts = new Map(employees.map((employee) => [employee.id, 0]));
          for (const day of result.days) {
            const assignments = assignmentsOn(result, day.date);
            for (const assignment of assignments) {
              if (assignment.reason.kind === "not-expected" && assignment.reason.reason === "capacity-cut") {
                cuts.set(assignment.employeeId, (cuts.get(assignment.employeeId) ?? 0) + 1);
              }
            }
            groups.forEach((_, group) => {
              const members = employees.filter((employee) => groupOf(employee.familyName) === group);
              const counts = members.map((member) => cuts.get(member.id) ?? 0);
              if (counts.length > 0) expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
            });
          }
        }),
        RUNS,
      );
    });

    it("with closed days: equals' cut counts differ by at most one plus the turns that fell on closed days", () => {
      // A closure keeps the rotation in place (it changes only its own day),
      // so whoever's turn to be cut fell on a closed day is not cut for it:
      // at any point, a is cut at most 1 + closedTurns(b) times more than an
      // equal b, closedTurns(b) being the closed days on which it was b's turn
      // (read from the same plan without closures: the turns are the same).
      const withClosures = scenario.chain((base) =>
        fc.uniqueArray(fc.integer({ min: 0, max: 12 * 7 - 1 }), { minLength: 1, maxLength: 8 }).map((closed) => ({ ...base, closed })),
      );
      fc.assert(
        fc.property(withClosures, ({ locale, names, capacity, effective, groups, closed }) => {
          const employees = names.map((familyName, index) => ({ id: `e${index}`, familyName, teamId: null, startDate: "2020-01-06", active: true }));
          const rules = rotationRulesSchema.parse({
            waves: [{ selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups } }],
          });
          const input = {
            office: { id: "o", locale, capacityPerDay: capacity, workingWeekdays: [1, 2, 3, 4, 5, 6, 7] as Weekday[] },
            teams: [],
            employees,
            planVersions: [{ id: "v", effectiveFrom: isoDay(effective), rules }],
            closures: closed.map((day) => ({ date: isoDay(day), reason: "Closed" })),
            optOuts: [],
            from: isoDay(0),
            to: isoDay(12 * 7 - 1),
          };
          const result = computeRotation(input);
          const turns = computeRotation({ ...input, closures: [] });
          const closedDates = new Set(input.closures.map((closure) => closure.date));
          const alphabet = alphabetFor(locale);
          const groupOf = (familyName: string) => {
            const letter = alphabet.indexOf(surnameInitial(familyName, locale) ?? "");
            return groups.findIndex((group) => alphabet.indexOf(group.from) <= letter && letter <= alphabet.indexOf(group.to));
          };
          const isCut = (assignment: { reason: { kind: string; reason?: string } }) =>
            assignment.reason.kind === "not-expected" && assignment.reason.reason === "capacity-cut";
          const cuts = new Map(employees.map((employee) => [employee.id, 0]));
          const closedTurns = new Map(employees.map((employee) => [employee.id, 0]));
          for (const day of result.days) {
            for (const assignment of assignmentsOn(result, day.date)) {
              if (isCut(assignment)) cuts.set(assignment.employeeId, (cuts.get(assignment.employeeId) ?? 0) + 1);
            }
            if (closedDates.has(day.date)) {
              for (const assignment of assignmentsOn(turns, day.date)) {
                if (isCut(assignment)) closedTurns.set(assignment.employeeId, (closedTurns.get(assignment.employeeId) ?? 0) + 1);
              }
            }
            groups.forEach((_, group) => {
              const members = employees.filter((employee) => groupOf(employee.familyName) === group);
              const most = Math.max(...members.map((member) => cuts.get(member.id) ?? 0));
              for (const member of members) {
                expect(most - (cuts.get(member.id) ?? 0)).toBeLessThanOrEqual(1 + (closedTurns.get(member.id) ?? 0));
              }
            });
          }
        }),
        RUNS,
      );
    });

    it("spreads the cut over the groups sharing a day in proportion to their size", () => {
      // Two groups every day, 3 and 9 people, 4 seats: 8 cuts a day, so over
      // 12 weeks each person is cut about 8/12 of the days, in both groups.
      const employees = [
        ...["Berg", "Dahl", "Eide"],
        ...["Nilsen", "Moe", "Strand", "Torp", "Rønning", "Pettersen", "Ulstein", "Vik", "Lie"],
      ].map((familyName, index) => ({ id: `p${index}`, familyName, teamId: null, startDate: "2020-01-06", active: true }));
      const rules = rotationRulesSchema.parse({
        waves: [
          {
            selectors: [{ kind: "everyone" }],
            distribution: {
              rule: "surname",
              groups: [
                { from: "A", to: "H", weekdays: [1, 2, 3, 4, 5, 6, 7] },
                { from: "I", to: "Å", weekdays: [1, 2, 3, 4, 5, 6, 7] },
              ],
            },
          },
        ],
      });
      const result = computeRotation({
        office: { id: "o", locale: "nb", capacityPerDay: 4, workingWeekdays: [1, 2, 3, 4, 5, 6, 7] },
        teams: [],
        employees,
        planVersions: [{ id: "v", effectiveFrom: isoDay(0), rules }],
        closures: [],
        optOuts: [],
        from: isoDay(0),
        to: isoDay(83),
      });
      const cutDays = employees.map(
        (employee) => result.days.filter((day) => !assignmentsOn(result, day.date).find((a) => a.employeeId === employee.id)?.expected).length,
      );
      expect(Math.max(...cutDays) - Math.min(...cutDays)).toBeLessThanOrEqual(2);
      expect(cutDays.reduce((sum, days) => sum + days, 0)).toBe(84 * 8);
    });
  });
});
