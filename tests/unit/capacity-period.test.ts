import { describe, expect, it } from "vitest";
import { periodAround } from "@/lib/capacity/period";

describe("capacity periods", () => {
  it("a week runs Monday to Sunday with its ISO week number", () => {
    expect(periodAround("week", "2026-11-25")).toEqual({ view: "week", from: "2026-11-23", to: "2026-11-29", week: 48, previous: "2026-11-16", next: "2026-11-30" });
  });

  it("a week across the new year keeps ISO numbering", () => {
    expect(periodAround("week", "2027-01-01")).toMatchObject({ from: "2026-12-28", to: "2027-01-03", week: 53 });
  });

  it("a month is the calendar month, leap day included", () => {
    expect(periodAround("month", "2028-02-10")).toEqual({ view: "month", from: "2028-02-01", to: "2028-02-29", week: null, previous: "2028-01-01", next: "2028-03-01" });
  });
});
