import { describe, expect, it } from "vitest";
import { renderNotificationEmail } from "@/lib/email/render-email";
import { locales } from "@/lib/i18n/config";
import { notificationKinds, type TypedNotification } from "@/lib/notifications/kinds";

const examples: TypedNotification[] = [
  { kind: "day-lost", payload: { cause: "closure", days: [{ date: "2027-03-01", reason: "Vannlekkasje" }, { date: "2027-03-02", reason: "Vannlekkasje" }] } },
  { kind: "proposal-published", payload: { planId: "plan-1", teamName: "Travel Sales", effectiveFrom: "2027-03-08" } },
  { kind: "proposal-rejected", payload: { planId: "plan-1", teamName: "Travel Sales", comment: "Tuesdays are full <already>" } },
  { kind: "proposal-waiting", payload: { planId: "plan-1", teamName: "Travel Sales", officeName: "Oslo" } },
  { kind: "days-changed", payload: { planId: "plan-1", effectiveFrom: "2027-03-08", before: [2, 5], after: [5] } },
  {
    kind: "week-ahead",
    payload: {
      weekStart: "2027-03-01",
      days: [{ date: "2027-03-01", reason: { kind: "assigned", rule: "surname", group: "A–K", weekday: 1, wave: 1, waveName: { name: "Everyone", selectors: ["everyone"] } }, extra: false, capacity: 30, expected: 18 }],
    },
  },
  { kind: "day-reminder", payload: { day: { date: "2027-03-01", reason: { kind: "assigned", rule: "surname", group: "A–K", weekday: 1, wave: 1, waveName: { name: "Everyone", selectors: ["everyone"] } }, extra: false, capacity: 30, expected: null } } },
  { kind: "seat-gained", payload: { days: [{ date: "2027-03-03" }] } },
  { kind: "seat-lost", payload: { days: [{ date: "2027-03-04" }, { date: "2027-03-05" }] } },
];

describe("notification emails", () => {
  for (const notification of examples) {
    it.each(locales)(`writes "${notification.kind}" as HTML and the same words as plain text in %s`, async (locale) => {
      const email = await renderNotificationEmail(notification, { givenName: "Åse", locale, officeName: "Oslo" }, "https://rotation.example.com");
      expect(email.subject).not.toBe("");
      expect(email.html).toContain(`lang="${locale}"`);
      expect(email.html).toContain(`<title>${email.subject}</title>`);
      // Plain text writes the heading in capitals.
      expect(email.text.toLocaleLowerCase(locale)).toContain(email.subject.toLocaleLowerCase(locale));
      expect(email.text).toContain("Åse");
      expect(email.html).toMatch(/href="https:\/\/rotation\.example\.com\/[^"]*"/);
      // Whatever HR wrote is text, never markup.
      if (notification.kind === "proposal-rejected") {
        expect(email.html).toContain("Tuesdays are full &lt;already&gt;");
        expect(email.text).toContain("Tuesdays are full <already>");
      }
    });
  }

  it("has an example of every kind of notification", () => {
    expect(examples.map((example) => example.kind).sort()).toEqual([...notificationKinds].sort());
  });

  it("names the day of a seat gained or lost in the email's body", async () => {
    const [gained, lost] = [examples.at(-2)!, examples.at(-1)!];
    const en = await renderNotificationEmail(gained, { givenName: "Åse", locale: "en", officeName: "Oslo" }, "https://rotation.example.com");
    expect(en.text).toContain("Wednesday, 3 March 2027");
    const nb = await renderNotificationEmail(lost, { givenName: "Åse", locale: "nb", officeName: "Oslo" }, "https://rotation.example.com");
    expect(nb.text).toContain("torsdag 4. mars 2027");
    expect(nb.text).toContain("fredag 5. mars 2027");
  });

  it("names each lost day in the reader's language, with its reason", async () => {
    const [dayLost] = examples as [TypedNotification];
    const nb = await renderNotificationEmail(dayLost, { givenName: "Åse", locale: "nb", officeName: "Oslo" }, "https://rotation.example.com");
    expect(nb.subject).toBe("Du mistet 2 kontordager");
    expect(nb.text).toContain("mandag 1. mars 2027: Vannlekkasje");
    expect(nb.text).toContain("tirsdag 2. mars 2027: Vannlekkasje");
    const nl = await renderNotificationEmail(dayLost, { givenName: "Åse", locale: "nl", officeName: "Oslo" }, "https://rotation.example.com");
    expect(nl.text).toContain("maandag 1 maart 2027: Vannlekkasje");
  });

  it("says a changed plan as the new pattern and the old one, in each language", async () => {
    const daysChanged = examples.find((example) => example.kind === "days-changed") as TypedNotification;
    const intro = async (locale: (typeof locales)[number]) => (await renderNotificationEmail(daysChanged, { givenName: "Åse", locale, officeName: "Oslo" }, "https://rotation.example.com")).text;
    expect(await intro("en")).toContain("From Monday, 8 March 2027 you come on Fridays; before: Tuesdays and Fridays.");
    expect(await intro("nb")).toContain("Fra mandag 8. mars 2027 kommer du på fredager; før: tirsdager og fredager.");
    expect(await intro("sv")).toContain("Från måndag 8 mars 2027 kommer du på fredagar; tidigare: tisdagar och fredagar.");
    expect(await intro("nl")).toContain("Vanaf maandag 8 maart 2027 kom je op vrijdagen; eerst: dinsdagen en vrijdagen.");
  });

  it("says when the new plan has no days for the person, or had none before", async () => {
    const render = async (before: number[], after: number[]) =>
      (await renderNotificationEmail({ kind: "days-changed", payload: { planId: "p", effectiveFrom: "2027-03-08", before, after } }, { givenName: "Åse", locale: "en", officeName: "Oslo" }, "https://rotation.example.com")).text;
    expect(await render([1, 3], [])).toContain("you have no planned office days; before: Mondays and Wednesdays.");
    expect(await render([], [1, 3, 4])).toContain("you come on Mondays, Wednesdays, and Thursdays; before, you had no planned office days.");
    expect(await render([2], [2])).toContain("you still come on Tuesdays, but on other weeks than before.");
  });
});
