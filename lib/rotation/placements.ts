import type { CompiledCombo, CompiledPlan } from "./compile-plan";
import { TIER_COUNT } from "./compile-plan";
import type { WaveName } from "./reasons";
import { Code, CODE_BITS, CODE_MASK, type RotationResult } from "./rotation-result";
import { goneOn } from "./result-queries";
import { PRIORITY_CLASSES } from "./rules-schema";

/**
 * A person's part in the plan on an open day: in, at home on their day, cut
 * for capacity, not planned; or absent, not in the office that day
 * (inactive, left or away: counted nowhere).
 */
export const Part = { notPlanned: 0, in: 1, home: 2, cut: 3, absent: 4 } as const;
export type Part = (typeof Part)[keyof typeof Part];

/** A wave as trends group it across plan versions: its place in the plan and what it is called. */
export interface WaveGroup {
  key: string;
  number: number;
  name: WaveName;
}

/** One open day's placements, by rank (index into `result.employeeIds`); the arrays are reused from day to day. */
export interface DayPlacements {
  /** Index into `result.days`. */
  dayIndex: number;
  part: Uint8Array;
  /** Index into PRIORITY_CLASSES; -1 when no wave places the person that day. */
  priority: Int8Array;
  /** Index into the waves visitPlacements returns; -1 likewise. */
  wave: Int32Array;
}

/**
 * Reads the engine's per-person decisions day by day for reports that count
 * groups (trends), so they never re-derive the rules: for every open day, each
 * person's part in the plan, priority class and wave, as the engine decided.
 */
export function visitPlacements(result: RotationResult, visit: (day: DayPlacements) => void): WaveGroup[] {
  const { grid } = result;
  const size = result.employeeIds.length;
  const { waves, ringTables } = tables(result);
  const part = new Uint8Array(size);
  const priority = new Int8Array(size);
  const wave = new Int32Array(size);
  const day: DayPlacements = { dayIndex: 0, part, priority, wave };
  // Locals, not property reads, in the loop below: it runs for every person on every open day.
  const { active, cells, rowOfDay, planOfDay } = grid;
  // Imported constants read once: a bundler's module bindings may be getters.
  const [mask, bits, assigned, optedOut, cut, inactive, notStarted, noWave] = [CODE_MASK, CODE_BITS, Code.assigned, Code.optedOut, Code.capacityCut, Code.inactive, Code.notStarted, Code.noWave];
  const [absent, notPlanned, partIn, partHome, partCut] = [Part.absent, Part.notPlanned, Part.in, Part.home, Part.cut];
  for (let dayIndex = 0; dayIndex < result.days.length; dayIndex++) {
    if (result.days[dayIndex]?.status !== "open") continue;
    day.dayIndex = dayIndex;
    const row = rowOfDay[dayIndex] as number;
    if (row < 0) {
      for (let rank = 0; rank < size; rank++) part[rank] = goneOn(grid, rank, grid.firstDay + dayIndex) ? absent : notPlanned;
      priority.fill(-1);
      wave.fill(-1);
      visit(day);
      continue;
    }
    const table = ringTables[planOfDay[dayIndex] as number] as RingTable;
    const ringPriority = table.priority;
    const ringWave = table.wave;
    const base = row * size;
    for (let rank = 0; rank < size; rank++) {
      const cell = cells[base + rank] as number;
      const code = cell & mask;
      if (active[rank] === 0 || code === inactive || code === notStarted || code === noWave) {
        // Absent: not in the office that day (inactive, left, or away); else in it, but not planned.
        part[rank] = goneOn(grid, rank, grid.firstDay + dayIndex) ? absent : notPlanned;
        priority[rank] = -1;
        wave[rank] = -1;
        continue;
      }
      const ring = cell >> bits;
      part[rank] = code === assigned ? partIn : code === optedOut ? partHome : code === cut ? partCut : notPlanned;
      priority[rank] = ringPriority[ring] as number;
      wave[rank] = ringWave[ring] as number;
    }
    visit(day);
  }
  return waves;
}

/** The waves visitPlacements numbers, before visiting (to size a report's tables). */
export function placementWaves(result: RotationResult): WaveGroup[] {
  return tables(result).waves;
}

function tables(result: RotationResult) {
  const waves: WaveGroup[] = [];
  const waveIndex = new Map<string, number>();
  const ringTables = result.grid.plans.map((plan) => ringTable(plan, waves, waveIndex));
  return { waves, ringTables };
}

interface RingTable {
  priority: Int8Array;
  wave: Int32Array;
}

function ringTable(plan: CompiledPlan, waves: WaveGroup[], waveIndex: Map<string, number>): RingTable {
  const priority = new Int8Array(plan.ringCount);
  const wave = new Int32Array(plan.ringCount);
  for (let ring = 0; ring < plan.ringCount; ring++) {
    priority[ring] = PRIORITY_CLASSES.indexOf(plan.tierClasses[ring % TIER_COUNT] as (typeof PRIORITY_CLASSES)[number]);
    const combo = plan.combos[Math.floor(ring / TIER_COUNT)] as CompiledCombo;
    const name = (plan.waves[combo.wave] as CompiledPlan["waves"][number]).name;
    // The same wave in a later version (same place, same name or selectors) is one group.
    const key = `${combo.wave + 1}|${name.name ?? name.selectors.join(",")}`;
    let index = waveIndex.get(key);
    if (index === undefined) {
      index = waves.length;
      waves.push({ key, number: combo.wave + 1, name });
      waveIndex.set(key, index);
    }
    wave[ring] = index;
  }
  return { priority, wave };
}
