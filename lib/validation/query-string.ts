import { findControlCharacter } from "./text";

/** A page's searchParams as Next.js hands them over. */
export type RawQuery = Record<string, string | string[] | undefined>;

/**
 * The one reader of page addresses: one value per key (the first), and any
 * key or value holding a control character dropped and reported, so no
 * page parser ever sees one. `errors` holds the message key to show.
 */
export function readQuery(raw: RawQuery): { values: Record<string, string | undefined>; refused: string[]; errors: string[] } {
  const values: Record<string, string | undefined> = {};
  const refused: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const single = Array.isArray(value) ? value[0] : value;
    if (findControlCharacter({ [key]: value }, "none")) refused.push(key);
    else values[key] = single;
  }
  return { values, refused, errors: refused.length > 0 ? ["controlCharacters"] : [] };
}
