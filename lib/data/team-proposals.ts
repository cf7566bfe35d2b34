import "server-only";
import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fromDbDate, todayIn, toDbDate } from "@/lib/date-only";
import { conflict, forbiddenError, refused } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { previewPlan } from "@/lib/plans/preview";
import { applyTeamDays, teamDaysIn } from "@/lib/plans/team-days";
import { rotationRulesSchema, rotationRulesSchemaFor, type RulesContext, type Weekday } from "@/lib/rotation";
import type { teamDaysPreviewSchema, teamDaysSchema } from "@/lib/validation/plans";
import { recordAudit } from "./audit";
import { loadPreviewBase } from "./plan-roster";
import { checkNotPast, nextMonday } from "./plans";
import { tellHrProposalWaits } from "./proposal-notices";

/**
 * The teams a leader leads, each with its days in the office's latest
 * published plan and the leader's own proposals (newest first).
 */
export async function listOwnTeamProposals(user: CurrentUser) {
  const teams = await db.team.findMany({
    where: { leaders: { some: { employeeId: user.id } } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      office: { select: { id: true, name: true, workingWeekdays: true } },
      _count: { select: { employees: { where: { active: true } } } },
      proposals: {
        where: { createdById: user.id },
        orderBy: { createdAt: "desc" },
        take: 10,
        select: { id: true, status: true, rules: true, effectiveFrom: true, createdAt: true, submittedAt: true, reviewedAt: true, reviewComment: true },
      },
    },
  });
  const officeIds = [...new Set(teams.map((team) => team.office.id))];
  const published = await db.rotationPlan.findMany({
    where: { officeId: { in: officeIds }, status: "PUBLISHED" },
    orderBy: { version: "desc" },
    distinct: ["officeId"],
    select: { officeId: true, rules: true },
  });
  return teams.map((team) => {
    const current = published.find((plan) => plan.officeId === team.office.id);
    return {
      id: team.id,
      name: team.name,
      office: team.office.name,
      workingWeekdays: team.office.workingWeekdays as Weekday[],
      /** Active people in the team: with none, its days change no total, and the page says so. */
      members: team._count.employees,
      hasPlan: Boolean(current),
      currentDays: current ? teamDaysIn(rotationRulesSchema.parse(current.rules), team.id) : null,
      proposals: team.proposals.map((proposal) => ({
        id: proposal.id,
        status: proposal.status,
        days: teamDaysIn(rotationRulesSchema.parse(proposal.rules), team.id),
        effectiveFrom: fromDbDate(proposal.effectiveFrom),
        createdAt: proposal.createdAt,
        reviewedAt: proposal.reviewedAt,
        reviewComment: proposal.reviewComment,
      })),
    };
  });
}

type TeamDaysInput = z.output<typeof teamDaysPreviewSchema>;

/** The team, if `user` leads it: a leader never proposes or previews for another team. */
async function ledTeam(user: CurrentUser, teamId: string) {
  const team = await db.team.findFirst({
    where: { id: teamId, leaders: { some: { employeeId: user.id } } },
    select: { id: true, name: true, officeId: true, office: { select: { name: true, timezone: true, locale: true, workingWeekdays: true, teams: { select: { id: true } } } } },
  });
  if (!team) throw forbiddenError("You can only propose days for a team you lead.");
  return team;
}

/** The start the leader chose (next Monday if none): today or later in the office's time zone. */
function startOf(team: Awaited<ReturnType<typeof ledTeam>>, input: TeamDaysInput, now: Date) {
  const today = todayIn(team.office.timezone, now);
  const effectiveFrom = input.effectiveFrom ?? nextMonday(today);
  checkNotPast(effectiveFrom, today);
  return effectiveFrom;
}

/** The office's latest published rules with only this team's days replaced, checked against the office. */
function composeTeamDays(team: Awaited<ReturnType<typeof ledTeam>>, publishedRules: unknown, input: TeamDaysInput) {
  const context: RulesContext = {
    locale: team.office.locale as RulesContext["locale"],
    teamIds: team.office.teams.map((candidate) => candidate.id),
    workingWeekdays: team.office.workingWeekdays as Weekday[],
  };
  const composed = applyTeamDays(rotationRulesSchema.parse(publishedRules), team.id, team.name, {
    weekdays: [...new Set(input.weekdays)].sort() as Weekday[],
    weeksInCycle: input.weeksInCycle,
    weekOfCycle: input.weekOfCycle,
  });
  const parsed = rotationRulesSchemaFor(context).safeParse(composed);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refused("invalid_team_days", issue?.message ?? "These days are not valid for the office.", "weekdays");
  }
  return parsed.data;
}

