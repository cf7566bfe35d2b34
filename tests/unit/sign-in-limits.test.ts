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
  const peer = "203.0.113.9";

  it("is the socket's peer when no proxy is trusted: X-Forwarded-For is the client's own word", () => {
    expect(clientAddress({ peer, forwardedFor: "198.51.100.1" })).toBe(peer);
    expect(clientAddress({ peer, forwardedFor: "198.51.100.1, 10.0.0.1" })).toBe(peer);
    expect(clientAddress({ peer: "::ffff:127.0.0.2" })).toBe("127.0.0.2");
    expect(clientAddress({ peer: "::1" })).toBe("::1");
  });

  it("with a number of trusted proxies, is the entry that many hops from the socket", () => {
    // One proxy: it is the peer, and appended the address it was reached from.
    expect(clientAddress({ peer, forwardedFor: "198.51.100.1", trustedProxies: { hops: 1 } })).toBe("198.51.100.1");
    // Whatever the client put in front is not believed.
    expect(clientAddress({ peer, forwardedFor: "6.6.6.6, 198.51.100.1", trustedProxies: { hops: 1 } })).toBe("198.51.100.1");
    expect(clientAddress({ peer, forwardedFor: "6.6.6.6, 198.51.100.1, 10.0.0.2", trustedProxies: { hops: 2 } })).toBe("198.51.100.1");
    // Reached past the proxies: the left-most there is.
    expect(clientAddress({ peer, trustedProxies: { hops: 1 } })).toBe(peer);
    expect(clientAddress({ peer, forwardedFor: "198.51.100.1", trustedProxies: { hops: 0 } })).toBe(peer);
  });

  it("with trusted addresses and ranges, is the right-most hop that is not one of them", () => {
    const trustedProxies = { ranges: ["10.0.0.0/8", "192.0.2.7", "fd00::/8"] };
    expect(clientAddress({ peer: "10.1.1.1", forwardedFor: "6.6.6.6, 198.51.100.1, 192.0.2.7", trustedProxies })).toBe("198.51.100.1");
    expect(clientAddress({ peer: "::ffff:10.1.1.1", forwardedFor: "2001:db8::5, fd12::1", trustedProxies })).toBe("2001:db8::5");
    // A peer that is not a trusted proxy is the client, whatever it forwards.
    expect(clientAddress({ peer, forwardedFor: "198.51.100.1", trustedProxies })).toBe(peer);
    // Only proxies in the chain: the left-most.
    expect(clientAddress({ peer: "10.1.1.1", forwardedFor: "10.2.2.2", trustedProxies })).toBe("10.2.2.2");
  });

  it("reads ports some proxies add, and is 'unknown' for anything that is not an address", () => {
    expect(clientAddress({ peer, forwardedFor: "198.51.100.1:51234", trustedProxies: { hops: 1 } })).toBe("198.51.100.1");
    expect(clientAddress({ peer, forwardedFor: "[2001:db8::5]:443", trustedProxies: { hops: 1 } })).toBe("2001:db8::5");
    expect(clientAddress({ peer, forwardedFor: "<script>", trustedProxies: { hops: 1 } })).toBe("unknown");
    expect(clientAddress({ peer: "unknown" })).toBe("unknown");
    expect(clientAddress({})).toBe("unknown");
  });

  it("outside npm start (no peer known), is what Next.js put last in X-Forwarded-For", () => {
    expect(clientAddress({ forwardedFor: "::1" })).toBe("::1");
  });
});
