import type { Locale } from "../config";
import baseEn from "./en.json";
import baseNb from "./nb.json";
import baseNl from "./nl.json";
import baseSv from "./sv.json";
import employeeEn from "./employee/en.json";
import employeeNb from "./employee/nb.json";
import employeeNl from "./employee/nl.json";
import employeeSv from "./employee/sv.json";
import hrEn from "./hr/en.json";
import hrNb from "./hr/nb.json";
import hrNl from "./hr/nl.json";
import hrSv from "./hr/sv.json";
import plansEn from "./plans/en.json";
import plansNb from "./plans/nb.json";
import plansNl from "./plans/nl.json";
import plansSv from "./plans/sv.json";
import notificationsEn from "./notifications/en.json";
import notificationsNb from "./notifications/nb.json";
import notificationsNl from "./notifications/nl.json";
import notificationsSv from "./notifications/sv.json";
import platformEn from "./platform/en.json";
import platformNb from "./platform/nb.json";
import platformNl from "./platform/nl.json";
import platformSv from "./platform/sv.json";
import profileEn from "./profile/en.json";
import profileNb from "./profile/nb.json";
import profileNl from "./profile/nl.json";
import profileSv from "./profile/sv.json";
import trendsEn from "./trends/en.json";
import trendsNb from "./trends/nb.json";
import trendsNl from "./trends/nl.json";
import trendsSv from "./trends/sv.json";
import sharingEn from "./sharing/en.json";
import sharingNb from "./sharing/nb.json";
import sharingNl from "./sharing/nl.json";
import sharingSv from "./sharing/sv.json";

type Messages = Record<string, unknown>;

/**
 * Messages are kept in one file per feature and language, each holding its
 * own top-level namespaces, so features can grow without touching each
 * other's files. A unit test checks that no two files share a namespace.
 */
export const messageFiles: Record<string, Record<Locale, Messages>> = {
  base: { en: baseEn, nb: baseNb, sv: baseSv, nl: baseNl },
  employee: { en: employeeEn, nb: employeeNb, sv: employeeSv, nl: employeeNl },
  hr: { en: hrEn, nb: hrNb, sv: hrSv, nl: hrNl },
  notifications: { en: notificationsEn, nb: notificationsNb, sv: notificationsSv, nl: notificationsNl },
  plans: { en: plansEn, nb: plansNb, sv: plansSv, nl: plansNl },
  platform: { en: platformEn, nb: platformNb, sv: platformSv, nl: platformNl },
  profile: { en: profileEn, nb: profileNb, sv: profileSv, nl: profileNl },
  trends: { en: trendsEn, nb: trendsNb, sv: trendsSv, nl: trendsNl },
  sharing: { en: sharingEn, nb: sharingNb, sv: sharingSv, nl: sharingNl },
};

// One merged object per language, built once: the files never change while the app runs.
const merged = new Map<Locale, Messages>();

export function messagesFor(locale: Locale): Messages {
  let messages = merged.get(locale);
  if (!messages) {
    messages = Object.assign({}, ...Object.values(messageFiles).map((files) => files[locale])) as Messages;
    merged.set(locale, messages);
  }
  return messages;
}

/** The namespaces `namespaces` of `messages`: what a page's client components translate (components/i18n/client-messages.tsx). */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  return Object.fromEntries(namespaces.filter((namespace) => namespace in messages).map((namespace) => [namespace, messages[namespace]]));
}
