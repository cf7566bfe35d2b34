import { describe, expect, it } from "vitest";
import { calendarSubscribeLinks } from "@/lib/calendar/subscribe-links";

describe("one-click calendar subscriptions", () => {
  const url = "https://office.example.com/api/v1/calendar/abc_DEF-123.ics";
  const links = calendarSubscribeLinks(url, "Kontordager — Oslo");

  it("hands the feed to the system's calendar app as webcal://, over http as over https", () => {
    expect(links.webcal).toBe("webcal://office.example.com/api/v1/calendar/abc_DEF-123.ics");
    expect(calendarSubscribeLinks("http://localhost:3000/api/v1/calendar/x.ics", "x").webcal).toBe("webcal://localhost:3000/api/v1/calendar/x.ics");
  });

  it("fills the feed in on Google Calendar's and Outlook's add-by-URL pages", () => {
    expect(links.google).toBe("https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Foffice.example.com%2Fapi%2Fv1%2Fcalendar%2Fabc_DEF-123.ics");
    const outlook = new URL(links.outlook);
    expect(outlook.origin + outlook.pathname).toBe("https://outlook.live.com/calendar/0/addfromweb");
    expect(outlook.searchParams.get("url")).toBe(url);
    expect(outlook.searchParams.get("name")).toBe("Kontordager — Oslo");
    expect(new URL(links.outlookWork).host).toBe("outlook.office.com");
  });
});
