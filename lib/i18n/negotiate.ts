import { match } from "@formatjs/intl-localematcher";
import { defaultLocale, localeSchema, locales, type Locale } from "./config";

/**
 * The language to show: the one the person chose (cookie), else the best
 * match for the browser's Accept-Language, else English. Norwegian variants
 * (no, nn) are served bokmål.
 */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null): Locale {
  const chosen = localeSchema.safeParse(cookieValue);
  if (chosen.success) return chosen.data;
  const requested = (acceptLanguage ?? "")
    .split(",")
    .map((part) => part.split(";")[0]?.trim() ?? "")
    .filter((tag) => tag !== "" && tag !== "*")
    .map((tag) => tag.replace(/^(no|nn)(?=-|$)/i, "nb"));
  try {
    return localeSchema.parse(match(requested, [...locales], defaultLocale));
  } catch {
    return defaultLocale;
  }
}
