import { alphabetFor, letterIndex, type RotationLocale } from "./locale-alphabet";

/**
 * Dutch family names file under the part after the particles ("tussenvoegsels"):
 * "van der Berg" is a B. The list follows the Dutch civil registry's table of
 * particles, including the foreign ones it recognises. Matched without regard
 * to case, because a family name written on its own capitalises its particle
 * ("Van der Berg") and still sorts under B in the Netherlands.
 */
const DUTCH_PARTICLES = new Set([
  "'s", "'t", "'m", "aan", "af", "al", "am", "auf", "aus", "bij", "d'", "da", "dal", "de",
  "del", "della", "den", "der", "des", "di", "die", "do", "don", "dos", "du", "el", "het",
  "in", "l'", "la", "las", "le", "les", "lo", "los", "of", "onder", "op", "over", "sur",
  "te", "ten", "ter", "tho", "thoe", "to", "toe", "tot", "uijt", "uit", "van", "ver",
  "vd", "v.d.", "v/d", "vom", "von", "voor", "vor", "zu", "zum", "zur",
]);

// A particle glued to the name: "d'Ancona", "'s-Gravesande".
const GLUED_DUTCH_PARTICLE = /^(?:[dl]'|'s-|'t-)(?=\p{L})/iu;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4\u2032]/g;
const LETTER = /\p{L}/u;

/**
 * The letter of the office's alphabet a family name files under, or null when
 * it has none there (empty, or written in another script).
 */
export function surnameInitial(familyName: string, locale: RotationLocale): string | null {
  const index = surnameLetterIndex(familyName, locale);
  return index < 0 ? null : (alphabetFor(locale)[index] ?? null);
}

/** Same as surnameInitial, as a position in alphabetFor(locale); -1 for none. */
export function surnameLetterIndex(familyName: string, locale: RotationLocale): number {
  let name = familyName.normalize("NFC").replace(APOSTROPHES, "'").trim();
  if (locale === "nl") name = stripDutchParticles(name);
  const letters = firstTwoLetters(name);
  if (!letters) return -1;
  const [first, second] = letters;
  // Danish and Norwegian sort a leading "Aa" as Å (Aas, Aagaard).
  if ((locale === "nb" || locale === "da") && isA(first) && second !== undefined && isA(second)) {
    return alphabetFor(locale).indexOf("Å");
  }
  return letterIndex(locale, first);
}

function stripDutchParticles(name: string): string {
  const words = name.split(/\s+/);
  let start = 0;
  // Keep the last word even if it looks like a particle: "De" alone is a name.
  while (start < words.length - 1 && DUTCH_PARTICLES.has((words[start] ?? "").toLowerCase())) start++;
  const rest = words.slice(start).join(" ");
  return rest.replace(GLUED_DUTCH_PARTICLE, "");
}

function firstTwoLetters(name: string): [string, string | undefined] | null {
  const chars = [...name];
  const at = chars.findIndex((char) => LETTER.test(char));
  if (at < 0) return null;
  return [chars[at] as string, chars[at + 1]];
}

function isA(char: string): boolean {
  return char === "a" || char === "A";
}
