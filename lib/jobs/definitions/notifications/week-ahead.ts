import { z } from "zod";
import { defineJob } from "../../define-job";

/** Fired by each office's schedule (lib/jobs/schedules.ts): writes the office's week-ahead digests. A retry writes only what is missing. */
export const weekAheadJob = defineJob({
  id: "notifications.week-ahead",
  schema: z.object({ officeId: z.string().min(1).max(64) }),
  retry: { limit: 5, delaySeconds: 30, maxDelaySeconds: 900 },
  expireInSeconds: 600,
});

/** Fired every evening by each office's schedule: writes tomorrow's reminders. */
export const dayReminderJob = defineJob({
  id: "notifications.day-reminder",
  schema: z.object({ officeId: z.string().min(1).max(64) }),
  retry: { limit: 5, delaySeconds: 30, maxDelaySeconds: 900 },
  expireInSeconds: 600,
});
