import { readFileSync } from "node:fs";
import { withDatabase } from "./database";
import { expect, signIn, test } from "./fixtures";
import { pageTable } from "../support/access-table";
import type { Role } from "@/lib/auth/permissions";

/**
 * Issue 18 against the built app: a far-off date no longer stops the
 * server (item 1), and a control character in any page's address is
 * refused on the page instead of answering 500 (item 7). The pages come
 * from the access table, so a new page is tried without being named here.
 */

/** Every query parameter a page reads today, plus one none reads: all NUL. */
const NUL_QUERY = ["q", "office", "actor", "kind", "from", "to", "date", "view", "page", "sort", "dir", "status", "before", "after", "effectiveFrom", "published", "error", "probe"]
  .map((name) => `${name}=%00`)
  .join("&");
const REFUSED = "Part of the address contains control characters";
/** A page that reads its address says so; one that reads none ignores it. */
const readsItsAddress = (file: string) => readFileSync(file, "utf8").includes("searchParams");

test.describe.configure({ timeout: 240_000 });

test.beforeAll(async ({ request }) => {
  for (const path of ["/sign-in", "/api/auth/csrf", "/api/auth/providers"]) await request.get(path);
});

test("a NUL in the sign-in page's address is refused on the page", async ({ page }) => {
  const response = await page.goto(`/sign-in?${NUL_QUERY}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: REFUSED })).toBeVisible();
});

for (const role of ["ADMIN", "LEADER"] as Role[]) {
  test(`${role}: every page they may open refuses control characters in its address, and a NUL in its path is no error`, async ({ page }) => {
    await signIn(page, role);
    const planId = await withDatabase(async (db) => (await db.query("SELECT id FROM rotation_plan ORDER BY created_at LIMIT 1")).rows[0]?.id as string | undefined);
    const rows = pageTable.filter((row) => row.access !== "public" && row.roles.includes(role) && (role === "ADMIN" || !row.roles.includes("ADMIN")));
    for (const row of rows) {
      // A real plan, so the plan pages render instead of answering 404.
      const url = planId ? row.url.replace("no-such-plan", planId) : row.url;
      const response = await page.goto(`${url}?${NUL_QUERY}`);
      const status = response?.status();
      expect({ url, status }).toEqual({ url, status: url.includes("no-such") ? 404 : 200 });
      if (status === 200 && readsItsAddress(row.file)) await expect(page.getByText(REFUSED), url).toBeVisible();
      if (row.url.includes("no-such")) {
        const withNul = row.url.replace(/no-such-[a-z]+/, "%00");
        expect({ url: withNul, status: (await page.goto(withNul))?.status() }).toEqual({ url: withNul, status: 404 });
      }
    }
  });
}

test("far-off dates and unbounded ranges answer 400 at once, and the server keeps answering", async ({ page }) => {
  await signIn(page, "EMPLOYEE");
  const api = page.request;
  const today = new Date().toISOString().slice(0, 10);
  const dayAfter = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const started = Date.now();
  const optOut = await api.post("/api/v1/me/opt-outs", { data: { from: "9999-12-31" }, headers: { origin: new URL(page.url()).origin } });
  expect(optOut.status()).toBe(400);
  expect((await optOut.json()).error).toMatchObject({ code: "invalid_input", field: "from" });
  for (const [query, field] of [[`to=${dayAfter(-2)}`, "to"], ["from=0000-01-01", "from"], ["from=9999-12-31", "from"], [`to=${dayAfter(3000)}`, "to"]] as const) {
    const days = await api.get(`/api/v1/me/days?${query}`);
    expect({ query, status: days.status(), field: (await days.json()).error?.field }).toEqual({ query, status: 400, field });
  }
  expect(Date.now() - started).toBeLessThan(20_000);
  expect((await api.get("/api/health")).status()).toBe(200);
});
