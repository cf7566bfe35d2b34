import "server-only";
import { activeUserById } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/date-only";
import { env } from "@/lib/env";
import { AppError, conflict, notFound } from "@/lib/errors";
import { oneClickId, readOneClick, type StayHomeClaim, type UnsubscribeClaim } from "@/lib/notifications/one-click";
import { stayHome } from "./stay-home";

/** Why a one-click link is refused; each is a message on the answer page and an API error code. */
export type AnswerRefusal = "answer_invalid" | "answer_used" | "answer_expired" | "answer_owner_left";

const refusal = {
  answer_invalid: () => notFound("This link is not valid: it was not issued by this app, or was copied incompletely.", "answer_invalid"),
  answer_used: () => conflict("answer_used", "This link was used already: a one-click link works once."),
  answer_expired: (date: IsoDate) => new AppError(422, "answer_expired", `This link expired when ${date} started in the office: days that have started are not changed.`),
  answer_owner_left: () => notFound("This link belongs to someone who no longer works here.", "answer_owner_left"),
} as const;

function secret(): string {
  const value = env().NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set, so one-click links cannot be checked");
  return value;
}

export function readStayHomeClaim(token: string): StayHomeClaim | null {
  const claim = readOneClick(secret(), token);
  return claim?.a === "stay-home" ? claim : null;
}

export function readUnsubscribeClaim(token: string): UnsubscribeClaim | null {
  const claim = readOneClick(secret(), token);
  return claim?.a === "unsubscribe" ? claim : null;
}

export interface StayHomeAnswer {
  date: IsoDate;
  /** The link's owner: the only person it acts for. */
  owner: { id: string; name: string };
}

/**
 * What a stay-home link would do, without doing it (the GET page: mail
 * scanners open links, so a GET never acts). Throws the refusal a press
 * would meet: not ours, used, expired, owner gone.
 */
export async function previewStayHomeAnswer(token: string, now: Date): Promise<StayHomeAnswer> {
  const claim = readStayHomeClaim(token);
  if (!claim) throw refusal.answer_invalid();
  if (now.getTime() >= claim.x) throw refusal.answer_expired(claim.d);
  if (await db.usedAnswerToken.findUnique({ where: { tokenId: oneClickId(token) }, select: { tokenId: true } })) throw refusal.answer_used();
  const owner = await activeUserById(claim.e);
  if (!owner) throw refusal.answer_owner_left();
  return { date: claim.d, owner: { id: owner.id, name: owner.name } };
}

/**
 * Presses the button: the link's owner stays home on its day, exactly as
 * "I'll stay home" on My office days (stayHome: the seat goes to the
 * waitlist at once). The link is marked used first, so two presses at once
 * act once; if staying home is refused (no longer their day, the office is
 * closed) the mark is taken back and the refusal passed on.
 */
export async function answerStayHome(token: string, now: Date): Promise<StayHomeAnswer> {
  const answer = await previewStayHomeAnswer(token, now);
  const owner = await activeUserById(answer.owner.id);
  if (!owner) throw refusal.answer_owner_left();
  const tokenId = oneClickId(token);
  const { count } = await db.usedAnswerToken.createMany({ data: [{ tokenId, employeeId: owner.id }], skipDuplicates: true });
  if (count === 0) throw refusal.answer_used();
  try {
    await stayHome(owner, { from: answer.date }, now);
  } catch (error) {
    await db.usedAnswerToken.delete({ where: { tokenId } });
    throw error;
  }
  return answer;
}

export interface UnsubscribeAnswer {
  setting: UnsubscribeClaim["s"];
  email: string;
}

/** Whose setting an unsubscribe link turns off (the GET page asks before it acts). */
export async function previewUnsubscribe(token: string): Promise<UnsubscribeAnswer> {
  const claim = readUnsubscribeClaim(token);
  if (!claim) throw refusal.answer_invalid();
  const person = await db.employee.findUnique({ where: { id: claim.e }, select: { email: true } });
  if (!person) throw refusal.answer_owner_left();
  return { setting: claim.s, email: person.email };
}

/** Turns the link's setting off in the person's NotificationSettings row (the one the profile page edits); again changes nothing. */
export async function unsubscribe(token: string): Promise<UnsubscribeAnswer> {
  const answer = await previewUnsubscribe(token);
  const claim = readUnsubscribeClaim(token) as UnsubscribeClaim;
  await db.notificationSettings.upsert({
    where: { employeeId: claim.e },
    create: { employeeId: claim.e, [answer.setting]: false },
    update: { [answer.setting]: false },
  });
  return answer;
}
