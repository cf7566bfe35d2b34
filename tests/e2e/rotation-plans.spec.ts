import type { Page } from "@playwright/test";
import type { Role } from "@/lib/auth/permissions";
import { mondayAfter, osloToday, plusDays, weekdayOf } from "./days";
import { demoAccount, expect as baseExpect, expectNoAxeViolations, test } from "./fixtures";
import { screenshots } from "./screenshots";

// Pages here run the engine for a whole office on the server and in the browser; shared machines are slow.
const expect = baseExpect.configure({ timeout: 20_000 });

/** Signs in through the form like the fixture, but allows a cold server (first compile, Argon2) more time. */
async function signIn(page: Page, role: Role) {
  const account = demoAccount(role);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My office days" })).toBeVisible({ timeout: 30_000 });
}

/** Next Monday in Oslo on the app's clock, and how many working days My office days lists before it. */
function osloDates() {
  const today = osloToday();
  return { nextMonday: mondayAfter(today), weekdaysBeforeNextMonday: Math.max(0, 6 - weekdayOf(today)) };
}

async function myDayRows(page: Page) {
  await page.goto("/");
  // The days stream in behind a loading state (longer when a change made the engine decide again).
  const days = page.getByRole("region", { name: "The next four weeks" }).getByRole("listitem");
  await expect(days.first()).toBeVisible({ timeout: 30_000 });
  return days.allInnerTexts();
}

async function setGroup(page: Page, number: number, from: string, to: string, days: string[]) {
  const group = page.getByRole("listitem", { name: `Group ${number}`, exact: true });
  await group.getByLabel("From letter").selectOption(from);
  await group.getByLabel("To letter").selectOption(to);
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]) {
    await group.getByRole("checkbox", { name: day }).setChecked(days.includes(day));
  }
}

/**
 * The publish screen: the summary and the Publish action come first, then the
 * per-person list, sorted by family name, searchable and paged.
 */
async function expectPublishScreen(page: Page) {
  const summary = page.getByRole("heading", { level: 2, name: /people's days change/ });
  await expect(summary).toBeVisible();
  await expect(page.getByTestId("publish-summary")).toContainText("Days over capacity");
  await expect(page.getByTestId("publish-summary")).toContainText("None");
  await expect(page.getByRole("table", { name: /People expected in the office on an average day/ }).getByRole("row", { name: /Tuesday/ })).toBeVisible();
  const publish = page.getByRole("button", { name: "Publish", exact: true });
  const list = page.getByRole("heading", { level: 2, name: "People whose days change" });
  // Publish sits with the summary, in the first screen, above the list.
  const [publishBox, listBox] = [await publish.boundingBox(), await list.boundingBox()];
  expect(publishBox!.y + publishBox!.height).toBeLessThan(900);
  expect(publishBox!.y).toBeLessThan(listBox!.y);
  const names = await page.getByTestId("publish-person").locator("td:first-child").allInnerTexts();
  expect(names.length).toBeGreaterThan(0);
  expect(names.length).toBeLessThanOrEqual(50);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "nb")));
  if (await page.getByRole("link", { name: "Next" }).count()) {
    await page.getByRole("link", { name: "Next" }).click();
    await expect(page.getByText(/^Page 2 of/)).toBeVisible();
    const next = await page.getByTestId("publish-person").locator("td:first-child").allInnerTexts();
    expect(next[0]!.localeCompare(names.at(-1)!, "nb")).toBeGreaterThan(0);
  }
  await screenshots(page, "plan-publish");
  await expectNoAxeViolations(page);
  // Every word must match, in any case: three people are called Æsøy, one of them Åse.
  await page.getByRole("searchbox", { name: "Find a person" }).fill("æsøy");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByText(/^\d+ people match “æsøy”\.$/)).toBeVisible();
  const all = await page.getByTestId("publish-person").locator("td:first-child").allInnerTexts();
  expect(all.every((name) => name.startsWith("Æsøy, "))).toBe(true);
  await page.getByRole("searchbox", { name: "Find a person" }).fill("ÅSE æsøy");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByText("1 person matches “ÅSE æsøy”.")).toBeVisible();
  // In Norwegian too (the language is a cookie of this browser only), then back.
  await page.getByLabel("Language").selectOption("nb");
  await expect(page.getByRole("heading", { level: 1, name: "Publiser plan" })).toBeVisible();
  await expect(page.getByTestId("publish-summary")).toContainText("Personer som får endrede dager");
  await screenshots(page, "plan-publish-nb");
  await expectNoAxeViolations(page);
  await page.getByLabel("Språk").selectOption("en");
  await expect(page.getByRole("heading", { level: 1, name: "Publish plan" })).toBeVisible();
  await expect(page.getByTestId("publish-person")).toHaveCount(1);
  await expect(page.getByRole("row", { name: /Æsøy, Åse/ })).toBeVisible();
  await expectNoAxeViolations(page);
}

