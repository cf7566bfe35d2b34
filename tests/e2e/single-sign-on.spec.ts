import type { Page } from "@playwright/test";
import { e2e } from "@/tests/support/e2e-env";
import { startTestProvider, type TestAccount, type TestProvider } from "@/tests/support/oidc-test-provider";
import { expect, test } from "./fixtures";

/** Signs in through the app's single sign-on button and the provider's development login. */
async function signInWithProvider(page: Page, login: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Sign in with ${e2e.oidc.displayName}` }).click();
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

async function withProvider(accounts: Record<string, TestAccount>, conformIdTokenClaims: boolean) {
  return startTestProvider({
    port: e2e.oidc.port,
    appUrl: e2e.baseURL,
    clientId: e2e.oidc.clientId,
    clientSecret: e2e.oidc.clientSecret,
    accounts,
    conformIdTokenClaims,
  });
}

const myDays = { level: 1, name: "My office days" } as const;

test.describe("single sign-on with a standard OpenID Connect provider", () => {
  test.describe.configure({ mode: "serial" });

  test.describe("email only from the userinfo endpoint (the provider's spec-conforming default)", () => {
    const accounts: Record<string, TestAccount> = {
      "employee-subject-1": { email: "employee@example.com", email_verified: true, name: "Åse Æsøy" },
      "unverified-subject": { email: "leader@example.com", email_verified: false, name: "Not Verified" },
      "other-subject": { email: "someone.else@example.com", email_verified: true, name: "Someone Else" },
    };
    let provider: TestProvider;
    test.beforeAll(async () => {
      provider = await withProvider(accounts, true);
    });
    test.afterAll(() => provider.close());

    test("a registered employee signs in; the app read the email from userinfo", async ({ page }) => {
      await signInWithProvider(page, "employee-subject-1");
      await expect(page.getByRole("heading", myDays)).toBeVisible();
      expect(provider.userinfoRequests()).toBeGreaterThan(0);
    });

    test("an email the provider has not verified is refused, with a reason", async ({ page }) => {
      await signInWithProvider(page, "unverified-subject");
      await expect(page).toHaveURL(/\/sign-in\?error=EmailNotVerified/);
      await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText("has not verified your email address");
    });

    test("once linked, the subject decides: a changed email claim still signs in the same person", async ({ page }) => {
      accounts["employee-subject-1"]!.email = "ase.aesoy@new-domain.example";
      await signInWithProvider(page, "employee-subject-1");
      await expect(page.getByRole("heading", myDays)).toBeVisible();
      await expect(page.getByText("Åse Æsøy").first()).toBeVisible();
    });

    test("another subject claiming a linked person's email cannot sign in as them", async ({ page }) => {
      accounts["other-subject"]!.email = "employee@example.com";
      await signInWithProvider(page, "other-subject");
      await expect(page).toHaveURL(/\/sign-in\?error=AccountLinkedElsewhere/);
      await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText("linked to a different single sign-on account");
    });
  });

  test.describe("email also in the ID token", () => {
    let provider: TestProvider;
    test.beforeAll(async () => {
      provider = await withProvider({ "hr-subject-1": { email: "hr@example.com", email_verified: true, name: "HR" } }, false);
    });
    test.afterAll(() => provider.close());

    test("a registered employee signs in without the app asking userinfo", async ({ page }) => {
      await signInWithProvider(page, "hr-subject-1");
      await expect(page.getByRole("heading", myDays)).toBeVisible();
      await expect(page.getByRole("link", { name: "Employees" })).toBeVisible();
      expect(provider.userinfoRequests()).toBe(0);
    });
  });
});
