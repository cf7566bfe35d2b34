import type { NotificationText } from "@/lib/notifications/describe";
import { EmailLayout, paragraphStyle, type EmailFrame } from "./layout";

/** A message about some of the person's days (lost to a closure, a seat gained or lost): one line a day. */
export function DayListEmail({ words, ...frame }: EmailFrame & { words: NotificationText }) {
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
