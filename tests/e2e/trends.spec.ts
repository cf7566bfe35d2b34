import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { demoAccount, expect, expectNoAxeViolations, signIn, submitSignIn, test } from "./fixtures";
import { screenshots } from "./screenshots";

// A fresh server renders its first pages slowly on a busy machine: warm it before the first sign-in.
test.beforeAll(async ({ request }) => {
  for (const path of ["/sign-in", "/api/auth/csrf", "/api/auth/providers"]) await request.get(path);
});

test.describe("trends", () => {
  test("HR opens Trends, switches to the weekday heat map and to a team, and downloads the figures as XLSX and CSV", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, "HR");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trends" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Trends" })).toBeVisible();
    await expect(page.getByText(/“Expected” is what people planned .* not who actually came/)).toBeVisible();
    // Sixteen weeks by default (the 12 before this one, this one and 3 after), and the whole period.
    await expect(page.getByRole("table", { name: /^Per week, / }).getByRole("row")).toHaveCount(1 + 16 + 1);
    const chart = page.locator("[aria-hidden=true]").filter({ has: page.locator(".recharts-wrapper") });
    await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "By team" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "By priority class" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "By wave" })).toBeVisible();

    await page.getByLabel("View", { exact: true }).selectOption("weekday");
    await page.getByRole("button", { name: "Show" }).click();
    const heatMap = page.getByRole("table", { name: /^Share of seats expected to be used per weekday and week/ });
    // Monday to Friday, under a row of weeks.
    await expect(heatMap.getByRole("row")).toHaveCount(1 + 5);
    await expect(heatMap.getByRole("cell", { name: /^\d+ ?%$/ }).first()).toBeVisible();
    await screenshots(page, "trends-heat-map");

    const team = (await page.getByLabel("Team", { exact: true }).locator("option").nth(1).textContent()) ?? "";
    await page.getByLabel("Team", { exact: true }).selectOption({ label: team });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${team} \\(`) })).toBeVisible();
    await expect(page.getByRole("table", { name: /^People expected per weekday and week/ })).toBeVisible();
    // A team shows its totals only: no breakdowns.
    await expect(page.getByRole("heading", { name: "By team" })).toHaveCount(0);

    const workbookDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "Per week as XLSX" }).click();
    const workbookFile = await workbookDownload;
    expect(workbookFile.suggestedFilename()).toMatch(/^trends-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}-week\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await workbookFile.path());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe("Week");
    expect(sheet.getCell("B1").value).toBe("Open days");
    expect(sheet.rowCount).toBe(1 + 16);
    // The week's Monday as a real date cell, the open days as a number.
    const monday = sheet.getCell("A2");
    expect(monday.type).toBe(ExcelJS.ValueType.Date);
    expect(monday.value).toBeInstanceOf(Date);
    expect((monday.value as Date).getUTCDay()).toBe(1);
    expect(sheet.getCell("B2").type).toBe(ExcelJS.ValueType.Number);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Per week as CSV" }).click();
    const file = await (await download).path();
    const table = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true });
    expect(table.data).toHaveLength(16);
    const first = table.data[0] as Record<string, string>;
    expect(first.week).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A number as a number (or empty where held back), never words; the same week as the workbook's.
    expect(first.week).toBe((monday.value as Date).toISOString().slice(0, 10));
    expect(first.openDays).toMatch(/^\d+$/);
    expect(first.planned).toMatch(/^(\d+)?$/);
  });

  test("a leader sees the teams they lead, totals only", async ({ page }) => {
    await signIn(page, "LEADER");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trends" }).click();
    // Other specs may have made the demo leader lead more teams (HR's console creates one): pick the demo team.
    const team = page.getByLabel("Team", { exact: true });
    await expect(team.locator("option", { hasText: "Whole office" })).toHaveCount(0);
    await team.selectOption({ label: demoAccount("LEADER").team! });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${demoAccount("LEADER").team} \\(`) })).toBeVisible();
    await expect(page.getByRole("heading", { name: "By team" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  for (const [locale, title] of [["en-GB", "Trends"], ["nb-NO", "Trender"], ["sv-SE", "Trender"], ["nl-NL", "Trends"]] as const) {
    test(`in ${locale}, axe-clean on a phone`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto("/sign-in");
      const account = demoAccount("HR");
      expect(await submitSignIn(page, account.email, account.password)).toBe(200);
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 20_000 });
      await page.goto("/trends?view=weekday");
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshots(page, `trends-${locale}`);
      await context.close();
    });
  }
});
