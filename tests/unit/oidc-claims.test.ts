import { describe, expect, it } from "vitest";
import { idTokenClaims, isEmailRefused, mergeUserinfo, needsUserinfo, oidcClaimsSchema, oidcEmail, oidcSubject } from "@/lib/auth/oidc-claims";

const claims = (value: Record<string, unknown>) => oidcClaimsSchema.parse(value);

describe("OpenID Connect claims", () => {
  it("ask userinfo only when the ID token has no email", () => {
    expect(needsUserinfo(claims({ sub: "s" }))).toBe(true);
    expect(needsUserinfo(claims({ sub: "s", email: "a@example.com" }))).toBe(false);
  });

  it("take the email from userinfo, but only when userinfo is about the same subject", () => {
    const idToken = claims({ sub: "s1", name: "From ID token" });
    expect(mergeUserinfo(idToken, { sub: "s1", email: "a@example.com", name: "From userinfo" })).toMatchObject({ sub: "s1", email: "a@example.com", name: "From ID token" });
    expect(mergeUserinfo(idToken, { sub: "someone-else", email: "b@example.com" }).email).toBeUndefined();
    expect(mergeUserinfo(idToken, "not json").email).toBeUndefined();
  });

  it("identify the person by Entra ID's oid when present, else by sub", () => {
    expect(oidcSubject(claims({ sub: "pairwise", oid: "object-id" }))).toBe("object-id");
    expect(oidcSubject(claims({ sub: "pairwise" }))).toBe("pairwise");
  });

  it("use the email, or Entra ID's preferred_username, in lower case", () => {
    expect(oidcEmail(claims({ sub: "s", email: " Kari@Contoso.com" }))).toBe("kari@contoso.com");
    expect(oidcEmail(claims({ sub: "s", preferred_username: "Kari.Nordahl@Contoso.com" }))).toBe("kari.nordahl@contoso.com");
  });

  it("refuse only an email the provider marks unverified (also as the string 'false')", () => {
    expect(isEmailRefused(claims({ sub: "s", email_verified: false }))).toBe(true);
    expect(isEmailRefused(claims({ sub: "s", email_verified: "false" }))).toBe(true);
    expect(isEmailRefused(claims({ sub: "s", email_verified: true }))).toBe(false);
    expect(isEmailRefused(claims({ sub: "s" }))).toBe(false);
  });

  it("read the payload of an ID token", () => {
    const payload = Buffer.from(JSON.stringify({ sub: "s", email: "a@example.com" })).toString("base64url");
    expect(idTokenClaims(`header.${payload}.signature`)).toEqual({ sub: "s", email: "a@example.com" });
    expect(() => idTokenClaims(undefined)).toThrow("no ID token");
  });
});
