import type { ChildProcess } from "node:child_process";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";
import { e2e } from "@/tests/support/e2e-env";
import { expect, signIn, submitSignIn, test } from "./fixtures";
import { startSecondServer } from "./second-server";

const secondPort = e2e.port + 1;
const second = `http://localhost:${secondPort}`;

test.describe("two app servers on one database", () => {
  let server: ChildProcess;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = (await startSecondServer(secondPort)).process;
  });
  test.afterAll(() => {
    server?.kill();
  });

  test("both report healthy to a load balancer, without data or sign-in", async ({ request }) => {
    for (const url of [e2e.baseURL, second]) {
      const response = await request.get(`${url}/api/health`);
      expect(response.status()).toBe(200);
      expect(await response.json()).toEqual({ status: "ok", database: "reachable", migrations: "applied" });
    }
  });

  test("failed sign-ins counted by one server are refused by the other on the next request", async ({ page }) => {
    const email = "shared.counter@example.com";
    await page.goto(`${e2e.baseURL}/sign-in`);
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAccount; attempt++) {
      expect(await submitSignIn(page, email, `wrong-${attempt}`)).toBe(401);
    }
    await page.goto(`${second}/sign-in`);
    expect(await submitSignIn(page, email, "next guess")).toBe(429);
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText("Too many failed sign-in attempts");
  });

  test("a session started on one server is valid on the other (sessions live in a signed cookie)", async ({ page }) => {
    await signIn(page, "EMPLOYEE");
    await page.goto(`${second}/`);
    await expect(page.getByRole("heading", { level: 1, name: "My office days" })).toBeVisible();
  });
});
