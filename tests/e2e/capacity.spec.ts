import type { Page } from "@playwright/test";
import { withDatabase } from "./database";
import { firstOsloClosure, formatDay, mondayAfter, osloToday, plusDays, plusMonths } from "./days";
import { demoAccount, expect, signIn, test } from "./fixtures";

/**
 * A week no other browser test looks at (ten weeks ahead on the app's clock, past the four weeks My office
 * days shows), so the rows made here disturb nobody; its Wednesday is open (not a public holiday).
 */
async function quietWeek(): Promise<{ week: string; day: string }> {
  for (let weeks = 10; ; weeks++) {
    const week = mondayAfter(plusDays(osloToday(), 7 * (weeks - 1)));
    const day = plusDays(week, 2);
    const closed = await withDatabase(async (db) => (await db.query(`SELECT 1 FROM closure c JOIN office o ON o.id = c.office_id WHERE o.name = 'Oslo' AND c.date = $1::date`, [day])).rowCount);
    if (!closed) return { week, day };
  }
}

function row(page: Page, name: RegExp) {
  return page.getByRole("table").getByRole("row", { name });
}

// A fresh server renders its first pages slowly on a busy machine: warm it before the first sign-in.
test.beforeAll(async ({ request }) => {
  for (const path of ["/sign-in", "/api/auth/csrf", "/api/auth/providers"]) await request.get(path);
});

