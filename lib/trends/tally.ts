import { plannedOn } from "@/lib/privacy/small-groups";
import { Part, peopleByDay, placementWaves, PRIORITY_CLASSES, visitPlacements, type RotationResult, type WaveGroup } from "@/lib/rotation";

/** What trends count per group and day; `people` is the group's people in the office that day, the rest are the engine's counts. */
export const COUNTS = ["people", "planned", "expected", "home", "extraConfirmed", "extraWaiting"] as const;
export type Count = (typeof COUNTS)[number];

/** Counts per group and day of the result: `counts[name][group * days + dayIndex]`. */
export interface GroupTally {
  groups: number;
  days: number;
  counts: Record<Count, Int32Array>;
}

export type Partition = "team" | "priority" | "wave";

/**
 * Everything trends are made of, per day of one engine result: the office's
 * counts (exactly the engine's day totals) and the same counts per team, per
 * priority class and per wave, each of which splits the office's people on
 * every day (the last group of each is "none": no team, or not placed by a
 * wave that day).
 */
export interface DayTallies {
  days: number;
  capacity: Int32Array;
  office: GroupTally;
  team: GroupTally;
  priority: GroupTally;
  wave: GroupTally;
  waves: WaveGroup[];
  /** People in two groups of different partitions at once, per day: a group inside another must not leave a small remainder. */
  crossings: Crossing[];
}

/** `people` and `planned` of (group a of partition `a`) and (group b of `b`): index (ga * groups of b + gb) * days + day. */
export interface Crossing {
  a: Partition;
  b: Partition;
  people: Int32Array;
  planned: Int32Array;
}

function emptyTally(groups: number, days: number): GroupTally {
  const counts = Object.fromEntries(COUNTS.map((name) => [name, new Int32Array(groups * days)])) as Record<Count, Int32Array>;
  return { groups, days, counts };
}

/**
 * Counts an engine result by group. `teamIds` lists the office's teams (their
 * order is the team groups' order); `teamOf` gives each person's team id (or
 * null). Pure and linear in people x days.
 */
