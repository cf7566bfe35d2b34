import { createHash, randomBytes } from "node:crypto";

/** Tokens look like `ort_<43 characters>`; the prefix tells them apart from other secrets in logs and scanners. */
const TOKEN_PREFIX = "ort_";

export function hashAccessToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new personal access token: the token (shown once), its hash (stored) and a short prefix (shown in lists). */
export function generateAccessToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashAccessToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

/** `Authorization: Bearer <token>` → the token; anything else → null. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1] ?? null;
}
