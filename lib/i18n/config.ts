import { z } from "zod";

export const locales = ["en", "nb", "sv", "nl"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
export const localeCookie = "office-rotation-locale";

export const localeSchema = z.enum(locales);

/** Each language's name in itself, for the language switch. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  nb: "Norsk bokmål",
  sv: "Svenska",
  nl: "Nederlands",
};

/**
 * The tag Intl formats each language with: the English interface is
 * British ("30 November", "Mon, Tue and Wed"), like its date-fns locale.
 */
export const intlTags: Record<Locale, string> = { en: "en-GB", nb: "nb", sv: "sv", nl: "nl" };
