import "server-only";
import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fromDbDate, plusDays, todayIn, toDbDate, type IsoDate } from "@/lib/date-only";
import { AppError, conflict, notFound, refused } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DRAFT_VERSION_ID, previewPlan, versionsAfterPublishing, type PreviewBase } from "@/lib/plans/preview";
import { starterRules } from "@/lib/plans/starter-rules";
import { pageOfChanges } from "@/lib/plans/changes-page";
import { applyTeamDays, teamDaysIn } from "@/lib/plans/team-days";
import { weekdayChanges } from "@/lib/plans/weekday-changes";
import { daysChangedMessages, daysPatterns } from "@/lib/notifications/days-changed";
import { mondayOf } from "@/lib/notifications/week-post";
import { compareRotations, rotationRulesSchema, rotationRulesSchemaFor, type RotationRules, type RulesContext, type Weekday } from "@/lib/rotation";
import type { copyPlanSchema, createPlanSchema, planIdSchema, publishPlanSchema, rejectPlanSchema, savePlanSchema } from "@/lib/validation/plans";
import { recordAudit } from "./audit";
import { queueWeekPosts } from "./channel-posts";
import { changeOffices } from "./office-changes";
import { WRITE_TRANSACTION } from "./office-days";
import { loadPreviewBase, loadRulesContext } from "./plan-roster";
import { inBatches } from "./insert-batches";
import { notify } from "./notifications";
import { tellLeaderProposalPublished, tellLeaderProposalRejected } from "./proposal-notices";
import type { Tx } from "./transaction";

/** How far from its effective date a publication is compared, for the confirm screen and the notices. */
export const CHANGE_HORIZON_DAYS = 56;

/**
 * Rules checked against their office, or a 422 naming every field at
 * fault ("rules.waves.0.distribution.groups.1.weekdays") with its message.
 */
function checkRules(context: RulesContext, rules: unknown): RotationRules {
  const parsed = rotationRulesSchemaFor(context).safeParse(rules);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ field: ["rules", ...issue.path.map(String)].join("."), message: issue.message }));
  const first = issues[0];
  throw new AppError(422, "invalid_rules", `The rules are not valid: ${first?.field}: ${first?.message}`, { field: first?.field, issues });
}

export function checkNotPast(effectiveFrom: IsoDate, today: IsoDate) {
  if (effectiveFrom < today) {
    throw refused("past_effective_date", `A plan can take effect today (${today}) or later, never in the past.`, "effectiveFrom");
  }
}

async function lockOffice(tx: Tx, officeId: string) {
  await tx.$queryRaw`SELECT id FROM office WHERE id = ${officeId} FOR UPDATE`;
}

async function nextVersion(tx: Tx, officeId: string): Promise<number> {
  const top = await tx.rotationPlan.aggregate({ where: { officeId }, _max: { version: true } });
  return (top._max.version ?? 0) + 1;
}

/** The Monday after `today` (or today + 7 on a Monday): the default start of a new plan. */
export function nextMonday(today: IsoDate): IsoDate {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;
  return plusDays(today, 8 - weekday);
}

const planSelect = {
  id: true,
  officeId: true,
  name: true,
  version: true,
  status: true,
  effectiveFrom: true,
  rules: true,
  createdAt: true,
  updatedAt: true,
  publishedAt: true,
  submittedAt: true,
  reviewedAt: true,
  reviewComment: true,
  teamId: true,
  basedOnId: true,
  createdById: true,
  basedOn: { select: { version: true } },
  team: { select: { name: true } },
  createdBy: { select: { givenName: true, familyName: true } },
  reviewedBy: { select: { givenName: true, familyName: true } },
  office: { select: { name: true, timezone: true } },
} satisfies Prisma.RotationPlanSelect;

export type PlanRecord = Prisma.RotationPlanGetPayload<{ select: typeof planSelect }>;

/** An office's plans for HR: every version, newest first; leaders' unsubmitted drafts stay theirs. */
export async function listPlans(officeId: string) {
  return db.rotationPlan.findMany({
    where: { officeId, NOT: { status: "DRAFT", teamId: { not: null } } },
    orderBy: [{ version: "desc" }],
    select: planSelect,
  });
}

