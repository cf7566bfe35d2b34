import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { testDatabaseUrl, testPrisma } from "@/tests/support/test-db";

type SignInCallback = (params: { user: { id: string; email?: string | null }; account: { provider: string } | null; profile?: Record<string, unknown> }) => Promise<boolean | string>;
type JwtCallback = (params: { token: Record<string, unknown>; user?: { id: string; email?: string | null }; account?: { provider: string } | null }) => Promise<{ employeeId?: string }>;

describe("single sign-on", () => {
  const db = testPrisma();
  let signIn: SignInCallback;
  let jwt: JwtCallback;
  let oidc: { name: string; wellKnown: string; checks: string[]; profile: (profile: Record<string, unknown>) => { id: string; email: string } };

  beforeAll(async () => {
    testDatabaseUrl();
    Object.assign(process.env, {
      OIDC_ISSUER: "https://login.microsoftonline.com/contoso/v2.0/",
      OIDC_CLIENT_ID: "office-rotation",
      OIDC_CLIENT_SECRET: "s3cret",
      OIDC_DISPLAY_NAME: "Microsoft",
    });
    await seedDemoData(db, { today: new Date("2026-11-23T09:00:00Z") });
    const { authOptions } = await import("@/lib/auth/options");
    oidc = authOptions.providers.find((provider) => provider.id === "oidc") as unknown as typeof oidc;
    signIn = authOptions.callbacks!.signIn as unknown as SignInCallback;
    jwt = authOptions.callbacks!.jwt as unknown as JwtCallback;
  });
  afterAll(async () => {
    await db.employee.updateMany({ data: { oidcSubject: null } });
    await db.$disconnect();
  });

  const sso = (profile: Record<string, unknown>) => signIn({ user: { id: String(profile.oid ?? profile.sub) }, account: { provider: "oidc" }, profile });

  it("adds an OpenID Connect provider from OIDC_* variables", () => {
    expect(oidc.name).toBe("Microsoft");
    expect(oidc.wellKnown).toBe("https://login.microsoftonline.com/contoso/v2.0/.well-known/openid-configuration");
    expect(oidc.checks).toEqual(["pkce", "state"]);
    // Entra ID puts the sign-in address in preferred_username when email is absent; oid is its stable id.
    expect(oidc.profile({ sub: "abc", preferred_username: "Kari.Nordahl@Contoso.com" })).toMatchObject({ id: "abc", email: "kari.nordahl@contoso.com" });
    expect(oidc.profile({ sub: "pairwise", oid: "object-1", email: "kari@contoso.com" })).toMatchObject({ id: "object-1" });
  });

  it("links a registered employee's subject at the first sign-on and recognises them by it afterwards", async () => {
    expect(await sso({ sub: "leader-subject", email: "Leader@Example.com", email_verified: true })).toBe(true);
    const leader = await db.employee.findUniqueOrThrow({ where: { email: "leader@example.com" } });
    expect(leader.oidcSubject).toBe("leader-subject");
    // The email claim changed at the provider: the subject still finds the leader.
    expect(await sso({ sub: "leader-subject", email: "lars.berg@renamed.example" })).toBe(true);
    const token = await jwt({ token: {}, user: { id: "leader-subject", email: "lars.berg@renamed.example" }, account: { provider: "oidc" } });
    expect(token.employeeId).toBe(leader.id);
  });

  it("refuses another subject that now claims a linked person's email", async () => {
    expect(await sso({ sub: "leader-subject", email: "leader@example.com" })).toBe(true);
    expect(await sso({ sub: "intruder", email: "leader@example.com", email_verified: true })).toBe("/sign-in?error=AccountLinkedElsewhere");
  });

  it("refuses an email the provider marks unverified", async () => {
    expect(await sso({ sub: "unverified", email: "hr@example.com", email_verified: false })).toBe("/sign-in?error=EmailNotVerified");
    expect((await db.employee.findUniqueOrThrow({ where: { email: "hr@example.com" } })).oidcSubject).toBeNull();
  });

  it("refuses people HR has not registered, and linked people HR has deactivated", async () => {
    expect(await sso({ sub: "stranger", email: "stranger@example.com" })).toBe(false);
    await db.employee.update({ where: { email: "leader@example.com" }, data: { active: false } });
    try {
      expect(await sso({ sub: "leader-subject", email: "leader@example.com" })).toBe(false);
    } finally {
      await db.employee.update({ where: { email: "leader@example.com" }, data: { active: true } });
    }
  });

  it("uses Entra ID's oid as the subject", async () => {
    expect(await sso({ sub: "pairwise-1", oid: "entra-object-1", email: "admin@example.com" })).toBe(true);
    expect((await db.employee.findUniqueOrThrow({ where: { email: "admin@example.com" } })).oidcSubject).toBe("entra-object-1");
  });
});
