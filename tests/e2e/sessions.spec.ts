import type { ChildProcess } from "node:child_process";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { e2e } from "@/tests/support/e2e-env";
import { expect, signIn, test } from "./fixtures";
import { startSecondServer } from "./second-server";

const otherPort = e2e.port + 3;
const other = `http://localhost:${otherPort}`;

/** The session cookie of a signed-in page (next-auth's name over http). */
async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === "next-auth.session-token");
  if (!cookie) throw new Error("No session cookie after signing in");
  return cookie;
}

/** A fresh browser holding nothing but a copy of that cookie, as a thief would. */
async function withCopiedCookie(browser: Browser, cookie: Awaited<ReturnType<typeof sessionCookie>>): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([cookie]);
  return context.newPage();
}

async function expectSignedIn(page: Page, base = e2e.baseURL) {
  await page.goto(`${base}/`);
  await expect(page.getByRole("heading", { level: 1, name: "My office days" })).toBeVisible();
  expect((await page.request.get(`${base}/api/v1/me`)).status()).toBe(200);
}

async function expectSignedOut(page: Page, base = e2e.baseURL) {
  await page.goto(`${base}/`);
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await page.request.get(`${base}/api/v1/me`)).status()).toBe(401);
}

test.describe("an ended session stays ended, on every app server", () => {
  test.describe.configure({ mode: "serial" });
  let server: ChildProcess;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    // A second app server on the same database, as behind a load balancer: the session state must reach it too.
    server = (await startSecondServer(otherPort)).process;
  });
  test.afterAll(() => {
    server?.kill();
  });

  test("after signing out, a copied session cookie no longer works, on this server or the other", async ({ page, browser }) => {
    await signIn(page, "LEADER");
    const copy = await withCopiedCookie(browser, await sessionCookie(page.context()));
    await expectSignedIn(copy);
    await expectSignedIn(copy, other);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    await expectSignedOut(copy);
    await expectSignedOut(copy, other);
    await copy.context().close();
  });

  test("signing in again opens a new session; the old cookie stays ended", async ({ page, browser }) => {
    await signIn(page, "LEADER");
    const first = await sessionCookie(page.context());
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await signIn(page, "LEADER");
    const old = await withCopiedCookie(browser, first);
    await expectSignedOut(old);
    await old.context().close();
  });

  test("Sign out everywhere on the profile page ends every session of the person, elsewhere too", async ({ page, browser }) => {
    await signIn(page, "LEADER");
    const elsewhere = await browser.newPage();
    await signIn(elsewhere, "LEADER");
    const copy = await withCopiedCookie(browser, await sessionCookie(page.context()));
    await expectSignedIn(copy, other);

    await page.goto("/profile");
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    await expectSignedOut(elsewhere);
    await expectSignedOut(copy);
    await expectSignedOut(copy, other);
    await elsewhere.context().close();
    await copy.context().close();
  });
});
