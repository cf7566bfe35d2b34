import { z } from "zod";
import { notificationKinds } from "@/lib/notifications/kinds";
import { notificationSettingsSchema } from "@/lib/validation/notification-settings";
import { defineContract } from "../contract";

export const notificationSettingsResponse = z
  .object({
    /** Kinds the caller does not get by email (in the app they always appear). */
    emailOff: z.array(z.enum(notificationKinds)),
    /** The week-ahead digest by email. */
    digest: z.boolean(),
    /** The evening-before reminder by email. */
    reminder: z.boolean(),
  })
  .meta({ id: "NotificationSettings" });

export const getMyNotificationSettings = defineContract({
  method: "GET",
  path: "/me/notification-settings",
  summary: "The caller's email settings",
  description: "Which notification kinds the caller gets by email too, and whether the week-ahead digest and the evening-before reminder are on. Someone who never chose gets every kind by email, the digest on and the reminder off.",
  tag: "Notifications",
  access: "notifications:own",
  responses: { 200: { description: "The settings", schema: notificationSettingsResponse } },
});

export const putMyNotificationSettings = defineContract({
  method: "PUT",
  path: "/me/notification-settings",
  summary: "Replace the caller's email settings",
  description: `All three fields, as a whole. \`emailOff\` lists kinds not to send by email (${notificationKinds.join(", ")}); in-app notifications are always on.`,
  tag: "Notifications",
  access: "notifications:own",
  body: notificationSettingsSchema,
  responses: { 200: { description: "The settings as saved", schema: notificationSettingsResponse } },
});

export const notificationSettingsContracts = [getMyNotificationSettings, putMyNotificationSettings];