test.describe("rotation plans", () => {
  // Many form edits, each followed by a fresh preview, on machines shared by several builds.
  test.describe.configure({ timeout: 600_000 });

  test("HR builds a surname plan in two waves, fixes an over-capacity day, publishes it from next Monday; the employee's days change from then on, with a notice", async ({ browser }) => {
    const { nextMonday, weekdaysBeforeNextMonday } = osloDates();
    const employee = await (await browser.newContext()).newPage();
    await signIn(employee, "EMPLOYEE");
    const before = await myDayRows(employee);

    const page = await (await browser.newContext()).newPage();
    await signIn(page, "HR");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plans" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Rotation plans" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Name", { exact: true }).fill("Spring return");
    await page.getByRole("radio", { name: /Surname groups/ }).check();
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Spring return" })).toBeVisible();

    // The starter's three letter groups put too many people in on some days.
    const summary = page.getByTestId("preview-summary");
    await expect(summary).toContainText("over capacity");
    await expect(page.getByTestId("preview-day").filter({ hasText: "Over capacity" }).first()).toBeVisible();

    // Five groups, one day each.
    await setGroup(page, 1, "A", "G", ["Monday"]);
    await setGroup(page, 2, "H", "J", ["Friday"]);
    await setGroup(page, 3, "K", "N", ["Wednesday"]);
    await page.getByRole("button", { name: "Add letter group" }).click();
    await setGroup(page, 4, "O", "S", ["Thursday"]);
    await expect(page.getByText("Not covered: T U V W X Y Z Æ Ø Å.")).toBeVisible();
    await expect(page.getByText("Not in any group: T–Å. Add them to a group.")).toBeVisible();
    await page.getByRole("button", { name: "Add letter group" }).click();
    await setGroup(page, 5, "S", "Å", ["Tuesday"]);
    await expect(page.getByText("In two groups: S.")).toBeVisible();
    await expect(page.getByText("S in both group O–S and group S–Å.")).toBeVisible();
    await setGroup(page, 5, "T", "Å", ["Tuesday"]);
    await expect(page.getByText("Every letter is in exactly one group.")).toBeVisible();
    await expect(summary).toHaveText("No day is over capacity.");

    // Two waves: priority people first, everyone two weeks later.
    const wave1 = page.getByRole("region", { name: "Wave 1" });
    await wave1.getByRole("checkbox", { name: "New hires" }).check();
    await wave1.getByRole("checkbox", { name: "Essential teams" }).check();
    await wave1.getByRole("checkbox", { name: "Teams serving hard-hit customers" }).check();
    await wave1.getByRole("checkbox", { name: "Everyone else" }).uncheck();
    // Left unnamed, a wave is called by whom it selects: the words employees read.
    await expect(wave1.getByText("Employees read: “New hires, essential teams and teams serving hard-hit customers”.")).toBeVisible();
    await page.getByRole("button", { name: "Add wave" }).click();
    const wave2 = page.getByRole("region", { name: "Wave 2" });
    await expect(wave2.getByRole("checkbox", { name: "Everyone else" })).toBeChecked();
    const waveTwoStart = plusDays(nextMonday, 14);
    await wave2.getByLabel("Starts on (optional)").fill(waveTwoStart);
    await expect(summary).toHaveText("No day is over capacity.");
    await expect(page.getByLabel("Preview from")).toHaveValue(nextMonday);

    // Whose days? The demo employee comes on Tuesdays.
    await page.getByLabel("Find a person").fill("Åse Æsøy");
    await page.getByRole("button", { name: "Åse Æsøy" }).click();
    await expect(page.getByText("Surname group T–Å: Tuesdays (New hires, essential teams and teams serving hard-hit customers)").first()).toBeVisible();
    await screenshots(page, "plan-editor");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Draft saved.")).toBeVisible();
    await page.getByRole("button", { name: "Review and publish…" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Publish plan" })).toBeVisible();
    await expectPublishScreen(page);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByText(/^Published\. \d+ people were told/)).toBeVisible();
    await expect(page.getByText("Published", { exact: true }).first()).toBeVisible();
    // Published versions are read-only.
    await expect(page.getByRole("button", { name: "Save draft" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "New draft from this version" })).toBeVisible();

    // The employee: unchanged before next Monday, Tuesdays only from then on, and told so.
    const after = await myDayRows(employee);
    expect(after.slice(0, weekdaysBeforeNextMonday)).toEqual(before.slice(0, weekdaysBeforeNextMonday));
    const fromMonday = after.slice(weekdaysBeforeNextMonday);
    for (const row of fromMonday.filter((text) => text.startsWith("Friday"))) expect(row).toMatch(/Home|Closed/);
    // Their day by the new plan: in the office, unless closed or they chose to stay home (earlier specs may have).
    for (const row of fromMonday.filter((text) => text.startsWith("Tuesday"))) expect(row).toMatch(/In the office|Closed|You stay home this day/);
    const notice = employee.getByTestId("change-notice");
    await expect(notice).toContainText("Your office days change from");
    await expect(notice).toContainText("No longer in the office:");
    await screenshots(employee, "my-days-notice");
    await expectNoAxeViolations(employee);
    await notice.getByRole("button", { name: "Got it" }).click();
    await expect(employee.getByTestId("change-notice")).toHaveCount(0);
    await employee.reload();
    await expect(employee.getByTestId("change-notice")).toHaveCount(0);
  });

  test("a leader proposes their team's days; HR reviews the preview and publishes them; the leader sees the outcome", async ({ browser }) => {
    const leader = await (await browser.newContext()).newPage();
    await signIn(leader, "LEADER");
    await leader.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team days" }).click();
    await expect(leader.getByRole("heading", { level: 1, name: "Team days" })).toBeVisible();
    const form = leader.getByRole("form", { name: "Days of Travel Sales" });
    await form.getByRole("checkbox", { name: "Wednesday" }).check();
    await form.getByRole("button", { name: "Send to HR" }).click();
    await expect(leader.getByText("Sent to HR for review.")).toBeVisible();
    await expect(leader.getByTestId("team-proposal").first()).toContainText("Waiting for review");
    await screenshots(leader, "team-days");
    await expectNoAxeViolations(leader);
    // A leader cannot open HR's plans.
    expect((await leader.goto("/plans"))?.status()).toBe(403);

    const hr = await (await browser.newContext()).newPage();
    await signIn(hr, "HR");
    await hr.goto("/plans");
    await expect(hr.getByText("1 proposal from a leader is waiting for your review.")).toBeVisible();
    await hr.getByRole("row", { name: /Waiting for review/ }).getByRole("link", { name: "Travel Sales" }).click();
    await expect(hr.getByRole("heading", { level: 2, name: "A leader's proposal: publish or reject" })).toBeVisible();
    await expect(hr.getByTestId("preview-summary")).toBeVisible();
    await screenshots(hr, "plan-review");
    await expectNoAxeViolations(hr);
    await hr.getByRole("button", { name: "Review and publish…" }).click();
    await expect(hr.getByRole("heading", { level: 1, name: "Publish plan" })).toBeVisible();
    await hr.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(hr.getByText(/^Published\./)).toBeVisible();

    await leader.goto("/team-days");
    await expect(leader.getByText("Now: Wednesday")).toBeVisible();
    await expect(leader.getByTestId("team-proposal").first()).toContainText("Published");
  });

  test("the plan pages speak all four languages", async ({ page }) => {
    await signIn(page, "HR");
    await page.goto("/plans");
    const titles = { nb: "Rotasjonsplaner", nl: "Rotatieplannen", sv: "Rotationsplaner" } as const;
    let label = "Language";
    for (const [locale, title] of Object.entries(titles)) {
      await page.getByLabel(label).selectOption(locale);
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await page.getByRole("link", { name: "Spring return" }).first().click();
      await expect(page.getByRole("heading", { level: 2, name: { nb: "Forhåndsvisning", nl: "Voorbeeld", sv: "Förhandsvisning" }[locale as keyof typeof titles] })).toBeVisible();
      await screenshots(page, `plan-${locale}`);
      await page.goBack();
      label = { nb: "Språk", nl: "Taal", sv: "Språk" }[locale as keyof typeof titles];
    }
  });
});
