import { describe, expect, it } from "vitest";
import { SIGN_IN_WINDOW_MS, secondsUntilAllowed } from "@/lib/auth/sign-in-limits";
import { clientAddress } from "@/lib/auth/client-address";

const now = new Date("2026-11-25T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("sign-in limits", () => {
  it("allow an attempt while fewer failures than the limit are in the window", () => {
    expect(secondsUntilAllowed([minutesAgo(1), minutesAgo(2)], 3, now)).toBe(0);
  });

  it("wait until the failure that reached the limit leaves the window", () => {
    // Newest first: the third newest (10 minutes ago) leaves the 15-minute window in 5 minutes.
    expect(secondsUntilAllowed([minutesAgo(1), minutesAgo(2), minutesAgo(10)], 3, now)).toBe(5 * 60);
    expect(SIGN_IN_WINDOW_MS).toBe(15 * 60_000);
  });

  it("never answer 0 seconds for a blocked attempt, and 0 once the window passed", () => {
    expect(secondsUntilAllowed([new Date(minutesAgo(15).getTime() + 1)], 1, now)).toBe(1);
    expect(secondsUntilAllowed([minutesAgo(15)], 1, now)).toBe(0);
  });
});

describe("client address", () => {
  it("is the last X-Forwarded-For entry, the one the nearest proxy added", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "10.9.9.9, 203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientAddress({ "x-forwarded-for": "::1" })).toBe("::1");
  });

  it("is 'unknown' when missing or not an IP address", () => {
    expect(clientAddress({})).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "<script>" })).toBe("unknown");
  });
});
