import { readFileSync } from "node:fs";
import path from "node:path";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";
import { expect, submitSignIn, test } from "./fixtures";

const locales = { en: "en-GB", nb: "nb-NO", sv: "sv-SE", nl: "nl-NL" } as const;

function rateLimitMessage(locale: keyof typeof locales): string {
  const file = path.resolve(import.meta.dirname, `../../lib/i18n/messages/platform/${locale}.json`);
  const messages = JSON.parse(readFileSync(file, "utf8")) as { rateLimit: { tooMany: string } };
  return messages.rateLimit.tooMany.replace("{minutes}", String(SIGN_IN_LIMITS.windowMinutes));
}

test.describe("sign-in rate limit", () => {
  // An address no demo login uses, so the other tests' accounts stay open.
  const email = "locked.out@example.com";

  test.describe.configure({ mode: "serial" });

  test(`after ${SIGN_IN_LIMITS.perAccount} failed sign-ins the next is refused with a clear message`, async ({ page }) => {
    await page.goto("/sign-in");
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAccount; attempt++) {
      expect(await submitSignIn(page, email, `wrong-${attempt}`)).toBe(401);
      await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("The email or password is not right. Check both and try again.");
    }
    expect(await submitSignIn(page, email, "one more guess")).toBe(429);
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(rateLimitMessage("en"));
  });

  for (const [locale, browserLocale] of Object.entries(locales) as [keyof typeof locales, string][]) {
    test(`the message is worded in ${locale}, on a desktop and a phone`, async ({ browser }) => {
      for (const viewport of [{ name: "desktop", width: 1280, height: 900 }, { name: "phone", width: 390, height: 844 }]) {
        const context = await browser.newContext({ locale: browserLocale, viewport });
        const page = await context.newPage();
        await page.goto("/sign-in");
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        expect(await submitSignIn(page, email, "still guessing")).toBe(429);
        await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(rateLimitMessage(locale));
        await page.screenshot({ path: `tests/e2e/.artifacts/rate-limit-${locale}-${viewport.name}.png`, fullPage: true });
        await context.close();
      }
    });
  }

  test("the sign-in API answers 429 with Retry-After while the account is limited", async ({ request }) => {
    const response = await request.post("/api/auth/callback/credentials", { form: { email, password: "anything", json: "true" } });
    expect(response.status()).toBe(429);
    const retryAfter = Number(response.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_LIMITS.windowMinutes * 60);
  });

  test("the refusal can be linked to: the sign-in page explains it from the address", async ({ page }) => {
    await page.goto("/sign-in?error=RateLimited");
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(rateLimitMessage("en"));
  });
});
