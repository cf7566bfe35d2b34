import { z } from "zod";
import { defineJob } from "../../define-job";

/**
 * Sends one notification's email (its NotificationDelivery row). Up to 9
 * tries over about an hour and a half (10 s, 20 s, 40 s, ... capped at 30
 * minutes apart), then the delivery is marked failed.
 */
export const deliverEmailJob = defineJob({
  id: "notifications.deliver-email",
  schema: z.object({ deliveryId: z.string().min(1).max(64) }),
  retry: { limit: 8, delaySeconds: 10, maxDelaySeconds: 1800 },
  expireInSeconds: 120,
});
