import type { NotificationText } from "@/lib/notifications/describe";
import { EmailLayout, paragraphStyle, type EmailFrame } from "./layout";

/** "You lost a day": which of your days the office closed, each with HR's reason. */
export function DayLostEmail({ words, ...frame }: EmailFrame & { words: NotificationText }) {
  return (
    <EmailLayout {...frame} words={words}>
      <ul style={{ ...paragraphStyle, paddingLeft: "20px" }}>
        {words.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </EmailLayout>
  );
}
