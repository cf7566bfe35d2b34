import { toDbDate } from "@/lib/date-only";
import { intlTags, type Locale } from "@/lib/i18n/config";
import { formatLongDate, weekdayName } from "@/lib/i18n/dates";
import type { AssignmentReason, WaveName } from "@/lib/rotation";

type Translate = (key: string, values?: Record<string, string | number>) => string;

// One list formatter per language: building one costs ten times what formatting a list does.
const listFormats = new Map<Locale, Intl.ListFormat>();

/** "Tuesday and Friday", "tirsdag og fredag": one list formatter per language, kept. */
export function listFormat(locale: Locale): Intl.ListFormat {
  let formatter = listFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.ListFormat(intlTags[locale], { type: "conjunction" });
    listFormats.set(locale, formatter);
  }
  return formatter;
}

/**
 * A wave as employees read it: HR's name for it, else who it selects, "New
 * hires and essential teams" ("everyone else" after the first wave). The
 * plan editor shows the same words as the name a wave gets when left unnamed.
 */
export function wordWaveName(t: Translate, locale: Locale, wave: number, waveName: WaveName): string {
  if (waveName.name) return waveName.name;
  const words = waveName.selectors.map((kind) => t(`waves.${kind === "everyone" && wave > 1 ? "everyone-else" : kind}`));
  const text = listFormat(locale).format(words);
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * Words an engine reason in the reader's language with the "reasons"
 * messages: shared by server pages (My office days) and the plan preview, which
 * explains reasons in the browser.
 */
export function wordReason(t: Translate, locale: Locale, reason: AssignmentReason): string {
  const days = (weekdays: readonly number[]) => listFormat(locale).format(weekdays.map((day) => weekdayName(day, locale)));
  if (reason.kind === "assigned") {
    return t("assigned", { rule: reason.rule, group: reason.group, weekday: weekdayName(reason.weekday, locale), wave: wordWaveName(t, locale, reason.wave, reason.waveName) });
  }
  switch (reason.reason) {
    case "inactive":
    case "no-plan":
    case "no-wave":
    case "opted-out":
      return t(reason.reason);
    case "non-working-day":
      return t("non-working-day", { weekday: weekdayName(reason.weekday, locale) });
    case "closed":
      return t("closed", { closure: reason.closure });
    case "not-started":
      return t("not-started", { date: formatLongDate(toDbDate(reason.startDate), locale) });
    case "before-wave":
      return t("before-wave", { wave: wordWaveName(t, locale, reason.wave, reason.waveName), date: formatLongDate(toDbDate(reason.from), locale) });
    case "no-group":
      return t("no-group", { rule: reason.rule, wave: wordWaveName(t, locale, reason.wave, reason.waveName) });
    case "not-their-day": {
      const text = t("not-their-day", { rule: reason.rule, group: reason.group, weekdays: days(reason.weekdays) });
      return reason.weeksInCycle > 1 ? `${text} ${t("cycle", { week: reason.weekOfCycle, weeks: reason.weeksInCycle })}` : text;
    }
    case "capacity-cut":
      return t("capacity-cut", { rotation: reason.rotation, of: reason.of });
  }
}

// The reasons worded for "you": read by someone else, they have their own words under "aboutSomeone".
const SECOND_PERSON = new Set(["opted-out", "no-group", "capacity-cut"]);

/**
 * The reasons as HR reads them about a person (the employee page, the plan
 * preview): "it is this person's turn" where the person's own page says
 * "it is your turn".
 */
export function aboutSomeone(t: Translate): Translate {
  return (key, values) => t(SECOND_PERSON.has(key) ? `aboutSomeone.${key}` : key, values);
}
