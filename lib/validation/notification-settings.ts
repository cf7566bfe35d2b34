import { z } from "zod";
import { switchedKinds } from "@/lib/notifications/settings";

/**
 * A person's email settings, as a whole (PUT replaces them): the kinds they
 * do not want by email (in-app is always on), and the week-ahead digest and
 * the evening-before reminder. Bounded by the number of kinds; unknown kinds
 * are refused by name.
 */
export const notificationSettingsSchema = z.strictObject({
  emailOff: z
    .array(z.enum(switchedKinds, { error: "kindUnknown" }))
    .max(switchedKinds.length, { error: "kindsTooMany" })
    .transform((kinds) => [...new Set(kinds)]),
  digest: z.boolean({ error: "booleanRequired" }),
  reminder: z.boolean({ error: "booleanRequired" }),
});

export type NotificationSettingsInput = z.output<typeof notificationSettingsSchema>;
