import type { NotificationText } from "@/lib/notifications/describe";
import { EmailLayout, type EmailFrame } from "./layout";

/** To a leader: HR published the team days they proposed (the date is in the introduction). */
export function ProposalPublishedEmail({ words, ...frame }: EmailFrame & { words: NotificationText }) {
  return <EmailLayout {...frame} words={words}>{null}</EmailLayout>;
}
