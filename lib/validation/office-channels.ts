import { z } from "zod";

/** Long enough for Teams Workflows URLs (their signature makes them ~400 characters), short enough to bound what is stored. */
export const WEBHOOK_URL_MAX = 1000;

/** Hosts a webhook must not point at: the server itself and private networks (the worker posts to it from inside). */
const privateHost = /^(localhost|.*\.localhost|.*\.local|.*\.internal|\[.*\]|\d{1,3}(\.\d{1,3}){3})$/i;

/**
 * An incoming-webhook URL for an office's channel: https, a public host
 * name, at most WEBHOOK_URL_MAX characters; empty means none. A URL to the
 * server's own network is refused (the worker would post from inside it).
 */
const webhookUrl = z
  .string()
  .trim()
  .max(WEBHOOK_URL_MAX, { error: "webhookTooLong" })
  .superRefine((value, context) => {
    if (value === "") return;
    // One reason, the first that applies: a URL that does not parse has no protocol to judge.
    const url = URL.parse(value);
    const problem = !url ? "webhookInvalid" : url.protocol !== "https:" ? "webhookNotHttps" : privateHost.test(url.hostname) ? "webhookPrivateHost" : null;
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .transform((value) => (value === "" ? null : value));

export const officeChannelsSchema = z.strictObject({
  officeId: z.string().min(1).max(64),
  slackWebhookUrl: webhookUrl,
  teamsWebhookUrl: webhookUrl,
});

export type OfficeChannelsInput = z.output<typeof officeChannelsSchema>;
