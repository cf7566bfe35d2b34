import { z } from "zod";

/**
 * Control characters: C0 (U+0000 to U+001F) and DEL. Nobody types them, a
 * NUL cannot even be stored (PostgreSQL refuses it in text), and others hide
 * in logs and exports. Every text input is checked centrally: query
 * strings, paths and page addresses refuse them all; bodies, forms and
 * action inputs allow only tab, line feed and carriage return, which a
 * multi-line field needs, and single-line fields refuse those too
 * (`singleLineText`). CSV cells are checked by the CSV reader.
 */
const ANY_CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export type ControlRule = "none" | "lines";

/** The first control character of `value` the rule refuses, as "U+0000", or null. */
export function controlCharacterIn(value: string, rule: ControlRule): string | null {
  return firstControl(value, rule)?.character ?? null;
}

function firstControl(value: string, rule: ControlRule): { character: string; index: number } | null {
  const found = (rule === "none" ? ANY_CONTROL : CONTROL_BUT_LINES).exec(value);
  return found ? { character: `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`, index: found.index } : null;
}

export interface ControlCharacterHit {
  /** Where in the input: keys and array indexes ([] for the value itself). */
  path: (string | number)[];
  character: string;
  /** In a multi-line text (a CSV file): the line, counting from 1. */
  line?: number;
}

/** Walks any parsed input (strings, arrays, plain objects, their keys too) for the first refused control character. */
export function findControlCharacter(value: unknown, rule: ControlRule, path: (string | number)[] = []): ControlCharacterHit | null {
  if (typeof value === "string") {
    const found = firstControl(value, rule);
    if (!found) return null;
    const line = value.includes("\n") ? value.slice(0, found.index).split("\n").length : undefined;
    return { path, character: found.character, ...(line !== undefined && { line }) };
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const hit = findControlCharacter(item, rule, [...path, index]);
      if (hit) return hit;
    }
    return null;
  }
  // Bytes (an uploaded file) are not text yet: their reader checks them once decoded (the CSV reader, every cell).
  if (ArrayBuffer.isView(value)) return null;
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const character = controlCharacterIn(key, "none");
      if (character) return { path: [...path, key], character };
      const hit = findControlCharacter(item, rule, [...path, key]);
      if (hit) return hit;
    }
  }
  return null;
}

/** Plain English for API clients; forms show the "controlCharacters" message key instead. */
export function controlCharacterMessage(hit: ControlCharacterHit): string {
  return `contains the control character ${hit.character}${hit.line ? ` on line ${hit.line}` : ""}; remove it (control characters are not accepted in text)`;
}

/** A one-line text people type (a name, a reason): trimmed, not empty, at most `max` long, and no control character at all, tab and line breaks included. */
export function singleLineText(options: { max: number; required?: string; tooLong?: string }) {
  return z
    .string()
    .trim()
    .min(1, { error: options.required })
    .max(options.max, { error: options.tooLong })
    .refine((value) => controlCharacterIn(value, "none") === null, { error: "controlCharacters" });
}
