import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signIn, test } from "./fixtures";

/** Nothing sticks out past a phone's width (a wide table scrolls inside its own box); names what does. */
async function expectFitsPhone(page: Page) {
  const wider = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !element.closest("[role=region], nav"))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );
  expect(wider).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => document.documentElement.clientWidth));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A fresh calendar link: made, or (when the person has one from an earlier run) reset after confirming. */
async function newCalendarLink(page: Page) {
  const create = page.getByRole("button", { name: "Create calendar link" });
  const reset = page.getByRole("button", { name: "Reset calendar link…" });
  await expect(create.or(reset)).toBeVisible();
  if (await create.isVisible()) await create.click();
  else {
    await reset.click();
    await page.getByRole("button", { name: "Reset the link" }).click();
  }
  await expect(page.getByLabel("Calendar link", { exact: true })).toBeVisible();
}

test.describe("profile page", () => {
  test("shows the person's details and issues a token that works at once and stops when revoked", async ({ page, request }) => {
    await signIn(page, "EMPLOYEE");
    await page.getByRole("link", { name: "Profile" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
    await expect(page.getByText("employee@example.com")).toBeVisible();
    await expect(page.getByText("Travel Sales")).toBeVisible();

    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByText("Give the token a name.")).toBeVisible();
    await page.getByLabel("Token name").fill("E2E script");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByText("it is shown only once")).toBeVisible();
    const token = await page.getByLabel("Token", { exact: true }).inputValue();
    expect(token).toMatch(/^ort_/);
    await expect(page.getByRole("table", { name: "Your tokens" }).getByRole("row", { name: /E2E script/ })).toContainText("Active");

    const me = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    expect((await me.json()).email).toBe("employee@example.com");

    await page.getByRole("button", { name: "Revoke the token E2E script" }).click();
    await expect(page.getByRole("table", { name: "Your tokens" }).getByRole("row", { name: /E2E script/ })).toContainText("Revoked");
    expect((await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);

    // After a reload the token is never shown again.
    await page.reload();
    await expect(page.getByText(token)).toHaveCount(0);
  });

  test("issues a calendar URL with one-click subscribe links, titled in the person's language; a reset is confirmed and kills the old one", async ({ page, request }) => {
    await signIn(page, "EMPLOYEE");
    await page.goto("/profile");
    await newCalendarLink(page);
    const url = await page.getByLabel("Calendar link", { exact: true }).inputValue();
    expect(url).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await expect(page.getByRole("heading", { name: "Your calendar link" })).toBeFocused();

    // One click to subscribe: webcal:// for the system's calendar app, the add-by-URL pages of Google and Outlook.
    const webcal = url.replace(/^https?:\/\//, "webcal://");
    await expect(page.getByRole("link", { name: "Subscribe in your calendar app" })).toHaveAttribute("href", webcal);
    await expect(page.getByRole("link", { name: /^Add to Google Calendar/ })).toHaveAttribute("href", `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`);
    await expect(page.getByRole("link", { name: /^Add to Outlook\.com/ })).toHaveAttribute("href", new RegExp(`^https://outlook\\.live\\.com/calendar/0/addfromweb\\?url=${escapeRegExp(encodeURIComponent(url))}&name=`));
    await expect(page.getByRole("link", { name: /^Add to Outlook \(work or school\)/ })).toHaveAttribute("href", /^https:\/\/outlook\.office\.com\/calendar\/0\/addfromweb\?url=/);
    await expect(page.getByRole("heading", { name: "Apple Calendar" })).toBeVisible();
    await expect(page.getByText(/File → New Calendar Subscription/)).toBeVisible();

    // Made in English: English titles, though Oslo's office speaks Norwegian.
    const feed = await request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const body = await feed.text();
    expect(body).toContain("X-WR-CALNAME:Office days — Oslo");
    expect(body).toContain("SUMMARY:Office day — Oslo");
    expect(body.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThan(5);
    expect(body).toMatch(/DTSTART;VALUE=DATE:\d{8}/);

    // The person switches to Norwegian: the same URL now speaks Norwegian.
    await page.getByLabel("Language").selectOption("nb");
    await expect(page.getByRole("heading", { level: 1, name: "Profil" })).toBeVisible();
    // The choice is saved as the page switches: the next fetch of the same URL speaks Norwegian.
    await expect.poll(async () => (await request.get(url)).text()).toContain("SUMMARY:Kontordag — Oslo");
    await page.getByLabel("Språk").selectOption("en");
    await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();

    // Reset is secondary and asks first; cancelling changes nothing.
    await page.reload();
    await page.getByRole("button", { name: "Reset calendar link…" }).click();
    await expect(page.getByRole("group", { name: "Reset your calendar link?" })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Cancel" }).click();
    expect((await request.get(url)).status()).toBe(200);
    await page.getByRole("button", { name: "Reset calendar link…" }).click();
    await page.getByRole("button", { name: "Reset the link" }).click();
    await expect(page.getByLabel("Calendar link", { exact: true })).not.toHaveValue(url);
    expect((await request.get(url)).status()).toBe(404);
    expect((await request.get(await page.getByLabel("Calendar link", { exact: true }).inputValue())).status()).toBe(200);

    await page.reload();
    await expect(page.getByText(/Your calendar link was created on/)).toBeVisible();
    await expect(page.getByLabel("Calendar link", { exact: true })).toHaveCount(0);
  });

  test("the user's name in the header leads to the profile", async ({ page }) => {
    await signIn(page, "LEADER");
    await page.getByRole("link", { name: "Lars Berg" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
  });
});

test.describe("capacity and profile in four languages, axe-clean, on a phone", () => {
  const headings = {
    en: { capacity: "Capacity", profile: "Profile" },
    nb: { capacity: "Kapasitet", profile: "Profil" },
    sv: { capacity: "Kapacitet", profile: "Profil" },
    nl: { capacity: "Capaciteit", profile: "Profiel" },
  } as const;

  for (const [locale, names] of Object.entries(headings)) {
    test(`in ${locale}`, async ({ page, baseURL }) => {
      // Eight page loads, each checked by axe.
      test.slow();
      await signIn(page, "EMPLOYEE");
      await page.context().addCookies([{ name: "office-rotation-locale", value: locale, url: baseURL! }]);
      for (const [path, name] of [["/capacity", names.capacity], ["/profile", names.profile]] as const) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectNoAxeViolations(page);
        await page.screenshot({ path: `test-results/screens/${path.slice(1)}-${locale}-desktop.png`, fullPage: true });
      }
      await page.setViewportSize({ width: 390, height: 844 });
      for (const path of ["/capacity", "/profile"]) {
        await page.goto(path);
        await expectNoAxeViolations(page);
        await expectFitsPhone(page);
        await page.screenshot({ path: `test-results/screens/${path.slice(1)}-${locale}-phone.png`, fullPage: true });
      }
    });
  }

  test("the profile page after issuing a token and a calendar link, on a phone", async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, "HR");
    await page.goto("/profile");
    await page.getByLabel("Token name").fill("Reporting");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByLabel("Token", { exact: true })).toBeVisible();
    await newCalendarLink(page);
    await expect(page.getByLabel("Calendar link", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screens/profile-secrets-phone.png", fullPage: true });
    await expectFitsPhone(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: "test-results/screens/profile-secrets-desktop.png", fullPage: true });
  });
});
