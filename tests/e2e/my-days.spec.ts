import { expect, expectNoAxeViolations, signIn, test } from "./fixtures";

test.describe("office days from the published plan", () => {
  test("an employee sees their office days and why", async ({ page }) => {
    await signIn(page, "EMPLOYEE");
    const days = page.getByRole("list").filter({ has: page.getByText("In the office") });
    // Åse Æsøy files under Æ in Oslo's alphabet, not under A.
    // The wave by the name Oslo's HR gave it, not "wave 1".
    await expect(days.getByText("Surname group Æ–Å: Tuesdays (Nyansatte og kundenære team)").first()).toBeVisible();
    await expect(days.getByText("Surname group Æ–Å comes on Tuesday and Friday").first()).toBeVisible();
    await expect(days.getByText(/\d+ of 30 seats taken/).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the reasons are worded in the chosen language", async ({ page }) => {
    await signIn(page, "EMPLOYEE");
    await page.getByLabel("Language").selectOption("nb");
    await expect(page.getByText("Etternavnsgruppe Æ–Å: tirsdag (Nyansatte og kundenære team)").first()).toBeVisible();
    await expect(page.getByText("På kontoret").first()).toBeVisible();
  });

  test("a leader sees the team's days in totals, never names", async ({ page }) => {
    await signIn(page, "LEADER");
    await page.getByRole("link", { name: "My team" }).click();
    const table = page.getByRole("table", { name: "Office days, next two weeks" });
    await expect(table.getByRole("row")).toHaveCount(11);
    await expect(table.getByRole("columnheader", { name: "Team members due in" })).toBeVisible();
    await expect(page.getByText("Totals only: who stays home is private to each person.")).toBeVisible();
    await expect(page.getByText("Æsøy")).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
