import type { Page } from "@playwright/test";
import { withDatabase } from "./database";
import { mondayAfter, osloToday, plusDays } from "./days";
import { expect as baseExpect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { screenshots } from "./screenshots";

// These pages run the engine for a whole office; shared machines are slow.
const expect = baseExpect.configure({ timeout: 20_000 });

/** Axe, then screenshots at 1280 and 390 to look at. */
async function look(page: Page, name: string) {
  await expectNoAxeViolations(page);
  await screenshots(page, name);
}

async function inNorwegian(page: Page) {
  await page.getByLabel("Language").selectOption("nb");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
}

test.describe("HR actions show their result", () => {
  test.describe.configure({ timeout: 300_000 });

  test("after Add closed days at the bottom, the preview and Confirm are in view and focused", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, "HR");
    await page.goto("/offices");
    await page.getByRole("link", { name: "Oslo" }).click();
    // A Tuesday within the 8 weeks the preview covers.
    await page.locator("#closure-from").fill(plusDays(mondayAfter(plusDays(osloToday(), 14)), 1));
    await page.locator("#closure-reason").fill("Inventory");
    await page.getByRole("button", { name: "Add closed days" }).click();
    const pending = page.getByTestId("pending-change");
    await expect(pending).toBeFocused();
    await expect(pending.getByRole("heading", { name: /What this changes from/ })).toBeInViewport();
    await expect(page.getByRole("button", { name: "Confirm and save" })).toBeInViewport();
    await look(page, "closure-preview");
    await page.getByRole("button", { name: "Cancel" }).first().click();
    await expect(pending).toHaveCount(0);

    // The office settings' confirm step too.
    await page.getByLabel("A fixed number of people").check();
    await page.getByLabel("People per day").fill("5");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByTestId("pending-change")).toBeFocused();
    await expect(page.getByTestId("pending-change")).toBeInViewport();
    await page.getByRole("button", { name: "Keep editing" }).click();
  });

  test("a published plan's date is not marked invalid, and its preview names each number", async ({ page }) => {
    await signIn(page, "HR");
    await page.goto("/plans");
    await page.getByRole("link", { name: /reopening/ }).first().click();
    const date = page.getByLabel("Preview from");
    await expect(date).toBeDisabled();
    await expect(date).not.toHaveAttribute("aria-invalid", /.*/);
    // Its date is weeks ago, which a draft may not be; a published version's is history, not an error.
    expect(await date.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByText("Choose today or a later day: the past never changes.")).toHaveCount(0);
    expect(await date.evaluate((element) => element.matches(":invalid, [aria-invalid='true']"))).toBe(false);
    const day = page.getByTestId("preview-day").filter({ has: page.getByTestId("preview-expected") }).first();
    await expect(day.getByTestId("preview-expected")).toHaveText(/^\d+ of \d+ seats expected after cuts$/);
    await expect(day.getByTestId("preview-planned")).toHaveText(/^\d+ planned before cuts$/);
    await expect(page.getByText(/^\d+ cut \(over capacity\)$/).or(page.getByText("No day is over capacity.")).first()).toBeVisible();
    await look(page, "plan-published");
    await inNorwegian(page);
    await expect(day.getByTestId("preview-expected")).toHaveText(/^\d+ av \d+ plasser forventet etter kutt$/);
    await expect(day.getByTestId("preview-planned")).toHaveText(/^\d+ planlagt før kutt$/);
    await look(page, "plan-published-nb");
  });

  test("HR sees a person's planned days and reasons on the employee page", async ({ page }) => {
    await signIn(page, "HR");
    await page.goto("/employees?q=%C3%86s%C3%B8y");
    await page.getByRole("link", { name: /Æsøy/ }).first().click();
    const planned = page.getByRole("region", { name: "Planned days" });
    await expect(planned).toBeVisible();
    const days = planned.getByTestId("planned-day");
    expect(await days.count()).toBeGreaterThanOrEqual(15);
    // The demo employee's days come from their surname group; nothing of their own choices.
    await expect(planned.getByText(/Surname group Æ–Å/).first()).toBeVisible();
    // Only the plan's words: never the reason a person's own stay-home day gives them.
    await expect(planned).not.toContainText("You stay home this day");
    await look(page, "employee-planned-days");
    await inNorwegian(page);
    await expect(page.getByRole("region", { name: "Planlagte dager" })).toBeVisible();
    await look(page, "employee-planned-days-nb");
  });
});