/** One plan for HR (a leader's unsubmitted draft is not theirs to see). */
export async function getPlan(planId: string): Promise<PlanRecord> {
  const plan = await db.rotationPlan.findUnique({ where: { id: planId }, select: planSelect });
  if (!plan || (plan.status === "DRAFT" && plan.teamId)) throw notFound("There is no such plan.", "plan_not_found");
  return plan;
}

/** The published version with the highest number: what a new draft or a leader's proposal starts from. */
async function latestPublished(client: Tx | typeof db, officeId: string) {
  return client.rotationPlan.findFirst({ where: { officeId, status: "PUBLISHED" }, orderBy: { version: "desc" }, select: { id: true, rules: true } });
}

/**
 * The rules a plan would publish. A leader's proposal changes only its
 * team's days, so it is applied to the latest published version at the time
 * of publishing: whatever HR published meanwhile is kept.
 */
export async function rulesToPublish(plan: Pick<PlanRecord, "officeId" | "rules" | "teamId" | "basedOnId" | "team">, client: Tx | typeof db = db): Promise<unknown> {
  if (!plan.teamId) return plan.rules;
  const latest = await latestPublished(client, plan.officeId);
  if (!latest || latest.id === plan.basedOnId) return plan.rules;
  const proposed = teamDaysIn(rotationRulesSchema.parse(plan.rules), plan.teamId);
  if (!proposed) return plan.rules;
  return applyTeamDays(rotationRulesSchema.parse(latest.rules), plan.teamId, plan.team?.name ?? "", proposed);
}

export async function createPlan(user: CurrentUser, input: z.output<typeof createPlanSchema>, now: Date) {
  return db.$transaction(async (tx) => {
    await lockOffice(tx, input.officeId);
    const office = await tx.office.findUnique({ where: { id: input.officeId }, select: { id: true, timezone: true, locale: true, workingWeekdays: true, teams: { select: { id: true } } } });
    if (!office) throw notFound("There is no such office.", "office_not_found");
    const effectiveFrom = nextMonday(todayIn(office.timezone, now));
    const rules = starterRules(
      input.spread,
      { locale: office.locale as RulesContext["locale"], teamIds: office.teams.map((team) => team.id), workingWeekdays: office.workingWeekdays as Weekday[] },
      plusDays(effectiveFrom, 14),
    );
    const plan = await tx.rotationPlan.create({
      data: { officeId: office.id, name: input.name, version: await nextVersion(tx, office.id), effectiveFrom: toDbDate(effectiveFrom), rules: rules as Prisma.InputJsonValue, createdById: user.id },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: user.id, action: "plan.create", entityType: "plan", entityId: plan.id, after: { name: input.name, spread: input.spread } });
    return plan;
  });
}

