import { computeRotation, type EngineInput, type EngineOptOut, type EngineSeatRequest } from "../../lib/rotation";
import { breakdown, trendsBase, trendSeries } from "../../lib/trends/report";
import { buildScenario, random } from "./scenario";

/**
 * The Trends page's data for 10,000 people over two years (about 520
 * working days): the engine's result for the range (what getOfficeRotation
 * computes once per revision), then the tallies, the small-group rule and
 * the series and breakdowns the page shows. Stay-homes: 10% of people
 * every day, 3% of the rest at random; extra days asked for on 1% of
 * person-days. Prints the median of a few runs, cold (engine included) and
 * warm (the engine's result cached, as on every view after the first).
 */
export const TRENDS_FROM = "2024-03-04";
export const TRENDS_TO = "2026-03-01";
const FROM = TRENDS_FROM;
const TO = TRENDS_TO;
const DAYS = 728;

const day = (offset: number) => new Date(Date.parse(`${FROM}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

export function trendsScenario(size = 10_000): EngineInput {
  const base = buildScenario(size, { effectiveFrom: FROM, from: FROM, to: TO });
  const next = random(17);
  const optOuts: EngineOptOut[] = [];
  const seatRequests: EngineSeatRequest[] = [];
  for (const employee of base.employees) {
    const remote = next() < 0.1;
    for (let offset = 0; offset < DAYS; offset++) {
      if (offset % 7 >= 5) continue;
      if (remote || next() < 0.03) optOuts.push({ employeeId: employee.id, date: day(offset) });
      else if (next() < 0.01) seatRequests.push({ employeeId: employee.id, date: day(offset), kind: "extra", queueKey: Math.floor(next() * 1e6) });
    }
  }
  return { ...base, optOuts, seatRequests };
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function benchTrends(runs = 5): void {
  const input = trendsScenario();
  const teams = input.teams.map((team) => ({ id: team.id, name: team.name }));
  const teamOf = new Map(input.employees.map((employee) => [employee.id, employee.teamId]));
  const page = (result: ReturnType<typeof computeRotation>) => {
    const base = trendsBase(result, teams, teamOf, 5);
    trendSeries(base, { kind: "office" });
    trendSeries(base, { kind: "team", team: 0 });
    for (const partition of ["team", "priority", "wave"] as const) breakdown(base, partition);
  };
  const cold: number[] = [];
  const warm: number[] = [];
  // CPU time too: on a machine shared with other work the wall clock counts their turns as well.
  const warmCpu: number[] = [];
  const coldCpu: number[] = [];
  const cpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  let result = computeRotation(input);
  page(result);
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const cpuStart = cpu();
    result = computeRotation({ ...input, optOuts: [...input.optOuts] });
    const computed = performance.now();
    const cpuBefore = cpu();
    page(result);
    warmCpu.push(cpu() - cpuBefore);
    coldCpu.push(cpu() - cpuStart);
    const done = performance.now();
    cold.push(done - started);
    warm.push(done - computed);
  }
  const open = result.days.filter((entry) => entry.status === "open").length;
  console.log(
    `\nTrends page data, ${input.employees.length.toLocaleString("en")} people over ${open} working days ` +
      `(${input.optOuts.length.toLocaleString("en")} stay-homes, ${input.seatRequests?.length.toLocaleString("en")} extra-day requests): ` +
      `${median(cold).toFixed(0)} ms with the engine (${median(coldCpu).toFixed(0)} ms of CPU), ` +
      `${median(warm).toFixed(0)} ms from its cached result (${median(warmCpu).toFixed(0)} ms of CPU); median of ${runs}.`,
  );
}
