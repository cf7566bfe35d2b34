import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { addAuditEntries, deleteAuditEntries } from "./e2e-db";
import { expect, expectNoAxeViolations, signIn, test } from "./fixtures";

const shots = process.env.SCREENSHOT_DIR;

/** Axe, then desktop (1280) and phone (390) screenshots of the current page to look at (SCREENSHOT_DIR=… keeps them). */
async function look(page: Page, name: string) {
  await expectNoAxeViolations(page);
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${shots}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${shots}/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function chooseLanguage(page: Page, locale: "en" | "nb" | "sv" | "nl", heading: string) {
  await page.getByLabel(/^(Language|Språk|Taal)$/).selectOption(locale);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

const norwegianMonths = "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember";

test.describe("Nordic and Dutch conventions", () => {
  test.describe.configure({ timeout: 240_000 });

  test("My office days writes Norwegian dates with a dot after the day (\"30. november\")", async ({ page }) => {
    await signIn(page, "EMPLOYEE");
    await look(page, "my-days-en");
    await chooseLanguage(page, "nb", "Mine kontordager");
    const list = page.getByRole("main");
    await expect(list.getByText(new RegExp(`^\\d{1,2}\\. (${norwegianMonths})$`)).first()).toBeVisible();
    await expect(list.getByText(new RegExp(`^\\d{1,2} (${norwegianMonths})$`))).toHaveCount(0);
    await look(page, "my-days-nb");
    await chooseLanguage(page, "sv", "Mina kontorsdagar");
    await expect(list.getByText(/^\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)$/).first()).toBeVisible();
    await chooseLanguage(page, "en", "My office days");
  });

  test("a file Excel on Windows saved as Windows-1252, with Norwegian headers, is imported with its letters intact", async ({ page }) => {
    await signIn(page, "HR");
    await page.goto("/employees/import");
    // Windows-1252: Ø, Å, Ä, Ö, æ, ø are one byte each at their Latin-1 code points; "latin1" writes exactly those bytes.
    const text =
      "E-post;Fornavn;Etternavn;Kontor;Lag;Startdato;Rolle\r\n" +
      "oyvind.cp1252@example.com;Øyvind;Ørsted;Oslo;;04.01.2027;\r\n" +
      "asa.cp1252@example.com;Åsa;Ängström-Öberg;Oslo;;05.01.2027;\r\n" +
      "kare.cp1252@example.com;Kåre;Ærø;Oslo;;06.01.2027;\r\n";
    const bytes = Buffer.from(text, "latin1");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    await page.getByLabel("CSV file").setInputFiles({ name: "ansatte.csv", mimeType: "text/csv", buffer: bytes });
    await page.getByRole("button", { name: "Check and preview" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Will create 3, update 0 and deactivate 0 people" })).toBeVisible();
    const created = page.getByRole("list", { name: "New (3)" });
    await expect(created).toContainText("Øyvind Ørsted <oyvind.cp1252@example.com>");
    await expect(created).toContainText("Åsa Ängström-Öberg <asa.cp1252@example.com>");
    await expect(created).toContainText("Kåre Ærø <kare.cp1252@example.com>");
    await expect(page.getByText(/Ã|�/)).toHaveCount(0);
    await page.getByRole("button", { name: "Apply the import" }).click();
    await expect(page.getByRole("heading", { name: "ansatte.csv is imported" })).toBeVisible();

    await page.goto("/employees?q=cp1252");
    await expect(page.getByRole("link", { name: "Ørsted, Øyvind" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Ängström-Öberg, Åsa" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Ærø, Kåre" })).toBeVisible();

    // A missing column says which headers the file has and which names would do.
    await page.goto("/employees/import");
    const missing = Buffer.from("E-post;Navn;Etternavn;Kontor;Startdato\r\nx.cp1252@example.com;X;Ø;Oslo;2027-01-04\r\n", "latin1");
    await page.getByLabel("CSV file").setInputFiles({ name: "feil.csv", mimeType: "text/csv", buffer: missing });
    await page.getByRole("button", { name: "Check and preview" }).click();
    const errors = page.getByRole("table", { name: "1 problem in the file" });
    await expect(errors).toContainText('The header has no "given name" column. Accepted names: "given name", "first name", "Fornavn", "Förnamn", "Voornaam".');
    await expect(errors).toContainText('The header has: "E-post", "Navn", "Etternavn", "Kontor", "Startdato".');
    await look(page, "import-missing-column-en");
    await chooseLanguage(page, "nb", "Importer ansatte");
    await look(page, "import-nb");
    await chooseLanguage(page, "en", "Import employees");
  });

  test("the audit log shows times in the office's time zone (Oslo) and filters by Oslo's days", async ({ page }) => {
    // 05:13 in Oslo is 04:13 UTC; 00:30 on 10 March in Oslo is still 9 March in UTC.
    const ids = await addAuditEntries("hr@example.com", [
      { action: "office.update", entityType: "office", createdAt: "2031-03-10T04:13:00Z" },
      { action: "team.update", entityType: "team", createdAt: "2031-03-09T23:30:00Z" },
      { action: "closure.create", entityType: "closure", createdAt: "2031-03-10T23:30:00Z" },
    ]);
    try {
      await signIn(page, "HR");
      await page.goto("/audit?from=2031-03-10&to=2031-03-10");
      const rows = page.getByRole("table").getByRole("row");
      await expect(rows).toHaveCount(3);
      await expect(rows.nth(1)).toContainText("10 Mar 2031, 05:13");
      await expect(rows.nth(1)).toContainText("Office changed");
      await expect(rows.nth(2)).toContainText("10 Mar 2031, 00:30");
      await expect(rows.nth(2)).toContainText("Team changed");
      await expect(page.getByText("Europe/Oslo")).toBeVisible();
      await look(page, "audit-en");
      await chooseLanguage(page, "nb", "Endringslogg");
      await expect(rows.nth(1)).toContainText("10. mars 2031, 05:13");
      await look(page, "audit-nb");
      await chooseLanguage(page, "en", "Audit log");
    } finally {
      await deleteAuditEntries(ids);
    }
  });

  test("screens: the import page, the profile's calendar feed and the plan editor in Norwegian and Swedish", async ({ page }) => {
    test.skip(!shots, "Only to look at: set SCREENSHOT_DIR");
    await signIn(page, "HR");
    for (const [locale, profile, wave] of [["nb", "Profil", "Bølge 1"], ["sv", "Profil", "Våg 1"]] as const) {
      await page.goto("/profile");
      await chooseLanguage(page, locale, profile);
      await look(page, `profile-${locale}`);
      // A new link with its subscribe links; from the second language on, the reset asks first.
      const feed = page.locator("section[aria-labelledby=calendar-feed-title]");
      await feed.getByRole("button").first().click();
      const confirm = feed.getByRole("group");
      if (await confirm.isVisible()) {
        await look(page, `profile-reset-${locale}`);
        await confirm.getByRole("button").first().click();
      }
      await expect(page.locator("#calendar-url")).toBeVisible();
      await look(page, `profile-link-${locale}`);
      await page.goto("/employees/import");
      await look(page, `import-${locale}`);
      await page.goto("/plans");
      await page.getByRole("table").getByRole("link").first().click();
      await look(page, `plan-${locale}`);
      await page.getByRole("region", { name: wave }).screenshot({ path: `${shots}/plan-wave-${locale}.png` });
    }
    await page.goto("/profile");
    await chooseLanguage(page, "en", "Profile");
  });
});
