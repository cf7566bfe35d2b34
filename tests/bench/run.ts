import { computeRotation, type EngineInput, type RotationResult } from "../../lib/rotation";
import { buildScenario } from "./scenario";
import { benchTrends } from "./trends";

/**
 * `npm run bench`: how long computeRotation takes, median of several runs
 * after warm-up, on one core (the engine is synchronous). Prints numbers
 * only; no test asserts timings.
 */
interface Case {
  name: string;
  input: EngineInput;
  runs: number;
}

interface Row {
  scenario: string;
  employees: number;
  days: number;
  median: number;
  min: number;
  p95: number;
  cutDays: number;
  cutPeople: number;
}

const WARM_UP = 5;

function measure({ name, input, runs }: Case): Row {
  let result: RotationResult = computeRotation(input);
  for (let run = 1; run < WARM_UP; run++) result = computeRotation(input);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    result = computeRotation(input);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const open = result.days.filter((day) => day.status === "open");
  const cut = open.reduce((sum, day) => sum + day.cut, 0);
  const wanting = open.reduce((sum, day) => sum + day.expected + day.cut, 0);
  return {
    scenario: name,
    employees: input.employees.length,
    days: open.length,
    median: percentile(times, 0.5),
    min: times[0] ?? 0,
    p95: percentile(times, 0.95),
    cutDays: open.filter((day) => day.cut > 0).length / Math.max(1, open.length),
    cutPeople: cut / Math.max(1, wanting),
  };
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

function printTable(rows: Row[]): void {
  const header = ["scenario", "employees", "days", "median ms", "min ms", "p95 ms", "days cut", "people cut"];
  const cells = rows.map((row) => [
    row.scenario,
    row.employees.toLocaleString("en"),
    String(row.days),
    row.median.toFixed(1),
    row.min.toFixed(1),
    row.p95.toFixed(1),
    `${(row.cutDays * 100).toFixed(0)}%`,
    `${(row.cutPeople * 100).toFixed(1)}%`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => (line[column] ?? "").length)));
  const format = (line: string[]) =>
    line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  console.log(format(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const line of cells) console.log(format(line));
}

const quarter = "13 weeks, surname, 2 waves";
const cases: Case[] = [
  { name: quarter, input: buildScenario(10_000), runs: 25 },
  { name: quarter, input: buildScenario(50_000), runs: 9 },
  {
    // The cut rotation is replayed from the version's effective date, so a
    // short range late in a plan's life costs a little more than its days.
    name: "1 week, plan in force for a year",
    input: buildScenario(10_000, { effectiveFrom: "2025-04-21", from: "2026-04-20", to: "2026-04-26" }),
    runs: 25,
  },
];

console.log(`Node ${process.version}, ${WARM_UP} warm-up runs, then the median of each case's runs.\n`);
printTable(cases.map(measure));
benchTrends();
