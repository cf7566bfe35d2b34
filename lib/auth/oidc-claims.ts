import { z } from "zod";

/**
 * The claims Office Rotation reads from an OpenID Connect provider, from the
 * ID token and, when that lacks the email (the spec's default when an access
 * token is issued), from the userinfo endpoint.
 */
export const oidcClaimsSchema = z.looseObject({
  sub: z.string().min(1),
  /** Microsoft Entra ID: the person's object id, stable across apps and email changes. */
  oid: z.string().min(1).optional(),
  email: z.string().optional(),
  // Some providers send "true"/"false" as strings.
  email_verified: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]).optional(),
  preferred_username: z.string().optional(),
  name: z.string().optional(),
});
export type OidcClaims = z.infer<typeof oidcClaimsSchema>;

/**
 * The payload of an ID token that next-auth (openid-client) has already
 * verified: signature, issuer, audience, expiry and nonce.
 */
export function idTokenClaims(idToken: string | undefined): unknown {
  const payload = idToken?.split(".")[1];
  if (!payload) throw new Error("The provider sent no ID token");
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
}

export function needsUserinfo(idToken: OidcClaims): boolean {
  return !idToken.email;
}

/**
 * The ID token's claims completed by the userinfo response. The userinfo
 * `sub` must be the ID token's (OpenID Connect Core 5.3.2), else it describes
 * someone else and is ignored. The ID token wins where both speak.
 */
export function mergeUserinfo(idToken: OidcClaims, userinfo: unknown): OidcClaims {
  const parsed = oidcClaimsSchema.safeParse(userinfo);
  if (!parsed.success || parsed.data.sub !== idToken.sub) return idToken;
  const defined = Object.fromEntries(Object.entries(idToken).filter(([, value]) => value !== undefined));
  return { ...parsed.data, ...defined } as OidcClaims;
}

/** The provider's stable id of the person: Entra ID's `oid`, else `sub`. */
export function oidcSubject(claims: OidcClaims): string {
  return claims.oid ?? claims.sub;
}

/** The sign-in email (lower-case): `email`, or Entra ID's `preferred_username` when there is none. */
export function oidcEmail(claims: OidcClaims): string {
  return (claims.email ?? claims.preferred_username ?? "").trim().toLowerCase();
}

/** Only an email the provider says it has not verified is refused; most providers (Entra ID) do not say. */
export function isEmailRefused(claims: OidcClaims): boolean {
  return claims.email_verified === false;
}
