import type { ChildProcess } from "node:child_process";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";
import { PEER_ADDRESS_HEADER } from "@/lib/server/peer-address";
import { e2e } from "@/tests/support/e2e-env";
import { rawHttp } from "@/tests/support/raw-http";
import { expect, test } from "./fixtures";
import { startSecondServer } from "./second-server";

const proxiedPort = e2e.port + 2;

/**
 * Each test sends from a loopback address of its own (Linux answers all of
 * 127.0.0.0/8), so its failures are counted against that address and the
 * other specs' sign-ins from 127.0.0.1 stay open.
 */
const send = (port: number, from: string, method: string, path: string, headers: Record<string, string>, body?: string) =>
  rawHttp({ port, from, method, path, headers, body });

/** A failed password sign-in through next-auth's credentials endpoint, as the sign-in form sends it; its status. */
async function failSignIn(port: number, from: string, email: string, headers: Record<string, string> = {}): Promise<number> {
  const csrf = await send(port, from, "GET", "/api/auth/csrf", {});
  const cookie = String(csrf.headers["set-cookie"]?.[0] ?? "").split(";")[0]!;
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password: "not the password", json: "true" }).toString();
  const answer = await send(port, from, "POST", "/api/auth/callback/credentials", {
    ...headers,
    cookie,
    "content-type": "application/x-www-form-urlencoded",
    "content-length": String(Buffer.byteLength(form)),
  }, form);
  return answer.status;
}

/** Statuses of `count` failed sign-ins, each for another account so only the per-address limit can refuse them. */
async function failMany(count: number, failOnce: (attempt: number) => Promise<number>): Promise<number[]> {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < count; attempt++) statuses.push(await failOnce(attempt));
  return statuses;
}

const refusedFrom = (statuses: number[]) => statuses.findIndex((status) => status === 429);

test.describe("the client address the sign-in limits count", () => {
  test.describe.configure({ mode: "serial" });

  test(`without TRUSTED_PROXIES it is the socket's: 60 failures with rotating X-Forwarded-For are refused after ${SIGN_IN_LIMITS.perAddress}`, async () => {
    test.setTimeout(180_000);
    const statuses = await failMany(60, (attempt) =>
      failSignIn(e2e.port, "127.0.0.2", `rotating.${attempt}@example.com`, { "x-forwarded-for": `198.51.100.${attempt + 1}`, [PEER_ADDRESS_HEADER]: `192.0.2.${attempt + 1}` }),
    );
    expect(statuses.slice(0, SIGN_IN_LIMITS.perAddress)).not.toContain(429);
    expect(refusedFrom(statuses)).toBe(SIGN_IN_LIMITS.perAddress);
    expect(statuses.slice(SIGN_IN_LIMITS.perAddress).every((status) => status === 429)).toBe(true);
    // Naming the refused address in X-Forwarded-For (or in the server's own header) blocks nobody else.
    expect(await failSignIn(e2e.port, "127.0.0.3", "bystander@example.com", { "x-forwarded-for": "127.0.0.2", [PEER_ADDRESS_HEADER]: "127.0.0.2" })).not.toBe(429);
  });

  test.describe("behind one trusted proxy (TRUSTED_PROXIES=1)", () => {
    let server: ChildProcess;

    test.beforeAll(async () => {
      test.setTimeout(120_000);
      server = (await startSecondServer(proxiedPort, { serve: true, env: { TRUSTED_PROXIES: "1" } })).process;
    });
    test.afterAll(() => {
      server?.kill();
    });

    test("the address the proxy appended is counted, not the proxy's own nor what the client put before it", async () => {
      test.setTimeout(180_000);
      const client = "198.51.100.77";
      // The proxy (here 127.0.0.4) appends the address it was reached from; the client may have sent anything before it.
      const statuses = await failMany(SIGN_IN_LIMITS.perAddress + 1, (attempt) =>
        failSignIn(proxiedPort, "127.0.0.4", `proxied.${attempt}@example.com`, { "x-forwarded-for": `203.0.113.${attempt + 1}, ${client}` }),
      );
      expect(refusedFrom(statuses)).toBe(SIGN_IN_LIMITS.perAddress);
      // Another client through the same proxy is not refused.
      expect(await failSignIn(proxiedPort, "127.0.0.4", "other.client@example.com", { "x-forwarded-for": "198.51.100.78" })).not.toBe(429);
    });
  });
});
