import { match } from "@formatjs/intl-localematcher";
import { defaultLocale, localeCookie, localeSchema, locales, type Locale } from "./config";

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

/** The language of a request outside a page (an API download): the language cookie, else Accept-Language. */
export function requestLocale(headers: Headers): Locale {
  return negotiateLocale(cookieValue(headers.get("cookie") ?? undefined, localeCookie), headers.get("accept-language"));
}

/** One cookie's value from a Cookie header (read by hand where Next.js is not around). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}
