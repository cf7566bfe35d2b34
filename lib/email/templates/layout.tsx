import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { NotificationText } from "@/lib/notifications/describe";

export interface EmailFrame {
  lang: string;
  greeting: string;
  footer: string;
  /** The app's public URL: the action's path is resolved against it. */
  appUrl: string;
  /** The digest and the reminder: a link that turns them off (the same URL as the List-Unsubscribe header). */
  unsubscribe?: { label: string; href: string };
}

export interface EmailLayoutProps extends EmailFrame {
  words: NotificationText;
  /** What the event shows between its introduction and its closing line. */
  children: ReactNode;
}

export const paragraphStyle = { fontSize: "16px", lineHeight: "24px", color: "#1c1917" } as const;

/** The frame every email shares: greeting, title, introduction, the event's own content, closing line, a link into the app, why you got it. */
export function EmailLayout({ lang, greeting, footer, appUrl, unsubscribe, words, children }: EmailLayoutProps) {
  return (
    <Html lang={lang}>
      <Head>
        <title>{words.title}</title>
      </Head>
      <Preview>{[words.intro, ...words.items].join(" ")}</Preview>
      <Body style={{ backgroundColor: "#f5f5f4", fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: "8px", maxWidth: "560px", padding: "24px" }}>
          <Text style={paragraphStyle}>{greeting}</Text>
          <Heading as="h1" style={{ fontSize: "22px", lineHeight: "28px", color: "#1c1917", margin: "0 0 16px" }}>
            {words.title}
          </Heading>
          <Text style={paragraphStyle}>{words.intro}</Text>
          {children}
          {words.outro ? <Text style={paragraphStyle}>{words.outro}</Text> : null}
          <Section style={{ margin: "24px 0" }}>
            <Button
              href={new URL(words.action.href, appUrl).toString()}
              style={{ backgroundColor: "#195a4d", borderRadius: "6px", color: "#ffffff", fontSize: "16px", fontWeight: 600, padding: "12px 20px", textDecoration: "none" }}
            >
              {words.action.label}
            </Button>
          </Section>
          <Hr style={{ borderColor: "#e7e5e4" }} />
          <Text style={{ fontSize: "13px", lineHeight: "20px", color: "#57534e" }}>{footer}</Text>
          {unsubscribe ? (
            <Text style={{ fontSize: "13px", lineHeight: "20px", color: "#57534e" }}>
              <Link href={unsubscribe.href} style={{ color: "#57534e", textDecoration: "underline" }}>
                {unsubscribe.label}
              </Link>
            </Text>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}
