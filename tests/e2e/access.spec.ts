import { expect, signIn, test } from "./fixtures";

test.describe("pages a role may not open", () => {
  test("signed out, every page sends you to sign-in", async ({ page }) => {
    for (const path of ["/", "/team", "/offices", "/employees", "/audit"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in$/);
    }
  });

  test("an employee gets 403 on the team, offices, employees and audit pages", async ({ page }) => {
    await signIn(page, "EMPLOYEE");
    for (const path of ["/team", "/offices", "/employees", "/audit"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    }
  });

  test("a leader sees the team page but gets 403 on HR pages", async ({ page }) => {
    await signIn(page, "LEADER");
    expect((await page.goto("/team"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Travel Sales" })).toBeVisible();
    for (const path of ["/offices", "/employees", "/audit"]) {
      expect((await page.goto(path))?.status(), path).toBe(403);
    }
  });

  test("HR opens the offices and employees pages and searches employees", async ({ page }) => {
    await signIn(page, "HR");
    await page.goto("/offices");
    await expect(page.getByRole("cell", { name: /Oslo/ })).toBeVisible();
    await expect(page.getByText("30 people (50 % of seats)")).toBeVisible();
    await page.goto("/employees");
    await page.getByRole("searchbox", { name: "Search" }).fill("Æsøy");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("cell", { name: "employee@example.com" })).toBeVisible();
  });

  test("a bad page number in the address is explained, not crashed on", async ({ page }) => {
    await signIn(page, "HR");
    const response = await page.goto("/employees?page=abc");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("The page number in the address is not valid, so the first page is shown.");
  });
});
