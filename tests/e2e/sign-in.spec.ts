import { demoAccount, expect, signIn, test } from "./fixtures";
import type { Role } from "@/lib/auth/permissions";

const menus: Record<Role, string[]> = {
  EMPLOYEE: ["My days", "Capacity", "Profile"],
  LEADER: ["My days", "My team", "Team days", "Capacity", "Trends", "Profile"],
  HR: ["My days", "My team", "Capacity", "Trends", "Offices", "Teams", "Employees", "Plans", "Audit log", "Profile"],
  ADMIN: ["My days", "My team", "Capacity", "Trends", "Offices", "Teams", "Employees", "Plans", "Audit log", "Deliveries", "Profile"],
};

test.describe("signing in and out", () => {
  for (const role of Object.keys(menus) as Role[]) {
    test(`${role.toLowerCase()} signs in, sees the menu of the role, and signs out`, async ({ page }) => {
      await signIn(page, role);
      const account = demoAccount(role);
      await expect(page.getByText(`${account.givenName} ${account.familyName}`)).toBeVisible();
      const menu = page.getByRole("navigation", { name: "Main" });
      await expect(menu.getByRole("link")).toHaveText(menus[role]);
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/sign-in/);
      await page.goto("/");
      await expect(page).toHaveURL(/\/sign-in/);
    });
  }

  test("a wrong password is refused with a clear message", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("employee@example.com");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("The email or password is not right. Check both and try again.");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a malformed email is caught before sending, naming the field", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("x");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter an email address such as name@company.com.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  });

  test("demo accounts are listed and fill the form", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: /Use the HR account/ }).click();
    await expect(page.getByLabel("Email")).toHaveValue("hr@example.com");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("link", { name: "Employees" })).toBeVisible();
  });
});
