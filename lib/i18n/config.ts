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
