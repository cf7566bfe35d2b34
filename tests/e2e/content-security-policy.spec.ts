import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/** Collects every CSP violation the page reports, from the DOM event and from the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(`${event.violatedDirective}: ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test.describe("content security policy", () => {
  test("every page has a strict policy with a fresh nonce", async ({ page }) => {
    const first = await page.goto("/sign-in");
    const second = await page.goto("/sign-in");
    const policies = [first, second].map((response) => response?.headers()["content-security-policy"] ?? "");
    for (const policy of policies) {
      expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain("unsafe-eval");
    }
    const nonce = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce(policies[0]!)).not.toBe(nonce(policies[1]!));
    // No HSTS on plain http: it would lock browsers out of http://localhost.
    expect(second?.headers()["strict-transport-security"]).toBeUndefined();
  });

  test("no page logs a violation, and scripts run (pages are interactive)", async ({ page }) => {
    test.setTimeout(120_000);
    const violations = await watchViolations(page);
    await page.goto("/no-such-page");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/sign-in");
    await page.getByLabel("Language").selectOption("nb");
    await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
    await page.getByLabel("Språk").selectOption("en");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await signIn(page, "ADMIN");
    for (const path of ["/", "/team", "/offices", "/employees", "/audit"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    expect(violations).toEqual([]);
  });

  test("injected markup cannot run script, and the attempt is reported", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/sign-in");
    // The classic XSS payload: an inline event handler carries no nonce.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", `<img src="/no-such-image" onerror="window.injected = true">`);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  });
});
