import { nb, nl, sv } from "date-fns/locale";
import type { Locale } from "@/lib/i18n/config";
import { weekdayName } from "@/lib/i18n/dates";
import { firstOsloClosure, formatDay } from "./days";

/** The offices page's working days, Monday to Friday, as the language writes them short. */
const workingDays = (locale: Locale) => [1, 2, 3, 4, 5].map((day) => weekdayName(day, locale, "short")).join(", ");
import { expect, signIn, test } from "./fixtures";

test.describe("four languages", () => {
  test("the language switch changes the page and the date format", async ({ page }) => {
    // Oslo's next closed day is listed on the offices page, in each language's short date.
    const closure = await firstOsloClosure();
    await signIn(page, "ADMIN");
    await page.goto("/offices");
    await expect(page.getByText(formatDay(closure, "d MMM yyyy")).first()).toBeVisible();

    await page.getByLabel("Language").selectOption("nb");
    await expect(page.getByRole("heading", { level: 1, name: "Kontorer" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    await expect(page.getByText(formatDay(closure, "d. MMM yyyy", nb)).first()).toBeVisible();
    await expect(page.getByText(workingDays("nb")).first()).toBeVisible();

    await page.getByLabel("Språk").selectOption("nl");
    await expect(page.getByRole("heading", { level: 1, name: "Kantoren" })).toBeVisible();
    await expect(page.getByText(formatDay(closure, "d MMM yyyy", nl)).first()).toBeVisible();
    await expect(page.getByText(workingDays("nl")).first()).toBeVisible();

    await page.getByLabel("Taal").selectOption("sv");
    await expect(page.getByRole("heading", { level: 1, name: "Kontor" })).toBeVisible();
    await expect(page.getByText(formatDay(closure, "d MMM yyyy", sv)).first()).toBeVisible();
    await expect(page.getByText(workingDays("sv")).first()).toBeVisible();

    // The choice is remembered on the next visit.
    await page.reload();
    await expect(page.getByRole("navigation", { name: "Huvudmeny" })).toBeVisible();
  });

  test("the browser's language is the default", async ({ browser }) => {
    const context = await browser.newContext({ locale: "nl-NL" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    await context.close();

    const norwegian = await browser.newContext({ locale: "no-NO" });
    const nbPage = await norwegian.newPage();
    await nbPage.goto("/sign-in");
    await expect(nbPage.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
    await norwegian.close();
  });
});
