import { randomBytes } from "node:crypto";
import { hashAccessToken } from "./access-token";

/** A calendar feed's token: 256 random bits, URL-safe; only its SHA-256 hash is stored (as for access tokens). */
export function generateCalendarToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashAccessToken(token) };
}

/** The last path segment of a feed URL, "<token>.ics" → the token. */
export const CALENDAR_FILE_PATTERN = /^([A-Za-z0-9_-]{43})\.ics$/;
