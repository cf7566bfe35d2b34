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
import platformEn from "./platform/en.json";
import platformNb from "./platform/nb.json";
import platformNl from "./platform/nl.json";
import platformSv from "./platform/sv.json";
import profileEn from "./profile/en.json";
import profileNb from "./profile/nb.json";
import profileNl from "./profile/nl.json";
import profileSv from "./profile/sv.json";

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
  plans: { en: plansEn, nb: plansNb, sv: plansSv, nl: plansNl },
  platform: { en: platformEn, nb: platformNb, sv: platformSv, nl: platformNl },
  profile: { en: profileEn, nb: profileNb, sv: profileSv, nl: profileNl },
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

/**
 * The namespaces that client components read (`useTranslations` in
 * components/ and app/). Only these travel to the browser: every page's
 * payload carries the messages handed to the client provider, and the
 * rest (the HR console, plans, ...) are rendered on the server. A unit test
 * fails when a client component uses a namespace missing here, or when one
 * listed here is no longer used.
 */
export const clientNamespaces = [
  "accessTokens",
  "calendarFeed",
  "changeNotice",
  "changePreview",
  "closures",
  "common",
  "dayChoices",
  "employees",
  "formErrors",
  "import",
  "offices",
  "planEditor",
  "planPreview",
  "planPublish",
  "planReview",
  "plans",
  "profile",
  "rateLimit",
  "reasons",
  "signIn",
  "teamDays",
  "teams",
] as const;

/** The part of `messages` that client components need (see `clientNamespaces`). */
export function clientMessages(messages: Messages): Messages {
  return Object.fromEntries(clientNamespaces.filter((namespace) => namespace in messages).map((namespace) => [namespace, messages[namespace]]));
}
