import { Body, Button, Container, Head, Heading, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export interface EmailLayoutProps {
  lang: string;
  /** The line mail clients show beside the subject. */
  preview: string;
  title: string;
  greeting: string;
  children: ReactNode;
  action: { label: string; href: string };
  footer: string;
}

const text = { fontSize: "16px", lineHeight: "24px", color: "#1c1917" } as const;

/** The frame every email shares: greeting, title, the event's own content, a link into the app, why you got it. */
export function EmailLayout({ lang, preview, title, greeting, children, action, footer }: EmailLayoutProps) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f5f5f4", fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: "8px", maxWidth: "560px", padding: "24px" }}>
          <Text style={text}>{greeting}</Text>
          <Heading as="h1" style={{ fontSize: "22px", lineHeight: "28px", color: "#1c1917", margin: "0 0 16px" }}>
            {title}
          </Heading>
          <Section>{children}</Section>
          <Section style={{ margin: "24px 0" }}>
            <Button href={action.href} style={{ backgroundColor: "#1d4ed8", borderRadius: "6px", color: "#ffffff", fontSize: "16px", fontWeight: 600, padding: "12px 20px", textDecoration: "none" }}>
              {action.label}
            </Button>
          </Section>
          <Hr style={{ borderColor: "#e7e5e4" }} />
          <Text style={{ fontSize: "13px", lineHeight: "20px", color: "#57534e" }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const paragraphStyle = text;
