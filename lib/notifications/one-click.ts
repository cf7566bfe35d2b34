import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * One-click links in emails (README "One-click answers"). A token is
 * `<claim>.<signature>`: the claim as base64url JSON, signed with HMAC-SHA256
 * under a key derived from NEXTAUTH_SECRET. It names the person it acts for,
 * so whoever opens it can only ever act on its owner's day or setting.
 * - "stay-home": one person, one day, from one message; expires when that
 *   day starts in the office's time zone. Its signature is its id: the
 *   database records it when used, so it acts once.
 * - "unsubscribe": one person's digest or reminder setting; no expiry
 *   (RFC 8058 links must keep working), and using it twice changes nothing.
 */
const claimSchema = z.discriminatedUnion("a", [
  z.object({ a: z.literal("stay-home"), e: z.string().min(1).max(64), d: z.iso.date(), n: z.string().min(1).max(64), x: z.int().positive() }),
  z.object({ a: z.literal("unsubscribe"), e: z.string().min(1).max(64), s: z.enum(["digest", "reminder"]) }),
]);

export type OneClickClaim = z.output<typeof claimSchema>;
export type StayHomeClaim = Extract<OneClickClaim, { a: "stay-home" }>;
export type UnsubscribeClaim = Extract<OneClickClaim, { a: "unsubscribe" }>;

/** What a token looks like in a URL; anything else is refused before any crypto or database work. */
export const oneClickTokenSchema = z
  .string()
  .max(512, { error: "is too long to be a link from an email" })
  .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/, { error: "is not a link from an email" });

function keyOf(secret: string): Buffer {
  // A key of its own, so a one-click signature can never pass for anything else signed with the app's secret.
  return createHmac("sha256", secret).update("office-rotation one-click answers v1").digest();
}

function signatureOf(secret: string, body: string): string {
  return createHmac("sha256", keyOf(secret)).update(body).digest("base64url");
}

export function signOneClick(secret: string, claim: OneClickClaim): string {
  const body = Buffer.from(JSON.stringify(claimSchema.parse(claim))).toString("base64url");
  return `${body}.${signatureOf(secret, body)}`;
}

/** The token's claim if its signature is ours and the claim well-formed; null otherwise. */
export function readOneClick(secret: string, token: string): OneClickClaim | null {
  if (!oneClickTokenSchema.safeParse(token).success) return null;
  const [body, signature] = token.split(".") as [string, string];
  const expected = Buffer.from(signatureOf(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = claimSchema.safeParse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A token's id: its signature, unique per link. */
export function oneClickId(token: string): string {
  return token.slice(token.lastIndexOf(".") + 1);
}
