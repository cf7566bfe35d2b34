import { PRIORITY_CLASSES, type DayStatus, type IsoDate, type PriorityClass, type RotationResult, type WaveGroup, type WaveName } from "@/lib/rotation";
import { officeShownDays, separateNestedGroups, shownCells } from "./suppress";
import { tallyDays, type DayTallies, type GroupTally, type Partition } from "./tally";

/**
 * A period's figures for one group (the office, or a team, a priority class,
 * a wave), summed over its open days whose counts may be shown; `heldBack`
 * open days are left out (README "Small groups"). Every count is null when
 * no day could be shown. `capacity` and `utilization` are the office's only.
 */
export interface TrendFigures {
  openDays: number;
  heldBack: number;
  capacity: number | null;
  planned: number | null;
  expected: number | null;
  stayedHome: number | null;
  /** Stayed home ÷ planned, 0 to 1. */
  stayHomeShare: number | null;
  extraAsked: number | null;
  extraConfirmed: number | null;
  extraWaiting: number | null;
  /** Expected ÷ capacity. */
  utilization: number | null;
}

export interface TrendDay {
  date: IsoDate;
  /** The Monday of its ISO week. */
  week: IsoDate;
  weekday: number;
  status: DayStatus;
  figures: TrendFigures;
}

export interface TrendSeries {
  weeks: { week: IsoDate; figures: TrendFigures }[];
  /** Every working day: the cells of the weekday x week heat map. */
  days: TrendDay[];
  weekdays: { weekday: number; figures: TrendFigures }[];
  total: TrendFigures;
}

export type GroupLabel =
  | { kind: "team"; teamId: string; name: string }
  | { kind: "priority"; priority: PriorityClass }
  | { kind: "wave"; number: number; name: WaveName }
  | { kind: "none" };

export interface GroupRow {
  key: string;
  label: GroupLabel;
  figures: TrendFigures;
}

/** Tallies and what may be shown of them: computed once per engine result. */
export interface TrendsBase {
  result: RotationResult;
  tallies: DayTallies;
  officeShown: Uint8Array;
  shown: Record<Partition, Uint8Array>;
  teams: readonly { id: string; name: string }[];
}

export function trendsBase(result: RotationResult, teams: readonly { id: string; name: string }[], teamOf: ReadonlyMap<string, string | null>, minGroup: number): TrendsBase {
  const tallies = tallyDays(result, teams.map((team) => team.id), teamOf);
  const statuses = result.days.map((day) => day.status);
  const officeShown = officeShownDays(tallies.office, statuses, minGroup);
  const shown = {
    team: shownCells(tallies.team, officeShown, statuses, minGroup),
    priority: shownCells(tallies.priority, officeShown, statuses, minGroup),
    wave: shownCells(tallies.wave, officeShown, statuses, minGroup),
  };
  separateNestedGroups(tallies, tallies.crossings, shown, statuses, minGroup);
  return { result, tallies, officeShown, shown, teams };
}

/** Sums a group's shown days among `dayIndices`. `capacity` only for the office. */
function figuresOver(base: TrendsBase, tally: GroupTally, shown: Uint8Array, group: number, dayIndices: readonly number[], withCapacity: boolean): TrendFigures {
  const { counts, days } = tally;
  let openDays = 0;
  let heldBack = 0;
  let capacity = 0;
  const sums = { planned: 0, expected: 0, home: 0, extraConfirmed: 0, extraWaiting: 0 };
  for (const day of dayIndices) {
    if (base.result.days[day]?.status !== "open") continue;
    openDays++;
    const at = group * days + day;
    if (shown[at] === 0) {
      heldBack++;
      continue;
    }
    capacity += base.tallies.capacity[day] as number;
    sums.planned += counts.planned[at] as number;
    sums.expected += counts.expected[at] as number;
    sums.home += counts.home[at] as number;
    sums.extraConfirmed += counts.extraConfirmed[at] as number;
    sums.extraWaiting += counts.extraWaiting[at] as number;
  }
  const any = openDays > heldBack;
  const value = (count: number) => (any ? count : null);
  return {
    openDays,
    heldBack,
    capacity: withCapacity && any ? capacity : null,
    planned: value(sums.planned),
    expected: value(sums.expected),
    stayedHome: value(sums.home),
    stayHomeShare: any && sums.planned > 0 ? sums.home / sums.planned : null,
    extraAsked: value(sums.extraConfirmed + sums.extraWaiting),
    extraConfirmed: value(sums.extraConfirmed),
    extraWaiting: value(sums.extraWaiting),
    utilization: withCapacity && any && capacity > 0 ? sums.expected / capacity : null,
  };
}

/** The Monday of the ISO week of `date` (dates are UTC midnights here). */
export function mondayOf(date: IsoDate, weekday: number): IsoDate {
  const time = Date.parse(`${date}T00:00:00Z`) - (weekday - 1) * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** The whole office, or one team (index into base.teams). */
export type TrendScope = { kind: "office" } | { kind: "team"; team: number };

/** Per week, per working day (the heat map), per weekday and in total, for the office or one team. */
export function trendSeries(base: TrendsBase, scope: TrendScope): TrendSeries {
  const office = scope.kind === "office";
  const tally = office ? base.tallies.office : base.tallies.team;
  const shown = office ? base.officeShown : base.shown.team;
  const group = office ? 0 : scope.team;
  const over = (dayIndices: readonly number[]) => figuresOver(base, tally, shown, group, dayIndices, office);

  const weekDays = new Map<IsoDate, number[]>();
  const weekdayDays = new Map<number, number[]>();
  const days: TrendDay[] = [];
  const all: number[] = [];
  base.result.days.forEach((day, index) => {
    if (day.status === "non-working") return;
    const week = mondayOf(day.date, day.weekday);
    all.push(index);
    weekDays.set(week, [...(weekDays.get(week) ?? []), index]);
    weekdayDays.set(day.weekday, [...(weekdayDays.get(day.weekday) ?? []), index]);
    days.push({ date: day.date, week, weekday: day.weekday, status: day.status, figures: over([index]) });
  });
  return {
    weeks: [...weekDays].map(([week, indices]) => ({ week, figures: over(indices) })),
    days,
    weekdays: [...weekdayDays].sort(([a], [b]) => a - b).map(([weekday, indices]) => ({ weekday, figures: over(indices) })),
    total: over(all),
  };
}

/** One row per group of a partition over the whole period, "none" last. */
export function breakdown(base: TrendsBase, partition: Partition): GroupRow[] {
  const tally = base.tallies[partition];
  const all = base.result.days.map((_, index) => index);
  const labels: GroupLabel[] =
    partition === "team"
      ? base.teams.map((team) => ({ kind: "team", teamId: team.id, name: team.name }))
      : partition === "priority"
        ? PRIORITY_CLASSES.map((priority) => ({ kind: "priority", priority }))
        : base.tallies.waves.map((wave: WaveGroup) => ({ kind: "wave", number: wave.number, name: wave.name }));
  labels.push({ kind: "none" });
  return labels.map((label, group) => ({
    key: label.kind === "team" ? label.teamId : label.kind === "priority" ? label.priority : label.kind === "wave" ? `wave-${group + 1}` : "none",
    label,
    figures: figuresOver(base, tally, base.shown[partition], group, all, false),
  }));
}
