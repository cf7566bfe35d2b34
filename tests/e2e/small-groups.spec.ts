import { withDatabase } from "./database";
import { expect, signIn, test } from "./fixtures";

// README "Small groups": an office of two people shows its capacity, never its counts of choices.
const week = "2027-02-08";

test("the capacity page holds back the counts of an office too small to hide one person, and says why", async ({ page }) => {
  const officeId = await withDatabase(async (db) => {
    const office = await db.query(
      `INSERT INTO office (id, name, timezone, locale, seats, capacity_percent, working_weekdays, revision, created_at, updated_at)
       VALUES ('e2esmall' || substr(md5(random()::text), 1, 16), 'Tiny ' || substr(md5(random()::text), 1, 6), 'Europe/Oslo', 'nb', 4, 100, '{1,2,3,4,5}', 0, now(), now()) RETURNING id`,
    );
    const id = office.rows[0].id as string;
    for (const name of ["Aas", "Berg"]) {
      await db.query(
        `INSERT INTO employee (id, email, given_name, family_name, office_id, start_date, role, active, created_at, updated_at)
         VALUES ($1 || $2, lower($2) || '.' || $1 || '@tiny.test', 'Test', $2, $1, '2020-01-01', 'EMPLOYEE', true, now(), now())`,
        [id, name],
      );
    }
    const rules = { waves: [{ name: "All", selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups: [{ from: "A", to: "Å", weekdays: [1, 2, 3, 4, 5] }] } }] };
    await db.query(
      `INSERT INTO rotation_plan (id, office_id, name, version, status, effective_from, rules, published_at, created_at, updated_at)
       VALUES ($1 || '-plan', $1, 'Plan', 1, 'PUBLISHED', '2026-11-02', $2, now(), now(), now())`,
      [id, JSON.stringify(rules)],
    );
    return id;
  });
  try {
    await signIn(page, "EMPLOYEE");
    await page.goto(`/capacity?office=${officeId}&view=week&date=${week}`);
    const monday = page.getByRole("table").getByRole("row", { name: /Monday 8 February/ });
    await expect(monday.getByText("Counts hidden: fewer than 5 people")).toBeVisible();
    const cells = monday.getByRole("cell");
    // Expected and free are held back; the capacity is not.
    await expect(cells.nth(0)).toHaveText(/hidden/);
    await expect(cells.nth(2)).toHaveText("4");
    await expect(page.getByText(/5 open days have fewer than 5 people planned, so their counts are hidden/)).toBeVisible();
    await page.screenshot({ path: "test-results/small-groups-capacity.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/small-groups-capacity-phone.png", fullPage: true });
  } finally {
    // Other specs list the offices: leave the demo's three.
    await withDatabase(async (db) => {
      await db.query("DELETE FROM rotation_plan WHERE office_id = $1", [officeId]);
      await db.query("DELETE FROM employee WHERE office_id = $1", [officeId]);
      await db.query("DELETE FROM office WHERE id = $1", [officeId]);
    });
  }
});
