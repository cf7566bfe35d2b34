import { createBoss } from "@/lib/jobs/boss";
import { e2e } from "@/tests/support/e2e-env";
import { withDatabase } from "./database";
import { tokensForOffice } from "./e2e-db";
import { demoAccount, expect, look, signIn, test } from "./fixtures";

/** The employee's office, a token for the API, and their week-ahead digests removed (so this spec can run again on one database). */
async function arrange(email: string) {
  return withDatabase(async (db) => {
    const { rows } = await db.query<{ employee_id: string; office_id: string; name: string }>(
      "SELECT e.id AS employee_id, o.id AS office_id, o.name FROM employee e JOIN office o ON o.id = e.office_id WHERE e.email = $1",
      [email],
    );
    const row = rows[0];
    if (!row) throw new Error(`${email} has no office`);
    await db.query("DELETE FROM notification WHERE employee_id = $1 AND kind = 'week-ahead'", [row.employee_id]);
    await db.query("DELETE FROM notification_settings WHERE employee_id = $1", [row.employee_id]);
    await db.query("UPDATE employee SET locale = 'en' WHERE id = $1", [row.employee_id]);
    const [owner] = await tokensForOffice(row.name, { only: [email] }, 1);
    if (!owner) throw new Error(`${email} is not an active employee`);
    return { officeId: row.office_id, token: owner.token };
  });
}

/** What the office's schedule does at the digest's time: a week-ahead job, run by the app's own worker. */
async function fireWeekAhead(officeId: string) {
  const boss = createBoss(e2e.databaseUrl, "send");
  await boss.start();
  try {
    await boss.send("notifications.week-ahead", { officeId });
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}

test.describe("the week-ahead digest's one-click link", () => {
  test.describe.configure({ timeout: 360_000 });

  test("an employee opens the link from the Mailbox and stays home after the button press, once", async ({ browser }) => {
    const employee = demoAccount("EMPLOYEE");
    const { officeId, token } = await arrange(employee.email);
    await fireWeekAhead(officeId);

    const page = await (await browser.newContext({ locale: "en-GB", viewport: { width: 390, height: 844 } })).newPage();
    await signIn(page, "EMPLOYEE");
    const digest = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 2, name: /^Your week ahead/ }) }).first();
    await expect(async () => {
      await page.goto("/mailbox");
      await expect(digest).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 90_000 });
    const html = (await digest.locator("iframe").getAttribute("srcdoc")) ?? "";
    // Each office day has its own link; the first is used here, the next ones for the other languages.
    const links = [...html.matchAll(/href="[^"]*(\/answers\/[A-Za-z0-9_.-]+)"/g)].map((match) => match[1] as string);
    expect(links.length).toBeGreaterThan(0);
    expect(html).toContain("/unsubscribe/");

    // Opening the link changes nothing: the page says what the button will do.
    await page.goto(links[0] as string);
    await expect(page.getByRole("heading", { level: 1, name: "Stay home" })).toBeVisible();
    const button = page.getByRole("button", { name: /^I'll stay home on / });
    const date = ((await button.textContent()) ?? "").replace("I'll stay home on ", "");
    await expect(page.getByText(`Press the button to stay home on ${date}.`)).toBeVisible();
    await look(page, "answer-en");
    // The day the link is for, from its signed claim (the token's first part).
    const day = (JSON.parse(Buffer.from((links[0] as string).split("/").pop()?.split(".")[0] ?? "", "base64url").toString()) as { d: string }).d;
    const stayingHome = () =>
      withDatabase(async (db) => (await db.query("SELECT 1 FROM opt_out x JOIN employee e ON e.id = x.employee_id WHERE e.email = $1 AND x.date = $2::date", [employee.email, day])).rowCount);
    expect(await stayingHome()).toBe(0);

    await button.click();
    await expect(page.getByRole("status")).toHaveText(`Done: you stay home on ${date}. Thank you, your seat went back to the office.`);
    await look(page, "answer-done-en");
    // Still says so after the page settled (a refresh would show the link as used instead).
    await expect(page.getByRole("status")).toHaveText(`Done: you stay home on ${date}. Thank you, your seat went back to the office.`);

    // Stayed home, as if "I'll stay home" had been pressed on My office days.
    expect(await stayingHome()).toBe(1);
    await page.goto("/");
    await expect(page.getByRole("listitem", { name: date })).toContainText("Home");

    // The same link again: refused in plain words.
    await page.goto(links[0] as string);
    await expect(page.getByText("This link was used already: it works once. Open My office days to see or change your day.")).toBeVisible();
    await expect(page.getByRole("button", { name: /stay home/ })).toHaveCount(0);

    // The answer page in the other languages, on a phone, checked with axe.
    for (const [locale, title, buttonName] of [
      ["nb", "Bli hjemme", /^Jeg blir hjemme /],
      ["sv", "Stanna hemma", /^Jag stannar hemma /],
      ["nl", "Thuisblijven", /^Ik blijf thuis op /],
    ] as const) {
      await page.context().addCookies([{ name: "office-rotation-locale", value: locale, url: e2e.baseURL }]);
      await page.goto(links[1] ?? (links[0] as string));
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      if (links[1]) await expect(page.getByRole("button", { name: buttonName })).toBeVisible();
      await look(page, `answer-${locale}`);
    }
    await page.context().addCookies([{ name: "office-rotation-locale", value: "en", url: e2e.baseURL }]);

    // Someone else signed in who opens the forwarded link is told whose it is; nothing happens without the press.
    if (links[1]) {
      const other = await (await browser.newContext({ locale: "en-GB", viewport: { width: 390, height: 844 } })).newPage();
      await signIn(other, "LEADER");
      await other.goto(links[1]);
      await expect(other.getByText(/^This link belongs to .+, not to you/)).toBeVisible();
      await look(other, "answer-someone-else-en");
    }

    // Leave the day as it was for the specs that follow.
    expect((await fetch(`${e2e.baseURL}/api/v1/me/opt-outs/${day}`, { method: "DELETE", headers: { authorization: `Bearer ${token}` } })).ok).toBe(true);
  });
});
