import { describe, expect, it } from "vitest";
import {
  assignmentOf,
  assignmentsOn,
  computeRotation,
  dayLoads,
  expectedOn,
  RotationInputError,
  scheduleFor,
  type EngineEmployee,
  type EngineInput,
  type RotationResult,
} from "@/lib/rotation";
import { employee, input, localeOffice, office, rules, surnamePlan, team, WEEK } from "./fixtures";

const ALL_WEEKDAYS = [1, 2, 3, 4, 5] as const;

/** The fixtures' one unnamed wave. */
const everyoneWave = { name: null, selectors: ["everyone"] };

function reasonOf(result: RotationResult, date: string, person: EngineEmployee) {
  return assignmentOf(result, date, person.id).reason;
}

function names(result: RotationResult, date: string, people: readonly EngineEmployee[]): string[] {
  const expected = new Set(expectedOn(result, date));
  return people.filter((person) => expected.has(person.id)).map((person) => person.familyName);
}

/** Mondays from 2026-03-02 on. */
function mondays(count: number): string[] {
  return Array.from({ length: count }, (_, index) => new Date(Date.UTC(2026, 2, 2 + 7 * index)).toISOString().slice(0, 10));
}

describe("deciding who is expected in the office", () => {
  describe("surname letter groups", () => {
    const people = ["Ødegård", "Ås", "Æsøy", "Berg", "Hansen", "Lie"].map((name) => employee(name));

    it("brings each letter group in on its weekdays, in the Norwegian alphabet", () => {
      const result = computeRotation(input({ employees: people }));
      expect(names(result, WEEK.monday, people)).toEqual(["Berg", "Hansen"]);
      expect(names(result, WEEK.tuesday, people)).toEqual(["Lie"]);
      expect(names(result, WEEK.wednesday, people)).toEqual(["Ødegård", "Ås", "Æsøy"]);
      expect(names(result, WEEK.thursday, people)).toEqual([]);
    });

    it("explains an office day by the group and weekday", () => {
      const result = computeRotation(input({ employees: people }));
      expect(reasonOf(result, WEEK.wednesday, people[0] as EngineEmployee)).toEqual({
        kind: "assigned",
        rule: "surname",
        group: "R–Å",
        weekday: 3,
        wave: 1,
        waveName: everyoneWave,
      });
    });

    it("explains the other days as not their day, naming their days", () => {
      const result = computeRotation(input({ employees: people }));
      expect(reasonOf(result, WEEK.monday, people[0] as EngineEmployee)).toEqual({
        kind: "not-expected",
        reason: "not-their-day",
        rule: "surname",
        group: "R–Å",
        weekdays: [3],
        weeksInCycle: 1,
        weekOfCycle: 1,
        wave: 1,
        waveName: everyoneWave,
      });
    });

    it("puts Å, Ä and Ö after Z in a Swedish office", () => {
      const swedes = ["Åberg", "Älvström", "Öberg", "Lindqvist", "Andersson", "Ødegård"].map((name) => employee(name));
      const result = computeRotation(
        input({
          office: localeOffice("sv"),
          employees: swedes,
          planVersions: [
            {
              id: "v1",
              effectiveFrom: "2026-01-05",
              rules: surnamePlan([
                { from: "A", to: "Z", weekdays: [1] },
                { from: "Å", to: "Ö", weekdays: [2] },
              ]),
            },
          ],
        }),
      );
      expect(names(result, WEEK.monday, swedes)).toEqual(["Lindqvist", "Andersson"]);
      expect(names(result, WEEK.tuesday, swedes)).toEqual(["Åberg", "Älvström", "Öberg", "Ødegård"]);
    });

    it("skips particles in a Dutch office, so van der Berg comes with the B's", () => {
      const dutch = ["van der Berg", "de Vries", "'t Hart", "van den Broek", "ter Horst", "Jansen"].map((name) => employee(name));
      const result = computeRotation(
        input({
          office: localeOffice("nl"),
          employees: dutch,
          planVersions: [
            {
              id: "v1",
              effectiveFrom: "2026-01-05",
              rules: surnamePlan([
                { from: "A", to: "G", weekdays: [1] },
                { from: "H", to: "Z", weekdays: [2] },
              ]),
            },
          ],
        }),
      );
      expect(names(result, WEEK.monday, dutch)).toEqual(["van der Berg", "van den Broek"]);
      expect(names(result, WEEK.tuesday, dutch)).toEqual(["de Vries", "'t Hart", "ter Horst", "Jansen"]);
    });

    it("has no day for a name the office's alphabet cannot place, and says so", () => {
      const li = employee("李");
      const result = computeRotation(input({ employees: [li] }));
      expect(scheduleFor(result, li.id).filter((day) => day.expected)).toEqual([]);
      expect(reasonOf(result, WEEK.monday, li)).toEqual({ kind: "not-expected", reason: "no-group", rule: "surname", wave: 1, waveName: everyoneWave });
    });

    describe("on an alternating cycle of weeks", () => {
      const berg = employee("Berg");
      const ås = employee("Ås");
      const alternating = (cycleAnchor?: string) =>
        rules({
          ...(cycleAnchor ? { cycleAnchor } : {}),
          waves: [
            {
              selectors: [{ kind: "everyone" }],
              distribution: {
                rule: "surname",
                groups: [
                  { from: "A", to: "M", weekdays: [...ALL_WEEKDAYS], weeksInCycle: 2, weekOfCycle: 1 },
                  { from: "N", to: "Å", weekdays: [...ALL_WEEKDAYS], weeksInCycle: 2, weekOfCycle: 2 },
                ],
              },
            },
          ],
        });

      it("brings group 1 in the first week of the cycle and group 2 the next, starting from the anchor's week", () => {
        const result = computeRotation(
          input({
            employees: [berg, ås],
            planVersions: [{ id: "v1", effectiveFrom: "2026-01-05", rules: alternating("2026-03-04") }],
            from: "2026-03-02",
            to: "2026-03-20",
          }),
        );
        expect(names(result, "2026-03-02", [berg, ås])).toEqual(["Berg"]);
        expect(names(result, "2026-03-10", [berg, ås])).toEqual(["Ås"]);
        expect(names(result, "2026-03-20", [berg, ås])).toEqual(["Berg"]);
        expect(reasonOf(result, "2026-03-10", berg)).toMatchObject({ reason: "not-their-day", weeksInCycle: 2, weekOfCycle: 1 });
      });

      it("counts weeks from the version's effective date when there is no anchor", () => {
        const result = computeRotation(
          input({
            employees: [berg, ås],
            planVersions: [{ id: "v1", effectiveFrom: "2026-03-11", rules: alternating() }],
            from: "2026-03-09",
            to: "2026-03-20",
          }),
        );
        expect(names(result, "2026-03-11", [berg, ås])).toEqual(["Berg"]);
        expect(names(result, "2026-03-16", [berg, ås])).toEqual(["Ås"]);
      });

      it("keeps alternating across a year with 53 ISO weeks", () => {
        const result = computeRotation(
          input({
            employees: [berg, ås],
            planVersions: [{ id: "v1", effectiveFrom: "2026-01-05", rules: alternating("2026-01-05") }],
            from: "2026-12-21",
            to: "2027-01-08",
          }),
        );
        // ISO weeks 52 and 53 of 2026 and week 1 of 2027: an ISO-parity rule would repeat "odd".
        const groups = ["2026-12-21", "2026-12-28", "2027-01-04"].map((day) => names(result, day, [berg, ås]));
        expect(groups).toEqual([["Berg"], ["Ås"], ["Berg"]]);
      });
    });
  });

  describe("team days", () => {
    const sales = team("sales", { name: "Nordic Sales" });
    const support = team("support", { name: "Support" });
    const hansen = employee("Hansen", { teamId: "sales" });
    const lie = employee("Lie", { teamId: "sales" });
    const berg = employee("Berg", { teamId: "support" });
    const solo = employee("Solberg");
    const teamPlan = rules({
      waves: [
        {
          selectors: [{ kind: "everyone" }],
          distribution: {
            rule: "team",
            teams: [
              { teamId: "sales", weekdays: [1, 3] },
              { teamId: "support", weekdays: [2] },
            ],
          },
        },
      ],
    });
    const result = computeRotation(
      input({
        teams: [sales, support],
        employees: [hansen, lie, berg, solo],
        planVersions: [{ id: "v1", effectiveFrom: "2026-01-05", rules: teamPlan }],
      }),
    );

    it("brings all members of a team in together on the team's days", () => {
      expect(names(result, WEEK.monday, [hansen, lie, berg, solo])).toEqual(["Hansen", "Lie"]);
      expect(names(result, WEEK.tuesday, [hansen, lie, berg, solo])).toEqual(["Berg"]);
      expect(names(result, WEEK.wednesday, [hansen, lie, berg, solo])).toEqual(["Hansen", "Lie"]);
    });

    it("explains the day by the team's name", () => {
      expect(reasonOf(result, WEEK.monday, hansen)).toEqual({ kind: "assigned", rule: "team", group: "Nordic Sales", weekday: 1, wave: 1, waveName: everyoneWave });
    });

    it("has no day for someone without a team that has days", () => {
      expect(reasonOf(result, WEEK.monday, solo)).toEqual({ kind: "not-expected", reason: "no-group", rule: "team", wave: 1, waveName: everyoneWave });
    });
  });

  describe("priority waves", () => {
    const everyDay = { rule: "surname" as const, groups: [{ from: "A", to: "Å", weekdays: [...ALL_WEEKDAYS] }] };
    const essential = team("ops", { essential: true });
    const travel = team("travel", { servesHardHitCustomers: true });
    const plain = team("plain");
    const named = team("named");
    const newHire = employee("Nyberg", { startDate: "2026-03-02" });
    const veteran = employee("Gamle");
    const opsPerson = employee("Drift", { teamId: "ops" });
    const travelPerson = employee("Reise", { teamId: "travel" });
    const namedPerson = employee("Navn", { teamId: "named" });
    const plainPerson = employee("Vanlig", { teamId: "plain" });
    const people = [newHire, veteran, opsPerson, travelPerson, namedPerson, plainPerson];
    const phased = rules({
      waves: [
        {
          name: "First back",
          from: "2026-03-02",
          selectors: [{ kind: "new-hires", withinDays: 30 }, { kind: "essential-teams" }, { kind: "hard-hit-teams" }],
          distribution: everyDay,
        },
        { from: "2026-03-16", selectors: [{ kind: "teams", teamIds: ["named"] }], distribution: everyDay },
        { from: "2026-05-04", selectors: [{ kind: "everyone" }], distribution: everyDay },
      ],
    });
    const firstBack = { name: "First back", selectors: ["new-hires", "essential-teams", "hard-hit-teams"] };
    const run = (from: string, to: string) =>
      computeRotation(
        input({
          teams: [essential, travel, plain, named],
          employees: people,
          planVersions: [{ id: "v1", effectiveFrom: "2026-01-05", rules: phased }],
          from,
          to,
        }),
      );

    it("brings new hires, essential teams and teams serving hard-hit customers back first", () => {
      const result = run("2026-03-02", "2026-03-06");
      expect(names(result, WEEK.monday, people)).toEqual(["Nyberg", "Drift", "Reise"]);
      expect(reasonOf(result, WEEK.monday, newHire)).toEqual({ kind: "assigned", rule: "surname", group: "A–Å", weekday: 1, wave: 1, waveName: firstBack });
    });

    it("does not expect people before their wave starts, and says when it does", () => {
      const result = run("2026-03-02", "2026-03-20");
      expect(reasonOf(result, WEEK.monday, namedPerson)).toEqual({ kind: "not-expected", reason: "before-wave", wave: 2, waveName: { name: null, selectors: ["teams"] }, from: "2026-03-16" });
      expect(reasonOf(result, "2026-03-16", namedPerson)).toMatchObject({ kind: "assigned", wave: 2 });
      expect(reasonOf(result, "2026-03-16", veteran)).toEqual({ kind: "not-expected", reason: "before-wave", wave: 3, waveName: everyoneWave, from: "2026-05-04" });
    });

    it("counts someone as a new hire for their first N days, then moves them to the wave they belong to next", () => {
      const result = run("2026-03-30", "2026-04-01");
      expect(reasonOf(result, "2026-03-31", newHire)).toMatchObject({ kind: "assigned", wave: 1 });
      expect(reasonOf(result, "2026-04-01", newHire)).toEqual({ kind: "not-expected", reason: "before-wave", wave: 3, waveName: everyoneWave, from: "2026-05-04" });
    });

    it("expects nobody before their start date", () => {
      const result = run("2026-02-27", "2026-03-02");
      expect(reasonOf(result, "2026-02-27", newHire)).toEqual({ kind: "not-expected", reason: "not-started", startDate: "2026-03-02" });
      expect(reasonOf(result, "2026-03-02", newHire).kind).toBe("assigned");
    });

    it("brings everyone in once the last wave starts", () => {
      const result = run("2026-05-04", "2026-05-04");
      expect(names(result, "2026-05-04", people)).toEqual(["Nyberg", "Gamle", "Drift", "Reise", "Navn", "Vanlig"]);
    });

    it("leaves out people no wave selects", () => {
      const onlyEssential = rules({ waves: [{ selectors: [{ kind: "essential-teams" }], distribution: everyDay }] });
      const result = computeRotation(
        input({ teams: [essential], employees: [opsPerson, veteran], planVersions: [{ id: "v1", effectiveFrom: "2026-01-05", rules: onlyEssential }] }),
      );
      expect(reasonOf(result, WEEK.monday, veteran)).toEqual({ kind: "not-expected", reason: "no-wave" });
      expect(reasonOf(result, WEEK.monday, opsPerson).kind).toBe("assigned");
    });

    it("spreads each wave by its own rule: essential teams by team, everyone else by surname", () => {
      const mixed = rules({
        waves: [
          { selectors: [{ kind: "essential-teams" }], distribution: { rule: "team", teams: [{ teamId: "ops", weekdays: [5] }] } },
          {
            selectors: [{ kind: "everyone" }],
            distribution: { rule: "surname", groups: [{ from: "A", to: "M", weekdays: [1] }, { from: "N", to: "Å", weekdays: [2] }] },
          },
        ],
      });
      const result = computeRotation(
        input({ teams: [essential], employees: people, planVersions: [{ id: "v1", effectiveFrom: "2026-01-05", rules: mixed }] }),
      );
      expect(names(result, WEEK.friday, people)).toEqual(["Drift"]);
      expect(names(result, WEEK.monday, people)).toEqual(["Gamle"]);
      expect(names(result, WEEK.tuesday, people)).toEqual(["Nyberg", "Reise", "Navn", "Vanlig"]);
    });
  });

  describe("capacity", () => {
    const ops = team("ops", { essential: true });
    const travel = team("travel", { servesHardHitCustomers: true });
    const newHires = ["Ny", "Nybakk"].map((name) => employee(name, { startDate: "2026-03-01" }));
    const hardHit = ["Reise", "Reiersen"].map((name) => employee(name, { teamId: "travel" }));
    const essentials = ["Drift", "Driv"].map((name) => employee(name, { teamId: "ops" }));
    const others = ["Berg", "Hansen", "Lie", "Ås"].map((name) => employee(name));
    const everyone = [...newHires, ...hardHit, ...essentials, ...others];
    const mondayPlan = (order?: ("new-hires" | "hard-hit" | "essential" | "others")[]) =>
      rules({
        waves: [{ selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups: [{ from: "A", to: "Å", weekdays: [1] }] } }],
        ...(order ? { priority: { order } } : {}),
      });
    const onMonday = (capacity: number, order?: Parameters<typeof mondayPlan>[0]) =>
      computeRotation(
        input({
          office: office({ capacityPerDay: capacity }),
          teams: [ops, travel],
          employees: everyone,
          planVersions: [{ id: "v1", effectiveFrom: "2026-01-05", rules: mondayPlan(order) }],
          from: WEEK.monday,
          to: WEEK.monday,
        }),
      );

    it("never expects more people than the office's capacity", () => {
      for (const capacity of [0, 1, 5, 9, 10, 20]) {
        const [day] = onMonday(capacity).days;
        expect(day?.expected).toBe(Math.min(capacity, everyone.length));
        expect(day?.freeSeats).toBe(Math.max(0, capacity - everyone.length));
      }
    });

    it("keeps new hires first, then hard-hit customer teams, then essential teams", () => {
      const result = onMonday(5);
      const kept = new Set(expectedOn(result, WEEK.monday));
      expect([...newHires, ...hardHit].every((person) => kept.has(person.id))).toBe(true);
      expect(essentials.filter((person) => kept.has(person.id))).toHaveLength(1);
      expect(others.some((person) => kept.has(person.id))).toBe(false);
      expect(result.days[0]?.cut).toBe(5);
      expect(reasonOf(result, WEEK.monday, others[0] as EngineEmployee)).toEqual({
        kind: "not-expected",
        reason: "capacity-cut",
        priority: "others",
        rule: "surname",
        group: "A–Å",
        rotation: 1,
        of: 1,
      });
    });

    it("follows the plan's own priority order", () => {
      const result = onMonday(2, ["essential", "others", "new-hires", "hard-hit"]);
      expect(names(result, WEEK.monday, everyone)).toEqual(["Drift", "Driv"]);
    });

    describe("rotating the cut fairly among equals", () => {
      const seven = ["Berg", "Hansen", "Lie", "Ås", "Ødegård", "Æsøy", "Moe"].map((name) => employee(name));
      const weeks = mondays(14);
      const sevenOnMondays = (overrides: Partial<EngineInput> = {}) =>
        computeRotation(
          input({
            office: office({ capacityPerDay: 6 }),
            employees: seven,
            planVersions: [{ id: "v1", effectiveFrom: "2026-03-02", rules: mondayPlan() }],
            from: weeks[0],
            to: weeks.at(-1),
            ...overrides,
          }),
        );
      const cutOn = (result: RotationResult, day: string) =>
        seven.filter((person) => reasonOf(result, day, person).kind !== "assigned").map((person) => person.familyName);

      it("cuts everyone once before anyone is cut twice", () => {
        const result = sevenOnMondays();
        const firstRound = weeks.slice(0, 7).flatMap((day) => cutOn(result, day));
        const secondRound = weeks.slice(7).flatMap((day) => cutOn(result, day));
        expect(new Set(firstRound).size).toBe(7);
        expect(secondRound).toEqual(firstRound);
      });

      it("says which turn of the rotation a cut is", () => {
        const result = sevenOnMondays();
        const turns = weeks.slice(0, 7).map((day) => {
          const cut = seven.find((person) => reasonOf(result, day, person).kind !== "assigned") as EngineEmployee;
          return reasonOf(result, day, cut);
        });
        expect(turns.every((reason) => reason.kind === "not-expected" && reason.reason === "capacity-cut" && reason.of === 7)).toBe(true);
        expect(turns.map((reason) => (reason.kind === "not-expected" && reason.reason === "capacity-cut" ? reason.rotation : 0)).sort()).toEqual([
          1, 2, 3, 4, 5, 6, 7,
        ]);
      });

      it("does not cut by name order", () => {
        const result = sevenOnMondays();
        const order = weeks.slice(0, 7).flatMap((day) => cutOn(result, day));
        expect(order).not.toEqual([...order].sort());
      });

      it("frees an opted-out seat for the person whose turn it was, without moving anyone's later turns", () => {
        const plain = sevenOnMondays();
        const stayingHome = seven.find((person) => cutOn(plain, weeks[3] as string)[0] !== person.familyName) as EngineEmployee;
        const withOptOut = sevenOnMondays({ optOuts: [{ employeeId: stayingHome.id, date: weeks[3] as string }] });
        expect(cutOn(withOptOut, weeks[3] as string)).toEqual([stayingHome.familyName]);
        expect(reasonOf(withOptOut, weeks[3] as string, stayingHome)).toEqual({ kind: "not-expected", reason: "opted-out" });
        for (const day of [...weeks.slice(0, 3), ...weeks.slice(4)]) expect(cutOn(withOptOut, day)).toEqual(cutOn(plain, day));
      });

      it("does not reshuffle later turns when a day is closed", () => {
        const plain = sevenOnMondays();
        const closed = sevenOnMondays({ closures: [{ date: weeks[2] as string, reason: "Burst pipe" }] });
        for (const day of weeks.filter((_, index) => index !== 2)) expect(cutOn(closed, day)).toEqual(cutOn(plain, day));
      });
    });
  });

  describe("closures and non-working weekdays", () => {
    const people = ["Berg", "Lie", "Ås"].map((name) => employee(name));

    it("expects nobody on a closed day and moves nothing to another day", () => {
      const open = computeRotation(input({ employees: people }));
      const closed = computeRotation(input({ employees: people, closures: [{ date: WEEK.monday, reason: "Easter Monday" }] }));
      expect(expectedOn(closed, WEEK.monday)).toEqual([]);
      expect(closed.days[0]).toMatchObject({ status: "closed", closure: "Easter Monday", capacity: 0, expected: 0, freeSeats: 0 });
      expect(reasonOf(closed, WEEK.monday, people[0] as EngineEmployee)).toEqual({ kind: "not-expected", reason: "closed", closure: "Easter Monday" });
      for (const day of [WEEK.tuesday, WEEK.wednesday, WEEK.thursday, WEEK.friday]) {
        expect(expectedOn(closed, day)).toEqual(expectedOn(open, day));
      }
    });

    it("expects nobody on a weekday the office does not work", () => {
      const fourDayWeek = office({ workingWeekdays: [1, 2, 4, 5] });
      const result = computeRotation(input({ office: fourDayWeek, employees: people }));
      expect(result.days.map((day) => day.status)).toEqual(["open", "open", "non-working", "open", "open", "non-working", "non-working"]);
      expect(reasonOf(result, WEEK.wednesday, people[2] as EngineEmployee)).toEqual({ kind: "not-expected", reason: "non-working-day", weekday: 3 });
    });
  });

  describe("opting out", () => {
    const people = ["Berg", "Hansen", "Lie"].map((name) => employee(name));
    const [berg] = people as [EngineEmployee];

    it("does not expect someone who stays home, and shows their seat as free", () => {
      const result = computeRotation(
        input({ office: office({ capacityPerDay: 10 }), employees: people, optOuts: [{ employeeId: berg.id, date: WEEK.monday }] }),
      );
      expect(reasonOf(result, WEEK.monday, berg)).toEqual({ kind: "not-expected", reason: "opted-out" });
      expect(result.days[0]).toMatchObject({ expected: 1, optedOut: 1, freeSeats: 9 });
    });

    it("changes nothing on a day that was not theirs anyway", () => {
      const result = computeRotation(input({ employees: people, optOuts: [{ employeeId: berg.id, date: WEEK.tuesday }] }));
      expect(reasonOf(result, WEEK.tuesday, berg)).toMatchObject({ reason: "not-their-day" });
      expect(result.days[1]?.optedOut).toBe(0);
    });

    it("gives the freed seat to someone who would have been cut", () => {
      const result = computeRotation(
        input({ office: office({ capacityPerDay: 1 }), employees: people, optOuts: [{ employeeId: berg.id, date: WEEK.monday }] }),
      );
      expect(result.days[0]).toMatchObject({ expected: 1, optedOut: 1, cut: 0, freeSeats: 0 });
    });
  });

  describe("plan versions", () => {
    const berg = employee("Berg");
    const lie = employee("Lie");
    const people = [berg, lie];
    const mondays1 = surnamePlan([{ from: "A", to: "Å", weekdays: [1] }]);
    const tuesdays = surnamePlan([{ from: "A", to: "Å", weekdays: [2] }]);

    it("uses, for each day, the latest version in effect on it", () => {
      const result = computeRotation(
        input({
          employees: people,
          planVersions: [
            { id: "tuesdays", effectiveFrom: "2026-03-09", rules: tuesdays },
            { id: "mondays", effectiveFrom: "2026-03-02", rules: mondays1 },
          ],
          from: "2026-02-23",
          to: "2026-03-13",
        }),
      );
      expect(result.days.filter((day) => day.expected > 0).map((day) => day.date)).toEqual(["2026-03-02", "2026-03-10"]);
      expect(result.days.map((day) => day.planVersionId)).toEqual([
        ...Array<null>(7).fill(null),
        ...Array<string>(7).fill("mondays"),
        ...Array<string>(5).fill("tuesdays"),
      ]);
      expect(reasonOf(result, "2026-02-23", berg)).toEqual({ kind: "not-expected", reason: "no-plan" });
    });

    it("never changes days before a newly published version's effective date", () => {
      const base = { employees: people, from: "2026-03-02", to: "2026-03-31" };
      const before = computeRotation(input({ ...base, planVersions: [{ id: "mondays", effectiveFrom: "2026-03-02", rules: mondays1 }] }));
      const after = computeRotation(
        input({
          ...base,
          planVersions: [
            { id: "mondays", effectiveFrom: "2026-03-02", rules: mondays1 },
            { id: "tuesdays", effectiveFrom: "2026-03-18", rules: tuesdays },
          ],
        }),
      );
      const days = (result: RotationResult) => result.days.map((day) => ({ day, assignments: assignmentsOn(result, day.date) }));
      expect(days(after).slice(0, 16)).toEqual(days(before).slice(0, 16));
      expect(days(after).slice(16)).not.toEqual(days(before).slice(16));
    });

    it("lets the higher version win when two take effect the same day", () => {
      const result = computeRotation(
        input({
          employees: people,
          planVersions: [
            { id: "v2", version: 2, effectiveFrom: "2026-03-02", rules: tuesdays },
            { id: "v1", version: 1, effectiveFrom: "2026-03-02", rules: mondays1 },
          ],
        }),
      );
      expect(result.days[0]?.planVersionId).toBe("v2");
    });

    it("refuses two versions taking effect the same day without version numbers", () => {
      expect(() =>
        computeRotation(
          input({
            employees: people,
            planVersions: [
              { id: "a", effectiveFrom: "2026-03-02", rules: tuesdays },
              { id: "b", effectiveFrom: "2026-03-02", rules: mondays1 },
            ],
          }),
        ),
      ).toThrow("Plan versions a and b both take effect on 2026-03-02");
    });
  });

  describe("accounting for everyone", () => {
    const active = employee("Berg");
    const gone = employee("Borte", { active: false });

    it("marks inactive people inactive on every day", () => {
      const result = computeRotation(input({ employees: [active, gone] }));
      expect(scheduleFor(result, gone.id).map((day) => day.reason)).toEqual(Array(7).fill({ kind: "not-expected", reason: "inactive" }));
    });

    it("gives every employee a decision on every day", () => {
      const result = computeRotation(input({ employees: [active, gone] }));
      for (const day of result.days) {
        expect(assignmentsOn(result, day.date).map((assignment) => assignment.employeeId).sort()).toEqual([active.id, gone.id].sort());
      }
      expect(scheduleFor(result, active.id)).toHaveLength(7);
    });

    it("reports how full each day is without naming anyone", () => {
      const result = computeRotation(input({ employees: [active, gone] }));
      expect(dayLoads(result)[0]).toEqual({ date: WEEK.monday, status: "open", capacity: 1000, expected: 1, freeSeats: 999 });
    });
  });

  describe("people who leave or move on a known day", () => {
    it("counts someone up to their end date and as inactive after it", () => {
      const leaving = employee("Berg", { endDate: WEEK.monday });
      const result = computeRotation(input({ employees: [leaving] }));
      expect(reasonOf(result, WEEK.monday, leaving)).toMatchObject({ kind: "assigned", group: "A–H" });
      for (const date of [WEEK.tuesday, WEEK.saturday]) expect(reasonOf(result, date, leaving)).toEqual({ kind: "not-expected", reason: "inactive" });
    });

    it("gives no seat to someone who has left", () => {
      const leaving = employee("Berg", { endDate: WEEK.monday });
      const result = computeRotation(
        input({ employees: [leaving], seatRequests: [{ employeeId: leaving.id, date: WEEK.thursday, kind: "extra", queueKey: 1 }] }),
      );
      expect(result.seats).toEqual([{ employeeId: leaving.id, date: WEEK.thursday, kind: "extra", status: "void", position: null }]);
    });

    it("places someone who moved by where they were on each day", () => {
      // Berg until Monday, then married into the I–Q group.
      const moved = employee("Nilsen", { earlierPlaces: [{ until: WEEK.tuesday, teamId: null, familyName: "Berg" }] });
      const result = computeRotation(input({ employees: [moved] }));
      expect(reasonOf(result, WEEK.monday, moved)).toMatchObject({ kind: "assigned", group: "A–H" });
      expect(reasonOf(result, WEEK.tuesday, moved)).toMatchObject({ kind: "assigned", group: "I–Q" });
      expect(reasonOf(result, WEEK.wednesday, moved)).toMatchObject({ kind: "not-expected", reason: "not-their-day", group: "I–Q" });
    });

    it("refuses earlier places out of date order", () => {
      const muddled = employee("Nilsen", {
        earlierPlaces: [
          { until: WEEK.wednesday, teamId: null, familyName: "Berg" },
          { until: WEEK.tuesday, teamId: null, familyName: "Dahl" },
        ],
      });
      expect(() => computeRotation(input({ employees: [muddled] }))).toThrow(/must be in date order/);
      expect(() => computeRotation(input({ employees: [employee("Berg", { endDate: "2026-13-01" })] }))).toThrow(/endDate of employee/);
    });
  });

  describe("input it cannot use", () => {
    it("explains what is wrong", () => {
      const people = [employee("Berg")];
      expect(() => computeRotation(input({ employees: people, from: "2026-03-10", to: "2026-03-01" }))).toThrow(RotationInputError);
      expect(() => computeRotation(input({ employees: people, from: "2026-02-30" }))).toThrow('from is not a yyyy-MM-dd calendar date: "2026-02-30"');
      expect(() => computeRotation(input({ employees: [...people, ...people] }))).toThrow(/appears twice/);
      expect(() => computeRotation(input({ employees: people, office: office({ capacityPerDay: -1 }) }))).toThrow(/capacityPerDay/);
      const result = computeRotation(input({ employees: people }));
      expect(() => scheduleFor(result, "nobody")).toThrow("Employee nobody is not in this result");
      expect(() => assignmentsOn(result, "2027-01-01")).toThrow(/outside/);
    });
  });
});
