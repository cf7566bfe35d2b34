import { render, toPlainText } from "@react-email/render";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { describeNotification, type NotificationText } from "@/lib/notifications/describe";
import type { TypedNotification } from "@/lib/notifications/kinds";
import { DayListEmail } from "./templates/day-list";
import { EmailLayout, type EmailFrame } from "./templates/layout";
import { ProposalPublishedEmail } from "./templates/proposal-published";
import { ProposalRejectedEmail } from "./templates/proposal-rejected";
import { ProposalWaitingEmail } from "./templates/proposal-waiting";

export interface EmailRecipient {
  givenName: string;
  locale: Locale;
  officeName: string;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** The event kind's own template. */
function templateFor(notification: TypedNotification, words: NotificationText, frame: EmailFrame) {
  switch (notification.kind) {
    case "day-lost":
    case "seat-gained":
    case "seat-lost":
      return <DayListEmail words={words} {...frame} />;
    case "days-changed":
      // The new pattern is the whole message: it is in the introduction.
      return <EmailLayout {...frame} words={words}>{null}</EmailLayout>;
    case "proposal-published":
      return <ProposalPublishedEmail words={words} {...frame} />;
    case "proposal-rejected":
      return <ProposalRejectedEmail words={words} {...frame} />;
    case "proposal-waiting":
      return <ProposalWaitingEmail words={words} {...frame} />;
    default:
      // A new kind without a template would send an empty email: make it a compile error.
      return notification satisfies never;
  }
}

/**
 * One email in the recipient's language: the HTML from the event's
 * react-email template and the plain text from that same HTML, so the two
 * always say the same. The words are the app's messages (the same as the
 * notification in the app); links point at `appUrl`.
 */
export async function renderNotificationEmail(notification: TypedNotification, recipient: EmailRecipient, appUrl: string): Promise<RenderedEmail> {
  const { locale } = recipient;
  const t = translatorFor(locale, "email");
  const words = describeNotification(notification, translatorFor(locale, "notifications"), locale);
  const html = await render(
    templateFor(notification, words, {
      lang: locale,
      greeting: t("greeting", { name: recipient.givenName }),
      footer: t("footer", { office: recipient.officeName }),
      appUrl,
    }),
  );
  return { subject: words.title, html, text: toPlainText(html) };
}
