import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { e2e } from "@/tests/support/e2e-env";
import { expect, signIn, test } from "./fixtures";

const root = path.resolve(import.meta.dirname, "../..");
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

/** A second app server on the same database and secret, as behind a load balancer (as tests/e2e/instances.spec.ts). */
function startOtherServer(): ChildProcess {
  const secret = readFileSync(path.join(e2e.dataDir, "auth-secret"), "utf8").trim();
  return spawn(path.join(root, "node_modules/.bin/next"), ["start", "--port", String(otherPort)], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: e2e.databaseUrl, NEXTAUTH_URL: other, NEXTAUTH_SECRET: secret, DEMO_MODE: "true" },
  });
}

test.describe("an ended session stays ended, on every app server", () => {
  test.describe.configure({ mode: "serial" });
  let server: ChildProcess;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = startOtherServer();
    while (server.exitCode === null) {
      const response = await fetch(`${other}/api/health`).catch(() => undefined);
      if (response?.ok) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`The second server exited with ${server.exitCode}`);
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
