import type { JobHandler } from "../../handler";
import { serverModule } from "../../server-modules";
import type { weeklyPostJob } from "./weekly-post";

/** An office's weekly schedule fired: queue the coming week's posts (once per week, whatever fires twice). */
export const weeklyPost: JobHandler<typeof weeklyPostJob> = async ({ officeId }, _run, { now }) => {
  const { queueWeeklyPosts } = await serverModule(() => import("@/lib/data/channel-posts"));
  await queueWeeklyPosts(officeId, now());
};
