import { z } from "zod";
import { defineJob } from "../../define-job";

/**
 * Run by each office's weekly schedule (pg-boss cron, keyed by the office,
 * in its time zone): queues the posts of the week after today to its
 * channels. Writing them is idempotent per week, so a retry or a second
 * worker adds nothing.
 */
export const weeklyPostJob = defineJob({
  id: "channels.weekly-post",
  schema: z.object({ officeId: z.string().min(1).max(64) }),
  retry: { limit: 5, delaySeconds: 30, maxDelaySeconds: 1800 },
  expireInSeconds: 300,
});
