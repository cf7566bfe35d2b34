import { describe, expect, it } from "vitest";
import { testDatabaseUrl } from "@/tests/support/test-db";

describe("single sign-on configuration", () => {
  it("adds an OpenID Connect provider from OIDC_* variables", async () => {
    testDatabaseUrl();
    Object.assign(process.env, {
      OIDC_ISSUER: "https://login.microsoftonline.com/contoso/v2.0/",
      OIDC_CLIENT_ID: "office-rotation",
      OIDC_CLIENT_SECRET: "s3cret",
      OIDC_DISPLAY_NAME: "Microsoft",
    });
    const { authOptions } = await import("@/lib/auth/options");
    const oidc = authOptions.providers.find((provider) => provider.id === "oidc") as unknown as {
      name: string;
      wellKnown: string;
      checks: string[];
      profile: (profile: Record<string, string>) => { id: string; email: string };
    };
    expect(oidc.name).toBe("Microsoft");
    expect(oidc.wellKnown).toBe("https://login.microsoftonline.com/contoso/v2.0/.well-known/openid-configuration");
    expect(oidc.checks).toEqual(["pkce", "state"]);
    // Entra ID puts the sign-in address in preferred_username when email is absent.
    expect(oidc.profile({ sub: "abc", preferred_username: "Kari.Nordahl@Contoso.com" })).toMatchObject({ id: "abc", email: "kari.nordahl@contoso.com" });
  });
});
