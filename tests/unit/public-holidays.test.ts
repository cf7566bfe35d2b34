import { describe, expect, it } from "vitest";
import { closureDays } from "@/lib/offices/closure-days";
import { publicHolidays } from "@/lib/offices/public-holidays";

describe("public holidays for an office", () => {
  it("names Norway's holidays in Norwegian, one closed day per date", () => {
    const holidays = publicHolidays("NO", 2027, "nb");
    expect(holidays.find((holiday) => holiday.date === "2027-05-17")?.name).toBe("Grunnlovsdagen / Andre pinsedag");
    expect(holidays.map((holiday) => holiday.date)).toEqual([...new Set(holidays.map((holiday) => holiday.date))].sort());
    expect(holidays[0]).toEqual({ date: "2027-01-01", name: "Første nyttårsdag" });
  });

  it("covers Sweden, Denmark, the Netherlands, Germany and the UK in their office's language", () => {
    expect(publicHolidays("SE", 2027, "sv").find((holiday) => holiday.date === "2027-06-06")?.name).toMatch(/nationaldag/i);
    expect(publicHolidays("DK", 2027, "da").find((holiday) => holiday.date === "2027-12-25")?.name).toMatch(/Juledag/i);
    expect(publicHolidays("NL", 2027, "nl").find((holiday) => holiday.date === "2027-04-27")?.name).toMatch(/Koningsdag/);
    expect(publicHolidays("DE", 2027, "de").find((holiday) => holiday.date === "2027-10-03")?.name).toMatch(/Deutschen Einheit/);
    expect(publicHolidays("GB", 2027, "en").find((holiday) => holiday.date === "2027-12-27")).toBeDefined();
  });

  it("expands a closed range into its days", () => {
    expect(closureDays("2027-12-30", "2028-01-02")).toEqual(["2027-12-30", "2027-12-31", "2028-01-01", "2028-01-02"]);
    expect(closureDays("2027-05-17")).toEqual(["2027-05-17"]);
  });
});
