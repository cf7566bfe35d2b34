import { z } from "zod";
import type { AssignmentReason } from "@/lib/rotation";

const day = z.iso.date();
/** ISO weekdays (1 = Monday ... 7 = Sunday), each once, in order. */
const weekdays = z.array(z.int().min(1).max(7)).max(7);

/**
 * One office day ahead, as the digest and the reminder carry it: the
 * engine's reason (worded in the reader's language when shown, as on My
 * office days), whether the seat is an extra day, and how full the office
 * is (`expected` null when the small-group rule holds the count back).
 */
const aheadDay = z.object({
  date: day,
  reason: z.looseObject({ kind: z.enum(["assigned", "not-expected"]) }).transform((reason) => reason as unknown as AssignmentReason),
  extra: z.boolean(),
  capacity: z.int().min(0).max(1_000_000),
  expected: z.int().min(0).max(1_000_000).nullable(),
});

/**
 * Every kind of notification and the payload its templates need. A payload
 * describes only its recipient's own days (never another person's choices),
 * and is parsed with its schema when written and when read back.
 */
export const notificationPayloads = {
  /** HR's change took office days (planned or confirmed extra) away: which days, and why. */
  "day-lost": z.object({
    cause: z.literal("closure"),
    days: z.array(z.object({ date: day, reason: z.string().max(200) })).min(1).max(400),
  }),
  /** A seat beyond the plan (an extra day or a return) became theirs: someone stayed home or withdrew, or HR's change made room. */
  "seat-gained": z.object({ days: z.array(z.object({ date: day })).min(1).max(400) }),
  /** HR's change (capacity, plan, people) took back a seat beyond the plan that was theirs. */
  "seat-lost": z.object({ days: z.array(z.object({ date: day })).min(1).max(400) }),
  /** A published plan changes the person's days from its effective date: the weekdays they come on before and after. */
  "days-changed": z.object({ planId: z.string().max(64), effectiveFrom: day, before: weekdays, after: weekdays }),
  /** To the leader: HR published their team's days, from a date. */
  "proposal-published": z.object({ planId: z.string().max(64), teamName: z.string().max(200), effectiveFrom: day }),
  /** To the leader: HR turned their proposal down, with HR's comment. */
  "proposal-rejected": z.object({ planId: z.string().max(64), teamName: z.string().max(200), comment: z.string().max(2000) }),
  /** To HR: a leader's proposal waits for review. */
  "proposal-waiting": z.object({ planId: z.string().max(64), teamName: z.string().max(200), officeName: z.string().max(200) }),
  /** The week ahead (digest, on a schedule per office): the person's office days of the week starting `weekStart`. */
  "week-ahead": z.object({ weekStart: day, days: z.array(aheadDay).min(1).max(7) }),
  /** The evening before an office day (reminder, only for people who turned it on). */
  "day-reminder": z.object({ day: aheadDay }),
} as const;

export type AheadDay = z.output<typeof aheadDay>;

export type NotificationKind = keyof typeof notificationPayloads;
export const notificationKinds = Object.keys(notificationPayloads) as NotificationKind[];
export type NotificationPayload<K extends NotificationKind> = z.output<(typeof notificationPayloads)[K]>;

/** A notification as written: who, what, and its key (one message per cause and person). */
export type NotificationInput = {
  [K in NotificationKind]: { employeeId: string; kind: K; payload: NotificationPayload<K>; dedupeKey: string };
}[NotificationKind];

/** A stored notification, its kind and payload checked. */
export type TypedNotification = { [K in NotificationKind]: { kind: K; payload: NotificationPayload<K> } }[NotificationKind];

export function parseNotification(kind: string, payload: unknown): TypedNotification {
  const schema = notificationPayloads[kind as NotificationKind];
  if (!schema) throw new Error(`Unknown notification kind "${kind}"`);
  return { kind, payload: schema.parse(payload) } as TypedNotification;
}
