import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";

async function proxyWith(publicUrl: string) {
  vi.resetModules();
  process.env.NEXTAUTH_URL = publicUrl;
  const { proxy } = await import("@/proxy");
  return proxy(new NextRequest(`${publicUrl}/`));
}

// Importing the proxy loads every API contract's schemas: slow on a busy machine.
describe("proxy.ts", { timeout: 30_000 }, () => {
  const original = process.env.NEXTAUTH_URL;
  afterAll(() => {
    if (original === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = original;
  });

  it("gives the browser and Next.js the same policy with a nonce", async () => {
    const response = await proxyWith("http://localhost:3000");
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    // Next.js reads the request's policy to put the nonce on its own scripts.
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("adds HSTS and upgrades requests when the public URL is https", async () => {
    const response = await proxyWith("https://office.example.com");
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("answers the API's unknown paths and methods in JSON, and lets its routes through without a page policy", async () => {
    const { proxy } = await import("@/proxy");
    const unknown = proxy(new NextRequest("http://localhost:3000/api/v1/nope"));
    expect([unknown.status, unknown.headers.get("content-type")]).toEqual([404, "application/json"]);
    const method = proxy(new NextRequest("http://localhost:3000/api/v1/me", { method: "PUT" }));
    expect([method.status, method.headers.get("allow")]).toEqual([405, "GET, HEAD, OPTIONS"]);
    const route = proxy(new NextRequest("http://localhost:3000/api/v1/me"));
    expect([route.status, route.headers.get("content-security-policy")]).toEqual([200, null]);
  });

  it("redirects a page with a trailing slash, as Next.js did before its own redirect was turned off", async () => {
    const { proxy } = await import("@/proxy");
    const response = proxy(new NextRequest("http://localhost:3000/capacity/?week=2026-W49"));
    expect([response.status, response.headers.get("location")]).toEqual([308, "http://localhost:3000/capacity?week=2026-W49"]);
  });
});
