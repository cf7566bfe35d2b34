import type { JobHandler } from "../../handler";
import { serverModule } from "../../server-modules";
import { postWeekJob } from "./post-week";

/** A webhook that does not answer within this long failed this try. */
const TIMEOUT_MS = 10_000;

/**
 * Claims the post, reads the week's totals and POSTs them as JSON to the
 * channel's webhook; anything but a 2xx answer is a failed try, recorded
 * (without the URL or the post) and thrown again so the queue retries with
 * backoff. Redirects are refused: a webhook answers where it is.
 */
export const postWeek: JobHandler<typeof postWeekJob> = async ({ postId }, run, { appUrl, now }) => {
  const posts = await serverModule(() => import("@/lib/data/channel-posts"));
  const claim = await posts.claimChannelPost(postId, now(), postWeekJob.expireInSeconds * 1000);
  if (!claim) return;
  try {
    const request = await posts.weekPostRequest(postId, appUrl);
    if (!request) {
      await posts.markChannelPostTryFailed(postId, claim.attempt, "The office no longer has this channel.", true);
      return;
    }
    const response = await fetch(request.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(request.body),
      redirect: "error",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`The webhook answered ${response.status}.`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await posts.markChannelPostTryFailed(postId, claim.attempt, message, run.retryCount >= run.retryLimit);
    throw error;
  }
  await posts.markChannelPostSent(postId, claim.attempt, now());
};
