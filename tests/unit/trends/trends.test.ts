import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plannedOn } from "@/lib/privacy/small-groups";
import { assignmentsOn, computeRotation, inputForDay, visitPlacements, type EngineInput, type RotationResult } from "@/lib/rotation";
import { breakdown, trendsBase, trendSeries, type TrendFigures } from "@/lib/trends/report";
import { COUNTS } from "@/lib/trends/tally";
import { engineInputWithRequests } from "../rotation/arbitraries";

const teamsOf = (input: EngineInput) => input.teams.map((team) => ({ id: team.id, name: team.name }));
const teamMap = (input: EngineInput) => new Map(input.employees.map((employee) => [employee.id, employee.teamId]));

/** The engine's answer for each day on its own, summed: what trends must equal. */
function perDaySums(input: EngineInput) {
  const sums = { planned: 0, expected: 0, stayedHome: 0, extraConfirmed: 0, extraWaiting: 0, capacity: 0 };
  for (const day of computeRotation(input).days) {
    if (day.status !== "open") continue;
    const alone = computeRotation(inputForDay(input, day.date));
    const [only] = alone.days;
    if (!only) throw new Error("no day");
    sums.planned += plannedOn(only);
    sums.expected += only.expected;
    sums.stayedHome += only.optedOut;
    sums.extraConfirmed += only.extra;
    sums.extraWaiting += alone.seats.filter((seat) => seat.kind === "extra" && seat.status === "waitlisted").length;
    sums.capacity += only.capacity;
  }
  return sums;
}