export function tallyDays(result: RotationResult, teamIds: readonly string[], teamOf: ReadonlyMap<string, string | null>): DayTallies {
  const days = result.days.length;
  const waves = placementWaves(result);
  const office = emptyTally(1, days);
  const team = emptyTally(teamIds.length + 1, days);
  const priority = emptyTally(PRIORITY_CLASSES.length + 1, days);
  const wave = emptyTally(waves.length + 1, days);
  const capacity = new Int32Array(days);

  const people = peopleByDay(result);
  const waitingExtras = new Int32Array(days);
  const dayOf = new Map(result.days.map((day, index) => [day.date, index]));
  const rankOf = new Map(result.employeeIds.map((id, rank) => [id, rank]));
  const seatsByDay = new Map<number, { rank: number; kind: "extra" | "return"; status: "confirmed" | "waitlisted" }[]>();
  for (const seat of result.seats) {
    if (seat.status === "void") continue;
    const dayIndex = dayOf.get(seat.date) as number;
    if (seat.kind === "extra" && seat.status === "waitlisted") waitingExtras[dayIndex] = (waitingExtras[dayIndex] as number) + 1;
    const list = seatsByDay.get(dayIndex) ?? [];
    list.push({ rank: rankOf.get(seat.employeeId) as number, kind: seat.kind, status: seat.status });
    seatsByDay.set(dayIndex, list);
  }

  // The office: the engine's own day totals, as every other view shows them.
  result.days.forEach((day, index) => {
    capacity[index] = day.capacity;
    if (day.status !== "open") return;
    const counts = office.counts;
    counts.people[index] = people[index] as number;
    counts.planned[index] = plannedOn(day);
    counts.expected[index] = day.expected;
    counts.home[index] = day.optedOut;
    counts.extraConfirmed[index] = day.extra;
    counts.extraWaiting[index] = waitingExtras[index] as number;
  });

  const teamIndex = new Map(teamIds.map((id, index) => [id, index]));
  const teamOfRank = Int32Array.from(result.employeeIds, (id) => {
    const teamId = teamOf.get(id);
    return teamId == null ? teamIds.length : (teamIndex.get(teamId) ?? teamIds.length);
  });
  const noPriority = PRIORITY_CLASSES.length;
  const noWave = waves.length;
  const tallies = [team, priority, wave];
  const crossing = (a: Partition, b: Partition, groupsA: number, groupsB: number): Crossing => ({
    a,
    b,
    people: new Int32Array(groupsA * groupsB * days),
    planned: new Int32Array(groupsA * groupsB * days),
  });
  const teamPriority = crossing("team", "priority", team.groups, priority.groups);
  const teamWave = crossing("team", "wave", team.groups, wave.groups);
  const priorityWave = crossing("priority", "wave", priority.groups, wave.groups);

  // Per day, a histogram over (team, priority class, wave, part): one count per person in the hot
  // loop (every person on every open day), then the partitions and their crossings from its cells.
  const [teams, priorities, wavesCount] = [team.groups, priority.groups, wave.groups];
  const absent = Part.absent;
  const histogram = new Int32Array(teams * priorities * wavesCount * 4);
  const add = (tally: GroupTally, group: number, dayIndex: number, part: number, count: number) => {
    const at = group * days + dayIndex;
    const { counts } = tally;
    counts.people[at] = (counts.people[at] as number) + count;
    if (part === Part.notPlanned) return;
    counts.planned[at] = (counts.planned[at] as number) + count;
    if (part === Part.in) counts.expected[at] = (counts.expected[at] as number) + count;
    else if (part === Part.home) counts.home[at] = (counts.home[at] as number) + count;
  };
  const cross = (crossing: Crossing, groupsB: number, a: number, b: number, dayIndex: number, part: number, count: number) => {
    const at = (a * groupsB + b) * days + dayIndex;
    crossing.people[at] = (crossing.people[at] as number) + count;
    if (part !== Part.notPlanned) crossing.planned[at] = (crossing.planned[at] as number) + count;
  };
  visitPlacements(result, ({ dayIndex, part, priority: priorityOf, wave: waveOf }) => {
    const at = (rank: number, which: number) =>
      which === 0
        ? (teamOfRank[rank] as number) * days + dayIndex
        : which === 1
          ? ((priorityOf[rank] as number) < 0 ? noPriority : (priorityOf[rank] as number)) * days + dayIndex
          : ((waveOf[rank] as number) < 0 ? noWave : (waveOf[rank] as number)) * days + dayIndex;
    histogram.fill(0);
    for (let rank = 0; rank < part.length; rank++) {
      const kind = part[rank] as number;
      if (kind === absent) continue;
      const p = priorityOf[rank] as number;
      const w = waveOf[rank] as number;
      const cell = (((teamOfRank[rank] as number) * priorities + (p < 0 ? noPriority : p)) * wavesCount + (w < 0 ? noWave : w)) * 4 + kind;
      histogram[cell] = (histogram[cell] as number) + 1;
    }
    for (let cell = 0; cell < histogram.length; cell++) {
      const count = histogram[cell] as number;
      if (count === 0) continue;
      const kind = cell % 4;
      const w = Math.floor(cell / 4) % wavesCount;
      const p = Math.floor(cell / (4 * wavesCount)) % priorities;
      const t = Math.floor(cell / (4 * wavesCount * priorities));
      add(team, t, dayIndex, kind, count);
      add(priority, p, dayIndex, kind, count);
      add(wave, w, dayIndex, kind, count);
      cross(teamPriority, priorities, t, p, dayIndex, kind, count);
      cross(teamWave, wavesCount, t, w, dayIndex, kind, count);
      cross(priorityWave, wavesCount, p, w, dayIndex, kind, count);
    }
    // Seats beyond the plan count in the group of whoever asked.
    for (const seat of seatsByDay.get(dayIndex) ?? []) {
      for (let which = 0; which < 3; which++) {
        const { counts } = tallies[which] as GroupTally;
        const cell = at(seat.rank, which);
        if (seat.status === "confirmed") {
          counts.expected[cell] = (counts.expected[cell] as number) + 1;
          // A return takes the person from home back to the office.
          if (seat.kind === "return") counts.home[cell] = (counts.home[cell] as number) - 1;
          else counts.extraConfirmed[cell] = (counts.extraConfirmed[cell] as number) + 1;
        } else if (seat.kind === "extra") {
          counts.extraWaiting[cell] = (counts.extraWaiting[cell] as number) + 1;
        }
      }
    }
  });
  return { days, capacity, office, team, priority, wave, waves, crossings: [teamPriority, teamWave, priorityWave] };
}
