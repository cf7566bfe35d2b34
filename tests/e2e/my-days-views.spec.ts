import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { getISOWeek } from "date-fns";
import { toDbDate } from "@/lib/date-only";
import { formatLongDate } from "@/lib/i18n/dates";
import { withDatabase } from "./database";
import { isOwnOfficeDay, osloToday, plusDays, upcomingDays } from "./days";
import { tokensForOffice } from "./e2e-db";
import { demoAccount, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

const shots = "test-results/screens";
const longDate = (date: string) => formatLongDate(toDbDate(date), "en");

async function employeeToken(): Promise<string> {
  const [self] = await tokensForOffice("Oslo", { only: [demoAccount("EMPLOYEE").email] }, 1);
  return self!.token;
}

/** Signs in on a desktop-sized window, picks the language there, then takes the size asked for. */
async function openAs(page: Page, role: "EMPLOYEE" | "HR", locale: string, width: number) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, role);
  if (locale !== "en") {
    await page.getByLabel("Language").selectOption(locale);
    // The choice is saved before the page speaks it; a navigation sooner would still be in English.
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
  }
  await page.setViewportSize({ width, height: width >= 1000 ? 900 : 760 });
}

test.describe("My office days: phone, weeks and month", () => {
  test.describe.configure({ timeout: 180_000 });

  for (const width of [390, 320]) {
    test(`a phone's first screen (${width} px) shows a day, and the period form is one tap away`, async ({ page }) => {
      await openAs(page, "EMPLOYEE", "en", width);
      await expect(page.locator("main ol > li").first()).toBeInViewport();
      await expect(page.getByLabel("From")).toBeHidden();
      await page.getByText("Stay home for a period").click();
      await expect(page.getByLabel("From")).toBeVisible();
      await expectNoAxeViolations(page);
      // Nothing sticks out sideways on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }

  for (const [locale, word] of [["nb", "Uke"], ["sv", "Vecka"]] as const) {
    test(`the days are grouped under ISO week numbers in ${locale} ("${word} 49")`, async ({ page, request }) => {
      const from = osloToday();
      const response = await request.get(`/api/v1/me/days?from=${from}&to=${plusDays(from, 27)}`, { headers: { authorization: `Bearer ${await employeeToken()}` } });
      const days = ((await response.json()) as { days: { date: string; status: string }[] }).days.filter((day) => day.status !== "non-working");
      // Local noon: the same calendar day in whatever time zone the runner is in.
      const weeks = [...new Set(days.map((day) => getISOWeek(new Date(`${day.date}T12:00:00`))))];
      await openAs(page, "EMPLOYEE", locale, 1280);
      const headings = page.getByRole("heading", { level: 3, name: new RegExp(`^${word} \\d+$`) });
      await expect(headings).toHaveText(weeks.map((week) => `${word} ${week}`));
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${shots}/my-days-list-${locale}-desktop.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: `${shots}/my-days-list-${locale}-390.png` });
    });
  }

  test("the month view: a calendar with the same one-click choices, by keyboard", async ({ page, request }) => {
    const days = await upcomingDays(request, await employeeToken());
    // An own day with seats to spare: nobody is waiting to take the seat it frees, so the undo gets it back.
    const own = days.filter((day) => isOwnOfficeDay(day) && (day.totals.free ?? 0) > 0).at(-1)!.date;
    await openAs(page, "EMPLOYEE", "en", 1280);
    const month = page.getByRole("link", { name: "Month" });
    await month.focus();
    await page.keyboard.press("Enter");
    await expect(month).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("table").first().getByRole("columnheader", { name: "Monday" })).toBeVisible();
    const cell = page.getByRole("cell", { name: longDate(own) });
    await expect(cell.getByText("In the office", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await cell.getByRole("button", { name: `I'll stay home on ${longDate(own)}` }).focus();
    await page.keyboard.press("Enter");
    await expect(cell.getByRole("status")).toHaveText(`Done: you stay home on ${longDate(own)}.`);
    await expect(cell.getByRole("button", { name: `Undo: I'll come on ${longDate(own)}` })).toBeFocused();
    await expect(cell.getByText("Home", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Enter");
    await expect(cell.getByRole("status")).toHaveText(`Done: you are back in the office on ${longDate(own)}.`);
    await expect(cell.getByRole("button", { name: `I'll stay home on ${longDate(own)}` })).toBeFocused();
    await expectNoAxeViolations(page);
    // Tab goes on to the next day's choice, in reading order.
    await page.keyboard.press("Tab");
    await expect(cell.locator(":focus")).toHaveCount(0);
    // The next day's first control: its who's-in link (colleagues who share their days), or its choice.
    await expect(page.locator("main td :focus")).toHaveAccessibleName(/^((I'll stay home|Undo: I'll come|Ask for an extra day|Withdraw my request for) .*\d{4}|Also in: .*\(Who's in on .*\d{4}\))$/);
  });

  for (const locale of ["en", "nb", "sv"]) {
    test(`screenshots of the month view in ${locale}`, async ({ page }) => {
      await openAs(page, "EMPLOYEE", locale, 1280);
      await page.goto("/?view=month");
      await expect(page.getByRole("table").first()).toBeVisible();
      await page.screenshot({ path: `${shots}/my-days-month-${locale}-desktop.png`, fullPage: true });
      for (const width of [390, 320]) {
        await page.setViewportSize({ width, height: 760 });
        await page.screenshot({ path: `${shots}/my-days-month-${locale}-${width}.png` });
      }
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("navigation on a phone", () => {
  test("HR opens every page from a menu at 320 px, by keyboard", async ({ page }) => {
    await openAs(page, "HR", "en", 320);
    const menu = page.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("link", { name: "Teams" })).toBeHidden();
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    for (const name of ["My days", "My team", "Capacity", "Trends", "Offices", "Teams", "Employees", "Plans", "Profile"]) {
      const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true });
      await expect(link).toBeInViewport();
      const box = await link.boundingBox();
      expect(box!.x + box!.width, `${name} fits in 320 px`).toBeLessThanOrEqual(320);
    }
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${shots}/menu-en-320.png` });
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();

    await page.keyboard.press("Enter");
    await page.getByRole("link", { name: "Capacity", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Capacity" })).toBeVisible();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByText("Swipe the table sideways to see every column.")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${shots}/capacity-en-320.png`, fullPage: true });
  });

  for (const locale of ["nb", "sv"]) {
    test(`screenshots of the menu and Capacity in ${locale}`, async ({ page }) => {
      await openAs(page, "HR", locale, 1280);
      await page.goto("/capacity");
      await page.screenshot({ path: `${shots}/capacity-${locale}-desktop.png`, fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: `${shots}/capacity-${locale}-390.png`, fullPage: true });
      await page.getByRole("button", { name: "Meny" }).click();
      await page.screenshot({ path: `${shots}/menu-${locale}-390.png` });
      await expectNoAxeViolations(page);
    });
  }
});

test("an office with nobody in it says so on Capacity and tells HR what to do", async ({ page }) => {
  const name = "Empty office (e2e)";
  const id = await withDatabase(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO office (id, name, timezone, locale, seats, capacity_percent, working_weekdays, updated_at)
       VALUES ('emptyofficee2e', $1, 'Europe/Oslo', 'nb', 20, 50, '{1,2,3,4,5}', now())
       ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`,
      [name],
    );
    return rows[0]!.id;
  });
  try {
    await openAs(page, "HR", "en", 1280);
    await page.goto(`/capacity?office=${id}`);
    await expect(page.getByText(`${name} has nobody in the rotation yet. HR: add people under Employees`)).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await expectNoAxeViolations(page);
  } finally {
    // Other specs count the demo's offices.
    await withDatabase((db) => db.query("DELETE FROM office WHERE id = $1", [id]));
  }
});

/** axe's best-practice rules the WCAG run leaves out, asked for by name. */
async function expectBestPractice(page: Page, rules: string[]) {
  const results = await new AxeBuilder({ page }).withRules(rules).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a plan's headings are in order, and the import's error table is one landmark", async ({ page }) => {
  await openAs(page, "HR", "en", 1280);
  await page.goto("/plans");
  await page.locator('main a[href^="/plans/"]').first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Rules" })).toBeVisible();
  await expectBestPractice(page, ["heading-order", "landmark-unique"]);

  await page.goto("/employees/import");
  const bad = "Email;Given name;Family name;Office;Team;Start date;Role\nnot-an-email;Worse;Row;Atlantis;;2027-01-04;\n";
  await page.getByLabel("CSV file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad, "utf8") });
  await page.getByRole("button", { name: "Check and preview" }).click();
  await expect(page.getByRole("table", { name: /problems? in the file/ })).toBeVisible();
  await expectBestPractice(page, ["heading-order", "landmark-unique"]);
  await expectNoAxeViolations(page);
});