describe("trends", { timeout: 120_000 }, () => {
  it("equal the engine's per-day results summed over the period, with the rule off", () => {
    fc.assert(
      fc.property(engineInputWithRequests(), (input) => {
        const base = trendsBase(computeRotation(input), teamsOf(input), teamMap(input), 1);
        const { total, weeks, weekdays, days } = trendSeries(base, { kind: "office" });
        const sums = perDaySums(input);
        expect({
          planned: total.planned ?? 0,
          expected: total.expected ?? 0,
          stayedHome: total.stayedHome ?? 0,
          extraConfirmed: total.extraConfirmed ?? 0,
          extraWaiting: total.extraWaiting ?? 0,
          capacity: total.capacity ?? 0,
        }).toEqual(sums);
        expect(total.extraAsked ?? 0).toBe(sums.extraConfirmed + sums.extraWaiting);
        // Weeks, weekdays and heat-map cells each add up to the total.
        for (const rows of [weeks, weekdays, days]) {
          expect(rows.reduce((sum, row) => sum + (row.figures.expected ?? 0), 0)).toBe(sums.expected);
          expect(rows.reduce((sum, row) => sum + (row.figures.stayedHome ?? 0), 0)).toBe(sums.stayedHome);
        }
        // Every breakdown splits the office exactly.
        for (const partition of ["team", "priority", "wave"] as const) {
          const rows = breakdown(base, partition);
          for (const key of ["planned", "expected", "stayedHome", "extraConfirmed", "extraWaiting"] as const) {
            expect(rows.reduce((sum, row) => sum + (row.figures[key] ?? 0), 0)).toBe(total[key] ?? 0);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("count each team's people as the engine decided them, person by person", () => {
    fc.assert(
      fc.property(engineInputWithRequests(), (input) => {
        const result = computeRotation(input);
        const base = trendsBase(result, teamsOf(input), teamMap(input), 1);
        const teams = teamsOf(input);
        teams.forEach((team, index) => {
          const series = trendSeries(base, { kind: "team", team: index });
          for (const cell of series.days) {
            if (cell.status !== "open") continue;
            const members = assignmentsOn(result, cell.date).filter((assignment) => teamMap(input).get(assignment.employeeId) === team.id);
            expect(cell.figures.expected ?? 0).toBe(members.filter((assignment) => assignment.expected).length);
            const planned = members.filter(
              (assignment) =>
                assignment.reason.kind === "assigned" ||
                (assignment.reason.kind === "not-expected" && (assignment.reason.reason === "opted-out" || assignment.reason.reason === "capacity-cut")),
            );
            expect(cell.figures.planned ?? 0).toBe(planned.length);
          }
        });
      }),
      { numRuns: 40 },
    );
  });

  it("hold back every small group, and no held-back count equals a shown figure or the sum or difference of two", () => {
    const minGroup = 3;
    let checkedTargets = 0;
    fc.assert(
      fc.property(engineInputWithRequests(), (input) => {
        const result = computeRotation(input);
        const teams = teamsOf(input);
        const base = trendsBase(result, teams, teamMap(input), minGroup);
        const supports = personDaySupports(result, base, teamMap(input));
        // Every figure anyone may see: the office's days (the Capacity page) and weeks, each team's, and each breakdown.
        const shown: { planned: bigint; others: bigint }[] = [];
        const add = (support: { planned: bigint; others: bigint }) => shown.push(support);
        const seriesScopes = [{ kind: "office" as const }, ...teams.map((_, team) => ({ kind: "team" as const, team }))];
        for (const scope of seriesScopes) {
          const series = trendSeries(base, scope);
          const group = scope.kind === "office" ? supports.office : (supports.team[scope.team] as Map<number, Support>);
          const mask = scope.kind === "office" ? base.officeShown : base.shown.team;
          const groupIndex = scope.kind === "office" ? 0 : scope.team;
          const days = result.days.length;
          const over = (dates: string[]) => union(dates.map((date) => result.days.findIndex((day) => day.date === date)).filter((day) => mask[groupIndex * days + day] === 1).map((day) => group.get(day) ?? EMPTY));
          for (const week of series.weeks) add(over(series.days.filter((day) => day.week === week.week).map((day) => day.date)));
          for (const weekday of series.weekdays) add(over(series.days.filter((day) => day.weekday === weekday.weekday).map((day) => day.date)));
          for (const day of series.days) add(over([day.date]));
          add(over(series.days.map((day) => day.date)));
          // Nothing held back is ever counted.
          for (const day of series.days) if (day.figures.heldBack > 0) expect(day.figures.expected).toBeNull();
        }
        for (const partition of ["team", "priority", "wave"] as const) {
          const rows = breakdown(base, partition);
          const days = result.days.length;
          rows.forEach((_, group) => {
            const cells = result.days.map((__, day) => day).filter((day) => base.shown[partition][group * days + day] === 1);
            add(union(cells.map((day) => supports[partition][group]?.get(day) ?? EMPTY)));
            // A group smaller than the threshold shows nothing at all.
            const everyone = supports.members[partition][group] ?? 0;
            if (everyone > 0 && everyone < minGroup) expect(rows[group]?.figures.expected ?? null).toBeNull();
          });
        }
        // What is held back: each (group, day) cell not shown on an open day, per kind of count.
        const targets: { planned: Set<bigint>; others: Set<bigint> } = { planned: new Set(), others: new Set() };
        const days = result.days.length;
        for (let day = 0; day < days; day++) {
          if (result.days[day]?.status !== "open") continue;
          const hiddenCells = [base.officeShown[day] === 0 ? supports.office.get(day) : undefined];
          for (const partition of ["team", "priority", "wave"] as const) {
            supports[partition].forEach((cells, group) => {
              if (base.shown[partition][group * days + day] === 0) hiddenCells.push(cells.get(day));
            });
          }
          // A held-back cell's counts are about fewer than k people: those are what must stay hidden.
          for (const cell of hiddenCells) {
            for (const kind of ["planned", "others"] as const) {
              const size = popcount(cell?.[kind] ?? 0n);
              if (size > 0 && size < minGroup) targets[kind].add(cell?.[kind] as bigint);
            }
          }
        }
        for (const kind of ["planned", "others"] as const) {
          const values = [...new Set(shown.map((support) => support[kind]).filter((value) => value !== 0n))];
          for (const value of values) if (targets[kind].has(value)) throw new Error(`${kind} ${value.toString(2)} shown and held back`);
          for (const a of values) {
            for (const b of values) {
              if ((a & b) === 0n && targets[kind].has(a | b)) throw new Error(`${kind}: ${a.toString(2)} + ${b.toString(2)} is held back`);
              if ((a & b) === b && a !== b && targets[kind].has(a & ~b)) throw new Error(`${kind}: ${a.toString(2)} - ${b.toString(2)} is held back`);
            }
          }
          checkedTargets += targets[kind].size;
        }
      }),
      { numRuns: 80 },
    );
    // The generated offices did hold things back.
    expect(checkedTargets).toBeGreaterThan(20);
  });

  it("names no count for a tally it does not have", () => {
    expect(COUNTS).toContain("extraWaiting");
    const empty: TrendFigures = trendSeries(
      trendsBase(computeRotation({ office: { id: "o", locale: "en", capacityPerDay: 5, workingWeekdays: [1, 2, 3, 4, 5] }, teams: [], employees: [], planVersions: [], closures: [], optOuts: [], from: "2026-03-02", to: "2026-03-08" }), [], new Map(), 5),
      { kind: "office" },
    ).total;
    expect(empty).toMatchObject({ openDays: 5, heldBack: 5, expected: null, utilization: null });
  });
});

function popcount(value: bigint): number {
  let count = 0;
  for (let rest = value; rest > 0n; rest &= rest - 1n) count++;
  return count;
}

type Support = { planned: bigint; others: bigint };
const EMPTY: Support = { planned: 0n, others: 0n };
const union = (supports: Support[]): Support => supports.reduce((a, b) => ({ planned: a.planned | b.planned, others: a.others | b.others }), EMPTY);

/**
 * For every group and open day, the person-days its counts are made of, as
 * bit sets: the planned people (stay-homes, expected by the plan) and the
 * others (who alone can ask for extra days).
 */
function personDaySupports(result: RotationResult, base: ReturnType<typeof trendsBase>, teamOf: ReadonlyMap<string, string | null>) {
  const people = result.employeeIds.length;
  const bit = (day: number, rank: number) => 1n << BigInt(day * people + rank);
  const office = new Map<number, Support>();
  const make = (groups: number) => Array.from({ length: groups }, () => new Map<number, Support>());
  const partitions = { team: make(base.tallies.team.groups), priority: make(base.tallies.priority.groups), wave: make(base.tallies.wave.groups) };
  const members = { team: [] as number[], priority: [] as number[], wave: [] as number[] };
  const days = result.days.length;
  for (let day = 0; day < days; day++) {
    if (result.days[day]?.status !== "open") continue;
    for (const partition of ["team", "priority", "wave"] as const) {
      const tally = base.tallies[partition];
      for (let group = 0; group < tally.groups; group++) members[partition][group] = Math.max(members[partition][group] ?? 0, tally.counts.people[group * days + day] as number);
    }
  }
  const teamIndex = new Map(base.teams.map((team, index) => [team.id, index]));
  const teamOfRank = result.employeeIds.map((id) => teamIndex.get(teamOf.get(id) ?? "") ?? base.teams.length);
  visitPlacements(result, ({ dayIndex, part, priority, wave }) => {
    for (let rank = 0; rank < part.length; rank++) {
      if (part[rank] === 4) continue;
      const kind: keyof Support = part[rank] === 0 ? "others" : "planned";
      const cell = bit(dayIndex, rank);
      const into = (map: Map<number, Support>) => {
        const current = map.get(dayIndex) ?? EMPTY;
        map.set(dayIndex, { ...current, [kind]: current[kind] | cell });
      };
      into(office);
      into(partitions.team[teamOfRank[rank] as number] as Map<number, Support>);
      into(partitions.priority[(priority[rank] as number) < 0 ? base.tallies.priority.groups - 1 : (priority[rank] as number)] as Map<number, Support>);
      into(partitions.wave[(wave[rank] as number) < 0 ? base.tallies.wave.groups - 1 : (wave[rank] as number)] as Map<number, Support>);
    }
  });
  return { office, ...partitions, members };
}
