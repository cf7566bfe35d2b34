import { render, toPlainText } from "@react-email/render";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { describeNotification, type NotificationText } from "@/lib/notifications/describe";
import type { TypedNotification } from "@/lib/notifications/kinds";
import { formatLongDate } from "@/lib/i18n/dates";
import { toDbDate } from "@/lib/date-only";
import type { OneClickLinks } from "./one-click-links";
import { placeholders, renderFromShell } from "./render-cache";
import { DayListEmail } from "./templates/day-list";
import { EmailLayout, type EmailFrame } from "./templates/layout";
import { ProposalPublishedEmail } from "./templates/proposal-published";
import { ProposalRejectedEmail } from "./templates/proposal-rejected";
import { ProposalWaitingEmail } from "./templates/proposal-waiting";
import { WeekAheadEmail } from "./templates/week-ahead";

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
function templateFor(notification: TypedNotification, words: NotificationText, frame: EmailFrame, t: ReturnType<typeof translatorFor>, locale: Locale, links: OneClickLinks | null) {
  switch (notification.kind) {
    case "week-ahead":
    case "day-reminder": {
      const days = notification.kind === "week-ahead" ? notification.payload.days : [notification.payload.day];
      const withLinks = days.map((day, index) => {
        const href = links?.stayHome.get(day.date);
        return { line: words.items[index] ?? "", stayHome: href ? { label: t("stayHome", { date: formatLongDate(toDbDate(day.date), locale) }), href } : null };
      });
      return <WeekAheadEmail words={words} days={withLinks} linksIntro={t("stayHomeIntro")} {...frame} />;
    }
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

const unsubscribeWords = { "week-ahead": "unsubscribe.digest", "day-reminder": "unsubscribe.reminder" } as const;

/**
 * One email in the recipient's language: the HTML from the event's
 * react-email template and the plain text from that same HTML, so the two
 * always say the same. The words are the app's messages (the same as the
 * notification in the app); links point at `appUrl`.
 */
export async function renderNotificationEmail(notification: TypedNotification, recipient: EmailRecipient, appUrl: string, links: OneClickLinks | null = null): Promise<RenderedEmail> {
  if (!links) return renderOne(notification, recipient, appUrl, null);
  // The digest and the reminder: rendered once per language, office and days, then filled in per person (render-cache.ts).
  const key = JSON.stringify([recipient.locale, recipient.officeName, appUrl, notification]);
  const stand = placeholders(links);
  return renderFromShell(key, recipient.givenName, links, () => renderOne(notification, { ...recipient, givenName: stand.name }, appUrl, stand.links));
}

/** One email rendered as it is (exported for the test that proves rendering from a shell gives the same). */
export async function renderOne(notification: TypedNotification, recipient: EmailRecipient, appUrl: string, links: OneClickLinks | null): Promise<RenderedEmail> {
  const { locale } = recipient;
  const t = translatorFor(locale, "email");
  const words = describeNotification(notification, translatorFor(locale, "notifications"), locale);
  const html = await render(
    templateFor(
      notification,
      words,
      {
        lang: locale,
        greeting: t("greeting", { name: recipient.givenName }),
        footer: t("footer", { office: recipient.officeName }),
        appUrl,
        ...(links && notification.kind in unsubscribeWords && { unsubscribe: { label: t(unsubscribeWords[notification.kind as keyof typeof unsubscribeWords]), href: links.unsubscribePage } }),
      },
      t,
      locale,
      links,
    ),
  );
  return { subject: words.title, html, text: toPlainText(html) };
}
