import "server-only";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/date-only";
import { env } from "@/lib/env";
import { forbiddenError, notFound } from "@/lib/errors";
import type { RotationResult } from "@/lib/rotation";
import { breakdown, trendsBase, trendSeries, type GroupRow, type TrendsBase, type TrendSeries } from "@/lib/trends/report";
import type { Partition } from "@/lib/trends/tally";
import { getOfficeSummary, type OfficeSummary } from "./capacity";
import { getOfficeRotation } from "./office-rotation";

export interface TrendsTeam {
  id: string;
  name: string;
}

/** Who may see what of an office's trends. */
export interface TrendsAccess {
  /** HR and admins: the whole office and its breakdowns. */
  office: boolean;
  /** The teams the caller may choose (every team for HR, those they lead for a leader), by name. */
  teams: TrendsTeam[];
}

/**
 * HR and admins see every team of the office; a leader only the teams they
 * lead in it, and nothing of an office where they lead none (403).
 */
export async function trendsAccess(user: Pick<CurrentUser, "id" | "role">, officeId: string): Promise<TrendsAccess> {
  const office = can(user.role, "trends:office");
  const teams = await db.team.findMany({
    where: { officeId, ...(office ? {} : { leaders: { some: { employeeId: user.id } } }) },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  if (!office && teams.length === 0) throw forbiddenError("You see the trends of the teams you lead, and you lead none in this office.");
  return { office, teams };
}

/** Computed once per engine result (a new revision gives a new result): the page, its views and downloads share it. */
const bases = new WeakMap<RotationResult, Map<number, Promise<TrendsBase>>>();

async function baseFor(officeId: string, result: RotationResult, minGroup: number): Promise<TrendsBase> {
  const perResult = bases.get(result) ?? new Map<number, Promise<TrendsBase>>();
  bases.set(result, perResult);
  const hit = perResult.get(minGroup);
  if (hit) return hit;
  const made = (async () => {
    // Every team of the office (the breakdown and the complementary rule need them all), and who is in which.
    const [teams, people] = await Promise.all([
      db.team.findMany({ where: { officeId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
      db.employee.findMany({ where: { officeId }, select: { id: true, teamId: true } }),
    ]);
    return trendsBase(result, teams, new Map(people.map((person) => [person.id, person.teamId])), minGroup);
  })();
  perResult.set(minGroup, made);
  made.catch(() => perResult.delete(minGroup));
  return made;
}

export interface OfficeTrends {
  office: OfficeSummary;
  from: IsoDate;
  to: IsoDate;
  /** The team shown, or null for the whole office. */
  team: TrendsTeam | null;
  series: TrendSeries;
  /** HR and admins, whole office only. */
  breakdowns: Record<Partition, GroupRow[]> | null;
}

/**
 * An office's trends from..to (validated by the caller's schema), read from
 * the engine's cached result for the range: past days from the plan
 * versions, closures and choices stored for them, as every other view shows
 * those days. `teamId` null: the whole office (HR and admins only).
 */
export async function getOfficeTrends(user: Pick<CurrentUser, "id" | "role">, officeId: string, from: IsoDate, to: IsoDate, teamId: string | null): Promise<OfficeTrends> {
  const office = await getOfficeSummary(officeId);
  const access = await trendsAccess(user, officeId);
  const chosen = teamId ?? (access.office ? null : (access.teams[0]?.id ?? null));
  const team = chosen === null ? null : (access.teams.find((candidate) => candidate.id === chosen) ?? null);
  if (chosen !== null && !team) {
    if (access.office) throw notFound(`Office ${officeId} has no team with id ${chosen}.`, "team_not_found");
    throw forbiddenError("You see the trends of the teams you lead only.");
  }
  const result = await getOfficeRotation(officeId, from, to);
  const base = await baseFor(officeId, result, env().PRIVACY_MIN_GROUP);
  const index = team ? base.teams.findIndex((candidate) => candidate.id === team.id) : -1;
  const series = trendSeries(base, team ? { kind: "team", team: index } : { kind: "office" });
  const breakdowns = access.office && !team ? { team: breakdown(base, "team"), priority: breakdown(base, "priority"), wave: breakdown(base, "wave") } : null;
  return { office, from, to, team, series, breakdowns };
}
