import pg from "pg";
import { e2e } from "@/tests/support/e2e-env";
import { withDatabase } from "./database";
import { tokensForOffice } from "./e2e-db";
import { demoAccount, expect, expectNoAxeViolations, look, signIn, test } from "./fixtures";

const REASON = "Water leak (e2e)";

/** The demo employee's office, and their first office day after today (office time zone), from the API as they see it. */
async function nextOfficeDayOf(email: string): Promise<{ officeId: string; day: string; token: string }> {
  const client = new pg.Client({ connectionString: e2e.databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ id: string; name: string }>(`SELECT o.id, o.name FROM employee e JOIN office o ON o.id = e.office_id WHERE e.email = $1`, [email]);
  await client.end();
  const office = rows[0];
  if (!office) throw new Error(`${email} has no office`);
  const [owner] = await tokensForOffice(office.name, { only: [email] }, 1);
  if (!owner) throw new Error(`${email} is not an active employee`);
  const { token } = owner;
  const answer = await fetch(`${e2e.baseURL}/api/v1/me/days`, { headers: { authorization: `Bearer ${token}` } });
  const { days } = (await answer.json()) as { days: { date: string; status: string }[] };
  const day = days.slice(1).find((candidate) => candidate.status === "office");
  if (!day) throw new Error(`${email} has no office day in the coming four weeks`);
  return { officeId: office.id, day: day.date, token };
}

async function unreadOf(token: string): Promise<number> {
  const answer = await fetch(`${e2e.baseURL}/api/v1/me/notifications`, { headers: { authorization: `Bearer ${token}` } });
  return ((await answer.json()) as { unread: number }).unread;
}

test.describe("a closed day reaches the person who loses it", () => {
  test.describe.configure({ timeout: 360_000 });

  test("HR closes the office on an employee's day; the employee sees the bell, the message and the email", async ({ browser }) => {
    const employee = demoAccount("EMPLOYEE");
    // Earlier specs switch this person's language; here they are someone who never chose one.
    await withDatabase((db) => db.query("UPDATE employee SET locale = NULL WHERE email = $1", [employee.email]));
    const { officeId, day, token } = await nextOfficeDayOf(employee.email);
    const unreadBefore = await unreadOf(token);

    const hrPage = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await signIn(hrPage, "HR");
    await hrPage.goto(`/offices/${officeId}`);
    await hrPage.getByLabel("From").fill(day);
    await hrPage.getByLabel("Reason", { exact: true }).fill(REASON);
    await hrPage.getByRole("button", { name: "Add closed days" }).click();
    await hrPage.getByRole("button", { name: "Confirm and save" }).click();
    await expect(hrPage.getByText("The closed days are saved.")).toBeVisible();

    const page = await (await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(page, "EMPLOYEE");
    const bell = page.getByRole("link", { name: `Notifications, ${unreadBefore + 1} unread` });
    await expect(bell).toBeVisible();
    await bell.click();
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    const message = page.getByRole("article").filter({ hasText: REASON });
    await expect(message).toHaveCount(1);
    await expect(message.getByRole("heading", { name: "You lost an office day" })).toBeVisible();
    await look(page, "notifications");

    // The worker has written the email into the local mailbox (no SMTP_URL in the demo), in the office's
    // language (Oslo: Norwegian), since the person never chose one in the app.
    const subject = "Du mistet en kontordag";
    await expect(async () => {
      await page.goto("/mailbox");
      await expect(page.getByRole("heading", { level: 2, name: subject }).first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 60_000 });
    const email = page.getByRole("article").filter({ has: page.getByRole("heading", { name: subject }) }).first();
    await expect(email.getByText(employee.email)).toBeVisible();
    await email.getByText("Plain text version").click();
    await expect(email.getByText(REASON)).toBeVisible();
    const frame = page.locator(`iframe[title*="${subject}"]`).first();
    await expect(frame.contentFrame().getByRole("listitem").filter({ hasText: REASON })).toBeVisible();
    // The frame runs no script, so axe cannot enter it: the email is checked on a page of its own.
    await look(page, "mailbox", { exclude: "iframe" });
    const emailPage = await page.context().newPage();
    await emailPage.setContent((await frame.getAttribute("srcdoc")) ?? "");
    await expectNoAxeViolations(emailPage);
    await emailPage.close();

    await page.goto("/notifications");
    await message.getByRole("button", { name: "Mark as read" }).click();
    await expect(page.getByRole("link", { name: unreadBefore === 0 ? "Notifications, none unread" : `Notifications, ${unreadBefore} unread` })).toBeVisible();

    // The pages in every language, checked with axe, on a desktop and a phone.
    for (const [locale, title, mailbox] of [
      ["nb", "Varsler", "Postkasse"],
      ["sv", "Aviseringar", "Brevlåda"],
      ["nl", "Meldingen", "Postvak"],
    ] as const) {
      await page.context().addCookies([{ name: "office-rotation-locale", value: locale, url: e2e.baseURL }]);
      await page.goto("/notifications");
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await look(page, `notifications-${locale}`);
      await page.goto("/mailbox");
      await expect(page.getByRole("heading", { level: 1, name: mailbox })).toBeVisible();
      await look(page, `mailbox-${locale}`, { exclude: "iframe" });
    }

    // Admins see how deliveries went, in totals: the closure's email is counted as sent.
    const admin = await (await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(admin, "ADMIN");
    await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Deliveries" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Deliveries" })).toBeVisible();
    const row = admin.getByRole("row").filter({ hasText: "Lost a day" });
    await expect(row.getByRole("cell").nth(4)).not.toHaveText("0");
    await expect(admin.getByText(employee.email)).toHaveCount(0);
    await look(admin, "deliveries");
    for (const [locale, title] of [["nb", "Leveranser"], ["sv", "Leveranser"], ["nl", "Bezorging"]] as const) {
      await admin.context().addCookies([{ name: "office-rotation-locale", value: locale, url: e2e.baseURL }]);
      await admin.goto("/deliveries");
      await expect(admin.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await look(admin, `deliveries-${locale}`);
    }
  });
});
