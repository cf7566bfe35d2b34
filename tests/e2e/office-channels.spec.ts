import { e2e } from "@/tests/support/e2e-env";
import { withDatabase } from "./database";
import { expect, look, signIn, test } from "./fixtures";

const SLACK = "https://hooks.slack.com/services/T0000/B0000/e2eexample";

test.describe("an office's Slack and Teams channels", () => {
  test.describe.configure({ timeout: 240_000 });
  // Leave Oslo without channels for other specs (a channel would be posted to by the demo's worker).
  test.afterAll(() => withDatabase((db) => db.query("UPDATE office SET slack_webhook_url = NULL, teams_webhook_url = NULL WHERE name = 'Oslo'")));

  test("HR sets a Slack webhook on a phone, a bad Teams address is refused by field, in four languages, axe-clean", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, "HR");
    const { rows } = await withDatabase((db) => db.query<{ id: string }>("SELECT id FROM office WHERE name = 'Oslo'"));
    await page.goto(`/offices/${rows[0]!.id}`);
    const channels = page.getByRole("region", { name: "Slack and Teams" });
    await channels.getByLabel("Slack incoming-webhook URL").fill(SLACK);
    await channels.getByLabel("Microsoft Teams Workflows URL").fill("http://intranet.example.com/hook");
    await channels.getByRole("button", { name: "Save channels" }).click();
    await expect(channels.getByText("The address must start with https://.")).toBeVisible();
    await expect(channels.getByLabel("Microsoft Teams Workflows URL")).toHaveAttribute("aria-invalid", "true");
    await channels.getByLabel("Microsoft Teams Workflows URL").fill("");
    await channels.getByRole("button", { name: "Save channels" }).click();
    await expect(channels.getByRole("status")).toHaveText("The channels are saved.");
    await page.reload();
    await expect(channels.getByLabel("Slack incoming-webhook URL")).toHaveValue(SLACK);
    await look(page, "office-channels");

    for (const [locale, title, save] of [
      ["nb", "Slack og Teams", "Lagre kanaler"],
      ["sv", "Slack och Teams", "Spara kanaler"],
      ["nl", "Slack en Teams", "Kanalen opslaan"],
    ] as const) {
      await page.context().addCookies([{ name: "office-rotation-locale", value: locale, url: e2e.baseURL }]);
      await page.reload();
      const region = page.getByRole("region", { name: title });
      await expect(region.getByRole("button", { name: save })).toBeVisible();
      await look(page, `office-channels-${locale}`);
    }
  });
});
