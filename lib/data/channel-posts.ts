import "server-only";
import type { PgBoss } from "pg-boss";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { fromDbDate, plusDays, todayIn, toDbDate, type IsoDate } from "@/lib/date-only";
import { notFound } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/translator";
import { postWeekJob } from "@/lib/jobs/definitions/channels/post-week";
import { weeklyPostJob } from "@/lib/jobs/definitions/channels/weekly-post";
import { enqueue } from "@/lib/jobs/enqueue";
import { jobSender } from "@/lib/jobs/sender";
import { describeWeekPost, nextMonday, slackMessage, teamsMessage, WEEKLY_POST_CRON } from "@/lib/notifications/week-post";
import type { OfficeChannelsInput } from "@/lib/validation/office-channels";
import { recordAudit } from "./audit";
import { getOfficeCapacity } from "./capacity";
import { emailLocale } from "./deliveries";
import type { Tx } from "./transaction";

/**
 * Queues the week from `weekStart` (a Monday) for each channel the office
 * has, in the caller's transaction: the posts exist exactly when the cause
 * commits. One post per cause, week and channel (the dedupe key), so the
 * weekly schedule firing twice, or a retry, adds nothing.
 */
export async function queueWeekPosts(tx: Tx, officeId: string, weekStart: IsoDate, cause: string): Promise<number> {
  const office = await tx.office.findUniqueOrThrow({ where: { id: officeId }, select: { slackWebhookUrl: true, teamsWebhookUrl: true } });
  const targets = [...(office.slackWebhookUrl ? ["SLACK" as const] : []), ...(office.teamsWebhookUrl ? ["TEAMS" as const] : [])];
  if (targets.length === 0) return 0;
  const created = await tx.channelPost.createManyAndReturn({
    data: targets.map((target) => ({ officeId, target, weekStart: toDbDate(weekStart), dedupeKey: `${officeId}/${cause}/${weekStart}/${target}` })),
    skipDuplicates: true,
    select: { id: true },
  });
  await enqueue(tx, postWeekJob, created.map((post) => ({ postId: post.id })));
  return created.length;
}

/** The weekly schedule's work: the week after today in the office's time zone. */
export async function queueWeeklyPosts(officeId: string, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const office = await tx.office.findUnique({ where: { id: officeId }, select: { timezone: true } });
    if (!office) return 0;
    return queueWeekPosts(tx, officeId, nextMonday(todayIn(office.timezone, now)), "weekly");
  });
}

/** Takes a post for one try (as claimDelivery does for emails): null when it was sent, failed for good, or another worker holds it. */
export async function claimChannelPost(postId: string, now: Date, leaseMs: number): Promise<{ attempt: number } | null> {
  const [claimed] = await db.channelPost.updateManyAndReturn({
    where: { id: postId, OR: [{ status: { in: ["QUEUED", "RETRYING"] } }, { status: "SENDING", claimedAt: { lt: new Date(now.getTime() - leaseMs) } }] },
    data: { status: "SENDING", claimedAt: now, attempts: { increment: 1 } },
    select: { attempts: true },
  });
  return claimed ? { attempt: claimed.attempts } : null;
}

export async function markChannelPostSent(postId: string, attempt: number, now: Date): Promise<void> {
  await db.channelPost.updateMany({ where: { id: postId, status: "SENDING", attempts: attempt }, data: { status: "SENT", sentAt: now, lastError: null } });
}

/** Only the error's message is kept: never the webhook's URL nor the post. */
export async function markChannelPostTryFailed(postId: string, attempt: number, message: string, final: boolean): Promise<void> {
  await db.channelPost.updateMany({ where: { id: postId, status: "SENDING", attempts: attempt }, data: { status: final ? "FAILED" : "RETRYING", lastError: message.slice(0, 500) } });
}

/**
 * What to post, read when it is sent (so the totals are the latest): the
 * office's week in totals after the small-group rule, in the office's
 * language, as Slack blocks or a Teams card. Null when HR removed that
 * channel's URL meanwhile.
 */
export async function weekPostRequest(postId: string, appUrl: string): Promise<{ url: string; body: object } | null> {
  const post = await db.channelPost.findUniqueOrThrow({
    where: { id: postId },
    select: { target: true, weekStart: true, office: { select: { id: true, name: true, locale: true, slackWebhookUrl: true, teamsWebhookUrl: true } } },
  });
  const { office } = post;
  const url = post.target === "SLACK" ? office.slackWebhookUrl : office.teamsWebhookUrl;
  if (!url) return null;
  const from = fromDbDate(post.weekStart);
  const { days } = await getOfficeCapacity(office.id, from, plusDays(from, 6));
  const locale = emailLocale(null, office.locale);
  const capacityUrl = new URL(`/capacity?office=${encodeURIComponent(office.id)}&date=${from}`, appUrl).toString();
  const words = describeWeekPost(office.name, days, capacityUrl, translatorFor(locale, "weekPost"), locale);
  return { url, body: post.target === "SLACK" ? slackMessage(words) : teamsMessage(words) };
}

/**
 * Keeps each office's weekly schedule as its channels are: a cron schedule
 * keyed by the office, in its time zone (pg-boss computes each run in that
 * zone, daylight-saving changes included), or none without a channel.
 * `officeIds` absent: every office (the worker, at start).
 */
export async function syncWeeklySchedules(boss: PgBoss, officeIds?: readonly string[]): Promise<void> {
  const offices = await db.office.findMany({
    where: officeIds ? { id: { in: [...officeIds] } } : {},
    select: { id: true, timezone: true, slackWebhookUrl: true, teamsWebhookUrl: true },
  });
  for (const office of offices) {
    if (office.slackWebhookUrl || office.teamsWebhookUrl) await boss.schedule(weeklyPostJob.id, WEEKLY_POST_CRON, { officeId: office.id }, { tz: office.timezone, key: office.id });
    else await boss.unschedule(weeklyPostJob.id, office.id);
  }
}

/** The office's channel URLs, for HR's office page only. */
export async function getOfficeChannels(officeId: string): Promise<{ slackWebhookUrl: string | null; teamsWebhookUrl: string | null }> {
  const office = await db.office.findUnique({ where: { id: officeId }, select: { slackWebhookUrl: true, teamsWebhookUrl: true } });
  if (!office) throw notFound("No office with this id.", "office_not_found");
  return office;
}

/** HR sets or removes the office's channel URLs; the audit log says which channel changed, never the URL. */
export async function saveOfficeChannels(user: CurrentUser, input: OfficeChannelsInput): Promise<{ slack: boolean; teams: boolean }> {
  const { officeId, slackWebhookUrl, teamsWebhookUrl } = input;
  const result = await db.$transaction(async (tx) => {
    const before = await tx.office.findUnique({ where: { id: officeId }, select: { slackWebhookUrl: true, teamsWebhookUrl: true } });
    if (!before) throw notFound("No office with this id.", "office_not_found");
    await tx.office.update({ where: { id: officeId }, data: { slackWebhookUrl, teamsWebhookUrl } });
    const state = (slack: string | null, teams: string | null) => ({ slack: slack !== null, teams: teams !== null });
    await recordAudit(tx, { actorId: user.id, action: "office.channels", entityType: "office", entityId: officeId, before: state(before.slackWebhookUrl, before.teamsWebhookUrl), after: state(slackWebhookUrl, teamsWebhookUrl) });
    return state(slackWebhookUrl, teamsWebhookUrl);
  });
  await syncWeeklySchedules(await jobSender(), [officeId]);
  return result;
}
