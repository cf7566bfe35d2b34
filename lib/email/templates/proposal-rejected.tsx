import { Text } from "@react-email/components";
import type { NotificationText } from "@/lib/notifications/describe";
import { EmailLayout, paragraphStyle, type EmailFrame } from "./layout";

/** To a leader: HR did not publish their proposal; HR's comment, quoted as written. */
export function ProposalRejectedEmail({ words, ...frame }: EmailFrame & { words: NotificationText }) {
  return (
    <EmailLayout {...frame} words={words}>
      {words.items.map((comment) => (
        <Text key={comment} style={{ ...paragraphStyle, borderLeft: "4px solid #d6d3d1", paddingLeft: "12px", whiteSpace: "pre-wrap" }}>
          {comment}
        </Text>
      ))}
    </EmailLayout>
  );
}
