import { Link, Section, Text } from "@react-email/components";
import type { NotificationText } from "@/lib/notifications/describe";
import { EmailLayout, paragraphStyle, type EmailFrame } from "./layout";

/** One office day of the digest or the reminder: its line, and its one-click "I'll stay home" link. */
export interface AheadDayLink {
  line: string;
  stayHome: { label: string; href: string } | null;
}

/** "Your week ahead" and "Tomorrow": each office day with its reason and load, each with a one-click link to stay home. */
export function WeekAheadEmail({ words, days, linksIntro, ...frame }: EmailFrame & { words: NotificationText; days: AheadDayLink[]; linksIntro: string }) {
  return (
    <EmailLayout {...frame} words={words}>
      {days.some((day) => day.stayHome) ? <Text style={paragraphStyle}>{linksIntro}</Text> : null}
      {days.map((day) => (
        <Section key={day.line} style={{ borderLeft: "4px solid #195a4d", margin: "0 0 12px", paddingLeft: "12px" }}>
          <Text style={{ ...paragraphStyle, margin: "0 0 4px" }}>{day.line}</Text>
          {day.stayHome ? (
            <Link href={day.stayHome.href} style={{ color: "#195a4d", fontSize: "16px", fontWeight: 600, textDecoration: "underline" }}>
              {day.stayHome.label}
            </Link>
          ) : null}
        </Section>
      ))}
    </EmailLayout>
  );
}
