import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { toDbDate } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import { formatLongDate } from "@/lib/i18n/dates";
import { isOtherOpenDay, isOwnOfficeDay, upcomingDays } from "./days";
import { tokensForOffice } from "./e2e-db";
import { demoAccount, expect, expectNoAxeViolations, look, signIn, test } from "./fixtures";

// The demo employee, Åse Æsøy, and her team's leader, Lars Berg, are both in Travel Sales in Oslo.
const employee = demoAccount("EMPLOYEE");
const leader = demoAccount("LEADER");
const employeeName = `${employee.givenName} ${employee.familyName}`;
const longDate = (date: string, locale: Locale = "en") => formatLongDate(toDbDate(date), locale);

async function tokenOf(email: string): Promise<string> {
  const [row] = await tokensForOffice("Oslo", { only: [email] }, 1);
  return row!.token;
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 800 } })).newPage();
}

async function api(request: APIRequestContext, token: string, method: "GET" | "PUT" | "DELETE", path: string, data?: unknown) {
  const response = await request.fetch(`/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}` }, data });
  return { status: response.status(), json: (await response.json().catch(() => null)) as Record<string, any> | null };
}

/** The language switch, by its label in the page's current language. */
async function switchLanguage(page: Page, locale: Locale) {
  await page.getByLabel(/^(Language|Språk|Taal)$/).selectOption(locale);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}

test.describe("who's in, by choice", () => {
  test.describe.configure({ timeout: 240_000 });

  test("an employee shares her days with her team; a teammate sees her on her day and joins her with one click", async ({ browser, request }) => {
    const selfToken = await tokenOf(employee.email);
    const leaderToken = await tokenOf(leader.email);
    // A day that is hers by the plan, with seats to spare, that he may ask for as an extra day: chosen from the app's answers, whatever day the run falls on.
    const [mine, his] = await Promise.all([upcomingDays(request, selfToken), upcomingDays(request, leaderToken)]);
    const day = mine.find((own) => {
      const other = his.find((candidate) => candidate.date === own.date);
      return isOwnOfficeDay(own) && (own.totals.free ?? 0) > 1 && other !== undefined && isOtherOpenDay(other) && other.seat.kind === "none";
    })?.date;
    expect(day, "one of the employee's days the leader may join").toBeDefined();
    const date = day!;
    // Nobody by default: the leader does not see her on her day.
    await api(request, selfToken, "PUT", "/me/sharing", { with: "nobody" });
    const before = await api(request, leaderToken, "GET", `/offices/${(await api(request, leaderToken, "GET", "/me")).json!.office.id}/whos-in?date=${date}`);
    expect(before.status).toBe(200);
    expect(JSON.stringify(before.json)).not.toContain(employeeName);

    // She turns sharing on: the profile says what others will see, and the choice is read out.
    const her = await newPage(browser);
    await signIn(her, "EMPLOYEE");
    await her.goto("/profile");
    const card = her.getByRole("region", { name: "Share your office days" });
    await expect(card.getByRole("radio", { name: /^Nobody/ })).toBeChecked();
    await expect(card.getByRole("status")).toHaveText("Now: nobody sees your office days.");
    await card.getByRole("radio", { name: /^My team/ }).check();
    await card.getByRole("button", { name: "Save" }).click();
    await expect(card.getByRole("status")).toHaveText("Now: your team sees the days you are expected in the office. They change when you stay home.");
    await expect(card.getByRole("button", { name: "Stop sharing" })).toBeVisible();
    await look(her, "whos-in-profile");

    // Her teammate sees her on her day in My office days, opens the day and joins her with one click.
    const him = await newPage(browser);
    await signIn(him, "LEADER");
    const row = him.getByRole("listitem", { name: longDate(date) });
    await expect(row.getByRole("link", { name: /^Also in: / })).toBeVisible();
    await look(him, "whos-in-my-days");
    await row.getByRole("link", { name: new RegExp(`^Also in: .*\\(Who's in on ${longDate(date)}\\)$`) }).click();
    await expect(him.getByRole("heading", { level: 1, name: `Who's in: ${longDate(date)}` })).toBeVisible();
    const team = him.getByRole("region", { name: "Your team" });
    await expect(team.getByText(employeeName, { exact: true })).toBeVisible();
    await look(him, "whos-in-day");
    await him.getByRole("button", { name: `Join them: ask for an extra office day on ${longDate(date)}` }).click();
    await expect(him.getByRole("status").filter({ hasText: "A seat is yours" })).toHaveText(`A seat is yours on ${longDate(date)}.`);
    await expect(him.getByText("Extra day", { exact: true })).toBeVisible();

    // The day view and the profile in four languages, axe-clean on a phone too. The language
    // switch sits in the header, which a phone folds behind "Menu": switch at desktop width.
    const other = await newPage(browser);
    await signIn(other, "LEADER");
    const check = async (name: string) => {
      await other.setViewportSize({ width: 390, height: 844 });
      await expectNoAxeViolations(other);
      await other.setViewportSize({ width: 1280, height: 800 });
      await look(other, name);
    };
    for (const [locale, heading] of [["en", "Your team"], ["nb", "Teamet ditt"], ["sv", "Ditt team"], ["nl", "Je team"]] as const) {
      await other.goto(`/days/${date}`);
      if (locale !== "en") await switchLanguage(other, locale);
      await expect(other.getByRole("heading", { level: 2, name: heading })).toBeVisible();
      await expect(other.getByRole("heading", { level: 1 })).toContainText(longDate(date, locale));
      await expect(other.getByText(employeeName, { exact: true })).toBeVisible();
      await check(`whos-in-day-${locale}`);
      await other.goto("/profile");
      await expect(other.getByRole("radio")).toHaveCount(3);
      await check(`whos-in-profile-${locale}`);
    }
    await switchLanguage(other, "en");

    // One click back to nobody: she is gone from his view on the next request.
    await her.getByRole("region", { name: "Share your office days" }).getByRole("button", { name: "Stop sharing" }).click();
    await expect(her.getByRole("region", { name: "Share your office days" }).getByRole("status")).toHaveText("Now: nobody sees your office days.");
    await him.reload();
    await expect(him.getByRole("heading", { level: 1, name: `Who's in: ${longDate(date)}` })).toBeVisible();
    await expect(him.getByText(employeeName, { exact: true })).toHaveCount(0);

    // Leave the demo as it was: his extra day withdrawn.
    expect((await api(request, leaderToken, "DELETE", `/me/extra-days/${date}`)).status).toBe(204);
  });
});
