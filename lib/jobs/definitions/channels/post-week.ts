import { z } from "zod";
import { defineJob } from "../../define-job";

/**
 * Posts one office's week ahead (a ChannelPost row) to its Slack or Teams
 * channel. Retried like an email while the webhook is down (10 s, 20 s,
 * ... capped at 30 minutes apart, 9 tries), then the post is marked failed.
 */
export const postWeekJob = defineJob({
  id: "channels.post-week",
  schema: z.object({ postId: z.string().min(1).max(64) }),
  retry: { limit: 8, delaySeconds: 10, maxDelaySeconds: 1800 },
  expireInSeconds: 120,
});
