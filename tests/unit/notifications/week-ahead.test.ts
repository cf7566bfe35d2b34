import { describe, expect, it } from "vitest";
import { oneClickId, readOneClick, signOneClick } from "@/lib/notifications/one-click";
import { plusDays } from "@/lib/date-only";
import { digestCron, weekAheadStart } from "@/lib/notifications/week-ahead";

describe("the week ahead", () => {
  it("is the Monday to Sunday after the office's today", () => {
    // Friday, Saturday and Sunday look at the coming week; Monday at the one after.
    expect(weekAheadStart("2027-02-26")).toBe("2027-03-01");
    expect(weekAheadStart("2027-02-27")).toBe("2027-03-01");
    expect(weekAheadStart("2027-02-28")).toBe("2027-03-01");
    expect(weekAheadStart("2027-03-01")).toBe("2027-03-08");
    // Across a month and a year end.
    expect(weekAheadStart("2027-12-31")).toBe("2028-01-03");
    expect(plusDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("goes out on HR's ISO weekday and time as cron counts them (Sunday is 0)", () => {
    expect(digestCron(5, "14:00")).toBe("0 14 * * 5");
    expect(digestCron(7, "19:30")).toBe("30 19 * * 0");
    expect(digestCron(1, "07:05")).toBe("5 7 * * 1");
  });
});

describe("one-click tokens", () => {
  const secret = "unit-test-secret-0123456789abcdefghij";
  const claim = { a: "stay-home", e: "person-1", d: "2027-03-01", n: "note-1", x: 1_803_942_000_000 } as const;

  it("read back what was signed, and nothing that was changed or signed with another key", () => {
    const token = signOneClick(secret, claim);
    expect(readOneClick(secret, token)).toEqual(claim);
    expect(readOneClick("another-secret-0123456789abcdefghijkl", token)).toBeNull();
    const [body, signature] = token.split(".") as [string, string];
    const edited = Buffer.from(JSON.stringify({ ...claim, e: "person-2" })).toString("base64url");
    expect(readOneClick(secret, `${edited}.${signature}`)).toBeNull();
    expect(readOneClick(secret, `${body}.${signature.slice(0, -1)}A`)).toBeNull();
    expect(readOneClick(secret, "not a token")).toBeNull();
  });

  it("differ per message, so each link is used once on its own", () => {
    const first = signOneClick(secret, claim);
    const second = signOneClick(secret, { ...claim, n: "note-2" });
    expect(oneClickId(first)).not.toBe(oneClickId(second));
    expect(oneClickId(first)).toHaveLength(43);
  });
});
