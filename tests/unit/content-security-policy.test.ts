import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("content security policy", () => {
  const production = contentSecurityPolicy({ nonce: "abc123", development: false, https: true });

  it("runs only scripts with the request's nonce or loaded by them", () => {
    expect(directive(production, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(production).not.toContain("unsafe-eval");
  });

  it("allows inline style attributes without a style nonce (a nonce would make browsers ignore 'unsafe-inline')", () => {
    expect(directive(production, "style-src")).toBe("style-src 'self' 'unsafe-inline'");
  });

  it("forbids plugins, framing, foreign forms and base URLs", () => {
    for (const part of ["object-src 'none'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'"]) expect(production).toContain(part);
  });

  it("allows eval only for the dev server, and upgrades requests only on https", () => {
    const development = contentSecurityPolicy({ nonce: "n", development: true, https: false });
    expect(directive(development, "script-src")).toContain("'unsafe-eval'");
    expect(development).not.toContain("upgrade-insecure-requests");
    expect(production).toContain("upgrade-insecure-requests");
  });

  it("makes a new unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
