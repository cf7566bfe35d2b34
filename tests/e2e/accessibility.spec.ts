import { expect, expectNoAxeViolations, signIn, test } from "./fixtures";

test.describe("accessibility (axe, WCAG 2.1 AA)", () => {
  test("the sign-in page", async ({ page }) => {
    await page.goto("/sign-in");
    await expectNoAxeViolations(page);
  });

  test("every page an admin can open, and the 403 page", async ({ page }) => {
    await signIn(page, "ADMIN");
    for (const path of ["/", "/team", "/offices", "/employees", "/audit"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });

  test("the 403 page an employee sees", async ({ page }) => {
    await signIn(page, "EMPLOYEE");
    await page.goto("/offices");
    await expectNoAxeViolations(page);
  });

  test("the menu works from the keyboard", async ({ page }) => {
    await signIn(page, "HR");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    const offices = page.getByRole("link", { name: "Offices" });
    await offices.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Offices" })).toBeVisible();
  });
});