const noPlan = () => refused("no_plan", "Your office has no published plan yet: HR publishes the first one.", "teamId");

/**
 * What a leader's proposed days would do to the office, per day: planned
 * (before cuts), expected (after cuts), cut, capacity. Totals of the whole
 * office from planned demand only (no opt-outs, no seat requests, no names),
 * so no person's choice can be read from them.
 */
export async function previewTeamDays(user: CurrentUser, input: TeamDaysInput, now: Date) {
  const team = await ledTeam(user, input.teamId);
  const effectiveFrom = startOf(team, input, now);
  const published = await db.rotationPlan.findFirst({ where: { officeId: team.officeId, status: "PUBLISHED" }, orderBy: { version: "desc" }, select: { rules: true } });
  if (!published) throw noPlan();
  const rules = composeTeamDays(team, published.rules, input);
  const { base } = await loadPreviewBase(team.officeId, effectiveFrom);
  const preview = previewPlan(base, { rules, effectiveFrom });
  return { from: preview.from, to: preview.to, overCapacityDays: preview.overCapacityDays, days: preview.days };
}

/**
 * A leader's proposal of their own team's days: saved as their draft (one
 * open draft per team) and, with `submit`, sent to HR, starting from the
 * date they chose. Only the team's days change; the rest is the office's
 * latest published plan. A leader can never publish, and never touch a team
 * they do not lead.
 */
export async function saveTeamDays(user: CurrentUser, input: z.output<typeof teamDaysSchema>, now: Date) {
  const team = await ledTeam(user, input.teamId);
  const effectiveFrom = startOf(team, input, now);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM office WHERE id = ${team.officeId} FOR UPDATE`;
    const base = await tx.rotationPlan.findFirst({ where: { officeId: team.officeId, status: "PUBLISHED" }, orderBy: { version: "desc" }, select: { id: true, rules: true } });
    if (!base) throw noPlan();
    const rules = composeTeamDays(team, base.rules, input);
    const open = await tx.rotationPlan.findFirst({ where: { teamId: team.id, createdById: user.id, status: "DRAFT" }, select: { id: true, rules: true } });
    const status = input.submit ? ("SUBMITTED" as const) : ("DRAFT" as const);
    const data = { rules: rules as Prisma.InputJsonValue, basedOnId: base.id, status, submittedAt: input.submit ? now : null, effectiveFrom: toDbDate(effectiveFrom) };
    let planId: string;
    if (open) {
      await tx.rotationPlan.update({ where: { id: open.id }, data });
      planId = open.id;
    } else {
      const pending = await tx.rotationPlan.count({ where: { teamId: team.id, createdById: user.id, status: "SUBMITTED" } });
      if (pending > 0) throw conflict("proposal_pending", "HR has not yet reviewed your last proposal for this team.", "teamId");
      const top = await tx.rotationPlan.aggregate({ where: { officeId: team.officeId }, _max: { version: true } });
      const created = await tx.rotationPlan.create({
        data: {
          ...data,
          officeId: team.officeId,
          teamId: team.id,
          createdById: user.id,
          name: team.name,
          version: (top._max.version ?? 0) + 1,
        },
        select: { id: true },
      });
      planId = created.id;
    }
    if (input.submit) await tellHrProposalWaits(tx, { id: planId, teamName: team.name, officeName: team.office.name });
    await recordAudit(tx, {
      actorId: user.id,
      action: input.submit ? "plan.submit" : "plan.propose",
      entityType: "plan",
      entityId: planId,
      before: open ? { days: teamDaysIn(rotationRulesSchema.parse(open.rules), team.id) as unknown as Prisma.InputJsonValue } : null,
      after: { teamId: team.id, weekdays: input.weekdays, weeksInCycle: input.weeksInCycle, weekOfCycle: input.weekOfCycle, effectiveFrom, status },
    });
    return { id: planId, status };
  });
}
