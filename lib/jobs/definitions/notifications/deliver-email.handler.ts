import { claimDelivery, emailToSend, markDeliverySent, markDeliveryTryFailed } from "@/lib/data/deliveries";
import { oneClickLinks, unsubscribeHeaders } from "@/lib/email/one-click-links";
import { renderNotificationEmail } from "@/lib/email/render-email";
import type { JobHandler } from "../../handler";
import { deliverEmailJob } from "./deliver-email";

/**
 * Claims the delivery, writes the email in the recipient's language and
 * awaits the send. A failure is recorded (without the email) and thrown
 * again, so the queue retries with backoff; the last failure marks the
 * delivery FAILED. A delivery already sent, or held by another worker, is
 * left alone: a job run twice sends once.
 */
export const deliverEmail: JobHandler<typeof deliverEmailJob> = async ({ deliveryId }, run, { db, mailer, appUrl, now, secret }) => {
  // A claim older than one run's time limit belongs to a worker that died.
  const claim = await claimDelivery(db, deliveryId, now(), deliverEmailJob.expireInSeconds * 1000);
  if (!claim) return;
  try {
    const email = await emailToSend(db, deliveryId);
    const links = oneClickLinks(email.notification, email, appUrl, secret);
    const rendered = await renderNotificationEmail(email.notification, email, appUrl, links);
    await mailer.send({ deliveryId, employeeId: email.employeeId, to: email.to, ...rendered, headers: unsubscribeHeaders(links) });
  } catch (error) {
    await markDeliveryTryFailed(db, deliveryId, claim.attempt, error, run.retryCount >= run.retryLimit);
    throw error;
  }
  await markDeliverySent(db, deliveryId, claim.attempt, now());
};
