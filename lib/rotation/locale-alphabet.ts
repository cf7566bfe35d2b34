/**
 * The alphabet a surname rule is written in, per office locale, and how any
 * letter a name may start with maps onto it. Mirrors the locales' own
 * collation (as ICU does it), so "Ødegård" sorts after Z in Oslo and under O
 * in Berlin, and Swedish offices place a Danish Ø with their own Ö.
 */
export const ROTATION_LOCALES = ["nb", "da", "sv", "nl", "en", "de"] as const;
export type RotationLocale = (typeof ROTATION_LOCALES)[number];

const LATIN = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];

const ALPHABETS: Record<RotationLocale, readonly string[]> = {
  nb: [...LATIN, "Æ", "Ø", "Å"],
  da: [...LATIN, "Æ", "Ø", "Å"],
  sv: [...LATIN, "Å", "Ä", "Ö"],
  nl: LATIN,
  en: LATIN,
  de: LATIN,
};

// Letters that a locale sorts as one of its own extra letters (or, for Ü,
// as Y), before any accent is stripped.
const NORDIC_DANO_NORWEGIAN: Record<string, string> = {
  Ä: "Æ", Ę: "Æ", Ǽ: "Æ", Ö: "Ø", Ő: "Ø", Œ: "Ø", Ǿ: "Ø", Ǻ: "Å", Ü: "Y", Ű: "Y",
};
const LOCALE_FOLDS: Record<RotationLocale, Record<string, string>> = {
  nb: NORDIC_DANO_NORWEGIAN,
  da: NORDIC_DANO_NORWEGIAN,
  sv: { Æ: "Ä", Ę: "Ä", Ǽ: "Ä", Ø: "Ö", Ő: "Ö", Œ: "Ö", Ô: "Ö", Ǿ: "Ö", Ǻ: "Å", Ü: "Y", Ű: "Y" },
  nl: {},
  en: {},
  de: {},
};

// Letters with no Unicode decomposition, so stripping accents cannot find
// their base letter.
const BASE_FOLDS: Record<string, string> = {
  Æ: "A", Ǽ: "A", Ø: "O", Ǿ: "O", Œ: "O", Đ: "D", Ð: "D", Þ: "T", Ł: "L",
  Ħ: "H", Ŧ: "T", Ŋ: "N", ẞ: "S", Ƒ: "F", Ɨ: "I",
};

const COMBINING_MARKS = /\p{M}+/gu;

export function alphabetFor(locale: RotationLocale): readonly string[] {
  return ALPHABETS[locale];
}

export function isRotationLocale(value: string): value is RotationLocale {
  return (ROTATION_LOCALES as readonly string[]).includes(value);
}

const indexCache = new Map<RotationLocale, Map<string, number>>();

/**
 * Position in the locale's alphabet of the letter `char` sorts under, or -1
 * for a character outside it (a digit, or a letter of another script).
 */
export function letterIndex(locale: RotationLocale, char: string): number {
  let cache = indexCache.get(locale);
  if (!cache) {
    cache = new Map();
    indexCache.set(locale, cache);
  }
  const cached = cache.get(char);
  if (cached !== undefined) return cached;
  const index = findLetterIndex(locale, char);
  cache.set(char, index);
  return index;
}

function findLetterIndex(locale: RotationLocale, char: string): number {
  const alphabet = ALPHABETS[locale];
  // "ß".toUpperCase() is "SS": the first letter is what sorting sees.
  const upper = [...char.toUpperCase()][0] ?? "";
  const direct = alphabet.indexOf(upper);
  if (direct >= 0) return direct;
  const localeFold = LOCALE_FOLDS[locale][upper];
  if (localeFold) return alphabet.indexOf(localeFold);
  const stripped = upper.normalize("NFD").replace(COMBINING_MARKS, "");
  const base = alphabet.indexOf(stripped);
  if (base >= 0) return base;
  const baseFold = BASE_FOLDS[upper];
  return baseFold ? alphabet.indexOf(baseFold) : -1;
}

/** Human-readable list for messages: "A–Z, Æ, Ø, Å". */
export function describeAlphabet(locale: RotationLocale): string {
  const extra = ALPHABETS[locale].slice(LATIN.length);
  return ["A–Z", ...extra].join(", ");
}
