import { Text } from "@react-email/components";
import type { NotificationText } from "@/lib/notifications/describe";
import { EmailLayout, paragraphStyle, type EmailLayoutProps } from "./layout";

/** "You lost a day": which of your days the office closed, each with HR's reason. */
export function DayLostEmail({ words, ...layout }: { words: NotificationText } & Omit<EmailLayoutProps, "title" | "preview" | "children">) {
  return (
    <EmailLayout {...layout} title={words.title} preview={words.items.join("; ")}>
      <Text style={paragraphStyle}>{words.intro}</Text>
      <ul style={{ ...paragraphStyle, paddingLeft: "20px" }}>
        {words.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <Text style={paragraphStyle}>{words.outro}</Text>
    </EmailLayout>
  );
}
