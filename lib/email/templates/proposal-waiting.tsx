import type { NotificationText } from "@/lib/notifications/describe";
import { EmailLayout, type EmailFrame } from "./layout";

/** To HR: a leader's proposal waits for review; the button opens it. */
export function ProposalWaitingEmail({ words, ...frame }: EmailFrame & { words: NotificationText }) {
  return <EmailLayout {...frame} words={words}>{null}</EmailLayout>;
}
