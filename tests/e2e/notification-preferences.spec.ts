import type { APIRequestContext } from "@playwright/test";
import { toDbDate } from "@/lib/date-only";
import { formatLongDate } from "@/lib/i18n/dates";
import { withDatabase } from "./database";
import { isOwnOfficeDay, isQuietOwnDay, upcomingDays } from "./days";
import { tokensForOffice } from "./e2e-db";
import { demoAccount, expect, look, signIn, test } from "./fixtures";

// The demo employee, Åse Æsøy in Oslo.
const employee = demoAccount("EMPLOYEE");
const REASON = "Burst pipe (preferences e2e)";
const longDate = (date: string) => formatLongDate(toDbDate(date), "en");

async function selfToken(): Promise<string> {
  const [self] = await tokensForOffice("Oslo", { only: [employee.email] }, 1);
  return self!.token;
}

async function unreadOf(request: APIRequestContext, token: string): Promise<number> {
  const answer = await request.get("/api/v1/me/notifications", { headers: { authorization: `Bearer ${token}` } });
  return ((await answer.json()) as { unread: number }).unread;
}

const forgetSettings = () => withDatabase((db) => db.query("DELETE FROM notification_settings WHERE employee_id = (SELECT id FROM employee WHERE email = $1)", [employee.email]));

test.describe("email preferences and the live announcement", () => {
  test.describe.configure({ timeout: 360_000 });
  test.afterAll(forgetSettings);

  test("an employee turns off email for lost days on their phone; HR's closure then reaches them in the app, announced after their next change, and by no email", async ({ browser, request }) => {
    await forgetSettings();
    const token = await selfToken();
    const upcoming = await upcomingDays(request, token);
    // They stay home on a day with seats to spare (so the undo at the end gets the seat back); the office
    // closes on their last other office day (the earlier ones stay for other specs).
    const quiet = upcoming.find(isQuietOwnDay)?.date;
    const last = upcoming.filter((day) => isOwnOfficeDay(day) && day.date !== quiet).at(-1)?.date;
    expect(quiet, "one of the employee's own days with seats to spare").toBeDefined();
    expect(last, "another of the employee's own days").toBeDefined();
    const [stayHome, closed] = [quiet!, last!];

    const page = await (await browser.newContext({ locale: "en-GB", viewport: { width: 390, height: 844 } })).newPage();
    await signIn(page, "EMPLOYEE");
    await page.goto("/profile");
    const lostDays = page.getByRole("checkbox", { name: "I lose an office day (for example a closed day)" });
    await expect(lostDays).toBeChecked();
    await lostDays.uncheck();
    await page.getByRole("button", { name: "Save email settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your email settings are saved." })).toBeVisible();
    await look(page, "notification-settings");
    // look() may leave a desktop-sized window behind (when it takes screenshots): back to the phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(lostDays).not.toBeChecked();
    await expect(page.getByRole("checkbox", { name: "My week ahead, each week before it starts" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "A reminder the evening before each office day" })).not.toBeChecked();

    await page.goto("/");
    const unreadBefore = await unreadOf(request, token);

    // Meanwhile HR closes the office on one of the employee's days.
    const hrPage = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await signIn(hrPage, "HR");
    const { rows } = await withDatabase((db) => db.query<{ id: string }>("SELECT office_id AS id FROM employee WHERE email = $1", [employee.email]));
    await hrPage.goto(`/offices/${rows[0]!.id}`);
    await hrPage.getByLabel("From").fill(closed);
    await hrPage.getByLabel("Reason", { exact: true }).fill(REASON);
    await hrPage.getByRole("button", { name: "Add closed days" }).click();
    await hrPage.getByRole("button", { name: "Confirm and save" }).click();
    await expect(hrPage.getByText("The closed days are saved.")).toBeVisible();

    // The employee's next change on My office days refreshes the page: the bell counts the new message and a polite live region says it.
    const row = page.getByRole("listitem", { name: longDate(stayHome) });
    await row.getByRole("button", { name: `I'll stay home on ${longDate(stayHome)}` }).click();
    await expect(row.getByRole("status")).toHaveText(`Done: you stay home on ${longDate(stayHome)}.`);
    await expect(page.getByRole("status").filter({ hasText: "New notification: You lost an office day." })).toHaveText(`New notification: You lost an office day. ${unreadBefore + 1} unread.`);
    // On a phone the bell sits in the folded menu.
    await page.getByRole("button", { name: "Menu" }).click();
    await expect(page.getByRole("link", { name: `Notifications, ${unreadBefore + 1} unread` })).toBeVisible();
    await look(page, "my-days-announced");

    // In the app the message is there; by email it is not (no delivery was even written for it).
    const { rows: deliveries } = await withDatabase((db) =>
      db.query<{ deliveries: string }>(
        `SELECT count(d.id) AS deliveries FROM notification n JOIN employee e ON e.id = n.employee_id LEFT JOIN notification_delivery d ON d.notification_id = n.id
         WHERE e.email = $1 AND n.kind = 'day-lost' AND n.payload::text LIKE $2 GROUP BY n.id`,
        [employee.email, `%${REASON}%`],
      ),
    );
    expect(deliveries).toEqual([{ deliveries: "0" }]);

    // Leave the day as it was for other specs.
    expect((await request.delete(`/api/v1/me/opt-outs/${stayHome}`, { headers: { authorization: `Bearer ${token}` } })).status()).toBe(200);
  });
});
