import { z } from "zod";
import { notificationKinds } from "@/lib/notifications/kinds";
import { markNotificationsReadSchema, notificationListQuerySchema } from "@/lib/validation/notifications";
import { defineContract } from "../contract";

export const notificationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(notificationKinds),
    title: z.string(),
    intro: z.string(),
    items: z.array(z.string()),
    outro: z.string(),
    /** Where to act on it in the app (a path) and the link's words. */
    action: z.object({ href: z.string(), label: z.string() }),
    /** The data the words were made from (e.g. the lost days and their reasons). */
    payload: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
    readAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Notification" });

export const getMyNotifications = defineContract({
  method: "GET",
  path: "/me/notifications",
  summary: "The caller's notifications, newest first",
  description: "20 per page, in the caller's language (Accept-Language, else English). Pass `nextCursor` as `cursor` for the next, older page.",
  tag: "Notifications",
  access: "notifications:own",
  query: notificationListQuerySchema,
  responses: {
    200: {
      description: "A page of notifications",
      schema: z.object({ notifications: z.array(notificationSchema), unread: z.int(), nextCursor: z.string().nullable() }).meta({ id: "NotificationPage" }),
    },
  },
});

export const postNotificationsRead = defineContract({
  method: "POST",
  path: "/me/notifications/read",
  summary: "Mark the caller's notifications read",
  description: '`{"ids": [...]}` (at most 100; ids of other people\'s notifications change nothing) or `{"all": true}`.',
  tag: "Notifications",
  access: "notifications:own",
  body: markNotificationsReadSchema,
  responses: { 200: { description: "How many were unread and are read now", schema: z.object({ updated: z.int(), unread: z.int() }) } },
});

export const notificationContracts = [getMyNotifications, postNotificationsRead];
