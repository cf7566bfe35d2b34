import { demoAccount, expect, signIn, test } from "./fixtures";
import { pageTable, ROLES } from "../support/access-table";

test.describe("every page answers each role as the access table says", () => {
  test.describe.configure({ timeout: 180_000 });
  test("signed out, every page but sign-in sends you to sign-in", async ({ page }) => {
    for (const row of pageTable.filter((candidate) => candidate.access !== "public")) {
      await page.goto(row.url);
      await expect(page, row.url).toHaveURL(/\/sign-in$/);
    }
  });

  for (const role of ROLES) {
    test(`${role}`, async ({ page }) => {
      await signIn(page, role);
      for (const row of pageTable.filter((candidate) => candidate.access !== "public")) {
        const status = (await page.goto(row.url))?.status();
        // Allowed: the page, or 404 for an id that does not exist (the permission is checked first).
        if (row.roles.includes(role)) expect({ url: row.url, status }, demoAccount(role).email).toEqual({ url: row.url, status: row.url.includes("no-such") ? 404 : 200 });
        else expect({ url: row.url, status }).toEqual({ url: row.url, status: 403 });
      }
    });
  }
});
