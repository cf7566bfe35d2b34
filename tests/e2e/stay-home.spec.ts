import type { APIRequestContext, Page } from "@playwright/test";
import { toDbDate } from "@/lib/date-only";
import { formatLongDate } from "@/lib/i18n/dates";
import { isOtherOpenDay, isOwnOfficeDay, isQuietOwnDay, openWeeks, upcomingDays } from "./days";
import { tokensForOffice } from "./e2e-db";
import { demoAccount, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

// The demo employee, Åse Æsøy in Oslo, comes on Tuesdays and Fridays.
const employeeEmail = demoAccount("EMPLOYEE").email;

async function selfToken(): Promise<string> {
  const [self] = await tokensForOffice("Oslo", { only: [employeeEmail] }, 1);
  return self!.token;
}

const dayRow = (page: Page, date: string) => page.getByRole("listitem", { name: longDate(date) });
const longDate = (date: string) => formatLongDate(toDbDate(date), "en");

async function api(request: APIRequestContext, token: string, method: "POST" | "DELETE" | "GET", path: string, data?: unknown) {
  const response = await request.fetch(`/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}` }, data });
  return { status: response.status(), json: (await response.json().catch(() => null)) as Record<string, any> | null };
}

test.describe("staying home and extra days", () => {
  // Many steps and axe runs per test: room for a busy machine (a limit, not a timing assertion).
  test.describe.configure({ timeout: 180_000 });
  // The first view of an office computes its four weeks once; do it before the clock of the first test runs.
  test.beforeAll(async ({ request, browser }) => {
    test.setTimeout(180_000);
    const [self] = await tokensForOffice("Oslo", { only: [employeeEmail] }, 1);
    expect((await api(request, self!.token, "GET", "/me/days")).status).toBe(200);
    // And render the page once, so a test's sign-in does not wait for its first render.
    const page = await browser.newPage();
    const account = demoAccount("EMPLOYEE");
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My office days" })).toBeVisible({ timeout: 120_000 });
    await page.close();
  });

  test("an employee stays home for a day and for a period, and undoes one", async ({ page, request }) => {
    // The days come from the app, whatever weekday and holidays the run falls on:
    // a week with no closed day for the period, one of the employee's days before it, and a day that is not theirs.
    const days = await upcomingDays(request, await selfToken());
    // Other specs may have left a waitlist on some days: undoing there would (rightly) put the employee on it.
    const periodWeek = openWeeks(days).find((week) => week.filter(isOwnOfficeDay).length >= 2 && days.some((day) => day.date < week[0]!.date && isQuietOwnDay(day)));
    expect(periodWeek, "a week without closed days, after one of the employee's office days with nobody waiting").toBeDefined();
    const tuesday = days.find(isQuietOwnDay)!.date;
    const periodDays = periodWeek!.filter(isOwnOfficeDay);
    const notMine = days.find(isOtherOpenDay)!.date;

    await signIn(page, "EMPLOYEE");
    const row = dayRow(page, tuesday);
    await expect(row.getByText("In the office", { exact: true })).toBeVisible();
    // By keyboard: focus stays on the day (its new button) and the result is announced in a live region.
    await row.getByRole("button", { name: `I'll stay home on ${longDate(tuesday)}` }).focus();
    await page.keyboard.press("Enter");
    await expect(row.getByRole("status")).toHaveText(`Done: you stay home on ${longDate(tuesday)}.`);
    await expect(row.getByRole("button", { name: `Undo: I'll come on ${longDate(tuesday)}` })).toBeFocused();
    await expect(row.getByText("Home", { exact: true })).toBeVisible();
    await expect(row.getByText("You stay home this day")).toBeVisible();
    await expectNoAxeViolations(page);

    // A period: the office days of a later week, Monday to Sunday, in a disclosure one tap away.
    await page.getByText("Stay home for a period").click();
    await page.getByLabel("From").fill(periodWeek![0]!.date);
    await page.getByLabel("To (optional)").fill(periodWeek![6]!.date);
    await page.getByRole("button", { name: "Stay home", exact: true }).click();
    await expect(page.getByText(`Done: you stay home on ${periodDays.length} office days.`)).toBeVisible();
    for (const day of periodDays) await expect(dayRow(page, day.date).getByText("Home", { exact: true })).toBeVisible();

    await expectNoAxeViolations(page);

    // Undo the first one by keyboard: its seat is still free, and focus stays on the day.
    await row.getByRole("button", { name: `Undo: I'll come on ${longDate(tuesday)}` }).focus();
    await page.keyboard.press("Enter");
    await expect(row.getByRole("status")).toHaveText(`Done: you are back in the office on ${longDate(tuesday)}.`);
    await expect(row.getByRole("button", { name: `I'll stay home on ${longDate(tuesday)}` })).toBeFocused();
    await expect(row.getByText("In the office", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    // A day that is not theirs cannot be stayed home: the period form says why, next to the field.
    await page.getByLabel("From").fill(notMine);
    await page.getByLabel("To (optional)").fill("");
    await page.getByRole("button", { name: "Stay home", exact: true }).click();
    await expect(page.getByText("That is not one of your office days, so there is nothing to stay home from.")).toBeVisible();
    await expect(page.getByLabel("From")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
  });

  test("an extra day is confirmed on a free day, waitlisted on a full one, and promoted when someone stays home", async ({ page, request }) => {
    // Two open days that are not the employee's: one to ask for with room to spare, one to fill up.
    const otherDays = (await upcomingDays(request, await selfToken())).filter(isOtherOpenDay);
    const wednesday = otherDays.find((day) => (day.totals.free ?? 0) > 0)!.date;
    const monday = otherDays.find((day) => day.date !== wednesday)!.date;
    await signIn(page, "EMPLOYEE");
    const wednesdayRow = dayRow(page, wednesday);
    await wednesdayRow.getByRole("button", { name: `Ask for an extra day on ${longDate(wednesday)}` }).click();
    await expect(wednesdayRow.getByText(`A seat is yours on`)).toBeVisible();
    await expect(wednesdayRow.getByText("Extra day", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    // Fill the other day with other people's extra days until it is full.
    const others = await tokensForOffice("Oslo", { except: [employeeEmail] }, 200);
    let waiting: string | null = null;
    for (const other of others) {
      const answer = await api(request, other.token, "POST", "/me/extra-days", { date: monday });
      if (answer.status === 202) {
        waiting = other.token;
        break;
      }
    }
    expect(waiting, "the Monday filled up").not.toBeNull();
    // Leave the waitlist to the employee alone.
    expect((await api(request, waiting as string, "DELETE", `/me/extra-days/${monday}`)).status).toBe(204);

    await page.reload();
    const mondayRow = dayRow(page, monday);
    await mondayRow.getByRole("button", { name: `Ask for an extra day on ${longDate(monday)}` }).click();
    await expect(mondayRow.getByText("is full: you are number 1 on the waitlist.")).toBeVisible();
    await expect(mondayRow.getByText("Waitlisted #1")).toBeVisible();
    await expect(mondayRow.getByText("1 waiting for a seat")).toBeVisible();
    await expectNoAxeViolations(page);

    // People who are in that day stay home, one by one, until the seat reaches the employee
    // (a seat goes first to anyone the plan cut for capacity that day).
    const [self] = await tokensForOffice("Oslo", { only: [employeeEmail] }, 1);
    const mine = async () => (await api(request, self!.token, "GET", `/me/days?from=${monday}&to=${monday}`)).json?.days[0];
    for (const { token } of others) {
      const theirs = (await api(request, token, "GET", `/me/days?from=${monday}&to=${monday}`)).json?.days[0];
      if (theirs?.status !== "office") continue;
      expect((await api(request, token, "POST", "/me/opt-outs", { from: monday })).status).toBe(200);
      if ((await mine())?.seat.kind === "extra") break;
    }
    expect((await mine())?.seat.kind).toBe("extra");
    await page.reload();
    await expect(mondayRow.getByText("Extra day", { exact: true })).toBeVisible();
    await expect(mondayRow.getByRole("button", { name: `Withdraw my request for ${longDate(monday)}` })).toBeVisible();

    // Withdrawing gives the seat up.
    await wednesdayRow.getByRole("button", { name: `Withdraw my request for ${longDate(wednesday)}` }).click();
    await expect(wednesdayRow.getByRole("button", { name: `Ask for an extra day on ${longDate(wednesday)}` })).toBeVisible();
    await expectNoAxeViolations(page);

    // The promotion reached them: the bell counts it, and the message names the day.
    const bell = page.getByRole("link", { name: /^Notifications, [1-9]\d* unread$/ });
    await expect(bell).toBeVisible();
    await bell.click();
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    await expect(page.getByText("A seat is yours").first()).toBeVisible();
    await expect(page.getByText(longDate(monday)).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  for (const [locale, heading, button] of [
    ["en", "My office days", "I'll stay home"],
    ["nb", "Mine kontordager", "Jeg blir hjemme"],
    ["sv", "Mina kontorsdagar", "Jag stannar hemma"],
    ["nl", "Mijn kantoordagen", "Ik blijf thuis"],
  ] as const) {
    test(`the page in ${locale}, on a phone and a desktop`, async ({ page }) => {
      await signIn(page, "EMPLOYEE");
      await page.getByLabel("Language").selectOption(locale);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole("button", { name: button, exact: false }).first()).toBeVisible();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `test-results/my-days-${locale}-desktop.png`, fullPage: false });
      await page.setViewportSize({ width: 390, height: 844 });
      await expect(page.getByRole("button", { name: button, exact: false }).first()).toBeVisible();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `test-results/my-days-${locale}-phone.png` });
      await page.getByRole("list").filter({ has: page.getByRole("button") }).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/my-days-${locale}-phone-days.png` });
    });
  }
});
