import { describe, expect, it } from "vitest";
import { mondayOf, nextMonday } from "@/lib/notifications/week-post";
import { officeChannelsSchema } from "@/lib/validation/office-channels";

const parse = (slackWebhookUrl: string, teamsWebhookUrl = "") => officeChannelsSchema.safeParse({ officeId: "office-1", slackWebhookUrl, teamsWebhookUrl });
const refusal = (url: string) => {
  const result = parse(url);
  return result.success ? null : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("office channel URLs", () => {
  it("takes https webhook URLs of public hosts, and an empty field as none", () => {
    expect(parse("https://hooks.slack.com/services/T000/B000/XXXX", "").data).toEqual({ officeId: "office-1", slackWebhookUrl: "https://hooks.slack.com/services/T000/B000/XXXX", teamsWebhookUrl: null });
    expect(parse("  https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=x  ").data?.slackWebhookUrl).toBe(
      "https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=x",
    );
  });

  it("refuses each bad URL by field, saying why", () => {
    expect(refusal("hooks.slack.com/services/x")).toEqual(["slackWebhookUrl: webhookInvalid"]);
    expect(refusal("http://hooks.slack.com/services/x")).toEqual(["slackWebhookUrl: webhookNotHttps"]);
    expect(refusal("https://localhost/hook")).toEqual(["slackWebhookUrl: webhookPrivateHost"]);
    expect(refusal("https://10.0.0.5/hook")).toEqual(["slackWebhookUrl: webhookPrivateHost"]);
    expect(refusal("https://[::1]/hook")).toEqual(["slackWebhookUrl: webhookPrivateHost"]);
    expect(refusal(`https://hooks.slack.com/${"x".repeat(1000)}`)).toEqual(["slackWebhookUrl: webhookTooLong"]);
    expect(officeChannelsSchema.safeParse({ officeId: "office-1", slackWebhookUrl: "", teamsWebhookUrl: "", extra: 1 }).success).toBe(false);
  });
});

describe("the weeks posted", () => {
  it("starts a week on its Monday, and the weekly post announces the week after today", () => {
    expect(mondayOf("2026-12-07")).toBe("2026-12-07");
    expect(mondayOf("2026-12-10")).toBe("2026-12-07");
    expect(mondayOf("2026-12-13")).toBe("2026-12-07");
    expect(nextMonday("2026-12-04")).toBe("2026-12-07");
    expect(nextMonday("2026-12-06")).toBe("2026-12-07");
    expect(nextMonday("2026-12-07")).toBe("2026-12-14");
    // Across the change to summer time, a calendar week is still seven days.
    expect(nextMonday("2027-03-27")).toBe("2027-03-29");
  });
});
