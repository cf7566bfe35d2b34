import { describe, expect, it } from "vitest";
import { oneClickLinks } from "@/lib/email/one-click-links";
import { renderNotificationEmail, renderOne } from "@/lib/email/render-email";
import type { TypedNotification } from "@/lib/notifications/kinds";

const waveName = { name: "Everyone", selectors: ["everyone" as const] };
const digest = {
  kind: "week-ahead",
  payload: {
    weekStart: "2027-03-01",
    days: [
      { date: "2027-03-01", reason: { kind: "assigned", rule: "surname", group: "A–K", weekday: 1, wave: 1, waveName }, extra: false, capacity: 30, expected: 18 },
      { date: "2027-03-03", reason: { kind: "not-expected", reason: "not-their-day", rule: "surname", group: "A–K", weekdays: [1], weeksInCycle: 1, weekOfCycle: 1 }, extra: true, capacity: 30, expected: null },
    ],
  },
} as unknown as TypedNotification;

const owner = (employeeId: string) => ({ notificationId: `note-${employeeId}`, employeeId, officeTimezone: "Europe/Oslo" });
const SECRET = "render-cache-test-secret-0123456789abcdef";

describe("digest emails rendered from a shared shell", () => {
  it("are exactly what rendering each one gives, whatever the name, for every person and language", async () => {
    for (const locale of ["en", "nb", "sv", "nl"] as const) {
      for (const [employeeId, givenName] of [["a", "Åse"], ["b", `O'Brien & <Søren> "the" very long name that would wrap a plain-text line somewhere`], ["c", "Li"]] as const) {
        const links = oneClickLinks(digest, owner(employeeId), "https://rotation.example.com", SECRET);
        const recipient = { givenName, locale, officeName: "Oslo" };
        expect(await renderNotificationEmail(digest, recipient, "https://rotation.example.com", links)).toEqual(await renderOne(digest, recipient, "https://rotation.example.com", links));
      }
    }
  });

  it("give each person their own links", async () => {
    const recipient = { givenName: "Kari", locale: "nb" as const, officeName: "Oslo" };
    const first = await renderNotificationEmail(digest, recipient, "https://rotation.example.com", oneClickLinks(digest, owner("a"), "https://rotation.example.com", SECRET));
    const second = await renderNotificationEmail(digest, recipient, "https://rotation.example.com", oneClickLinks(digest, owner("b"), "https://rotation.example.com", SECRET));
    const answerLinks = (html: string) => [...html.matchAll(/\/answers\/([^"]+)"/g)].map((match) => match[1]);
    expect(answerLinks(first.html)).toHaveLength(2);
    expect(answerLinks(first.html).some((link) => answerLinks(second.html).includes(link))).toBe(false);
  });
});