test.describe("capacity page", () => {
  test("on a 320 px phone the chart labels every day of the week, none over another", async ({ page }) => {
    await signIn(page, "EMPLOYEE");
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto("/capacity");
    // The table streams in after the loading state: count its days once it is there.
    const table = page.getByRole("table", { name: /Capacity per day, Week \d+/ });
    await expect(table).toBeVisible();
    const days = await table.locator("tbody tr").count();
    expect(days).toBeGreaterThan(0);
    const ticks = page.locator(".recharts-xAxis-tick-labels text");
    await expect(ticks).toHaveCount(days);
    const boxes = await ticks.evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect()).map(({ left, right }) => ({ left, right })));
    for (let index = 1; index < boxes.length; index++) expect(boxes[index]!.left).toBeGreaterThanOrEqual(boxes[index - 1]!.right);
    expect(boxes[0]!.left).toBeGreaterThanOrEqual(0);
    expect(boxes.at(-1)!.right).toBeLessThanOrEqual(320);
  });

  test("shows every working day as a chart and an accessible table, and follows stay-home days", async ({ page }) => {
    await signIn(page, "EMPLOYEE");
    await page.getByRole("link", { name: "Capacity" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Capacity" })).toBeVisible();
    await expect(page.getByLabel("Office", { exact: true })).toHaveValue(await withDatabase(async (db) => (await db.query("SELECT id FROM office WHERE name = 'Oslo'")).rows[0].id));
    await expect(page.getByRole("table", { name: /Capacity per day, Week \d+/ }).getByRole("row")).toHaveCount(6);
    // The chart: a bar per day against the capacity line, hidden from assistive technology.
    const chart = page.locator("[aria-hidden=true]").filter({ has: page.locator(".recharts-wrapper") });
    await expect(chart.locator(".recharts-reference-line")).toHaveCount(1);
    await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(page.getByText(/open days?: on average \d+ of 30 seats taken/)).toBeVisible();

    await page.getByRole("link", { name: "Next week" }).click();
    await expect(page.getByRole("link", { name: "This week" })).toBeVisible();

    const officeId = await page.getByLabel("Office", { exact: true }).inputValue();
    const { week, day } = await quietWeek();
    await page.goto(`/capacity?office=${officeId}&view=week&date=${week}`);
    const wednesday = row(page, new RegExp(formatDay(day, "EEEE d MMMM")));
    const cells = wednesday.getByRole("cell");
    // Columns after the day: expected, free seats, capacity, stayed home, extra days, waitlisted.
    await expect(cells.nth(2)).toHaveText("30");
    const expectedBefore = Number(await cells.nth(0).innerText());
    const stayedHomeBefore = Number(await cells.nth(3).innerText());
    expect(expectedBefore).toBeGreaterThan(0);

    // Everyone in Oslo says they stay home that day (made in the database: this branch's UI has no stay-home button).
    await withDatabase(async (db) => {
      await db.query(
        `INSERT INTO opt_out (id, employee_id, date) SELECT 'e2e-cap-' || id, id, $2::date FROM employee WHERE office_id = $1 AND active ON CONFLICT DO NOTHING`,
        [officeId, day],
      );
      await db.query("UPDATE office SET revision = revision + 1 WHERE id = $1", [officeId]);
    });
    try {
      await page.reload();
      await expect(cells.nth(0)).toHaveText("0");
      expect(Number(await cells.nth(3).innerText())).toBeGreaterThanOrEqual(stayedHomeBefore + expectedBefore);
      await expect(cells.nth(1)).toHaveText("30");
    } finally {
      await withDatabase(async (db) => {
        await db.query("DELETE FROM opt_out WHERE id LIKE 'e2e-cap-%'");
        await db.query("UPDATE office SET revision = revision + 1 WHERE id = $1", [officeId]);
      });
    }
    await page.reload();
    await expect(cells.nth(0)).toHaveText(String(expectedBefore));
  });

  test("another office, a month, and a closed day with its reason", async ({ page }) => {
    const today = osloToday();
    const closure = await firstOsloClosure();
    const monthHeading = (office: string, day: string) => page.getByRole("heading", { level: 2, name: `${office}: ${formatDay(day, "MMMM yyyy")}`, exact: true });
    await signIn(page, "EMPLOYEE");
    await page.goto("/capacity");
    await page.getByLabel("Office", { exact: true }).selectOption({ label: "Oslo" });
    await page.getByLabel("Period", { exact: true }).selectOption("month");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(monthHeading("Oslo", today)).toBeVisible();
    await page.getByRole("link", { name: "Next month" }).click();
    await expect(monthHeading("Oslo", plusMonths(today, 1))).toBeVisible();

    // The month of Oslo's next closed day shows it with its reason.
    const officeId = await page.getByLabel("Office", { exact: true }).inputValue();
    await page.goto(`/capacity?office=${officeId}&view=month&date=${closure}`);
    await expect(monthHeading("Oslo", closure)).toBeVisible();
    await expect(row(page, new RegExp(formatDay(closure, "EEEE d MMMM"))).getByText(/^Closed: /)).toBeVisible();

    await page.getByLabel("Office", { exact: true }).selectOption({ label: "Utrecht" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(monthHeading("Utrecht", closure)).toBeVisible();
  });

  test("explains a bad address instead of failing", async ({ page }) => {
    await signIn(page, "EMPLOYEE");
    const response = await page.goto("/capacity?office=nosuch&view=year&date=2027-02-30");
    expect(response?.status()).toBe(200);
    const alert = page.getByRole("alert").filter({ hasText: /\S/ });
    await expect(alert).toContainText("That office does not exist");
    await expect(alert).toContainText("must be week or month");
    await expect(alert).toContainText("not a valid day");
    await expect(page.getByRole("table")).toBeVisible();
  });

  test("the API answers the browser's session and refuses no credentials", async ({ page, request }) => {
    await signIn(page, "EMPLOYEE");
    const offices = await page.request.get("/api/v1/offices");
    expect(offices.status()).toBe(200);
    const oslo = (await offices.json()).offices.find((office: { name: string }) => office.name === "Oslo");
    const capacity = await page.request.get(`/api/v1/offices/${oslo.id}/capacity?from=2027-02-01&to=2027-02-07`);
    expect(capacity.status()).toBe(200);
    expect((await capacity.json()).days).toHaveLength(7);
    expect((await request.get("/api/v1/offices")).status()).toBe(401);
    expect((await page.request.get(`/api/v1/offices/${oslo.id}/capacity?from=2027-02-01`)).status()).toBe(400);
  });
});

test.describe("a leader sees totals, never who", () => {
  test("no page or API answer a leader can open names another person", async ({ page }) => {
    const leader = demoAccount("LEADER");
    const others = await withDatabase(async (db) => {
      // Everyone in the office who has not chosen to show their days to the leader (who's in lists
      // those who have, by their choice); a name a sharer also bears would be no proof, so it is left out.
      const { rows } = await db.query(
        `WITH me AS (SELECT id, office_id, team_id FROM employee WHERE email = $1),
              shown AS (SELECT e.* FROM employee e, me WHERE e.office_id = me.office_id AND e.id <> me.id
                        AND (e.share_days_with = 'OFFICE' OR (e.share_days_with = 'TEAM' AND e.team_id = me.team_id)))
         SELECT e.id, e.email, e.given_name || ' ' || e.family_name AS name FROM employee e, me
         WHERE e.office_id = me.office_id AND e.id <> me.id AND e.id NOT IN (SELECT id FROM shown)
           AND (e.given_name, e.family_name) NOT IN (SELECT given_name, family_name FROM shown)`,
        [leader.email],
      );
      // Someone in the leader's own team stays home on a day the pages show.
      await db.query(
        `INSERT INTO opt_out (id, employee_id, date) SELECT 'e2e-lead-' || id, id, CURRENT_DATE + 1 FROM employee
         WHERE team_id = (SELECT team_id FROM employee WHERE email = $1) AND email <> $1 ON CONFLICT DO NOTHING`,
        [leader.email],
      );
      await db.query("UPDATE office SET revision = revision + 1 WHERE id = (SELECT office_id FROM employee WHERE email = $1)", [leader.email]);
      return rows as { id: string; email: string; name: string }[];
    });
    try {
      await signIn(page, "LEADER");
      const seen: string[] = [];
      for (const path of ["/", "/team", "/capacity", "/capacity?view=month", "/profile"]) {
        expect((await page.goto(path))?.status(), path).toBe(200);
        seen.push(await page.locator("main").innerText());
      }
      const offices = await (await page.request.get("/api/v1/offices")).json();
      seen.push(JSON.stringify(offices));
      for (const office of offices.offices as { id: string }[]) {
        seen.push(await (await page.request.get(`/api/v1/offices/${office.id}/capacity?from=2026-11-01&to=2027-01-31`)).text());
      }
      seen.push(await (await page.request.get("/api/v1/me")).text());
      const text = seen.join("\n");
      for (const other of others) {
        expect(text).not.toContain(other.name);
        expect(text).not.toContain(other.email);
        expect(text).not.toContain(other.id);
      }
      await expect(page.getByText("Æsøy")).toHaveCount(0);
    } finally {
      await withDatabase(async (db) => {
        await db.query("DELETE FROM opt_out WHERE id LIKE 'e2e-lead-%'");
        await db.query("UPDATE office SET revision = revision + 1 WHERE id = (SELECT office_id FROM employee WHERE email = $1)", [leader.email]);
      });
    }
  });
});