/** "Edit" of a published (or any) version: a new draft with its rules. */
export async function copyPlan(user: CurrentUser, input: z.output<typeof copyPlanSchema>, now: Date) {
  const source = await getPlan(input.planId);
  return db.$transaction(async (tx) => {
    await lockOffice(tx, source.officeId);
    const today = todayIn(source.office.timezone, now);
    const from = fromDbDate(source.effectiveFrom);
    const plan = await tx.rotationPlan.create({
      data: {
        officeId: source.officeId,
        name: source.name,
        version: await nextVersion(tx, source.officeId),
        effectiveFrom: toDbDate(from > today ? from : nextMonday(today)),
        rules: (await rulesToPublish(source, tx)) as Prisma.InputJsonValue,
        createdById: user.id,
        basedOnId: source.status === "PUBLISHED" ? source.id : source.basedOnId,
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: user.id, action: "plan.copy", entityType: "plan", entityId: plan.id, after: { from: source.id } });
    return plan;
  });
}

async function lockedPlan(tx: Tx, planId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM rotation_plan WHERE id = ${planId} FOR UPDATE`;
  if (rows.length === 0) throw notFound("There is no such plan.", "plan_not_found");
  return tx.rotationPlan.findUniqueOrThrow({ where: { id: planId }, select: planSelect });
}

function requireEditable(plan: PlanRecord) {
  if (plan.status !== "DRAFT" || plan.teamId) {
    throw conflict("plan_read_only", "Only HR's drafts can be edited; make a new draft from this version instead.");
  }
}

export async function savePlan(user: CurrentUser, input: z.output<typeof savePlanSchema>) {
  const plan = await getPlan(input.planId);
  const rules = checkRules(await loadRulesContext(plan.officeId), input.rules);
  return db.$transaction(async (tx) => {
    const current = await lockedPlan(tx, input.planId);
    requireEditable(current);
    await tx.rotationPlan.update({
      where: { id: current.id },
      data: { name: input.name, effectiveFrom: toDbDate(input.effectiveFrom), rules: rules as Prisma.InputJsonValue },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "plan.update",
      entityType: "plan",
      entityId: current.id,
      before: { name: current.name, effectiveFrom: fromDbDate(current.effectiveFrom), rules: current.rules as Prisma.InputJsonValue },
      after: { name: input.name, effectiveFrom: input.effectiveFrom, rules: rules as Prisma.InputJsonValue },
    });
    return { id: current.id };
  });
}

export async function discardPlan(user: CurrentUser, input: z.output<typeof planIdSchema>) {
  await getPlan(input.planId);
  return db.$transaction(async (tx) => {
    const current = await lockedPlan(tx, input.planId);
    requireEditable(current);
    await tx.rotationPlan.delete({ where: { id: current.id } });
    await recordAudit(tx, { actorId: user.id, action: "plan.discard", entityType: "plan", entityId: current.id, before: { name: current.name, rules: current.rules as Prisma.InputJsonValue } });
    return { officeId: current.officeId };
  });
}

function requirePublishable(plan: PlanRecord) {
  if (plan.status !== "DRAFT" && plan.status !== "SUBMITTED") {
    throw conflict("plan_read_only", "This version is not a draft: it cannot be published again.");
  }
  if (plan.status === "DRAFT" && plan.teamId) throw conflict("plan_not_submitted", "The leader has not submitted this draft yet.");
}

/** Per person, the office days a publication would add and take away (from its effective date, for CHANGE_HORIZON_DAYS). */
function changesOf(base: PreviewBase, rules: RotationRules, effectiveFrom: IsoDate) {
  const preview = previewPlan(base, { rules, effectiveFrom }, CHANGE_HORIZON_DAYS);
  return { preview, comparison: compareRotations(preview.before, preview.after) };
}

/**
 * The confirm screen: what publishing from `effectiveFrom` does, in summary
 * (people changed, per weekday before → after, over-capacity days) and one
 * page of who gains and loses which days, sorted by name and searchable.
 */
export async function reviewPublication(planId: string, effectiveFrom: IsoDate, now: Date, list: { q?: string; page: number } = { page: 1 }) {
  const plan = await getPlan(planId);
  requirePublishable(plan);
  checkNotPast(effectiveFrom, todayIn(plan.office.timezone, now));
  const { base, office, listNames } = await loadPreviewBase(plan.officeId, effectiveFrom);
  const rules = checkRules(office.context, await rulesToPublish(plan));
  const { preview, comparison } = changesOf(base, rules, effectiveFrom);
  return {
    plan,
    to: preview.to,
    overCapacityDays: preview.overCapacityDays,
    peopleChanged: comparison.people.length,
    weekdays: weekdayChanges(preview.before, preview.after),
    list: pageOfChanges(comparison.people, listNames, list, office.context.locale),
  };
}

/**
 * Publishes a draft (or a leader's submitted proposal) from `effectiveFrom`,
 * today or later in the office's time zone. One transaction with the office
 * locked: days before the date keep their version; versions that had not
 * started by then are archived; everyone whose days change gets a notice;
 * seats beyond the plan it gives or takes are recorded (changeOffices).
 */
export async function publishPlan(user: CurrentUser, input: z.output<typeof publishPlanSchema>, now: Date) {
  const found = await getPlan(input.planId);
  const { value, seatChanges } = await db.$transaction(
    (tx) => changeOffices(tx, [found.officeId], now, async () => {
      await lockOffice(tx, found.officeId);
      const plan = await lockedPlan(tx, input.planId);
      requirePublishable(plan);
      checkNotPast(input.effectiveFrom, todayIn(plan.office.timezone, now));
      const { base, office } = await loadPreviewBase(plan.officeId, input.effectiveFrom, tx);
      const rules = checkRules(office.context, await rulesToPublish(plan, tx));
      const { preview, comparison } = changesOf(base, rules, input.effectiveFrom);
      const kept = versionsAfterPublishing(base.planVersions, { id: DRAFT_VERSION_ID, effectiveFrom: input.effectiveFrom, rules });
      const archived = base.planVersions.filter((version) => !kept.some((candidate) => candidate.id === version.id)).map((version) => version.id);
      if (archived.length > 0) await tx.rotationPlan.updateMany({ where: { id: { in: archived } }, data: { status: "ARCHIVED" } });
      const version = await nextVersion(tx, plan.officeId);
      await tx.rotationPlan.update({
        where: { id: plan.id },
        data: {
          status: "PUBLISHED",
          version,
          effectiveFrom: toDbDate(input.effectiveFrom),
          rules: rules as Prisma.InputJsonValue,
          publishedAt: now,
          ...(plan.status === "SUBMITTED" && { reviewedById: user.id, reviewedAt: now }),
        },
      });
      if (plan.status === "SUBMITTED") await tellLeaderProposalPublished(tx, plan, input.effectiveFrom);
      const effectiveFrom = toDbDate(input.effectiveFrom);
      const notices = comparison.people.map((person) => ({
        employeeId: person.employeeId,
        planId: plan.id,
        effectiveFrom,
        gained: person.gained.map(toDbDate),
        lost: person.lost.map(toDbDate),
      }));
      await inBatches(notices, (data) => tx.planChangeNotice.createMany({ data }));
      // Each person whose days change is told the new pattern, in the app and by email.
      const patterns = daysPatterns(preview.before, preview.after, comparison.people.map((person) => person.employeeId));
      await notify(tx, daysChangedMessages(patterns, plan.id, input.effectiveFrom));
      // The office's channels get the week the plan starts in, in totals.
      await queueWeekPosts(tx, plan.officeId, mondayOf(input.effectiveFrom), `plan/${plan.id}`);
      await recordAudit(tx, {
        actorId: user.id,
        action: "plan.publish",
        entityType: "plan",
        entityId: plan.id,
        before: { status: plan.status, version: plan.version },
        after: { status: "PUBLISHED", version, effectiveFrom: input.effectiveFrom, archived, peopleChanged: comparison.people.length },
      });
      return { version, peopleChanged: comparison.people.length, officeId: plan.officeId };
    }),
    { ...WRITE_TRANSACTION, timeout: 60_000 },
  );
  return { ...value, seatChanges };
}

export async function rejectPlan(user: CurrentUser, input: z.output<typeof rejectPlanSchema>, now: Date) {
  await getPlan(input.planId);
  return db.$transaction(async (tx) => {
    const plan = await lockedPlan(tx, input.planId);
    if (plan.status !== "SUBMITTED") throw conflict("plan_not_submitted", "Only a submitted proposal can be rejected.");
    await tx.rotationPlan.update({ where: { id: plan.id }, data: { status: "REJECTED", reviewComment: input.comment, reviewedById: user.id, reviewedAt: now } });
    await tellLeaderProposalRejected(tx, plan, input.comment);
    await recordAudit(tx, { actorId: user.id, action: "plan.reject", entityType: "plan", entityId: plan.id, before: { status: plan.status }, after: { status: "REJECTED", comment: input.comment } });
    return { officeId: plan.officeId };
  });
}

/** The API's preview: the per-day totals of `rules` published from `effectiveFrom`. */
export async function previewRules(officeId: string, input: { rules: unknown; effectiveFrom: IsoDate }, now: Date) {
  const { base, office } = await loadPreviewBase(officeId, input.effectiveFrom);
  checkNotPast(input.effectiveFrom, todayIn(office.timezone, now));
  const rules = checkRules(office.context, input.rules);
  const preview = previewPlan(base, { rules, effectiveFrom: input.effectiveFrom });
  return { officeId, from: preview.from, to: preview.to, overCapacityDays: preview.overCapacityDays, days: preview.days };
}