test.describe("a leader proposes with a preview", () => {
  test.describe.configure({ timeout: 300_000 });

  test("the leader sees per day planned, capacity and cut for the proposed days, from the start date they choose", async ({ page }) => {
    await signIn(page, "LEADER");
    // The leader's own team, as the app names it, not the first team listed: an earlier spec (hr-console) makes
    // this leader lead a new, empty team too, which sorts first, and an empty team's days change no total.
    await page.goto("/team");
    const team = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    await page.goto("/team-days");
    // Its section is headed "<team> (<office>)" in every language.
    const section = page.getByRole("region", { name: `${team} (` });
    const form = section.getByRole("form", { name: `Days of ${team}`, exact: true });
    const preview = section.getByRole("region", { name: "Preview", exact: true });
    // Tuesday and Thursday for the whole team: the office's totals per day show at once.
    await expect(preview.getByRole("status")).toHaveText("Choose at least one weekday and a start date to see the preview.");
    for (const day of ["Tuesday", "Thursday"]) await form.getByRole("checkbox", { name: day }).check();
    await expect(preview.getByTestId("preview-day").first()).toBeVisible();
    await expect(preview.getByTestId("preview-expected").first()).toHaveText(/^\d+ of \d+ seats expected after cuts$/);
    // Choosing two more days changes the totals live.
    const before = await preview.getByTestId("preview-planned").allInnerTexts();
    for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]) await form.getByRole("checkbox", { name: day }).check();
    // The preview is computed on the server a moment after the last change: room for a busy machine (a limit, not a timing assertion).
    await expect.poll(async () => (await preview.getByTestId("preview-planned").allInnerTexts()).join("|"), { timeout: 60_000 }).not.toBe(before.join("|"));

    // The start date moves the preview's first day.
    // A Monday, so the first day listed (working days only) is the start itself.
    const start = mondayAfter(plusDays(osloToday(), 14));
    await form.getByLabel("Start from").fill(start);
    const first = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${start}T00:00:00Z`));
    await expect(preview.getByTestId("preview-day").first()).toContainText(first);
    await look(page, "team-days-preview");

    // A past start is refused where it is typed.
    await form.getByLabel("Start from").fill(plusDays(osloToday(), -7));
    await expect(form.getByText("The start cannot be in the past: choose today or later.").first()).toBeVisible();
    await expect(form.getByLabel("Start from")).toHaveAttribute("aria-invalid", "true");
    await form.getByLabel("Start from").fill(start);
    await inNorwegian(page);
    await expect(section.getByRole("region", { name: "Forhåndsvisning", exact: true }).getByTestId("preview-expected").first()).toHaveText(/^\d+ av \d+ plasser forventet etter kutt$/);
    await look(page, "team-days-preview-nb");
  });

  test("a team with nobody in it says its days change nothing, instead of a preview that never moves", async ({ page }) => {
    const name = "E2E empty team";
    await withDatabase(async (db) => {
      await db.query(
        `INSERT INTO team (id, office_id, name, updated_at) SELECT 'e2e-empty-team', office_id, $1, now() FROM employee WHERE email = 'leader@example.com'`,
        [name],
      );
      await db.query(`INSERT INTO team_leader (team_id, employee_id) SELECT 'e2e-empty-team', id FROM employee WHERE email = 'leader@example.com'`);
    });
    try {
      await signIn(page, "LEADER");
      await page.goto("/team");
      const team = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
      await page.goto("/team-days");
      await expect(page.getByRole("region", { name: `${name} (` }).getByTestId("empty-team")).toHaveText(new RegExp(`^${name} has nobody in it yet`));
      await expect(page.getByRole("region", { name: `${team} (` }).getByTestId("empty-team")).toHaveCount(0);
    } finally {
      await withDatabase((db) => db.query("DELETE FROM team WHERE id = 'e2e-empty-team'"));
    }
  });
});
