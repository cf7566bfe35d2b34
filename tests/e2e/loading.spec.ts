import type pg from "pg";
import type { Page, Route } from "@playwright/test";
import { withDatabase } from "./database";
import { expect, signIn, test } from "./fixtures";

/**
 * Slow answers are made slow by the test, never by the app: a lock on the
 * table a page reads holds its query, and a held request holds an action.
 * Each hold is released by the test once it has seen the waiting state.
 */

/** Runs `during` while the audit log is locked against reading: the Audit page's query waits until it returns. */
async function withAuditLogLocked(during: () => Promise<void>) {
  await withDatabase(async (client: pg.Client) => {
    await client.query("BEGIN");
    try {
      await client.query("LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE");
      await during();
    } finally {
      await client.query("ROLLBACK");
    }
  });
}

/** Holds the next request `matches` accepts until the returned function is called. */
async function holdRequest(page: Page, matches: (route: Route) => boolean): Promise<{ held: Promise<void>; release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let seen = () => {};
  const held = new Promise<void>((resolve) => (seen = resolve));
  let once = false;
  await page.route("**/*", async (route) => {
    if (once || !matches(route)) return route.fallback();
    once = true;
    seen();
    await released;
    await route.fallback();
  });
  return { held, release };
}

test.describe("slow pages and actions show they are working", () => {
  test("a page whose data is slow shows its loading state, and still answers 200 at once", async ({ page }) => {
    await signIn(page, "HR");
    await withAuditLogLocked(async () => {
      // "commit": the headers are in; the page's body waits for the lock.
      const response = await page.goto("/audit", { waitUntil: "commit" });
      expect(response?.status()).toBe(200);
      await expect(page.getByTestId("page-loading").getByRole("status")).toHaveText("Loading…");
      await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toHaveCount(0);
    });
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await expect(page.getByTestId("page-loading")).toHaveCount(0);

    // A click in the menu to the same slow page: the header stays, the loading state replaces the old page.
    await page.goto("/");
    await withAuditLogLocked(async () => {
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
      await expect(page.getByTestId("page-loading")).toBeVisible();
    });
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  });

  test("a page one may not open still answers 403, with the loading states in place", async ({ page }) => {
    await signIn(page, "EMPLOYEE");
    expect((await page.goto("/audit"))?.status()).toBe(403);
    await expect(page.getByTestId("page-loading")).toHaveCount(0);
  });

  test("a page about something that does not exist still answers 404, with the loading states in place", async ({ page }) => {
    await signIn(page, "HR");
    expect((await page.goto("/employees/no-such-employee"))?.status()).toBe(404);
    expect((await page.goto("/plans/no-such-plan/publish"))?.status()).toBe(404);
  });

  test("a filter form's button is busy until the filtered page shows", async ({ page }) => {
    await signIn(page, "HR");
    await page.goto("/audit");
    const filter = page.getByRole("button", { name: "Filter" });
    const hold = await holdRequest(page, (route) => route.request().url().includes("/audit?") && route.request().headers().rsc === "1");
    await page.getByLabel("Kind").selectOption({ index: 1 });
    await filter.click();
    await hold.held;
    await expect(filter).toBeDisabled();
    await expect(filter).toHaveAttribute("aria-busy", "true");
    hold.release();
    await expect(page).toHaveURL(/\/audit\?kind=/);
    await expect(filter).toBeEnabled();
    await expect(filter).not.toHaveAttribute("aria-busy", /.*/);
  });

  test("an action's button says it is working until the server answers", async ({ page }) => {
    await signIn(page, "EMPLOYEE");
    await page.goto("/profile");
    // The page the action refreshes keeps its content while the new one loads: the loading state never replaces it
    // (it would take the person's place and focus with it).
    await page.evaluate(() => {
      const seen = window as unknown as { sawLoading: boolean };
      seen.sawLoading = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="page-loading"]')) seen.sawLoading = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const hold = await holdRequest(page, (route) => route.request().method() === "POST" && Boolean(route.request().headers()["next-action"]));
    await page.getByLabel("Token name").fill("Loading spec");
    await page.getByRole("button", { name: "Create token" }).click();
    await hold.held;
    await expect(page.getByRole("button", { name: "Creating…" })).toBeDisabled();
    hold.release();
    await expect(page.getByRole("button", { name: "Create token" })).toBeEnabled();
    const row = page.getByRole("table", { name: "Your tokens" }).getByRole("row", { name: /Loading spec/ });
    await expect(row).toContainText("Active");
    expect(await page.evaluate(() => (window as unknown as { sawLoading: boolean }).sawLoading)).toBe(false);
    // Leave nothing behind for later specs.
    await page.getByRole("button", { name: "Revoke the token Loading spec" }).click();
    await expect(row).toContainText("Revoked");
  });
});
