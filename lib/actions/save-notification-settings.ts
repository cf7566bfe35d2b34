"use server";

import { saveOwnNotificationSettings } from "@/lib/data/own-notification-settings";
import { notificationSettingsSchema } from "@/lib/validation/notification-settings";
import { safeAction } from "./safe-action";

/** The person chooses which notifications also come by email, and whether the digest and the reminder do. */
export const saveNotificationSettingsAction = safeAction("notifications:own", notificationSettingsSchema, async (user, input) => saveOwnNotificationSettings(user, input));
